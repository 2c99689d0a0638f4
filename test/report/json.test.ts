import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildJson, formatJson, jsonPieces } from '../../src/report/json.js';
import { escapeJsonControls } from '../../src/model/json-controls.js';
import { formatResult } from '../../src/report/index.js';
import { emptyResult, sampleResult } from './sample.js';

test('json: summary, file and live findings, related, fixes, notifications', () => {
  const doc = JSON.parse(formatJson(sampleResult()));
  assert.equal(doc.version, 1);
  assert.deepEqual(doc.tool, { name: 'vvp-kv-lint', version: '0.1.0' });
  assert.equal(doc.root, '/work/project root');
  assert.equal(doc.executionSuccessful, false);
  assert.deepEqual(doc.summary, { errors: 2, warnings: 3, notes: 1, suppressed: 1, files: 3, documents: 3, fixable: 3, failedReads: 1, skippedChecks: 0, helmTemplatesSkipped: [] });
  assert.equal(doc.findings.length, 7);

  const [apiVersion, , readOnly, , live, suppressed, crlf] = doc.findings;
  assert.deepEqual(Object.keys(apiVersion), [
    'ruleId', 'level', 'message', 'file', 'startLine', 'startColumn', 'endLine', 'endColumn', 'logical',
    'related', 'fingerprint', 'suppressed', 'suppressions', 'baselineState', 'fix', 'remediation',
  ]);
  assert.deepEqual(
    { file: apiVersion.file, startLine: apiVersion.startLine, startColumn: apiVersion.startColumn, endLine: apiVersion.endLine, endColumn: apiVersion.endColumn },
    { file: 'k8s/spc.yaml', startLine: 1, startColumn: 13, endLine: 1, endColumn: 48 },
  );
  assert.equal(apiVersion.baselineState, 'unchanged');
  assert.deepEqual(apiVersion.fix, {
    description: 'Use apiVersion secrets-store.csi.x-k8s.io/v1',
    edits: [{ startLine: 1, startColumn: 13, endLine: 1, endColumn: 48, text: 'secrets-store.csi.x-k8s.io/v1' }],
  });

  assert.equal(readOnly.related[0].file, 'k8s/spc.yaml');
  assert.equal(readOnly.related[0].startLine, 4);
  // Fix regions are exact: the deleted line includes its terminator, the insertion is empty.
  assert.deepEqual(readOnly.fix.edits[0], { startLine: 19, startColumn: 1, endLine: 20, endColumn: 1, text: '' });
  assert.deepEqual(readOnly.fix.edits[1], { startLine: 20, startColumn: 1, endLine: 20, endColumn: 1, text: '            readOnly: true\n' });

  assert.equal(live.file, null);
  assert.equal(live.startLine, null);
  assert.deepEqual(live.logical, {
    source: 'cluster',
    fullyQualifiedName: 'aks-prod/vvp-jobs/Pod/job-1-taskmanager-0',
    displayName: 'pod/vvp-jobs/job-1-taskmanager-0',
    path: 'spec.volumes[0].csi.volumeAttributes.secretProviderClass',
    uri: null,
  });
  assert.equal(live.related[1].logical.path, 'metadata.namespace');

  assert.equal(suppressed.suppressed, true);
  assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', justification: 'the job image runs as read-only root anyway' }]);
  assert.equal(crlf.startLine, 3);
  assert.equal(crlf.startColumn, 5);

  assert.deepEqual(doc.notifications, [
    { id: 'file-unreadable', level: 'warning', message: 'EACCES: cannot read file', file: 'k8s/locked.yaml', incomplete: true, skippedChecks: null, remedy: null },
    { id: 'k8s-forbidden', level: 'note', message: 'listing Secrets in vvp-jobs is forbidden: sp-secret rules were skipped', file: null, incomplete: false, skippedChecks: null, remedy: null },
  ]);
});

test('json: an empty run is a complete document', () => {
  const doc = JSON.parse(formatResult(emptyResult(), 'json'));
  assert.deepEqual(doc.summary, { errors: 0, warnings: 0, notes: 0, suppressed: 0, files: 2, documents: 4, fixable: 0, failedReads: 0, skippedChecks: 0, helmTemplatesSkipped: [] });
  assert.deepEqual(doc.findings, []);
  assert.deepEqual(doc.notifications, []);
  assert.equal(formatJson(emptyResult(), { indent: 0 }).split('\n').length, 2, 'one line plus the final newline');
});

test('json: the pieces the CLI writes one after another are, joined, JSON.stringify of the whole report', () => {
  // A large report is written finding by finding and never held whole (jsonPieces); joined, the pieces must be the
  // very text the whole document makes, controls escaped, whatever the indentation.
  const controls = sampleResult({ findings: sampleResult().findings.map((f) => ({ ...f, message: `${f.message} \u007f\u202e\u2028 end` })) });
  for (const result of [sampleResult(), emptyResult(), sampleResult({ findings: sampleResult().findings.slice(0, 1) }), controls]) {
    for (const indent of [2, 0, 4]) {
      const pieces = [...jsonPieces(result, { indent })];
      const whole = `${escapeJsonControls(JSON.stringify(buildJson(result), null, indent))}\n`;
      assert.equal(pieces.join(''), whole, `indent ${indent}, ${result.findings.length} findings`);
      assert.equal(formatJson(result, { indent }), whole);
      if (result.findings.length > 1) assert.ok(pieces.length >= result.findings.length + 2, 'one piece per finding');
    }
  }
});
