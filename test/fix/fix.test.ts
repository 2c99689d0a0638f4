// --fix and --fix-dry-run on real files: each case under test/fixtures/fix/<case>/ has an input/ tree and the
// expected/ tree --fix must produce byte for byte (CRLF included). A second --fix changes nothing, the re-lint
// no longer reports the fixed findings, and --fix-dry-run prints exactly the diff while leaving files untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/paths.js';
import { unifiedDiff } from '../../src/engine/fix-diff.js';

const CASES = fixturePath('fix');

interface JsonFinding {
  ruleId: string;
  fingerprint: string;
  fix?: unknown;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out.map((p) => relative(dir, p)).sort();
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(files(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

function workCopy(caseDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-fix-'));
  cpSync(join(caseDir, 'input'), dir, { recursive: true });
  return dir;
}

async function findings(dir: string): Promise<JsonFinding[]> {
  const run = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', dir], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

for (const name of readdirSync(CASES).filter((c) => statSync(join(CASES, c)).isDirectory()).sort()) {
  const caseDir = join(CASES, name);
  const expected = snapshot(join(caseDir, 'expected'));

  test(`fix/${name}: --fix yields the expected files, idempotently, and the fixed findings are gone`, async () => {
    const dir = workCopy(caseDir);
    try {
      const before = await findings(dir);
      const fixable = before.filter((f) => f.fix);
      assert.ok(fixable.length > 0, 'a fix case must have fixable findings');
      const run = await runCli(['--root', dir, '--fail-level', 'none', '--fix', dir], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /fixed \d+ problems? in 1 file/);
      const after = snapshot(dir);
      assert.deepEqual([...after.keys()], [...expected.keys()]);
      for (const [f, bytes] of expected) assert.equal(after.get(f)!.toString('utf8'), bytes.toString('utf8'), f);

      const remaining = await findings(dir);
      assert.deepEqual(remaining.filter((f) => f.fix).map((f) => f.ruleId), [], 'no fixable finding remains');
      const fixedPrints = new Set(fixable.map((f) => f.fingerprint));
      assert.deepEqual(remaining.filter((f) => fixedPrints.has(f.fingerprint)).map((f) => f.ruleId), []);

      const again = await runCli(['--root', dir, '--fail-level', 'none', '--fix', dir], { cwd: dir, env: { PRE_COMMIT: '1' } });
      assert.equal(again.code, 0, again.stderr);
      assert.doesNotMatch(again.stderr, /fixed/);
      assert.deepEqual(snapshot(dir), after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`fix/${name}: --fix-dry-run prints the diff and changes nothing`, async () => {
    const dir = workCopy(caseDir);
    try {
      const input = snapshot(dir);
      const run = await runCli(['--root', dir, '--fail-level', 'none', '--fix-dry-run', dir], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(snapshot(dir), input);
      const want = [...expected].map(([f, bytes]) => unifiedDiff(f, input.get(f)!.toString('utf8'), bytes.toString('utf8'))).join('');
      assert.equal(run.stdout, want);
      assert.match(run.stdout, /^--- a\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('fix: in pre-commit (PRE_COMMIT=1) a run that changed a file fails so the user re-stages', async () => {
  const dir = workCopy(join(CASES, 'pod-identity'));
  try {
    const run = await runCli(['--root', dir, '--fail-level', 'none', '--fix', dir], { cwd: dir, env: { PRE_COMMIT: '1' } });
    assert.equal(run.code, 1, run.stderr);
    const clean = await runCli(['--root', dir, '--fail-level', 'none', '--fix', dir], { cwd: dir, env: { PRE_COMMIT: '1' } });
    assert.equal(clean.code, 0, clean.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fix: exit code follows what remains after fixing', async () => {
  const dir = workCopy(join(CASES, 'csi-multi-doc'));
  try {
    const before = await runCli(['--root', dir, dir], { cwd: dir });
    assert.equal(before.code, 1, 'the input has errors');
    const run = await runCli(['--root', dir, '--fix', dir], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fix: --fix with --fix-dry-run is a usage error', async () => {
  const run = await runCli(['--fix', '--fix-dry-run', '.'], { cwd: CASES });
  assert.equal(run.code, 2);
});
