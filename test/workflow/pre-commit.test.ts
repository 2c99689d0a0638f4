// The pre-commit hook as users get it: a sample repository with `.pre-commit-config.yaml` pointing at a hook
// repository holding this package, `pre-commit install`, then real `git commit`s. A good commit passes (a staged
// Deployment resolves its SecretProviderClass in an unchanged, unstaged file), a bad one is blocked.
// Without the `pre-commit` program (Debian package pre-commit) the test runs the hook entry exactly as the framework
// does instead: `vvp-kv-lint <staged files matching files:>` from the repository root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { REPO_ROOT, fixturePath } from '../support/paths.js';
import { git, makeHookRepo, makeSampleRepo } from './hook-repo.js';

const BUILT_SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const sample = (name: string): string => readFileSync(fixturePath('workflow', 'pre-commit', name), 'utf8');

interface HookDef {
  id: string;
  language: string;
  entry: string;
  files: string;
  pass_filenames: boolean;
}
const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDef[];

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

test('.pre-commit-hooks.yaml declares the vvp-kv-lint node hook on staged YAML/JSON files', () => {
  const hook = hooks.find((h) => h.id === 'vvp-kv-lint');
  assert.ok(hook);
  assert.equal(hook.language, 'node');
  assert.equal(hook.entry, 'vvp-kv-lint');
  assert.equal(hook.pass_filenames, true);
  const files = new RegExp(hook.files);
  assert.deepEqual(['a.yaml', 'b/c.yml', 'd.json', 'e.md', 'f.yaml.bak'].filter((f) => files.test(f)), ['a.yaml', 'b/c.yml', 'd.json']);
});

test('a sample repository with the hook installed passes a good commit and blocks a bad one', { timeout: 240_000 }, (t) => {
  const repo = makeSampleRepo({ 'k8s/spc.yaml': sample('spc.yaml'), 'README.md': '# sample\n' });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', 'initial');

  let commit: (message: string) => { status: number; output: string };
  if (hasPreCommit()) {
    const [hookRepo, rev] = makeHookRepo(REPO_ROOT, BUILT_SRC);
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: vvp-kv-lint\n`);
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'vvp-pre-commit-home-')),
      // Offline: the package's dependencies come from the npm cache the project's own install filled.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      CI: '',
    };
    execFileSync('pre-commit', ['install'], { cwd: repo, env, encoding: 'utf8' });
    const setup = spawnSync('pre-commit', ['install-hooks'], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(setup.status, 0, `pre-commit could not set up the node hook environment:\n${setup.stdout}${setup.stderr}`);
    commit = (message) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', message], { cwd: repo, env, encoding: 'utf8' });
      return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
    };
  } else {
    t.diagnostic('pre-commit not installed: running the hook entry as the framework does');
    const hook = hooks.find((h) => h.id === 'vvp-kv-lint')!;
    const files = new RegExp(hook.files);
    const bin = join(REPO_ROOT, 'bin/vvp-kv-lint.js');
    commit = (message) => {
      const staged = git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACMR').split('\n').filter((f) => f !== '' && files.test(f));
      const r = spawnSync(process.execPath, [bin, ...staged], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: '' } });
      if (r.status === 0) git(repo, 'commit', '-q', '--no-verify', '-m', message);
      return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
    };
  }

  // Good: only the Deployment is staged; its SecretProviderClass lives in the committed k8s/spc.yaml.
  writeFileSync(join(repo, 'k8s/deploy.yaml'), sample('deploy.yaml'));
  git(repo, 'add', 'k8s/deploy.yaml');
  const good = commit('add deployment');
  assert.equal(good.status, 0, good.output);

  // Bad: the volume now names a SecretProviderClass that exists nowhere.
  writeFileSync(join(repo, 'k8s/deploy.yaml'), sample('deploy.yaml').replace('secretProviderClass: kv', 'secretProviderClass: kv-missing'));
  git(repo, 'add', 'k8s/deploy.yaml');
  const bad = commit('break deployment');
  assert.notEqual(bad.status, 0, 'the bad commit must be blocked');
  assert.match(bad.output, /csi-spc-not-found/);
  assert.equal(git(repo, 'log', '--format=%s').trim().split('\n')[0], 'add deployment');
});
