// The pre-commit hook exactly as users install it: the real pre-commit framework (Debian's `pre-commit`, installed by
// .ci/run), a user repository of a few hundred manifests whose .pre-commit-config.yaml is the README's, pointing
// `repo:` at a clone of this repository and `rev:` at a commit. pre-commit clones it, `install-hooks` sets up the
// hook (language: script: nothing to install), and real `git commit`s run it on the staged files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, lstatSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, fixturePath } from '../support/paths.js';
import { cloneAtCommit, git, makeUserRepo } from './hook-clone.js';
import { childCpuSeconds } from '../support/child-cpu.js';

const sample = (name: string): string => readFileSync(fixturePath('workflow', 'pre-commit', name), 'utf8');
const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string; files: string; pass_filenames: boolean }[];
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

/** The README's `.pre-commit-config.yaml` block, verbatim. */
function readmeConfig(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const m = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(readme);
  assert.ok(m, 'README has a ```yaml block starting with "# .pre-commit-config.yaml"');
  return m[1]!;
}

function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? treeBytes(path) : lstatSync(path).size;
  }
  return total;
}

test('.pre-commit-hooks.yaml: a script hook running the committed bundle on staged YAML/JSON files', () => {
  const hook = hooks.find((h) => h.id === 'vvp-kv-lint');
  assert.ok(hook);
  assert.equal(hook.language, 'script');
  assert.equal(hook.entry, 'bin/vvp-kv-lint.js');
  assert.equal(hook.pass_filenames, true);
  assert.equal(git(REPO_ROOT, 'ls-files', '-s', 'bin/vvp-kv-lint.js').slice(0, 6), '100755', 'the script hook must be executable in git');
  const files = new RegExp(hook.files);
  assert.deepEqual(['a.yaml', 'b/c.yml', 'd.json', 'e.md', 'f.yaml.bak'].filter((f) => files.test(f)), ['a.yaml', 'b/c.yml', 'd.json']);
});

