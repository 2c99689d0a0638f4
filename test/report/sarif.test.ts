import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSarif, formatSarif, LIVE_OMITTED_ID, OBJECT_FINGERPRINT_KEY, sarifPieces } from '../../src/report/sarif.js';
import { escapeJsonControls } from '../../src/model/json-controls.js';
import { computeLineHashes } from '../../src/report/line-hash.js';
import { formatResult } from '../../src/report/index.js';
import { crlfFile, deployFile, emptyResult, sampleResult, spcFile } from './sample.js';
import { multitoolAvailable, multitoolValidate, schemaValidator } from './sarif-validate.js';

// Loose view of the log for assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const validate = schemaValidator();

function logs(): Record<string, Any> {
  return {
    'default.sarif': buildSarif(sampleResult()),
    'category.sarif': buildSarif(sampleResult({ executionSuccessful: true, notifications: [] }), { category: 'vvp-kv-lint/offline' }),
    'empty.sarif': buildSarif(emptyResult()),
  };
}

test('every log is valid against the OASIS SARIF 2.1.0 schema (vendored copy)', () => {
  const all = { ...logs(), 'logical.sarif': buildSarif(sampleResult(), { liveFindings: 'logical' }) };
  for (const [name, log] of Object.entries(all)) assert.deepEqual(validate(log), [], name);
  // The schema really is checked: a broken log fails.
  const broken = buildSarif(sampleResult()) as Any;
  broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  assert.ok(validate(broken).length > 0);
});

test('log, run and driver carry what GitHub reads', () => {
  const log = buildSarif(sampleResult()) as Any;
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.automationDetails, undefined, 'no category unless asked');
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/project%20root/' } });
  const driver = run.tool.driver;
  assert.equal(driver.name, 'vvp-kv-lint');
  assert.equal(driver.version, '0.1.0');
  assert.equal(driver.semanticVersion, '0.1.0');
  assert.equal(driver.informationUri, 'https://github.com/vvp-kv-lint/vvp-kv-lint');
  assert.deepEqual(driver.rules.map((r: Any) => r.id), sampleResult().rules.map((r) => r.id));

  const rule = driver.rules.find((r: Any) => r.id === 'csi-volume-not-readonly');
  assert.equal(rule.name, 'CsiVolumeNotReadonly');
  assert.equal(rule.shortDescription.text, 'Checks csi volume not readonly.');
  assert.ok(rule.fullDescription.text.endsWith('.'));
  assert.equal(rule.helpUri, 'https://github.com/vvp-kv-lint/vvp-kv-lint/blob/main/docs/rules/csi-volume-not-readonly.md');
  assert.ok(rule.help.text.includes('How to fix: Change the field as the message says.'));
  assert.ok(rule.help.markdown.startsWith('# csi-volume-not-readonly'));
  assert.ok(rule.help.markdown.endsWith(`[Rule documentation](${rule.helpUri})`));
  assert.deepEqual(rule.defaultConfiguration, { level: 'error' });
  assert.deepEqual(rule.properties, { tags: ['security', 'kubernetes', 'azure-key-vault'], precision: 'very-high', 'security-severity': '5.5' });
  assert.equal(driver.rules.find((r: Any) => r.id === 'spc-api-version').properties['security-severity'], undefined);

  const inv = run.invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.equal(inv.commandLine, 'vvp-kv-lint --format sarif k8s values');
  assert.equal(inv.startTimeUtc, '2026-11-28T10:00:00.000Z');
  assert.equal(inv.endTimeUtc, '2026-11-28T10:00:01.250Z');
  assert.deepEqual(inv.workingDirectory, { uri: 'file:///work/project%20root/' });
  const [unreadable, forbidden, omitted] = inv.toolExecutionNotifications;
  assert.deepEqual(unreadable, {
    level: 'warning',
    message: { text: 'EACCES: cannot read file.' },
    descriptor: { id: 'file-unreadable' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'k8s/locked.yaml', uriBaseId: '%SRCROOT%', index: 3 } } }],
  });
  assert.equal(forbidden.descriptor.id, 'k8s-forbidden');
  assert.equal(forbidden.locations, undefined);
  assert.equal(omitted.descriptor.id, LIVE_OMITTED_ID);
  assert.match(omitted.message.text, /^1 finding on live objects/);

  // Every referenced file once, in first-reference order, with relative percent-encoded URIs.
  assert.deepEqual(run.artifacts.map((a: Any) => a.location.uri), ['k8s/spc.yaml', 'k8s/my%20app/d%C3%A9ploiement.yaml', 'values/vvp-values.yaml', 'k8s/locked.yaml']);
  for (const a of run.artifacts) assert.equal(a.location.uriBaseId, '%SRCROOT%');
});

