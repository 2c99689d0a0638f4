// One placeholder notion for offline and Azure rules (src/model/placeholder.ts): a client id still waiting for
// envsubst, Helm, kustomize or a pipeline's token replacement is reported once as a placeholder, and neither the
// offline GUID checks nor the Azure identity and grant checks judge it. Through the CLI as users run it, with an
// Azure state that would make the Azure rules speak if they took the placeholder for a value (one unrelated
// service principal without grants, which "the only service principal in the state" would otherwise pick).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from './helpers.js';
import { findPlaceholder, isPlaceholder } from '../../src/model/placeholder.js';
import { PLACEHOLDER_RE } from '../../src/policy/cel.js';
import { PLACEHOLDER_PATTERNS } from '../../src/model/placeholder.js';

/** What users of each tool write in a client id field. */
const SPELLINGS = [
  '$client-id', // documentation, envsubst-style
  '$CLIENT_ID', // envsubst
  '${CLIENT_ID}', // envsubst, Flux postBuild
  '${CLIENT_ID:-default}', // Flux postBuild default
  '$(CLIENT_ID)', // Azure Pipelines
  '$(client-id)',
  '<client-id>', // documentation
  '{{ .Values.clientId }}', // Helm / Go templates
  '__CLIENT_ID__', // token replacement
  '__client-id__',
  '#{ClientId}#', // Replace Tokens, Octopus
  '%CLIENT_ID%',
];

test('every spelling is a placeholder, for the linter and for the admission policies alike', () => {
  const policy = new RegExp(PLACEHOLDER_RE);
  for (const s of SPELLINGS) {
    assert.ok(isPlaceholder(s), `linter: ${s}`);
    assert.ok(isPlaceholder(`  ${s} `), `linter, padded: ${s}`);
    assert.ok(policy.test(s), `policy: ${s}`);
  }
  for (const real of ['cccccccc-0000-0000-0000-000000000001', 'kv-prod', 'db-password', '$', '<>', 'a$b', 'pa$$word']) {
    assert.equal(findPlaceholder(real), undefined, real);
    assert.equal(policy.test(real), false, `policy: ${real}`);
  }
});

test('placeholder client ids: no invalid-GUID, unknown-identity or grant finding; one unresolved-placeholder each', async () => {
  const dir = fixturePath('placeholders');
  const run = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', '--azure-state', 'azure-state.json', 'app.yaml'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; startLine: number; message: string }[]; notifications: { id: string; message: string }[] };
  const rows = report.findings.map((f) => `${f.ruleId}:${f.startLine}`).sort();
  // Before one notion: spc-client-id-invalid:14, spc-user-assigned-id-invalid:32 and :50, and grant-missing for the
  // one service principal in the state although the Secret names none yet.
  assert.deepEqual(rows, ['unresolved-placeholder:14', 'unresolved-placeholder:32', 'unresolved-placeholder:50']);
  // The Azure side says why it did not check, rather than staying silent.
  // One note per cause (issue 29): every placeholder principal in one, with the count of grant checks skipped.
  const notes = report.notifications.filter((n) => n.id === 'check-skipped' && /grant-/.test(n.message));
  const placeholder = notes.filter((n) => /is a placeholder, so its grants cannot be checked/.test(n.message));
  assert.ok(placeholder.length >= 1, JSON.stringify(report.notifications, null, 1));
  for (const n of placeholder) assert.match(n.message, /to run (it|them): render the manifests with their real values/);
  assert.equal(placeholder.reduce((sum, n) => sum + (n as { skippedChecks?: number }).skippedChecks!, 0) >= 4, true);
});

test('a value without any of the marks every placeholder pattern needs ($ < { # _ %) is no placeholder', () => {
  // findPlaceholder answers such values without its patterns: each pattern, on values made of everything else
  // (the marks' neighbours in patterns included), must agree.
  const others = 'aZ09-.:/ ()}>]@!?*&^~+=|;,"\'\t\n';
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const values = ['CLIENT_ID'.replace('_', '-'), '(CLIENT-ID)', 'client-id}', '>x<'.replace('<', '')];
  for (let i = 0; i < 20_000; i++) values.push(Array.from({ length: 1 + rnd(12) }, () => others[rnd(others.length)]).join(''));
  for (const v of values) {
    for (const p of PLACEHOLDER_PATTERNS) assert.equal(new RegExp(p).test(v.trim()), false, `${p} on ${JSON.stringify(v)}`);
    assert.equal(findPlaceholder(v), undefined);
  }
  for (const s of SPELLINGS) assert.ok(/[$<{#_%]/.test(s), s);
});
