// The seed article's VVP deployments, served by a local VVP API, lint exactly like the same resources in files:
// same rule ids, levels, messages and fingerprints, with logical locations vvp/<namespace>/<Kind>/<name>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { formatJson } from '../../src/report/json.js';
import { vvpEnricher } from '../../src/live/vvp/enrich.js';
import { vvpDrift } from '../../src/rules/support/vvp-drift.js';
import { FakeVvp } from './fake-vvp.js';
import { servedData, spcFiles, vvpFiles, spDeployment } from './seed.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-seed-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string | null;
  logical: { source: string; fullyQualifiedName: string; displayName: string; path: string; uri: string | null } | null;
  related: { message: string }[];
  fingerprint: string;
}

async function lintJson(dir: string, enrich?: ReturnType<typeof vvpEnricher>): Promise<{ findings: JsonFinding[]; notifications: { id: string }[]; executionSuccessful: boolean }> {
  const { result } = await lint({ cwd: dir, targets: [dir], root: dir, baselinePath: false, enrich });
  return JSON.parse(formatJson(result));
}

// Fingerprints name the location (file vs logical), so they differ by design; field paths are compared below.
const comparable = (f: JsonFinding): string => JSON.stringify([f.ruleId, f.level, f.message, f.related.map((r) => r.message)]);

test('seed VVP deployments served by the VVP API lint exactly like the same resources in files', async (t) => {
  const inFiles = project({ ...spcFiles, ...vvpFiles });
  const liveOnly = project(spcFiles);
  const vvp = new FakeVvp(servedData(), 'tok-en');
  await vvp.start();
  t.after(async () => {
    await vvp.stop();
    rmSync(inFiles, { recursive: true, force: true });
    rmSync(liveOnly, { recursive: true, force: true });
  });

  const fileRun = await lint({ cwd: inFiles, targets: [inFiles], root: inFiles, baselinePath: false });
  const apiRun = await lint({ cwd: liveOnly, targets: [liveOnly], root: liveOnly, baselinePath: false, enrich: vvpEnricher({ 'vvp-url': vvp.url + '/', 'vvp-token': 'tok-en' }, { retries: 0 }) });
  const fromFiles = JSON.parse(formatJson(fileRun.result)) as Awaited<ReturnType<typeof lintJson>>;
  const fromApi = JSON.parse(formatJson(apiRun.result)) as Awaited<ReturnType<typeof lintJson>>;

  // The seed exercises the VVP and cross-resource rules, so equality below is not vacuous.
  const ids = new Set(fromFiles.findings.map((f) => f.ruleId));
  for (const id of ['vvp-container-name', 'csi-volume-not-readonly', 'csi-spc-not-found', 'pod-identity-label-missing', 'vvp-pods-and-templates', 'vvp-pods-volume-name-mismatch', 'vvp-deployment-target-unknown']) {
    assert.ok(ids.has(id), `the file run raises ${id}; got ${[...ids].join(', ')}`);
  }
  assert.deepEqual(fromApi.findings.map(comparable).sort(), fromFiles.findings.map(comparable).sort());
  assert.deepEqual(fromApi.notifications, []);

  // Same field paths: each live finding's path, resolved in the same object loaded from its file, lands where the
  // matching file finding points.
  const liveFindings = apiRun.result.findings.filter((f) => f.location.kind === 'logical');
  assert.ok(liveFindings.length >= 7);
  for (const f of liveFindings) {
    const loc = f.location as Extract<typeof f.location, { kind: 'logical' }>;
    const [, , kind, name] = loc.fullyQualifiedName.split('/');
    const fileObject = fileRun.inventory.objects.find((o) => o.kind === kind && o.name === name && o.source.kind === 'file');
    assert.ok(fileObject, loc.fullyQualifiedName);
    const starts = (['key', 'value'] as const).map((target) => {
      const l = fileObject.locator.locate(loc.path, target);
      return l.kind === 'file' ? l.span.start : -1;
    });
    const twin = fileRun.result.findings.find((g) => g.ruleId === f.ruleId && g.message === f.message && g.location.kind === 'file' && g.location.file.relPath === `vvp/${kind === 'DeploymentTarget' ? 'deployment-target' : name}.yaml`);
    assert.ok(twin && twin.location.kind === 'file', `${f.ruleId} on ${name}: no twin in the file run`);
    assert.ok(starts.includes(twin.location.span.start), `${f.ruleId} on ${name}: ${loc.path.join('.')} resolves elsewhere than the file finding`);
  }
  assert.equal(fromApi.executionSuccessful, true);

  // Every finding on a VVP object carries a logical location and a link into the VVP UI.
  for (const f of fromApi.findings.filter((x) => x.file === null)) {
    assert.ok(f.logical, f.ruleId);
    assert.equal(f.logical.source, 'vvp');
    assert.match(f.logical.fullyQualifiedName, /^vvp\/default\/(Deployment|DeploymentTarget)\/[a-z-]+$/);
    assert.ok(f.logical.path.startsWith('spec.'), `${f.ruleId}: ${f.logical.path}`);
    assert.ok(f.logical.uri?.startsWith(`${vvp.url}/app/#/namespaces/default/deployments/`), f.logical.uri ?? 'no uri');
  }
  const containerName = fromApi.findings.find((f) => f.ruleId === 'vvp-container-name');
  assert.equal(containerName?.logical?.fullyQualifiedName, 'vvp/default/Deployment/top-speed-bad');
  assert.equal(containerName?.logical?.path, 'spec.template.spec.kubernetes.jobManagerPodTemplate.spec.containers[0].name');
  assert.match(containerName?.logical?.uri ?? '', /\/deployments\/0c6f1e52-[0-9a-f-]+\/detail\/overview$/);

  // Read-only, authenticated, and the token is nowhere in the output.
  assert.ok(vvp.requests.length > 0);
  assert.deepEqual([...new Set(vvp.requests.map((r) => r.method))], ['GET']);
  assert.ok(vvp.requests.every((r) => r.authorization === 'Bearer tok-en'));
  assert.ok(!JSON.stringify(fromApi).includes('tok-en'));
});