test('results: one located region, fingerprints, related links, suppressions, baseline, fixes', () => {
  const run = (buildSarif(sampleResult()) as Any).runs[0];
  // The live finding is left out by default; the other six remain, in order.
  assert.deepEqual(run.results.map((r: Any) => r.ruleId), [
    'spc-api-version', 'spc-parameter-unknown', 'csi-volume-not-readonly', 'csi-volume-unmounted', 'csi-mount-not-readonly', 'pod-identity-deprecated',
  ]);
  const ruleIds = run.tool.driver.rules.map((r: Any) => r.id);
  for (const r of run.results) {
    assert.equal(ruleIds[r.ruleIndex], r.ruleId);
    assert.equal(r.locations.length, 1);
    assert.match(r.message.text, /[.?]$/, 'a sentence');
    assert.ok(!JSON.stringify(r).includes('"snippet"'), 'never a snippet: files may hold secrets');
    const loc = r.locations[0].physicalLocation;
    assert.equal(run.artifacts[loc.artifactLocation.index].location.uri, loc.artifactLocation.uri);
    const file = [spcFile, deployFile, crlfFile].find((f) => encodeURI(f.relPath) === loc.artifactLocation.uri)!;
    // primaryLocationLineHash is the codeql-action hash of the region's start line.
    assert.equal(r.partialFingerprints.primaryLocationLineHash, computeLineHashes(file.text)[loc.region.startLine - 1]);
  }
  const [apiVersion, unknownParam, readOnly, unmounted, suppressed, crlf] = run.results;
  assert.deepEqual(apiVersion.locations[0].physicalLocation, {
    artifactLocation: { uri: 'k8s/spc.yaml', uriBaseId: '%SRCROOT%', index: 0 },
    region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 48 },
  });
  assert.equal(apiVersion.level, 'warning');
  assert.equal(apiVersion.baselineState, 'unchanged');
  assert.equal(unknownParam.baselineState, 'new');
  assert.ok(unknownParam.message.text.endsWith('`keyvaultName`?'), 'a question keeps its mark, no "?."');
  assert.ok(run.results[3].message.text.endsWith('any container.'), 'a period is added when missing');
  assert.equal(apiVersion.partialFingerprints[OBJECT_FINGERPRINT_KEY], 'SecretProviderClass/vvp-jobs/kv-spc#apiVersion');
  assert.deepEqual(apiVersion.fixes, [
    {
      description: { text: 'Use apiVersion secrets-store.csi.x-k8s.io/v1.' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'k8s/spc.yaml', uriBaseId: '%SRCROOT%', index: 0 },
          replacements: [{ deletedRegion: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 48 }, insertedContent: { text: 'secrets-store.csi.x-k8s.io/v1' } }],
        },
      ],
    },
  ]);

  // Brackets in messages are escaped (SARIF embedded-link syntax); related locations are linked from the message.
  assert.equal(
    readOnly.message.text,
    'spec.template.spec.volumes\\[0\\].csi.readOnly is false: the driver refuses the mount ("Readonly is not true in request"). Related: [k8s/spc.yaml:4:9](1).',
  );
  assert.deepEqual(readOnly.relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'k8s/spc.yaml', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 15 } },
      message: { text: 'SecretProviderClass kv-spc mounted by this volume.' },
    },
  ]);
  assert.deepEqual(readOnly.fixes[0].artifactChanges[0].replacements, [
    { deletedRegion: { startLine: 19, startColumn: 1, endLine: 20, endColumn: 1 } },
    { deletedRegion: { startLine: 20, startColumn: 1, endLine: 20, endColumn: 1 }, insertedContent: { text: '            readOnly: true\n' } },
  ]);
  assert.deepEqual(unmounted.locations[0].physicalLocation.region, { startLine: 17, startColumn: 11, endLine: 17, endColumn: 12 });
  assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', justification: 'the job image runs as read-only root anyway', status: 'accepted' }]);
  assert.equal(suppressed.level, 'note');
  assert.deepEqual(crlf.locations[0].physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 20 });
});

test("liveFindings: 'logical' keeps live findings as logical-only locations; category sets automationDetails", () => {
  const run = (buildSarif(sampleResult(), { liveFindings: 'logical', category: 'vvp-kv-lint/live' }) as Any).runs[0];
  assert.deepEqual(run.automationDetails, { id: 'vvp-kv-lint/live/' });
  const live = run.results.find((r: Any) => r.ruleId === 'csi-spc-not-found');
  assert.equal(live.locations.length, 1);
  assert.equal(live.locations[0].physicalLocation, undefined);
  assert.deepEqual(live.locations[0].logicalLocations, [
    {
      fullyQualifiedName: 'aks-prod/vvp-jobs/Pod/job-1-taskmanager-0',
      name: 'job-1-taskmanager-0',
      kind: 'object',
      properties: { displayName: 'pod/vvp-jobs/job-1-taskmanager-0', source: 'cluster', fieldPath: 'spec.volumes[0].csi.volumeAttributes.secretProviderClass' },
    },
  ]);
  assert.deepEqual(Object.keys(live.partialFingerprints), [OBJECT_FINGERPRINT_KEY]);
  assert.equal(live.relatedLocations.length, 2);
  assert.equal(live.relatedLocations[1].logicalLocations[0].properties.fieldPath, 'metadata.namespace');
  assert.ok(!run.invocations[0].toolExecutionNotifications.some((n: Any) => n.descriptor.id === LIVE_OMITTED_ID));
});

