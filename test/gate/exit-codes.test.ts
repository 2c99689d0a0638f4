// A CI gate must never go green after checking nothing: exit codes and the summary line, through the real CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, describe, spawnCli, summaryLines } from '../support/spawn-cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { CANARY } from '../hostile/helpers.js';

function gitRepo(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-gate-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const CLEAN_SPC = CANARY.replace('useVMManagedIdentity: true', 'useVMManagedIdentity: "true"').replace('name: canary', 'name: clean');
const WARNING_SPC = CLEAN_SPC.replace('apiVersion: secrets-store.csi.x-k8s.io/v1', 'apiVersion: secrets-store.csi.x-k8s.io/v1alpha1');

test('a glob or directory that matches no file exits 2 with "no files matched"', async () => {
  const { dir, cleanup } = gitRepo();
  try {
    writeFileSync(join(dir, 'spc.yaml'), CLEAN_SPC);
    mkdirSync(join(dir, 'empty'));
    for (const target of ['k8s/**/*.yaml', 'empty', 'nope.yaml']) {
      const r = await spawnCli([target], { cwd: dir });
      assert.equal(r.code, 2, describe(r));
      assert.match(r.stderr, new RegExp(`no files matched ${target.replace(/[*.]/g, '\\$&')}`));
      assert.doesNotMatch(r.stdout, /No problems found/);
    }
    // One good path does not excuse a glob that matches nothing (ESLint does the same).
    const mixed = await spawnCli(['spc.yaml', 'k8s/*.yaml'], { cwd: dir });
    assert.equal(mixed.code, 2, describe(mixed));
    // An empty repository has nothing to lint: not "clean".
    const { dir: empty, cleanup: done } = gitRepo();
    try {
      const r = await spawnCli([], { cwd: empty });
      assert.equal(r.code, 2, describe(r));
      assert.match(r.stderr, /no files matched/);
    } finally {
      done();
    }
  } finally {
    cleanup();
  }
});

test('the summary counts the files linted and, separately, those read only for context', async () => {
  const { dir, cleanup } = gitRepo();
  try {
    writeFileSync(join(dir, 'a.yaml'), CLEAN_SPC);
    writeFileSync(join(dir, 'b.yaml'), CLEAN_SPC.replace('name: clean', 'name: b'));
    writeFileSync(join(dir, 'c.yaml'), CLEAN_SPC.replace('name: clean', 'name: c'));
    const one = await spawnCli(['a.yaml'], { cwd: dir });
    assert.equal(one.code, 0, describe(one));
    assert.deepEqual(summaryLines(one.stdout), ['✔ No problems found (1 file linted, 2 more read for context, 3 documents)']);
    const all = await spawnCli([], { cwd: dir });
    assert.deepEqual(summaryLines(all.stdout), ['✔ No problems found (3 files linted, 3 documents)']);
    const json = JSON.parse((await spawnCli(['a.yaml', '-f', 'json'], { cwd: dir })).stdout);
    assert.equal(json.summary.filesLinted, 1);
    assert.equal(json.summary.files, 3);
  } finally {
    cleanup();
  }
});

test('an unreadable or vanished staged file never hides the others: notification, lint the rest, exit by the rest', async () => {
  const { dir, cleanup } = gitRepo();
  try {
    writeFileSync(join(dir, 'canary.yaml'), CANARY);
    writeFileSync(join(dir, 'clean.yaml'), CLEAN_SPC);
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const staged = ['canary.yaml', 'dangling.yaml', 'deleted.yaml', ...(fifo.status === 0 ? ['pipe.yaml'] : [])];
    const failures = staged.length - 1;
    const r = await spawnCli([...staged], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 1, describe(r));
    assert.match(r.stdout, /canary\.yaml\n\s+11:\d+\s+error .*spc-parameter-not-string/);
    assert.match(r.stdout, /dangling\.yaml: dangling symbolic link/);
    assert.match(r.stdout, /deleted\.yaml: no such file or directory/);
    if (fifo.status === 0) assert.match(r.stdout, /pipe\.yaml: not a regular file \(a FIFO\)/);
    assert.ok(summaryLines(r.stdout).includes(`✖ incomplete: ${failures} reads failed (${failures}× file-unreadable)`), describe(r));

    // Only a clean file besides the broken ones: exit 0, but the summary never says "No problems found".
    const cleanRun = await spawnCli(['clean.yaml', 'deleted.yaml'], { cwd: dir });
    assert.equal(cleanRun.code, 0, describe(cleanRun));
    assert.doesNotMatch(cleanRun.stdout, /No problems found/);
    assert.deepEqual(summaryLines(cleanRun.stdout), ['✖ incomplete: 1 read failed (file-unreadable)', '  no problems found in what could be read (1 file linted, 1 more read for context, 2 documents)']);

    // Strict gates: the flag, or the config key, turn any failed read into exit 2.
    const strict = await spawnCli(['clean.yaml', 'deleted.yaml', '--fail-on-incomplete'], { cwd: dir });
    assert.equal(strict.code, 2, describe(strict));
    assert.match(strict.stderr, /incomplete: 1 read failed \(file-unreadable\)/);
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'failOnIncomplete: true\n');
    const strictConfig = await spawnCli(['clean.yaml', 'deleted.yaml'], { cwd: dir });
    assert.equal(strictConfig.code, 2, describe(strictConfig));

    // Every staged file gone: nothing was linted, a tool error.
    const none = await spawnCli(['deleted.yaml', 'dangling.yaml'], { cwd: dir });
    assert.equal(none.code, 2, describe(none));
    assert.match(none.stderr, /no files matched deleted\.yaml \(no such file or directory\), dangling\.yaml \(dangling symbolic link/);
  } finally {
    cleanup();
  }
});

test('--max-warnings N (and config maxWarnings) fail a run with more warnings than N', async () => {
  const { dir, cleanup } = gitRepo();
  try {
    writeFileSync(join(dir, 'spc.yaml'), WARNING_SPC);
    const base = await spawnCli(['spc.yaml', '-f', 'json'], { cwd: dir });
    const warnings = JSON.parse(base.stdout).summary.warnings as number;
    assert.ok(warnings >= 1, describe(base));
    assert.equal(base.code, 0);
    const over = await spawnCli(['spc.yaml', '--max-warnings', String(warnings - 1)], { cwd: dir });
    assert.equal(over.code, 1, describe(over));
    assert.match(over.stderr, new RegExp(`too many warnings: ${warnings} \\(maximum: ${warnings - 1}\\)`));
    assert.equal((await spawnCli(['spc.yaml', '--max-warnings', String(warnings)], { cwd: dir })).code, 0);
    assert.equal((await spawnCli(['spc.yaml', '--max-warnings', 'many'], { cwd: dir })).code, 2);
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'maxWarnings: 0\n');
    assert.equal((await spawnCli(['spc.yaml'], { cwd: dir })).code, 1);
  } finally {
    cleanup();
  }
});

