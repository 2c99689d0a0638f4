// Finds the files under a directory that match include globs, without fast-glob: fast-glob, micromatch and
// braces were about a fifth of the code a cold one-file run compiled at start-up, for a walk that picomatch (already
// loaded for excludes and namespace defaults) and readdir do as well. fast-glob is still loaded, lazily, for the
// patterns this walk does not handle the same way (see needsFastGlob).
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import picomatch from 'picomatch';

export interface WalkEntry {
  /** Path relative to the walked directory, with '/' separators. */
  readonly path: string;
  readonly isFile: boolean;
  readonly isSymbolicLink: boolean;
}

/**
 * Patterns whose meaning depends on fast-glob's own matching: paths leaving the walked directory or absolute
 * ('../x', '/x'), numeric brace ranges ('{1..3}', expanded by fast-glob's braces, not by picomatch), and
 * negations (fast-glob turns '!x' into an ignore).
 */
export function needsFastGlob(patterns: readonly string[]): boolean {
  return patterns.some((p) => p.startsWith('..') || p.startsWith('/') || p.startsWith('!') || /^[A-Za-z]:/.test(p) || /\{[^}]*\.\.[^}]*\}/.test(p) || p.includes('\\'));
}

/**
 * Called as soon as a walk has found `count` entries, with the entries so far and the walked directory (parse
 * workers may start then, while the walk goes on); it answers the count at which to be called again, or undefined.
 */
export interface ManyFiles {
  readonly count: number;
  readonly call: (found: readonly WalkEntry[], cwd: string) => number | undefined;
}

/**
 * Every entry under `cwd` (files and symbolic links, which are never followed) whose relative path matches
 * `include`, skipping directories `ignore` matches (as fast-glob does: 'a/**' matches the directory 'a' itself).
 * An unreadable directory is skipped and passed to `onUnreadable` (its relative path, '' for `cwd` itself, and the
 * error code), so the caller can say that part of the input was not read. Order is the walk order; callers sort.
 */
export function walk(cwd: string, include: readonly string[], ignore: readonly string[], onMany?: ManyFiles, onUnreadable?: (relDir: string, code: string) => void): WalkEntry[] {
  const included = extensionMatcher(include) ?? globMatcher(include);
  const ignored = !ignore.length ? () => false : directoryNameMatcher(ignore) ?? globMatcher(ignore);
  const out: WalkEntry[] = [];
  let next = onMany?.count ?? -1;
  const visit = (absDir: string, relDir: string): void => {
    let dirents;
    try {
      dirents = readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      onUnreadable?.(relDir, (err as NodeJS.ErrnoException).code ?? 'EIO');
      return;
    }
    for (const d of dirents) {
      const rel = relDir ? `${relDir}/${d.name}` : d.name;
      if (ignored(rel)) continue;
      if (d.isDirectory()) visit(`${absDir}${sep}${d.name}`, rel);
      else if ((d.isFile() || d.isSymbolicLink()) && included(rel)) {
        out.push({ path: rel, isFile: d.isFile(), isSymbolicLink: d.isSymbolicLink() });
        if (out.length === next) next = onMany!.call(out, cwd) ?? -1;
      }
    }
  };
  visit(cwd, '');
  return out;
}

/**
 * The default include globs (any directory, then star-dot-extension) as a test of the name's extension, and the
 * default excludes (a directory name anywhere in the path) as a test of the path's segments: what picomatch answers
 * for them with `dot: true` (test/load/walk.test.ts checks the two agree), without a regular expression per path. A
 * pre-commit run walks the whole repository for context, so this is paid on every commit. Other patterns: undefined.
 */
export function extensionMatcher(patterns: readonly string[]): ((rel: string) => boolean) | undefined {
  const exts: string[] = [];
  for (const p of patterns) {
    const m = /^\*\*\/\*(\.[A-Za-z0-9]+)$/.exec(p);
    if (!m) return undefined;
    exts.push(m[1]!);
  }
  return (rel) => exts.some((ext) => rel.endsWith(ext));
}

export function directoryNameMatcher(patterns: readonly string[]): ((rel: string) => boolean) | undefined {
  const names: string[] = [];
  for (const p of patterns) {
    const m = /^\*\*\/([A-Za-z0-9._-]+)\/\*\*$/.exec(p);
    if (!m || m[1] === '.' || m[1] === '..') return undefined;
    names.push(m[1]!);
  }
  return (rel) => {
    const segments = rel.split('/');
    return names.some((n) => segments.includes(n));
  };
}

/**
 * What `picomatch(patterns, { dot: true })` answers, from one regular expression: picomatch's own matcher tests the
 * patterns one by one and allocates two result objects per pattern and call, and a pre-commit run asks about every
 * path of the repository (a config's excludes, a dozen patterns, cost 20 ms of such a run). For one pattern picomatch
 * answers `path === pattern || makeRe(pattern).test(path)`, never true for ''; each expression is anchored, so
 * their alternation answers for the list (test/load/walk.test.ts compares the two).
 */
export function globMatcher(patterns: readonly string[]): (rel: string) => boolean {
  const res = patterns.map((p) => picomatch.makeRe(p, { dot: true }));
  // Options that would add flags (nocase) are not used; should a pattern come back with one, picomatch answers.
  if (res.some((re) => re.flags !== '')) return picomatch(patterns as string[], { dot: true });
  if (!res.length) return () => false;
  const exact = new Set(patterns);
  const re = new RegExp(res.map((r) => r.source).join('|'));
  return (rel) => rel !== '' && (exact.has(rel) || re.test(rel));
}
