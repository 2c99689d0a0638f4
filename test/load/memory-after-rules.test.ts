// Issue 31 (memory at 100,000 documents): what a large run lets go of, and what it no longer copies, must not change
// what it reports. Checked on the bench's findings corpus (several findings in every file, most fixable), linted in
// this process on workers (objects restored from the workers' facts, the case the CLI releases before writing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRepo } from '../../bench/synth.js';
import { lint } from '../../src/engine/lint.js';
import { releaseRestoredCaches } from '../../src/load/cache/restore.js';
import { formatSarif } from '../../src/report/sarif.js';
import { Redactor } from '../../src/engine/redact.js';
import type { Finding } from '../../src/engine/types.js';

/** SARIF without the invocation (start and end times): everything a finding is made of, byte for byte. */
function withoutInvocations(sarif: string): string {
  const log = JSON.parse(sarif) as { runs: Record<string, unknown>[] };
  for (const run of log.runs) delete run['invocations'];
  return JSON.stringify(log);
}

test('parsed bodies and fresh parses released after the rules: the same SARIF, the same bodies read again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-release-'));
  try {
    generateRepo(dir, 600, 7, 'findings');
    const { result, inventory } = await lint({ cwd: dir, root: dir, targets: [dir], env: { VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_WORKERS: '2' } });
    const bodies = inventory.objects.map((o) => JSON.stringify(o.body));
    const before = withoutInvocations(formatSarif(result));
    releaseRestoredCaches();
    // Every location (some resolved lazily, by a fresh parse) and line hash comes out the same after the release.
    assert.equal(withoutInvocations(formatSarif(result)), before);
    releaseRestoredCaches();
    assert.deepEqual(inventory.objects.map((o) => JSON.stringify(o.body)), bodies);
    // The engine builds a finding as one literal per shape: the keys and their order are what they always were.
    const fixable = result.findings.find((f) => f.fix && f.data);
    assert.ok(fixable, 'a fixable finding with message data');
    assert.deepEqual(Object.keys(fixable), ['ruleId', 'messageId', 'data', 'level', 'message', 'location', 'related', 'objectFingerprint', 'fix']);
    const plain = result.findings.find((f) => !f.fix && !f.data);
    if (plain) assert.deepEqual(Object.keys(plain), ['ruleId', 'messageId', 'level', 'message', 'location', 'related', 'objectFingerprint']);
    // The CLI's runs leave out the message data, which no report writes: the same report without it.
    const lean = await lint({ cwd: dir, root: dir, targets: [dir], messageData: false, env: { VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_WORKERS: '2' } });
    assert.equal(lean.result.findings.filter((f) => f.data !== undefined).length, 0);
    assert.equal(withoutInvocations(formatSarif(lean.result)), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the redactor hands back a finding with nothing to hide as it is, and copies one it changes', () => {
  const secret = 'Pl4nt3dS3cr3tV4lu3';
  const r = new Redactor();
  r.add({ text: secret, kind: 'secret' });
  const file = { absPath: '/x/a.yaml', relPath: 'a.yaml', text: `a: ${secret}\n` };
  const location = { kind: 'file' as const, file, span: { start: 0, end: 1 }, exact: true };
  const clean: Finding = { ruleId: 'r', level: 'error', message: 'Nothing here.', location, related: [{ location, message: 'Nor here.' }], objectFingerprint: 'f', fix: { description: 'Quote it', edits: [{ span: { start: 3, end: 3 }, text: '"' }] } };
  assert.equal(r.finding(clean), clean);
  const leaky: Finding = { ...clean, message: `Value ${secret} is bad.` };
  const out = r.finding(leaky);
  assert.notEqual(out, leaky);
  assert.ok(!out.message.includes(secret), out.message);
  assert.equal(leaky.message, `Value ${secret} is bad.`, 'the original is not changed');
  const leakyRelated: Finding = { ...clean, related: [{ location, message: `See ${secret}.` }] };
  const outRelated = r.finding(leakyRelated);
  assert.ok(!outRelated.related[0]!.message.includes(secret));
  const leakyFix: Finding = { ...clean, fix: { description: `Quote ${secret}`, edits: clean.fix!.edits } };
  const outFix = r.finding(leakyFix);
  assert.notEqual(outFix, leakyFix);
  assert.ok(!outFix.fix!.description.includes(secret));
  assert.equal(outFix.fix!.edits, clean.fix!.edits, 'edits without the value are kept as they are');
});