test('the summary says how many findings --fix would repair', async () => {
  const { dir, cleanup } = gitRepo();
  try {
    writeFileSync(join(dir, 'canary.yaml'), CANARY);
    const r = await spawnCli(['canary.yaml'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(summaryLines(r.stdout), ['✖ 1 problem (1 error, 0 warnings, 0 notes)', '  1 problem fixable with --fix (preview: --fix-dry-run)']);
    assert.equal(JSON.parse((await spawnCli(['canary.yaml', '-f', 'json'], { cwd: dir })).stdout).summary.fixable, 1);
  } finally {
    cleanup();
  }
});

test('a reader that closes the pipe early (`| head`) gets no stack trace, and the exit code still gates', () => {
  // Before: Node printed an unhandled EPIPE error with its stack. A shell pipe, as users write it (a child
  // process's stdio is a socket pair, which does not show the problem); the SARIF of the bundled example repository
  // is over 64 KiB, so the writer is still writing when `head` has gone.
  const script = `"${process.execPath}" "${BIN}" fixtures/ --format sarif 2>"$ERR" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const dir = mkdtempSync(join(tmpdir(), 'vkl-epipe-'));
  try {
    const err = join(dir, 'stderr');
    const out = execFileSync('bash', ['-c', script], { cwd: REPO_ROOT, env: { ...process.env, ERR: err }, encoding: 'utf8' });
    assert.equal(readFileSync(err, 'utf8'), '', 'nothing on stderr');
    assert.equal(out.trim(), '1', 'the example repository has errors: exit 1, as when the whole report is read');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
