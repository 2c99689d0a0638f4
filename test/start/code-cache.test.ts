// The V8 code cache of the CLI bundle (src/start/code-cache.ts), as users meet it: `node bin/vvp-kv-lint.js` run
// after run. A cache never changes a byte of the output; a corrupt, truncated, foreign, stale or unsafe cache file
// is ignored (and replaced); a cache directory that cannot be written never fails a run; VVP_KV_LINT_CACHE=off
// writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { spawnCli, describe, type ProcessRun } from '../support/spawn-cli.js';
import { fixturePath } from '../support/paths.js';

const POSIX = typeof process.getuid === 'function';
const AS_ROOT = POSIX && process.getuid!() === 0;

const FIXTURE = fixturePath('rules', 'spc-keyvault-name-invalid', 'fail-bad-names');

/**
 * One file with findings in a one-file repository (as the benchmark's cold run), as SARIF on stdout; the debug
 * variable makes the CLI say what the code cache did.
 */
async function lint(cacheEnv: Record<string, string | undefined>): Promise<ProcessRun & { cache: string; findings: string }> {
  const repo = mkdtempSync(join(tmpdir(), 'vvp-code-cache-repo-'));
  try {
    const name = readdirSync(FIXTURE).find((f) => /\.ya?ml$/.test(f))!;
    cpSync(join(FIXTURE, name), join(repo, name));
    const r = await spawnCli(['--root', repo, name, '--format', 'sarif'], { cwd: repo, env: { VVP_KV_LINT_DEBUG_CODE_CACHE: '1', ...cacheEnv } });
    assert.ok(r.code === 0 || r.code === 1, describe(r));
    const cache = /vvp-kv-lint: code cache (\w+)/.exec(r.stderr)?.[1] ?? '(not said)';
    const log = JSON.parse(r.stdout) as { runs: Record<string, unknown>[] };
    for (const run of log.runs) delete run['invocations'];
    const findings = JSON.stringify(log).replaceAll(repo, '<repo>');
    assert.match(findings, /spc-keyvault-name-invalid/);
    return { ...r, cache, findings };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** The code cache's files under VVP_KV_LINT_CACHE_DIR=dir. */
function cacheFiles(base: string): string[] {
  const dir = join(base, 'code-cache');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('v8-code-')).map((f) => join(dir, f)) : [];
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vvp-code-cache-'));
}

test('the first run stores the code cache privately, later runs use it, the output is the same', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const first = await lint({ VVP_KV_LINT_CACHE_DIR: dir });
    assert.equal(first.cache, 'none');
    const files = cacheFiles(dir);
    assert.equal(files.length, 1, 'one cache file after the first run');
    if (POSIX) {
      assert.equal(statSync(join(dir, 'code-cache')).mode & 0o777, 0o700, 'its directory is private');
      assert.equal(statSync(files[0]!).mode & 0o777, 0o600, 'the file is private');
    }
    const second = await lint({ VVP_KV_LINT_CACHE_DIR: dir });
    assert.equal(second.cache, 'accepted');
    const off = await lint({ VVP_KV_LINT_CACHE: 'off' });
    assert.equal(off.cache, 'off');
    assert.equal(second.findings, first.findings);
    assert.equal(off.findings, first.findings);
    assert.equal(second.code, off.code);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('each kind of run keeps a cache of its own: a first `rules` run does not leave lint runs without one', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const env = { VVP_KV_LINT_CACHE_DIR: dir, VVP_KV_LINT_DEBUG_CODE_CACHE: '1' };
    const rules = await spawnCli(['rules'], { cwd: base, env });
    assert.equal(rules.code, 0, describe(rules));
    assert.match(rules.stderr, /code cache none/);
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none');
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'accepted');
    assert.match((await spawnCli(['rules'], { cwd: base, env })).stderr, /code cache accepted/);
    assert.equal(cacheFiles(dir).length, 2);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('writing a cache removes all but the newest four cache files of other builds', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const codeDir = join(dir, 'code-cache');
    mkdirSync(codeDir, { recursive: true, mode: 0o700 });
    const old = Array.from({ length: 6 }, (_, i) => `v8-code-${String(i).repeat(32)}-lint.bin`);
    old.forEach((f, i) => {
      writeFileSync(join(codeDir, f), 'old build', { mode: 0o600 });
      utimesSync(join(codeDir, f), 1_000_000 + i, 1_000_000 + i);
    });
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none');
    const left = readdirSync(codeDir).sort();
    assert.deepEqual(left.filter((f) => old.includes(f)), old.slice(2), 'the four newest of other builds');
    assert.equal(left.length, 5);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('VVP_KV_LINT_CACHE=off writes no code cache, even with a cache directory named', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const r = await lint({ VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_CACHE_DIR: dir });
    assert.equal(r.cache, 'off');
    assert.deepEqual(cacheFiles(dir), []);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a corrupt, truncated, foreign or stale cache file is ignored and replaced', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const expected = (await lint({ VVP_KV_LINT_CACHE_DIR: dir })).findings;
    const [file] = cacheFiles(dir);
    assert.ok(file);
    const good = readFileSync(file);
    const headerEnd = good.indexOf(0x0a, good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 1) + 1;
    const header = good.subarray(0, headerEnd).toString('latin1');
    const [magic, key] = header.split('\n');
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] ^= 0xff;
    // V8 cached data of another script, under a header whose hash matches it: only V8's own check can tell.
    const otherCode = new Script('"another script"').createCachedData();
    const { createHash } = await import('node:crypto');
    // What anyone can compute: a plain hash of the payload (a file planted in a repository's cache directory).
    const plantedPayload = Buffer.concat([Buffer.from(`${magic}\n${key}\n${createHash('sha256').update(otherCode).digest('hex')}\n`, 'latin1'), otherCode]);
    // Signed with this user's key, as the tool signs: only V8's own check can tell.
    const { userCacheDirectory } = await import('../../src/user-cache.js');
    const { createHmac } = await import('node:crypto');
    const userKey = readFileSync(join(userCacheDirectory(process.env)!, 'context-cache.key'));
    const macKey = createHmac('sha256', userKey).update('vvp-kv-lint code-cache mac v1').digest();
    const foreignPayload = Buffer.concat([Buffer.from(`${magic}\n${key}\n${createHmac('sha256', macKey).update(otherCode).digest('hex')}\n`, 'latin1'), otherCode]);
    const cases: [string, Buffer, string][] = [
      ['a flipped byte in the payload', flipped, 'none'],
      ['a truncated file', good.subarray(0, good.length >> 1), 'none'],
      ['an empty file', Buffer.alloc(0), 'none'],
      ['another build (key) in the header', Buffer.from(good.toString('latin1').replace(key!, '0'.repeat(key!.length)), 'latin1'), 'none'],
      ['code planted with a hash anyone can compute (not the user\'s key)', plantedPayload, 'none'],
      ['another script compiled by V8', foreignPayload, 'rejected'],
    ];
    for (const [what, bytes, expectedState] of cases) {
      writeFileSync(file, bytes, { mode: 0o600 });
      const r = await lint({ VVP_KV_LINT_CACHE_DIR: dir });
      assert.equal(r.cache, expectedState, what);
      assert.equal(r.findings, expected, what);
      assert.notDeepEqual(readFileSync(file), bytes, `${what}: replaced`);
      assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'accepted', `${what}: then used`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a cache file or directory others can write, or another user owns, is never read or written', { skip: !POSIX && 'POSIX permissions' }, async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    await lint({ VVP_KV_LINT_CACHE_DIR: dir });
    const [file] = cacheFiles(dir);
    assert.ok(file);
    chmodSync(file, 0o620);
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none', 'group-writable file');
    chmodSync(file, 0o600);
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'accepted');
    const codeDir = join(dir, 'code-cache');
    chmodSync(codeDir, 0o777);
    const before = readFileSync(file);
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none', 'world-writable directory');
    assert.deepEqual(readFileSync(file), before, 'nothing written into a directory others can write');
    chmodSync(codeDir, 0o700);
    if (AS_ROOT) {
      chownSync(file, 65534, 65534);
      assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none', "a file owned by another user (nobody)");
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a cache directory that cannot be created or written never fails the run', async () => {
  const base = tempDir();
  try {
    const blocker = join(base, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const expected = (await lint({ VVP_KV_LINT_CACHE: 'off' })).findings;
    const r = await lint({ VVP_KV_LINT_CACHE_DIR: join(blocker, 'cache') });
    assert.equal(r.cache, 'none');
    assert.equal(r.findings, expected);
    assert.doesNotMatch(r.stderr, /error|EACCES|ENOTDIR/i);
    if (POSIX && !AS_ROOT) {
      const ro = join(base, 'read-only');
      mkdirSync(ro, { mode: 0o500 });
      const r2 = await lint({ VVP_KV_LINT_CACHE_DIR: ro });
      assert.equal(r2.findings, expected);
      assert.deepEqual(cacheFiles(ro), []);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

/** `dir` holds one code-cache file (for `what`), and both are private to the user where permissions exist. */
function assertOnePrivateCache(dir: string, what: string): void {
  const stored = readdirSync(dir).filter((f) => f.startsWith('v8-code-'));
  assert.equal(stored.length, 1, `one cache file for ${what}`);
  if (!POSIX) return;
  assert.equal(statSync(dir).mode & 0o777, 0o700, 'its directory is private');
  assert.equal(statSync(join(dir, stored[0]!)).mode & 0o777, 0o600, 'the file is private');
}

test('the language server keeps a code cache of its own, in code-cache/lsp/, and leaves the CLI caches alone', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const env = { VVP_KV_LINT_CACHE_DIR: dir, VVP_KV_LINT_DEBUG_CODE_CACHE: '1' };
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'none');
    const lintCache = cacheFiles(dir);
    assert.equal(lintCache.length, 1);
    // An editor that starts the server and goes away (stdin closed before `initialize`): the server exits, and the
    // first start stores its cache when it does.
    const first = await spawnCli(['lsp', '--stdio'], { cwd: base, env });
    assert.match(first.stderr, /language server code cache none/, describe(first));
    assertOnePrivateCache(join(dir, 'code-cache', 'lsp'), 'the server');
    const second = await spawnCli(['lsp', '--stdio'], { cwd: base, env });
    assert.match(second.stderr, /language server code cache accepted/, describe(second));
    assert.equal(second.code, first.code);
    // The lint cache is still there and still used: the server's caches never count as another build's.
    for (const f of lintCache) assert.ok(existsSync(f), `${f} kept`);
    assert.equal((await lint({ VVP_KV_LINT_CACHE_DIR: dir })).cache, 'accepted');
    const off = await spawnCli(['lsp', '--stdio'], { cwd: base, env: { ...env, VVP_KV_LINT_CACHE: 'off' } });
    assert.doesNotMatch(off.stderr, /language server code cache/);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('the live commands\' SDK bundles keep code caches of their own, in code-cache/kube-sdk/, once per process', async () => {
  const base = tempDir();
  try {
    const dir = join(base, 'cache');
    const env = { VVP_KV_LINT_CACHE_DIR: dir, VVP_KV_LINT_DEBUG_CODE_CACHE: '1' };
    // An audit whose kubeconfig is missing still loads the Kubernetes SDK (to read it), then reports the failed read.
    const audit = ['audit', '--kubeconfig', join(base, 'missing-kubeconfig'), '--format', 'json'];
    const first = await spawnCli(audit, { cwd: base, env });
    assert.equal(first.code, 2, describe(first));
    assert.equal(first.stderr.match(/Kubernetes SDK code cache none/g)?.length, 1, describe(first));
    assertOnePrivateCache(join(dir, 'code-cache', 'kube-sdk'), 'the SDK');
    const second = await spawnCli(audit, { cwd: base, env });
    assert.match(second.stderr, /Kubernetes SDK code cache accepted/, describe(second));
    assert.match(second.stderr, /vvp-kv-lint: code cache accepted/, 'the audit run\'s own cache is kept beside it');
    assert.equal(second.code, first.code);
    assert.deepEqual(JSON.parse(second.stdout), JSON.parse(first.stdout), 'the same report either way');
    const off = await spawnCli(audit, { cwd: base, env: { ...env, VVP_KV_LINT_CACHE: 'off' } });
    assert.doesNotMatch(off.stderr, /SDK code cache/);
    assert.equal(off.code, 2, describe(off));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a code-cache directory, or a bundle\'s directory under it, that is a symbolic link is neither read nor written through', { skip: !POSIX && 'symbolic links' }, async () => {
  // What a pull request could commit beside a cache directory named inside the work tree.
  const base = tempDir();
  try {
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    const dir = join(base, 'cache');
    mkdirSync(dir);
    symlinkSync(elsewhere, join(dir, 'code-cache'));
    const run = await lint({ VVP_KV_LINT_CACHE_DIR: dir });
    assert.equal(run.code, 1, describe(run));
    assert.equal(run.cache, 'none');
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing written where code-cache points');

    const second = join(base, 'cache2');
    mkdirSync(join(second, 'code-cache'), { recursive: true, mode: 0o700 });
    symlinkSync(elsewhere, join(second, 'code-cache', 'kube-sdk'));
    const env = { VVP_KV_LINT_CACHE_DIR: second, VVP_KV_LINT_DEBUG_CODE_CACHE: '1' };
    const audit = ['audit', '--kubeconfig', join(base, 'missing-kubeconfig'), '--format', 'json'];
    for (const _ of [1, 2]) {
      const r = await spawnCli(audit, { cwd: base, env });
      assert.equal(r.code, 2, describe(r));
      assert.match(r.stderr, /Kubernetes SDK code cache none/, describe(r));
    }
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing written where code-cache/kube-sdk points');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