test('an empty run still has results: [] and the full rule table', () => {
  const log = JSON.parse(formatResult(emptyResult(), 'sarif')) as Any;
  assert.deepEqual(log.runs[0].results, []);
  assert.deepEqual(log.runs[0].artifacts, []);
  assert.equal(log.runs[0].tool.driver.rules.length, sampleResult().rules.length);
  assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
});

test('a finding whose rule has no metadata still gets a descriptor', () => {
  const r = sampleResult();
  const log = buildSarif({ ...r, rules: r.rules.filter((m) => m.id !== 'spc-api-version') }) as Any;
  const rules = log.runs[0].tool.driver.rules;
  const result = log.runs[0].results[0];
  assert.equal(rules[result.ruleIndex].id, 'spc-api-version');
  assert.deepEqual(validate(log), []);
});

test('Sarif.Multitool (Sarif;Gh;Ghas rules, GitHub rules enabled) finds no error or warning', { skip: !multitoolAvailable() && 'multitool binary not available here' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-sarif-'));
  try {
    const names = Object.keys(logs());
    for (const [name, log] of Object.entries(logs())) writeFileSync(join(dir, name), JSON.stringify(log, null, 2));
    // Negative control: the harness must see an error GitHub cares about (GH1003: no region).
    const broken = buildSarif(sampleResult()) as Any;
    delete broken.runs[0].results[0].locations[0].physicalLocation.region;
    writeFileSync(join(dir, 'control.sarif'), JSON.stringify(broken));
    writeFileSync(join(dir, 'formatted.sarif'), formatSarif(sampleResult()));
    // Logical-only live results: valid SARIF, but GitHub's rules reject them (GH1001; multitool 5.7.0 even crashes
    // formatting that message) - which is why liveFindings defaults to 'omit'. Checked with GitHub's rules in the same
    // run as the others (a run of the multitool costs about 2 s of CPU), and with the SARIF rules alone below.
    writeFileSync(join(dir, 'logical.sarif'), formatSarif(sampleResult(), { liveFindings: 'logical' }));

    const issues = await multitoolValidate([...names, 'control.sarif', 'formatted.sarif', 'logical.sarif'].map((n) => join(dir, n)), 'Sarif;Gh;Ghas', join(dir, 'out.sarif'));
    const real = issues.filter((i) => i.file !== 'control.sarif' && i.file !== 'logical.sarif' && i.level !== 'note' && i.ruleId !== 'WRN999.RuleExplicitlyDisabled');
    assert.deepEqual(real, [], JSON.stringify(real, null, 2));
    assert.ok(issues.some((i) => i.file === 'control.sarif' && i.ruleId === 'GH1003' && i.level === 'error'), JSON.stringify(issues, null, 2));
    assert.ok(issues.some((i) => i.file === 'logical.sarif' && i.level === 'error'), 'GitHub rules flag results without a physical location');

    const sarifOnly = await multitoolValidate([join(dir, 'logical.sarif')], 'Sarif', join(dir, 'out-logical.sarif'));
    assert.deepEqual(sarifOnly.filter((i) => i.level !== 'note' && !i.ruleId.startsWith('WRN999')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('written piece by piece, the log is exactly the serialised object, at any indentation and with no results', () => {
  // The CLI writes sarifPieces one after another (a large log is never held whole): joined, they must be the very
  // text JSON.stringify makes of buildSarif, so streaming changes nothing a reader sees.
  for (const result of [sampleResult(), emptyResult(), sampleResult({ findings: sampleResult().findings.slice(0, 1) })]) {
    for (const indent of [2, 0, 4]) {
      const opts = { indent, liveFindings: 'logical' as const };
      const pieces = [...sarifPieces(result, opts)];
      const whole = `${escapeJsonControls(JSON.stringify(buildSarif(result, opts), null, indent))}\n`;
      assert.equal(pieces.join(''), whole, `indent ${indent}, ${result.findings.length} findings`);
      assert.equal(formatSarif(result, opts), whole);
      if (result.findings.length > 1) assert.ok(pieces.length >= result.findings.length + 2, 'one piece per result');
    }
  }
});
