// Hostile input, the file system: a 50 MiB file, symlink loops, unreadable files, an empty repository, nothing
// readable at all, and a directory of 20,000 small files. Generated at test time into a tmp dir, never committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, openSync, closeSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { CANARY, canaryFound, describeRun, findingsIn, lintJson, spawnLint, tmpRepo, writeCanary } from './helpers.js';

/**
 * Root reads any file whatever its mode (CAP_DAC_OVERRIDE), so chmod 000 proves nothing there. As root the CLI is
 * spawned as `nobody` instead (the repository and node must then be world-readable, as in CI containers).
 */
const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;
/** As root, `nobody` must be able to run the CLI from this checkout (not so under a 0700 home directory). */
const nobodyCanRun = !RUNNING_AS_ROOT || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))})`], { uid: NOBODY, gid: NOBODY, cwd: tmpdir() }).status === 0;
const unreadableSkip = nobodyCanRun ? false : 'running as root and user nobody cannot read this checkout: chmod 000 cannot be tested';

async function lintUnprivileged(dir: string) {
  if (!RUNNING_AS_ROOT) return lintJson(dir);
  chmodSync(dir, 0o755);
  return spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 20_000, uid: NOBODY, gid: NOBODY });
}

test('a 50 MiB file is refused by size before it is read; the rest is linted', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    const line = Buffer.from(`  key: "${'x'.repeat(100)}"\n`);
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n');
    const chunk = Buffer.concat(Array(1024).fill(line));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 1, describeRun(r));
    const f = findingsIn(r.report, 'huge.yaml');
    assert.equal(f.length, 1, describeRun(r));
    assert.equal(f[0]!.ruleId, 'yaml-parse-error');
    assert.match(f[0]!.message, /size limit/);
    assert.ok(canaryFound(r.report), describeRun(r));
    // Bounded time is the spawn's 30 s deadline (parsing 50 MB would not meet it); no tighter wall-clock bound, which a
    // loaded machine could break.
  } finally {
    cleanup();
  }
});

test('symlink loops (directory and file) neither hang nor crash', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    symlinkSync('missing.yaml', join(dir, 'dangling.yaml'));
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 20_000 });
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    // The canary is reported once: the loop did not make the walk visit it again.
    assert.equal(r.report!.findings.filter((f) => f.ruleId === 'spc-parameter-not-string').length, 1, describeRun(r));
  } finally {
    cleanup();
  }
});

test('an unreadable file is a file-unreadable notification; the others are linted', { skip: unreadableSkip }, async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, 'secret.yaml'), CANARY);
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    const r = await lintUnprivileged(dir);
    chmodSync(join(dir, 'secret.yaml'), 0o600);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(r.report!.notifications.some((n) => n.id === 'file-unreadable' && n.file === 'secret.yaml'), describeRun(r));
    assert.equal(r.report!.executionSuccessful, false);
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('nothing readable: exit 2 (tool error), never 0', { skip: unreadableSkip }, async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeFileSync(join(dir, 'only.yaml'), CANARY);
    chmodSync(join(dir, 'only.yaml'), 0o000);
    const r = await lintUnprivileged(dir);
    chmodSync(join(dir, 'only.yaml'), 0o600);
    assert.equal(r.code, 2, describeRun(r));
  } finally {
    cleanup();
  }
});

test('a target that cannot be read (dangling symlink, missing path): exit 2 with a message', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
    for (const target of [join(dir, 'dangling.yaml'), join(dir, 'no-such-dir')]) {
      const r = await spawnLint(['--root', dir, target, '--format', 'json'], { cwd: dir, timeoutMs: 20_000 });
      assert.equal(r.code, 2, describeRun(r));
      assert.match(r.stderr, /no such file or directory|cannot read/i);
    }
  } finally {
    cleanup();
  }
});

test('an empty repository has nothing to lint (exit 2, "no files matched"); one with only empty files is clean', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    const empty = await lintJson(dir);
    assert.equal(empty.code, 2, describeRun(empty));
    assert.match(empty.stderr, /no files matched/);
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'blank.yml'), '\n\n   \n');
    writeFileSync(join(dir, 'comments.yaml'), '# nothing here\n---\n# nor here\n');
    writeFileSync(join(dir, 'null.json'), 'null\n');
    const r = await lintJson(dir);
    assert.equal(r.code, 0, describeRun(r));
    assert.deepEqual(r.report!.findings, []);
  } finally {
    cleanup();
  }
});

test('a directory of 20,000 small files: bounded time, the one defect found', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    for (let d = 0; d < 20; d++) {
      const sub = join(dir, `d${d}`);
      mkdirSync(sub);
      for (let i = 0; i < 1000; i++) writeFileSync(join(sub, `cm-${i}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${d}-${i}\ndata:\n  k: v\n`);
    }
    writeFileSync(join(dir, 'd7', 'cm-500.yaml'), CANARY);
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 60_000 });
    assert.equal(r.code, 1, describeRun(r));
    assert.equal(r.report!.findings.length, 1, describeRun(r));
    assert.ok(canaryFound(r.report, 'd7/cm-500.yaml'), describeRun(r));
  } finally {
    cleanup();
  }
});

test('an unreadable directory under the linted path is a notification and makes the run incomplete, never silence', { skip: unreadableSkip }, async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    mkdirSync(join(dir, 'locked', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'locked', 'deeper', 'spc.yaml'), CANARY);
    chmodSync(join(dir, 'locked'), 0o000);
    const run = (extra: string[]) =>
      RUNNING_AS_ROOT
        ? spawnLint(['--root', dir, dir, '--format', 'json', ...extra], { cwd: dir, timeoutMs: 20_000, uid: NOBODY, gid: NOBODY })
        : spawnLint(['--root', dir, dir, '--format', 'json', ...extra], { cwd: dir, timeoutMs: 20_000 });
    if (RUNNING_AS_ROOT) chmodSync(dir, 0o755);
    const r = await run([]);
    const strict = await run(['--fail-on-incomplete']);
    const text = RUNNING_AS_ROOT
      ? await spawnLint(['--root', dir, dir], { cwd: dir, timeoutMs: 20_000, uid: NOBODY, gid: NOBODY })
      : await spawnLint(['--root', dir, dir], { cwd: dir, timeoutMs: 20_000 });
    chmodSync(join(dir, 'locked'), 0o755);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    const note = r.report!.notifications.find((n) => n.id === 'directory-unreadable');
    assert.ok(note, describeRun(r));
    assert.equal(note.file, 'locked');
    assert.equal(note.incomplete, true);
    assert.match(note.message, /^locked\/: EACCES: cannot read the directory; the files in it were not linted$/);
    assert.equal(r.report!.executionSuccessful, false);
    assert.equal(strict.code, 2, describeRun(strict));
    assert.match(text.stdout, /✖ incomplete: 1 read failed \(directory-unreadable\)/, text.stdout);
  } finally {
    cleanup();
  }
});

test('an unreadable directory is said also with include globs that need fast-glob (a negation)', { skip: unreadableSkip }, async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'include: ["**/*.yaml", "!**/vendor/**"]\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'spc.yaml'), CANARY);
    chmodSync(join(dir, 'locked'), 0o000);
    if (RUNNING_AS_ROOT) chmodSync(dir, 0o755);
    const r = RUNNING_AS_ROOT
      ? await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 20_000, uid: NOBODY, gid: NOBODY })
      : await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 20_000 });
    chmodSync(join(dir, 'locked'), 0o755);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    assert.deepEqual(r.report!.notifications.filter((n) => n.id === 'directory-unreadable').map((n) => [n.file, n.incomplete]), [['locked', true]], describeRun(r));
  } finally {
    cleanup();
  }
});
