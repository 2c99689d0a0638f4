// Where the context cache lives. VVP_KV_LINT_CACHE=off (or 0/false/no) disables it; VVP_KV_LINT_CACHE_DIR names a
// directory; otherwise the user's cache directory ($XDG_CACHE_HOME/vvp-kv-lint or ~/.cache/vvp-kv-lint).
//
// Never a directory inside the linted tree (a committed `node_modules/.cache`, a cache directory named by the
// environment that points into the repository): content of a pull request must not be able to supply, or receive,
// the cache. Never a symbolic link (it could point anywhere, into the tree included). A refused directory falls back
// to the user's cache directory, or to no cache; the reason is kept for --debug-style output (VVP_KV_LINT_DEBUG).
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { cachesOff, userCacheDirectory } from '../../user-cache.js';
import { isInside } from '../../project-paths.js';

export interface CacheLocation {
  /** The directory to use, undefined for no cache. */
  readonly dir: string | undefined;
  /** Why a directory was refused (empty when none was). */
  readonly notes: readonly string[];
}

export function cacheLocation(root: string, env: Readonly<Record<string, string | undefined>>): CacheLocation {
  if (cachesOff(env)) return { dir: undefined, notes: [] };
  const notes: string[] = [];
  const user = userCacheDirectory(env);
  const explicit = env['VVP_KV_LINT_CACHE_DIR'];
  for (const candidate of explicit ? [resolve(explicit), user] : [user]) {
    if (!candidate) continue;
    const problem = refusal(candidate, root);
    if (!problem) return { dir: candidate, notes };
    notes.push(`context cache: ${candidate} refused (${problem})`);
  }
  notes.push('context cache: off for this run');
  return { dir: undefined, notes };
}

/** The directory of the context cache, undefined for none; why another was refused goes to debug output only. */
export function cacheDirectory(root: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const location = cacheLocation(root, env);
  for (const note of location.notes) debugNote(env, note);
  return location.dir;
}

/**
 * A line on stderr when VVP_KV_LINT_DEBUG is set, else nothing: the cache is an optimisation, and a refused one is
 * no reason to disturb a run's output. Notes name paths and reasons, never content.
 */
export function debugNote(env: Readonly<Record<string, string | undefined>>, note: string): void {
  const on = env['VVP_KV_LINT_DEBUG']?.trim().toLowerCase();
  if (on && on !== '0' && on !== 'off' && on !== 'false' && on !== 'no') process.stderr.write(`vvp-kv-lint: ${note}\n`);
}

/** Why `dir` may not hold a cache for a run over `root`, or undefined (the code cache asks too). */
export function refusal(dir: string, root: string): string | undefined {
  if (!isAbsolute(dir)) return 'not an absolute path';
  try {
    if (lstatSync(dir).isSymbolicLink()) return 'a symbolic link';
  } catch {
    // Not there yet: created when the cache is first written.
  }
  const realDir = realPathOf(dir);
  const realRoot = realPathOf(root);
  if (isInside(realDir, realRoot) || isInside(resolve(dir), resolve(root))) return 'inside the linted tree';
  return undefined;
}


/** The real path of `p`, resolving through its nearest existing ancestor when it does not exist yet. */
function realPathOf(p: string): string {
  const missing: string[] = [];
  let at = resolve(p);
  for (;;) {
    if (existsSync(at)) {
      try {
        return join(realpathSync(at), ...missing.reverse());
      } catch {
        return resolve(p);
      }
    }
    const up = dirname(at);
    if (up === at) return resolve(p);
    missing.push(basename(at));
    at = up;
  }
}
