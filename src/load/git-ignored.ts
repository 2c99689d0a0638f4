// Files git ignores (build output, scratch directories) are not part of the project: a stale copy of a manifest
// there must not satisfy or confuse a reference. Two questions, both answered by git itself (.gitignore files at
// every level, .git/info/exclude, the user's excludes file, negations): which files under a root the walk should
// leave out, and, for files that appeared later (the language server's watched files), which of them git ignores.
import { relative, sep } from 'node:path';
import { findGitRoot } from '../project-paths.js';
import { lazyBuiltin } from '../lazy-builtin.js';

/** Loaded when git is first asked (about 6 ms of a run's start): a one-file run need not ask (see project.ts). */
const childProcess = lazyBuiltin<typeof import('node:child_process')>('node:child_process');

/** Whether git ignores `rel` (a path relative to the root asked about; a directory with a trailing '/'). */
export type IgnoredFilter = (rel: string) => boolean;

const NOTHING_IGNORED: IgnoredFilter = () => false;
const filters = new Map<string, IgnoredFilter>();
/** What git listed at a work tree's top: ignored files, and ignored directories (collapsed, with a trailing '/'). */
const listings = new Map<string, { readonly files: readonly string[]; readonly dirs: readonly string[] } | undefined>();

/** Work trees one root of which was asked about in this process. */
const askedIn = new Set<string>();

/**
 * The ignored paths under `root` (`git ls-files --others --ignored --exclude-standard --directory`). A CLI run asks
 * about one root, and git is asked there: in a large monorepo it then scans that directory, not the whole tree. A
 * process that asks about a second root of the same work tree (the language server, a test process linting many
 * directories of one repository) asks once more, at the top, and answers every later root from that listing: each
 * call was a fork of the whole process, 10-40 ms with a few hundred megabytes of heap. The answer for a root is the
 * top's entries below it, which is what git says when asked in the root (checked on every directory of this
 * repository and of a repository with nested .gitignore files and negations): the same entries, relative to the
 * root; and nothing for a root that is, or is inside, an ignored directory (there git answers "./" or fails, and
 * nothing was taken as ignored). Outside a work tree git is not asked (it would exit 128); with GIT_DIR or
 * GIT_WORK_TREE set, any directory may be a work tree, so git is asked in the root itself.
 */
export function gitIgnoredFilter(root: string): IgnoredFilter {
  let filter = filters.get(root);
  if (filter) return filter;
  const top = process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined ? root : findGitRoot(root);
  if (top === undefined) filter = NOTHING_IGNORED;
  else if (top === root || !askedIn.has(top)) {
    const listing = listIgnored(root);
    if (top === root) listings.set(top, listing);
    filter = toFilter(listing);
  }
  else filter = belowRoot(top, root);
  if (top !== undefined) askedIn.add(top);
  filters.set(root, filter);
  return filter;
}

function belowRoot(top: string, root: string): IgnoredFilter {
  let listing = listings.get(top);
  if (!listings.has(top)) listings.set(top, (listing = listIgnored(top)));
  if (!listing) return NOTHING_IGNORED;
  const rel = relative(top, root).split(sep).join('/');
  if (rel === '') return toFilter(listing);
  const prefix = `${rel}/`;
  if (listing.files.includes(rel) || listing.dirs.some((d) => prefix.startsWith(d))) return NOTHING_IGNORED;
  const strip = (entries: readonly string[]) => entries.filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length));
  return toFilter({ files: strip(listing.files), dirs: strip(listing.dirs) });
}

function listIgnored(cwd: string): { files: string[]; dirs: string[] } | undefined {
  const git = childProcess().spawnSync('git', ['-C', cwd, 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { encoding: 'utf8', timeout: 10_000, maxBuffer: 64 * 1024 * 1024 });
  if (git.status !== 0 || typeof git.stdout !== 'string') return undefined;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const entry of git.stdout.split('\0')) {
    if (!entry) continue;
    if (entry.endsWith('/')) dirs.push(entry);
    else files.push(entry);
  }
  return { files, dirs };
}

function toFilter(listing: { readonly files: readonly string[]; readonly dirs: readonly string[] } | undefined): IgnoredFilter {
  if (!listing || (listing.files.length === 0 && listing.dirs.length === 0)) return NOTHING_IGNORED;
  const files = new Set(listing.files);
  const dirs = listing.dirs;
  return (rel) => files.has(rel) || dirs.some((d) => rel.startsWith(d));
}

/**
 * Which of these paths of the root git ignores, asked now (`git check-ignore --stdin`, one call for all): for files
 * that appeared after the walk (the language server's watched files), which the walk's listing of ignored paths
 * cannot know. Outside a work tree, or when git cannot answer, nothing is ignored, as in the walk.
 */
export function gitIgnoredAmong(root: string, rels: readonly string[]): Set<string> {
  const git = childProcess().spawnSync('git', ['-C', root, 'check-ignore', '--stdin', '-z'], { input: rels.join('\0'), encoding: 'utf8', timeout: 10_000, maxBuffer: 64 * 1024 * 1024 });
  // Exit 0: some are ignored (listed); 1: none; anything else: no answer.
  return git.status === 0 && typeof git.stdout === 'string' ? new Set(git.stdout.split('\0').filter((p) => p.length > 0)) : new Set();
}
