// Which files of a root git ignores (src/load/git-ignored.ts): asked in the first root of a work tree, then answered
// for every later root from one listing at the top. The answers must be git's own, whatever the root: checked here
// against `git check-ignore` in a repository with nested .gitignore files, negations and ignored directories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { gitIgnoredFilter } from '../../src/load/git-ignored.js';
import { spawnCli } from '../support/spawn-cli.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-git-ignored-'));
  const files: Record<string, string> = {
    '.gitignore': '*.tmp\nbuild/\n!important.tmp\n',
    'a/.gitignore': 'secret.yaml\n/only-here.yaml\n',
    'a/b/.gitignore': '!secret.yaml\n',
    'a/secret.yaml': '', 'a/b/secret.yaml': '', 'a/b/c/secret.yaml': '', 'a/only-here.yaml': '', 'a/b/only-here.yaml': '',
    'x/y/f.tmp': '', 'x/y/important.tmp': '', 'x/y/ok.yaml': '', 'keep/z.yaml': '', 'a/build/q.yaml': '', 'x/build/deep/r.yaml': '',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** git's own answer for each file below `root`, asked there. */
function checkIgnore(root: string, rels: string[]): Set<string> {
  const r = spawnSync('git', ['-C', root, 'check-ignore', '--stdin', '-z'], { input: rels.join('\0'), encoding: 'utf8' });
  return new Set(r.stdout.split('\0').filter(Boolean));
}

test('every root of a work tree gets git\'s answers, the first asked in the root, the rest from the top\'s listing', () => {
  const dir = repo();
  try {
    // Roots in an order that makes a subdirectory the first one asked: the top is listed on the second.
    const roots = ['a/b', '', 'a', 'a/b/c', 'x', 'x/y', 'keep'];
    for (const r of roots) {
      const root = r ? join(dir, r) : dir;
      const rels = fg.sync('**', { cwd: root, dot: true, ignore: ['.git/**'] });
      const filter = gitIgnoredFilter(root);
      const truth = checkIgnore(root, rels);
      const wrong = rels.filter((rel) => filter(rel) !== truth.has(rel));
      assert.deepEqual(wrong, [], `root ${r || '.'}: git ignores ${[...truth].join(', ') || 'nothing'}`);
    }
    // A root that is, or is inside, an ignored directory: git lists nothing there (it answers "./" or fails), and
    // nothing is left out, as before.
    for (const r of ['a/build', 'x/build/deep']) assert.equal(gitIgnoredFilter(join(dir, r))('q.yaml'), false, r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('outside a work tree nothing is ignored and git is not needed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-no-git-'));
  try {
    writeFileSync(join(dir, 'x.tmp'), '');
    assert.equal(gitIgnoredFilter(dir)('x.tmp'), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A work tree holding `files`, and a run of the CLI (as a process) linting `staged` in it with git traced. */
async function tracedRun(files: Record<string, string>, staged: string): Promise<{ code: number | null; stdout: string; gitRan: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-git-asked-'));
  try {
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const trace = join(dir, '..', `${dir.split('/').pop()}.git-trace`);
    const r = await spawnCli(['--root', '.', staged, '--format', 'json'], { cwd: dir, env: { GIT_TRACE: trace, VVP_KV_LINT_CACHE: 'off' } });
    const gitRan = existsSync(trace);
    rmSync(trace, { force: true });
    return { code: r.code, stdout: r.stdout, gitRan };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const spc = (name: string, vault: string): string =>
  `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  provider: azure\n  parameters:\n    useVMManagedIdentity: "true"\n    keyvaultName: ${vault}\n    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"\n`;
const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  namespace: apps\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n          volumeMounts:\n            - name: kv\n              mountPath: /mnt/kv\n              readOnly: true\n      volumes:\n        - name: kv\n          csi:\n            driver: secrets-store.csi.k8s.io\n            readOnly: true\n            volumeAttributes:\n              secretProviderClass: kv-a\n`;

test('git is asked only when the context walk finds files besides those linted', async () => {
  // A one-file repository: the walk finds the linted file alone, which is linted whatever git says (even ignored).
  const alone = await tracedRun({ 'spc.yaml': spc('kv-a', 'bad_vault_name'), '.gitignore': 'spc.yaml\n' }, 'spc.yaml');
  assert.equal(alone.code, 1, alone.stdout);
  assert.match(alone.stdout, /spc-keyvault-name-invalid/);
  assert.equal(alone.gitRan, false, 'git was asked in a one-file repository');
  // With context files, git is asked, and the file it ignores is no context: the SPC it defines is not found.
  const ctx = await tracedRun({ 'job.yaml': job, 'other.yaml': spc('kv-b', 'kv-good'), 'ignored.yaml': spc('kv-a', 'kv-good'), '.gitignore': 'ignored.yaml\n' }, 'job.yaml');
  assert.equal(ctx.gitRan, true, 'git was not asked');
  assert.match(ctx.stdout, /csi-spc-not-found/);
  // The same repository without the .gitignore entry: the SPC is found (so the finding above came from git's answer).
  const seen = await tracedRun({ 'job.yaml': job, 'other.yaml': spc('kv-b', 'kv-good'), 'ignored.yaml': spc('kv-a', 'kv-good') }, 'job.yaml');
  assert.doesNotMatch(seen.stdout, /csi-spc-not-found/);
});
