// Git helpers for the pre-commit and Action tests: a clone of this repository at a commit (what pre-commit fetches
// from `repo:` + `rev:`, and what a workflow's `uses: owner/repo@ref` checks out) and throwaway user repositories.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** git with a fixed identity and no signing, isolated from the caller's GIT_* variables (e.g. when run from a hook). */
export function git(cwd: string, ...args: string[]): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env });
}

/**
 * Clones `repoRoot` and returns [clone, commit]. The commit is repoRoot's HEAD when its tracked and unignored files
 * are all committed (always so on CI's clean clone); otherwise the clone gets one more commit holding exactly what
 * `git add -A && git commit` would commit in repoRoot, so a developer's run tests the files they are about to commit.
 */
export function cloneAtCommit(repoRoot: string): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-hook-clone-'));
  git(tmpdir(), 'clone', '-q', '--shared', '--no-checkout', repoRoot, dir);
  git(dir, 'checkout', '-q', '--detach', git(repoRoot, 'rev-parse', 'HEAD').trim());
  const list = (...args: string[]): string[] => git(repoRoot, 'ls-files', '-z', ...args).split('\0').filter((f) => f !== '');
  const deleted = new Set(list('--deleted'));
  for (const file of list('--cached', '--others', '--exclude-standard')) {
    if (deleted.has(file)) {
      rmSync(join(dir, file), { force: true });
      continue;
    }
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(repoRoot, file), join(dir, file));
    chmodSync(join(dir, file), statSync(join(repoRoot, file)).mode & 0o777);
  }
  git(dir, 'add', '-A');
  if (git(dir, 'status', '--porcelain') !== '') git(dir, 'commit', '-q', '-m', 'uncommitted work of the repository under test');
  return [dir, git(dir, 'rev-parse', 'HEAD').trim()];
}

/** A new git repository holding `files`, committed (without hooks) as its first commit. */
export function makeUserRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-user-repo-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', 'initial');
  return dir;
}