test('pre-commit installs the hook from a clone at a commit; commits, --all-files and --fix behave', { skip: !hasPreCommit && process.env['CI'] !== 'true' && 'pre-commit is not installed (.ci/run installs it)', timeout: 300_000 }, async (t) => {
  assert.ok(hasPreCommit, 'pre-commit must be installed in CI (.ci/run)');
  const temps: string[] = [];
  t.after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

  // A user repository of a few hundred manifests. k8s/legacy.yaml is committed broken and never staged again.
  const files: Record<string, string> = { 'k8s/spc.yaml': sample('spc.yaml'), 'README.md': '# sample\n' };
  for (let i = 0; i < 300; i++) files[`k8s/team-${i % 10}/spc-${i}.yaml`] = sample('spc.yaml').replace('name: kv\n', `name: kv-${i}\n`);
  files['k8s/legacy.yaml'] = sample('deploy.yaml').replace('name: app\n', 'name: legacy\n').replace('secretProviderClass: kv', 'secretProviderClass: kv-gone');
  const repo = makeUserRepo(files);
  const [hookRepo, rev] = cloneAtCommit(REPO_ROOT);
  const home = mkdtempSync(join(tmpdir(), 'vvp-pre-commit-home-'));
  temps.push(repo, hookRepo, home);
  t.diagnostic(`hook repository: clone of ${REPO_ROOT} at ${rev}`);

  const config = readmeConfig();
  const pointed = config.replace(/repo: https:\/\/github\.com\/vvp-kv-lint\/vvp-kv-lint\n/, `repo: ${hookRepo}\n`).replace(/rev: v\d+\.\d+\.\d+\n/, `rev: ${rev}\n`);
  assert.notEqual(pointed, config, 'the README config names the repository and a rev');
  assert.match(config, /# args: \[--fix\]/, 'the README shows the --fix argument');
  writeFileSync(join(repo, '.pre-commit-config.yaml'), pointed);

  const env: NodeJS.ProcessEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))), PRE_COMMIT_HOME: home, CI: '', NO_COLOR: '1' };
  // `cpu`: seconds of CPU the command and everything it waited for spent (undefined off Linux). Speed is bounded on
  // that, not on wall-clock time, which two suites sharing two cores stretch; `seconds` is only printed.
  const run = (cmd: string, ...args: string[]): { status: number; output: string; seconds: number; cpu: number | undefined } => {
    const start = process.hrtime.bigint();
    const cpu0 = childCpuSeconds();
    const r = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
    const cpu1 = childCpuSeconds();
    const cpu = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
    return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}`, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu };
  };
  const commit = (message: string) => run('git', '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);

  await t.test('install and install-hooks: no npm, no build, a small environment', () => {
    assert.equal(run('pre-commit', 'install').status, 0);
    const setup = run('pre-commit', 'install-hooks');
    assert.equal(setup.status, 0, setup.output);
    const mb = treeBytes(home) / 1e6;
    t.diagnostic(`install-hooks: ${setup.seconds.toFixed(1)} s (${setup.cpu?.toFixed(1) ?? '?'} s of CPU), PRE_COMMIT_HOME ${mb.toFixed(1)} MB`);
    if (setup.cpu !== undefined) assert.ok(setup.cpu < 60, `install-hooks took ${setup.cpu} s of CPU`);
    assert.ok(mb < 40, `hook environment is ${mb} MB`);
  });

  await t.test('a staged Deployment resolving a SecretProviderClass in an unchanged file passes', () => {
    writeFileSync(join(repo, 'k8s/deploy.yaml'), sample('deploy.yaml'));
    git(repo, 'add', '.pre-commit-config.yaml', 'k8s/deploy.yaml');
    const good = commit('add deployment');
    assert.equal(good.status, 0, good.output);
  });

  await t.test('a staged broken manifest is blocked, and only staged files are reported', () => {
    writeFileSync(join(repo, 'k8s/deploy.yaml'), sample('deploy.yaml').replace('secretProviderClass: kv', 'secretProviderClass: kv-missing'));
    git(repo, 'add', 'k8s/deploy.yaml');
    const bad = commit('break deployment');
    t.diagnostic(`blocked commit: ${bad.seconds.toFixed(2)} s, ${bad.cpu?.toFixed(2) ?? '?'} s of CPU (git + pre-commit + hook, ${Object.keys(files).length} files)`);
    assert.notEqual(bad.status, 0, 'the bad commit must be blocked');
    assert.match(bad.output, /k8s\/deploy\.yaml[\s\S]*csi-spc-not-found/);
    assert.doesNotMatch(bad.output, /legacy\.yaml/, 'an unchanged file is not reported');
    assert.equal(git(repo, 'log', '--format=%s').trim().split('\n')[0], 'add deployment');
    if (bad.cpu !== undefined) assert.ok(bad.cpu < 30, `the blocked commit took ${bad.cpu} s of CPU`);
  });

  await t.test('pre-commit run --all-files reports every file', () => {
    const all = run('pre-commit', 'run', '--all-files');
    assert.equal(all.status, 1, all.output);
    assert.match(all.output, /k8s\/legacy\.yaml/);
    assert.match(all.output, /k8s\/deploy\.yaml/);
    git(repo, 'checkout', 'HEAD', '--', 'k8s/deploy.yaml');
  });

  await t.test('args: [--fix] fixes the staged file, stops the commit for review, and keeps unstaged work', () => {
    writeFileSync(join(repo, '.pre-commit-config.yaml'), pointed.replace('# args: [--fix]', 'args: [--fix]'));
    git(repo, 'add', '.pre-commit-config.yaml');
    const fixable = sample('spc.yaml').replace('name: kv\n', 'name: kv-fix\n').replace('useVMManagedIdentity: "true"', 'useVMManagedIdentity: true');
    writeFileSync(join(repo, 'k8s/spc-fix.yaml'), fixable);
    git(repo, 'add', 'k8s/spc-fix.yaml');
    appendFileSync(join(repo, 'k8s/spc.yaml'), '# unstaged edit\n');
    const first = commit('add fixable spc');
    assert.notEqual(first.status, 0, 'a hook that changed files stops the commit');
    assert.match(first.output, /files were modified by this hook/);
    assert.match(readFileSync(join(repo, 'k8s/spc-fix.yaml'), 'utf8'), /useVMManagedIdentity: "true"/);
    assert.match(git(repo, 'diff', '--cached', 'k8s/spc-fix.yaml'), /useVMManagedIdentity: true/, 'the index still holds the unfixed version');
    assert.match(readFileSync(join(repo, 'k8s/spc.yaml'), 'utf8'), /# unstaged edit\n$/, 'unstaged work is restored');
    git(repo, 'add', 'k8s/spc-fix.yaml');
    const second = commit('add fixable spc');
    assert.equal(second.status, 0, second.output);
    assert.match(git(repo, 'show', 'HEAD:k8s/spc-fix.yaml'), /useVMManagedIdentity: "true"/);
    assert.equal(git(repo, 'status', '--porcelain').trim(), 'M k8s/spc.yaml');
  });
});
