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
const listings = new Map<string, Listing | undefined>();

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
export function gitIgnoredFilter(root: string, listed?: { readonly listing: Listing | undefined }): IgnoredFilter {
  let filter = filters.get(root);
  if (filter) return filter;
  const top = topOf(root);
  if (top === undefined) filter = NOTHING_IGNORED;
  else if (top === root || !askedIn.has(top)) {
    const listing = listed ? listed.listing : listIgnored(root);
    if (top === root) listings.set(top, listing);
    filter = toFilter(listing);
  }
  else filter = belowRoot(top, root);
  if (top !== undefined) askedIn.add(top);
  filters.set(root, filter);
  return filter;
}

/** The work tree whose listing answers for `root` (with GIT_DIR or GIT_WORK_TREE set, the root itself). */
function topOf(root: string): string | undefined {
  return process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined ? root : findGitRoot(root);
}

/** Listings git is producing in the background (startIgnoredListing), by root. */
const pending = new Map<string, Promise<Listing | undefined>>();

/**
 * Starts asking git, in the background, which paths under `root` it ignores, for ignoredFilterOf(root) to take
 * later: a pre-commit run's walk of the repository (a stat of every file) then overlaps git's own walk instead of
 * waiting for it first (25-30 ms). Nothing starts for a root gitIgnoredFilter would not ask git about.
 */
export function startIgnoredListing(root: string): void {
  if (filters.has(root) || pending.has(root)) return;
  const top = topOf(root);
  if (top === undefined || (top !== root && askedIn.has(top))) return;
  pending.set(root, listIgnoredInBackground(root));
}

/** gitIgnoredFilter(root), from the listing startIgnoredListing started when there is one. */
export async function ignoredFilterOf(root: string): Promise<IgnoredFilter> {
  const started = pending.get(root);
  if (started === undefined) return gitIgnoredFilter(root);
  pending.delete(root);
  return gitIgnoredFilter(root, { listing: await started });
}

/**
 * Forgets every answer: the next question asks git again. For a long-lived process (the language server) when a
 * .gitignore changed, since git's answers are otherwise kept for the life of the process.
 */
export function forgetGitIgnored(): void {
  filters.clear();
  listings.clear();
  askedIn.clear();
  pending.clear();
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

interface Listing {
  readonly files: readonly string[];
  readonly dirs: readonly string[];
}

const LS_FILES = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'];
const GIT_TIMEOUT_MS = 10_000;
const MAX_LISTING_BYTES = 64 * 1024 * 1024;

function listIgnored(cwd: string): Listing | undefined {
  const git = runGit(cwd, LS_FILES);
  if (git.status !== 0 || typeof git.stdout !== 'string') return undefined;
  return parseListing(git.stdout);
}

/** listIgnored, in a child process the caller does not wait for: the same command, limits and answer. */
function listIgnoredInBackground(cwd: string): Promise<Listing | undefined> {
  return new Promise((resolve) => {
    let git: ReturnType<ReturnType<typeof childProcess>['spawn']>;
    try {
      git = childProcess().spawn('git', ['-C', cwd, ...LS_FILES], { stdio: ['ignore', 'pipe', 'ignore'], timeout: GIT_TIMEOUT_MS });
    } catch {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    git.stdout!.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_LISTING_BYTES) git.kill();
      else chunks.push(chunk);
    });
    git.on('error', () => resolve(undefined));
    git.on('close', (code) => resolve(code === 0 && bytes <= MAX_LISTING_BYTES ? parseListing(Buffer.concat(chunks).toString('utf8')) : undefined));
  });
}

function parseListing(stdout: string): Listing {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const entry of stdout.split('\0')) {
    if (!entry) continue;
    if (entry.endsWith('/')) dirs.push(entry);
    else files.push(entry);
  }
  return { files, dirs };
}

function toFilter(listing: Listing | undefined): IgnoredFilter {
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
  const git = runGit(root, ['check-ignore', '--stdin', '-z'], rels.join('\0'));
  // Exit 0: some are ignored (listed); 1: none; anything else: no answer.
  return git.status === 0 && typeof git.stdout === 'string' ? new Set(git.stdout.split('\0').filter((p) => p.length > 0)) : new Set();
}

/** `git -C cwd ARGS`, waited for: bounded in time (a hung git never holds a run) and in output, as the listing is. */
function runGit(cwd: string, args: readonly string[], input?: string) {
  return childProcess().spawnSync('git', ['-C', cwd, ...args], { input, encoding: 'utf8', timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_LISTING_BYTES });
}
