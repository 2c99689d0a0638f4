// Abandoned context caches (roots nobody linted for a month) are removed by the first run of a new root, at most
// once an hour per cache directory: a look stats every cache there, and a machine linting many new roots (CI with a
// fresh checkout per job) made one look per root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { CANARY } from '../hostile/helpers.js';

const DAY_S = 24 * 3600;

/** A cache file of another root, last used `ageDays` ago. */
function plant(cache: string, name: string, ageDays: number): string {
  const path = join(cache, name);
  writeFileSync(path, 'x', { mode: 0o600 });
  const t = Date.now() / 1000 - ageDays * DAY_S;
  utimesSync(path, t, t);
  return path;
}

/** Lints one file of a new root (a directory of its own, with a context file: what a cache is kept for). */
async function lintNewRoot(cache: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'vvp-prune-root-'));
  try {
    writeFileSync(join(root, 'spc.yaml'), CANARY);
    writeFileSync(join(root, 'other.yaml'), CANARY.replace(/name: .*/, 'name: other'));
    const r = await runCli(['--root', root, 'spc.yaml'], { cwd: root, env: { VVP_KV_LINT_CACHE_DIR: cache } });
    assert.equal(r.code, 1, r.stderr);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('abandoned caches go at the first run of a new root, and the directory is looked at once an hour at most', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'vvp-prune-cache-'));
  try {
    const abandoned = plant(cache, `context-${'a'.repeat(24)}.cache`, 40);
    const legacy = plant(cache, `context-${'b'.repeat(24)}.json`, 1);
    const recent = plant(cache, `context-${'c'.repeat(24)}.cache`, 2);
    await lintNewRoot(cache);
    assert.equal(existsSync(abandoned), false, 'a cache unused for 40 days is removed');
    assert.equal(existsSync(legacy), false, 'a cache of an old format is removed');
    assert.equal(existsSync(recent), true, 'a cache used two days ago stays');
    assert.equal(statSync(join(cache, '.pruned')).mode & 0o777, 0o600);

    // Within the hour a second new root does not look again.
    const later = plant(cache, `context-${'d'.repeat(24)}.cache`, 40);
    await lintNewRoot(cache);
    assert.equal(existsSync(later), true);

    // An hour later (the marker aged), the next new root does.
    const t = Date.now() / 1000 - 2 * 3600;
    utimesSync(join(cache, '.pruned'), t, t);
    await lintNewRoot(cache);
    assert.equal(existsSync(later), false);
    assert.equal(existsSync(recent), true);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('a .pruned marker that is a symbolic link is neither followed nor written through; pruning is left alone', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'vvp-prune-cache-'));
  const elsewhere = mkdtempSync(join(tmpdir(), 'vvp-prune-target-'));
  try {
    const target = join(elsewhere, 'target');
    symlinkSync(target, join(cache, '.pruned'));
    const abandoned = plant(cache, `context-${'e'.repeat(24)}.cache`, 40);
    await lintNewRoot(cache);
    assert.equal(existsSync(target), false, 'nothing created through the link');
    assert.equal(existsSync(abandoned), true, 'no pruning through a marker that is not a plain file');
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
