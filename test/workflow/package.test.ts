// What a user of the package and of a clone sees: the committed dist/bundle/ is what the build makes of the source
// (the hook and the Action run it without building), the metadata points at the repository whose rule pages SARIF
// links to, `npm pack` prints only the tarball name (pre-commit and scripts read it), and every dependency install
// script is reviewed in package.json's allowScripts (npm ci prints no warning about unapproved scripts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { git } from './hook-clone.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  scripts: Record<string, string>;
  files: string[];
};
const REPO_URL = 'https://github.com/vvp-kv-lint/vvp-kv-lint';
const isGitCheckout = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim() === 'true';
const npm = (...args: string[]) => spawnSync('npm', args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

test('the committed dist/bundle/ is what `npm run build` makes of the source', { skip: !isGitCheckout && 'not a git checkout' }, () => {
  // npm test builds first; any difference from the index (or a file git does not know) means the committed bundle
  // is stale: the pre-commit hook and the Action would run old code.
  const changed = git(REPO_ROOT, 'diff', '--name-status', '--', 'dist/bundle').trim();
  const untracked = git(REPO_ROOT, 'ls-files', '--others', '--exclude-standard', '--', 'dist/bundle').trim();
  assert.equal(`${changed}${untracked}`, '', `dist/bundle/ differs from the committed files; run \`npm run build\` and commit dist/bundle/ with the source:\n${changed}\n${untracked}`);
  assert.ok(existsSync(join(REPO_ROOT, 'dist/bundle/main.cjs')));
  assert.ok(existsSync(join(REPO_ROOT, 'dist/bundle/cli.cjs')));
});

test('package metadata: license file, repository, homepage, bugs; SARIF helpUri points at the rule page there', async () => {
  assert.equal(pkg.license, 'Apache-2.0');
  const license = readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8');
  assert.match(license, /Apache License\s+Version 2\.0, January 2004/);
  assert.equal(pkg.repository.url, `git+${REPO_URL}.git`);
  assert.equal(pkg.homepage, `${REPO_URL}#readme`);
  assert.equal(pkg.bugs.url, `${REPO_URL}/issues`);
  const sarif = JSON.parse((await runCli(['--format', 'sarif', '--fail-level', 'none', join(REPO_ROOT, 'fixtures/k8s')])).stdout) as { runs: { tool: { driver: { informationUri: string; rules: { id: string; helpUri: string }[] } } }[] };
  const driver = sarif.runs[0]!.tool.driver;
  assert.equal(driver.informationUri, REPO_URL);
  assert.ok(driver.rules.length > 0);
  for (const rule of driver.rules) {
    assert.equal(rule.helpUri, `${REPO_URL}/blob/main/docs/rules/${rule.id}.md`);
    assert.ok(existsSync(join(REPO_ROOT, 'docs/rules', `${rule.id}.md`)), rule.id);
  }
});

test('no build step at install or pack time, and `npm pack` prints only the tarball name', () => {
  for (const script of ['prepare', 'prepack', 'postpack', 'install', 'preinstall', 'postinstall']) assert.equal(pkg.scripts[script], undefined, script);
  const pack = npm('pack', '--dry-run');
  assert.equal(pack.status, 0, pack.stderr);
  assert.equal(pack.stdout, `${pkg.name}-${pkg.version}.tgz\n`);
  const listing = npm('pack', '--dry-run', '--json');
  const files = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const f of ['LICENSE', 'bin/vvp-kv-lint.js', 'bin/package.json', 'dist/bundle/main.cjs', 'dist/bundle/cli.cjs', 'dist/bundle/lsp.cjs', 'dist/bundle/action.js', 'action.yml', '.pre-commit-hooks.yaml']) assert.ok(files.includes(f), f);
  assert.deepEqual(files.filter((f) => /^(src|test|dist\/src|node_modules)\//.test(f)), []);
});

test('every dependency install script is reviewed in allowScripts', () => {
  const ls = npm('install-scripts', 'ls', '--json');
  assert.equal(ls.status, 0, ls.stderr);
  assert.deepEqual((JSON.parse(ls.stdout) as { allowScripts: unknown[] }).allowScripts, []);
});
