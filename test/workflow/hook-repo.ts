// Builds throwaway git repositories for the pre-commit test: a hook repository holding this package as built
// (bin/, dist/src/, rules/, schemas/, docs/, package.json without build scripts, .pre-commit-hooks.yaml), and a
// sample repository that uses it. pre-commit clones the hook repository at a commit, as it would from GitHub.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** Returns [path, commit]. */
export function makeHookRepo(repoRoot: string, builtSrc: string): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-hook-repo-'));
  for (const p of ['bin', 'rules', 'schemas', 'docs', '.pre-commit-hooks.yaml']) {
    cpSync(join(repoRoot, p), join(dir, p), { recursive: true });
  }
  cpSync(builtSrc, join(dir, 'dist/src'), { recursive: true });
  // The bin runs the bundled build beside dist/src.
  cpSync(join(builtSrc, '../bundle'), join(dir, 'dist/bundle'), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  // Built already: no prepare/build step, no dev or optional (live-mode) dependencies to fetch.
  delete pkg['scripts'];
  delete pkg['devDependencies'];
  delete pkg['optionalDependencies'];
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'hook repo');
  return [dir, git(dir, 'rev-parse', 'HEAD').trim()];
}

export function makeSampleRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-sample-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  git(dir, 'init', '-q');
  return dir;
}