test('drift: the same deployment in git and in VVP with a different kubernetes section', async (t) => {
  const changed = structuredClone(spDeployment) as Record<string, any>;
  const jm = changed['spec']['template']['spec']['kubernetes']['jobManagerPodTemplate'];
  jm.spec.volumes[0].csi.volumeAttributes.secretProviderClass = 'kv-spc-v2';
  jm.metadata = { labels: { team: 'payments' } };
  const data = servedData();
  data.default.deployments = data.default.deployments.map((d) => ((d['metadata'] as { name: string }).name === 'top-speed-sp' ? { ...d, spec: { ...(d['spec'] as object), template: changed['spec']['template'] } } : d));
  const vvp = new FakeVvp(data);
  await vvp.start();
  const dir = project({ ...spcFiles, ...vvpFiles });
  t.after(async () => {
    await vvp.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const { inventory, result } = await lint({ cwd: dir, targets: [dir], root: dir, baselinePath: false, enrich: vvpEnricher({ 'vvp-url': vvp.url }, { retries: 0, env: {} }) });
  const notes = vvpDrift(inventory);
  assert.equal(notes.length, 1, notes.map((n) => `${n.where}: ${n.differences}`).join('\n'));
  const note = notes[0]!;
  assert.equal(note.live.name, 'top-speed-sp');
  assert.equal(note.live.source.kind, 'live');
  assert.equal(note.file.source.kind, 'file');
  assert.deepEqual(note.paths.map((p) => p.join('.')), [
    'spec.template.spec.kubernetes.jobManagerPodTemplate.metadata',
    'spec.template.spec.kubernetes.jobManagerPodTemplate.spec.volumes.0.csi.volumeAttributes.secretProviderClass',
  ]);
  assert.equal(note.where, 'vvp/top-speed-sp.yaml');
  assert.match(note.differences, /jobManagerPodTemplate\.spec\.volumes\[0\]\.csi\.volumeAttributes\.secretProviderClass/);
  // The rule reports it by message id, with the names and fields as data.
  const drift = result.findings.filter((f) => f.ruleId === 'vvp-drift');
  assert.deepEqual(drift.map((f) => [f.messageId, f.data]), [['drift', { name: 'top-speed-sp', namespace: note.live.namespace, file: 'vvp/top-speed-sp.yaml', differences: note.differences }]]);
});

test('drift: nothing without both sources, nothing when equal', async (t) => {
  const vvp = new FakeVvp(servedData());
  await vvp.start();
  const both = project({ ...spcFiles, ...vvpFiles });
  const filesOnly = project({ ...spcFiles, ...vvpFiles });
  t.after(async () => {
    await vvp.stop();
    rmSync(both, { recursive: true, force: true });
    rmSync(filesOnly, { recursive: true, force: true });
  });
  const a = await lint({ cwd: both, targets: [both], root: both, baselinePath: false, enrich: vvpEnricher({ 'vvp-url': vvp.url }, { retries: 0, env: {} }) });
  assert.deepEqual(vvpDrift(a.inventory), []);
  const b = await lint({ cwd: filesOnly, targets: [filesOnly], root: filesOnly, baselinePath: false });
  assert.deepEqual(vvpDrift(b.inventory), []);
});
