// Parsing on worker threads (src/load/parse-pool.ts, load-files.ts) must be invisible in the results: the same
// findings, positions, fixes and messages as parsing on the main thread, for every rule fixture and for a synthetic
// GitOps repository with a defect in one file of ten. The CLI runs as a process (the bundle resolves its worker
// file next to itself); VVP_KV_LINT_WORKERS forces the worker count either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli, describe } from '../support/spawn-cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { generateRepo } from '../../bench/synth.js';

/** SARIF without the invocation (times, command line): everything a finding is made of. */
function findingsOf(stdout: string): string {
  const log = JSON.parse(stdout) as { runs: Record<string, unknown>[] };
  for (const run of log.runs) delete run['invocations'];
  return JSON.stringify(log, null, 1);
}

async function lintWith(workers: number, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const r = await spawnCli([...args, '--format', 'sarif'], { cwd, env: { VVP_KV_LINT_CACHE: 'off', ...env, VVP_KV_LINT_WORKERS: String(workers) }, timeoutMs: 180_000 });
  assert.ok(r.code === 0 || r.code === 1, describe(r));
  return { code: r.code, out: findingsOf(r.stdout) };
}

test('every rule fixture directory: workers give the same findings as the main thread', async () => {
  const base = join(REPO_ROOT, 'test', 'fixtures', 'rules');
  const inThread = await lintWith(0, ['--root', base, base], base);
  const inWorkers = await lintWith(3, ['--root', base, base], base);
  assert.equal(inWorkers.out, inThread.out);
});

test('a reported Secret parsed by a worker keeps its values for the rules, and a context Secret never reaches the cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-workers-secret-'));
  // Outside the linted tree: a cache directory inside it is refused (load/cache/location.ts).
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-workers-cache-'));
  const planted = 'd29ya2Vycy1tdXN0LW5vdC1sZWFr';
  try {
    mkdirSync(join(dir, 'ctx'));
    writeFileSync(join(dir, 'ctx', 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: sp-creds\n  namespace: vvp\ndata:\n  clientid: ${planted}\n  clientsecret: ${planted}\n`);
    writeFileSync(join(dir, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: sp-creds2\n  namespace: vvp\ndata:\n  clientid: "not base64!"\n');
    const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
    const inThread = await spawnCli(['--root', dir, 'secret.yaml', '--format', 'json'], { cwd: dir, env: { ...env, VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_WORKERS: '0' } });
    const inWorkers = await spawnCli(['--root', dir, 'secret.yaml', '--format', 'json'], { cwd: dir, env: { ...env, VVP_KV_LINT_WORKERS: '2' } });
    assert.equal(inWorkers.code, inThread.code, describe(inWorkers));
    const ids = (s: string): string[] => (JSON.parse(s) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids(inWorkers.stdout), ids(inThread.stdout));
    assert.ok(readdirSync(cacheDir).some((f) => f.endsWith('.cache')), 'the context file went through the cache');
    for (const f of readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
      if (f.isFile()) assert.ok(!readFileSync(join(f.parentPath, f.name)).includes(planted), `${f.name} holds a Secret value`);
    }
    assert.ok(!inWorkers.stdout.includes(planted) && !inWorkers.stderr.includes(planted));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('workers started while the walk goes on: taken by a large load, and stopped when the load does not need them', async () => {
  // A walk of a directory to lint starts workers once the files it has found are enough to parse on them
  // (project.ts prestartWhenEnough; here forced by VVP_KV_LINT_WORKERS, so at its first look, 512 files). Here
  // 2,100 files are found but git ignores all but one: the load parses one file on the main thread, and the
  // early workers must be stopped (the run ends, with the same result as without workers).
  const dir = mkdtempSync(join(tmpdir(), 'vkl-prestart-'));
  try {
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['init', '-q', dir]);
    writeFileSync(join(dir, '.gitignore'), 'generated/\n');
    mkdirSync(join(dir, 'generated'));
    for (let i = 0; i < 2100; i++) writeFileSync(join(dir, 'generated', `cm-${i}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n`);
    writeFileSync(join(dir, 'spc.yaml'), 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: s\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: "bad_name!"\n    tenantId: 00000000-0000-0000-0000-000000000000\n');
    // "The run ended" is lintWith's spawn deadline (a hung run is killed and fails on its exit code), not a
    // wall-clock bound that a loaded machine could break.
    const withEarly = await lintWith(2, ['.'], dir);
    const without = await lintWith(0, ['.'], dir);
    assert.equal(withEarly.out, without.out);
    assert.equal(withEarly.code, 1, 'the SPC has findings');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The synthetic GitOps repository (a defect in one file of ten) is linted once on the main thread and once with two
// workers; a pool that was not started early (fewer files than the prestart threshold) is the fixture test above.
// 900 documents make about 700 files: past the walk's first look at 512 files, where the workers start (forced here
// by VVP_KV_LINT_WORKERS); more files only cost the suite time.
test('a synthetic repository of 900 documents (about 700 files): workers started during the walk give byte-identical SARIF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-workers-early-'));
  try {
    const summary = generateRepo(dir, 900, 11);
    assert.ok(summary.documents >= 900);
    assert.ok(summary.files > 512, `${summary.files} files: more than the walk's first look, so the workers start during it`);
    const inThread = await lintWith(0, ['--root', dir, dir], dir);
    const inWorkers = await lintWith(2, ['--root', dir, dir], dir);
    assert.equal(inWorkers.code, inThread.code);
    assert.ok((JSON.parse(inThread.out) as { runs: { results: unknown[] }[] }).runs[0]!.results.length > 50, 'the repository has findings to compare');
    assert.equal(inWorkers.out, inThread.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
