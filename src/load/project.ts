// Loads a project: finds the files to report on (the paths given) and the files that give context (the whole
// project root), reads and parses each once, and fills an Inventory. I/O errors become notifications.
import { lstatSync, readdir, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { Inventory } from '../model/inventory.js';
import { readRegularFileSync } from './safe-read.js';
import { ignoredFilterOf, startIgnoredListing } from './git-ignored.js';
import { DEFAULT_LIMITS, type ParseOptions } from './parse.js';
import { loadFiles } from './load-files.js';
import { directoryNameMatcher, globMatcher, needsFastGlob, walk, type ManyFiles } from './walk.js';
import { discardPrestartedWorkers, estimateBytes, fileSize, MIN_BYTES_FOR_WORKERS, prestartParseWorkers, workersPrestarted } from './parse-pool.js';

export interface LoadOptions {
  /** Absolute project root: context for references, base of SARIF URIs. */
  readonly root: string;
  readonly cwd: string;
  /** Paths, directories or globs to report on (relative to cwd). Empty = the root. */
  readonly targets: readonly string[];
  /** Globs relative to the root. */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
  /** `-` among the targets: the text read from stdin, linted as `relPath` (--stdin-filename, relative to cwd). */
  readonly stdin?: { readonly text: string; readonly filename?: string };
  /** Read only the targets, not the rest of the root for context (a root bounded to the paths given). */
  readonly contextFromTargetsOnly?: boolean;
  /** Namespace for objects without one, by file glob (relative to root). */
  readonly namespaceDefaults?: Readonly<Record<string, string>>;
  /** Directory of the context cache (context-cache.ts); undefined = no cache. Only context files use it. */
  readonly cacheDir?: string;
  /** The `kind`s the rules read (see ParseOptions.keepKinds); undefined keeps every kind. */
  readonly keepKinds?: ReadonlySet<string>;
  /**
   * Texts that replace files' contents, by repository-relative path: the loader reads these instead of the disk
   * (a --fix-dry-run pass lints its own unwritten output).
   */
  readonly overlay?: ReadonlyMap<string, string>;
  /** Environment (VVP_KV_LINT_WORKERS: parse worker count); default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface LoadedProject {
  readonly inventory: Inventory;
  /** Repository-relative paths findings may be reported on. */
  readonly reportFiles: ReadonlySet<string>;
  /** Helm charts of ververica-platform found in the project, by directory (relative to root). */
  readonly vvpCharts: ReadonlyMap<string, { version: string; file: string }>;
}

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml', '**/*.json'];
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export class TargetError extends Error {
  readonly code = 'TARGET_NOT_FOUND';
}

export async function loadProject(opts: LoadOptions): Promise<LoadedProject> {
  try {
    return await loadFromDisk(opts);
  } finally {
    // Workers started during the walk that the load did not take (fewer files to parse than it looked).
    await discardPrestartedWorkers();
  }
}

async function loadFromDisk(opts: LoadOptions): Promise<LoadedProject> {
  const root = resolve(opts.root);
  const include = opts.include?.length ? opts.include : DEFAULT_INCLUDE;
  const ignore = [...ALWAYS_EXCLUDED, ...(opts.exclude ?? [])];
  const isExcluded = picomatch(ignore, { dot: true });

  // A directory to lint with enough to parse on workers starts them as soon as its walk has found that much, so
  // they are ready when it ends. (Not the walk for context: a pre-commit run parses little of it, from cache.)
  const manyFiles: ManyFiles = { count: PRESTART_FIRST_LOOK, call: prestartWhenEnough(opts.env ?? process.env) };
  const reportFiles = new Set<string>();
  let reportsWholeRoot = opts.targets.length === 0;
  let rootWalk: string[] | undefined;
  /** Targets that named nothing lintable: an error when nothing at all is linted (see below). */
  const unmatched: string[] = [];
  /** Explicit paths that exist but cannot be linted (dangling link, FIFO, vanished): notifications. */
  const unreadable: { target: string; reason: string }[] = [];
  /** Directories under a linted directory that could not be listed (permissions): notifications. */
  const unreadableDirs: { rel: string; code: string }[] = [];
  let excludedExplicit = 0;
  const targets = opts.targets.length ? opts.targets : ['.'];
  let stdinRel: string | undefined;
  // fast-glob only for a target that is neither a file nor a directory (a glob, or a typo): see walk.ts.
  let fg: FastGlob | undefined;
  for (const target of opts.targets) {
    if (target === '-' && opts.stdin) {
      // Linted under --stdin-filename (config globs and messages use it); its text replaces a file of that name.
      stdinRel = toRel(root, resolve(opts.cwd, opts.stdin.filename ?? 'stdin.yaml'));
      reportFiles.add(stdinRel);
      continue;
    }
    const abs = resolve(opts.cwd, target);
    const st = statOrUndefined(abs);
    if (st?.isFile()) {
      // An explicit file is linted even if its extension is unusual, but config excludes still apply.
      // Both sides real: a root reached through a symlink (a linked checkout) must not turn paths into ../../.. .
      const rel = toRel(realOr(root), realOr(abs));
      if (!isExcluded(rel)) reportFiles.add(rel);
      else excludedExplicit++;
    } else if (st?.isDirectory()) {
      const dirsUnreadable: { rel: string; code: string }[] = [];
      const found = await globUnder(root, toRel(root, abs), include, ignore, manyFiles, (rel, code) => dirsUnreadable.push({ rel, code }));
      // A directory under a linted path that cannot be read is input not analysed: said, and counted as incomplete.
      if (found.length) unreadableDirs.push(...dirsUnreadable);
      if (resolve(abs) === root) {
        reportsWholeRoot = true;
        rootWalk = found;
      }
      if (!found.length && !dirsUnreadable.length) unmatched.push(`${target} (no ${include.join(', ')} file in it)`);
      else if (!found.length) unreadable.push({ target, reason: `${dirsUnreadable[0]!.code}: cannot read the directory` });
      for (const rel of found) reportFiles.add(rel);
    } else if (st !== undefined) {
      // A FIFO, socket or device: reading it could block the run forever.
      unreadable.push({ target, reason: `not a regular file (${fileType(st)}); skipped` });
    } else if ((fg ??= await loadFastGlob()).isDynamicPattern(target)) {
      const matches = await fg(target, { cwd: opts.cwd, ignore, dot: false, onlyFiles: true, followSymbolicLinks: false, absolute: true });
      if (!matches.length) unmatched.push(target);
      for (const m of matches) reportFiles.add(toRel(root, m));
    } else if (lstatOrUndefined(abs)?.isSymbolicLink()) {
      unreadable.push({ target, reason: 'dangling symbolic link: cannot read the file it points to' });
    } else {
      // Staged, then deleted or renamed before the hook ran; or a typo. Either way the rest is still linted.
      unreadable.push({ target, reason: 'no such file or directory' });
    }
  }
  // Context: every project file, so a volume in a staged file resolves against an SPC in an unchanged one.
  // The whole-root walk is done once: a target that is the root already produced it (walking 100k files twice
  // cost ~8% of a run).
  // Without targets the root walk is the linted one: its unreadable directories are said too.
  // A context walk that finds only the files already linted (a one-file repository) does not ask git about them.
  const rootFiles = rootWalk ?? (opts.contextFromTargetsOnly && !reportsWholeRoot ? [] : await globUnder(root, '', include, ignore, undefined, reportsWholeRoot ? (rel, code) => unreadableDirs.push({ rel, code }) : undefined, reportsWholeRoot ? undefined : reportFiles));
  const contextFiles = reportsWholeRoot ? [...reportFiles] : rootFiles;
  if (reportsWholeRoot) for (const f of rootFiles) reportFiles.add(f);
  if (reportFiles.size === 0 && excludedExplicit === 0 && (unmatched.length || unreadable.length || opts.targets.length === 0)) {
    // Nothing to lint is never "clean" (ESLint: "No files matching the pattern ... were found").
    const what = [...unmatched, ...unreadable.map((u) => `${u.target} (${u.reason})`)];
    throw new TargetError(`no files matched ${what.length ? what.join(', ') : `${targets.join(', ')} (include: ${include.join(', ')})`}`);
  }
  if (unmatched.length) throw new TargetError(`no files matched ${unmatched.join(', ')}`);

  const allFiles = [...new Set([...contextFiles, ...reportFiles])].sort();

  const inventory = new Inventory();
  for (const u of unreadable) inventory.notifications.push({ id: 'file-unreadable', level: 'error', message: `${u.target}: ${u.reason}`, file: u.target, incomplete: true });
  for (const d of unreadableDirs) {
    inventory.notifications.push({ id: 'directory-unreadable', level: 'error', message: `${d.rel}/: ${d.code}: cannot read the directory; the files in it were not linted`, file: d.rel, incomplete: true });
  }
  if (excludedExplicit) inventory.notifications.push({ id: 'file-ignored', level: 'note', message: `${plural(excludedExplicit, 'file')} given on the command line ${excludedExplicit === 1 ? 'is' : 'are'} excluded by the config and ${excludedExplicit === 1 ? 'was' : 'were'} not linted` });
  const vvpCharts = findVvpCharts(root, allFiles);
  const nsMatchers = Object.entries(opts.namespaceDefaults ?? {}).map(([glob, ns]) => ({ match: picomatch(glob, { dot: true }), ns }));
  const maxBytes = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  // One options object per distinct combination, shared by the files that have it (the context cache keys on it).
  const optionSets = new Map<string, ParseOptions>();
  const parseOptionsOf = (rel: string): ParseOptions => {
    const defaultNamespace = nsMatchers.find((m) => m.match(rel))?.ns;
    const vvpValuesFile = isValuesFile(rel) && vvpCharts.has(dirOf(rel));
    const id = `${vvpValuesFile ? 1 : 0}${defaultNamespace ?? ''}`;
    let set = optionSets.get(id);
    if (!set) optionSets.set(id, (set = { ...DEFAULT_LIMITS, defaultNamespace, vvpValuesFile, keepKinds: opts.keepKinds }));
    return set;
  };
  const texts = new Map(opts.overlay ?? []);
  if (stdinRel !== undefined) texts.set(stdinRel, opts.stdin!.text);
  await loadFiles(inventory, { root, files: allFiles, reportFiles, maxBytes, parseOptionsOf, texts, cacheDir: opts.cacheDir, env: opts.env ?? process.env });
  return { inventory, reportFiles, vvpCharts };
}

/**
 * Files a walk has found before it first asks whether they are enough to parse on workers (a stat of a sample of
 * them: parse-pool.ts estimateBytes); it asks again once there should be enough, until there are.
 */
const PRESTART_FIRST_LOOK = 512;

function prestartWhenEnough(env: Readonly<Record<string, string | undefined>>): ManyFiles['call'] {
  return (found, cwd) => {
    if (workersPrestarted()) return undefined;
    const files = found.filter((e) => e.isFile);
    const bytes = estimateBytes(files.length, (i) => fileSize(`${cwd}${sep}${files[i]!.path}`));
    if (bytes >= MIN_BYTES_FOR_WORKERS) {
      prestartParseWorkers(env, bytes);
      return undefined;
    }
    // Next, where files like these would be enough (a few hundred more at least: each look costs its stats).
    return bytes > 0 ? Math.max(found.length + 256, Math.ceil((found.length * MIN_BYTES_FOR_WORKERS) / bytes)) : found.length * 2;
  };
}

/**
 * The files under `relDir` to lint or read as context. `linted`: files the run lints anyway, given only for the
 * context walk: when that walk finds nothing else, whether git ignores what it found cannot change the files read,
 * so git is not asked (a process of its own: about 30 ms of a one-file run).
 */
async function globUnder(root: string, relDir: string, include: readonly string[], ignore: readonly string[], onMany?: ManyFiles, onUnreadable?: (rel: string, code: string) => void, linted?: ReadonlySet<string>): Promise<string[]> {
  const cwd = relDir ? resolve(root, relDir) : root;
  // Never follow symlinks while walking: a link loop would walk forever. Links to files are resolved below.
  const unreadableDirs: { rel: string; code: string }[] = [];
  const noteUnreadable = onUnreadable && ((rel: string, code: string) => unreadableDirs.push({ rel: rel ? (relDir ? `${relDir}/${rel}` : rel) : relDir || '.', code }));
  // The context walk asks git (in the background) once it has found a file besides those linted: see `linted`.
  const walkHook: ManyFiles | undefined = linted ? { count: linted.size + 1, call: () => void startIgnoredListing(root) } : onMany;
  const entries = needsFastGlob(include) || needsFastGlob(ignore)
    ? (await (await loadFastGlob())(include as string[], { cwd, ignore: ignore as string[], dot: true, onlyFiles: false, objectMode: true, followSymbolicLinks: false, suppressErrors: true, ...(noteUnreadable ? { fs: { readdir: noticingReaddir(cwd, noteUnreadable) } } : {}) })).map((e) => ({ path: e.path, isFile: e.dirent.isFile(), isSymbolicLink: e.dirent.isSymbolicLink() }))
    : walk(cwd, include, ignore, walkHook, noteUnreadable);
  const found: string[] = [];
  for (const e of entries) {
    if (e.isFile) found.push(e.path);
    else if (e.isSymbolicLink) {
      const target = linkedFile(root, resolve(cwd, e.path));
      if (target !== undefined) found.push(relDir ? relative(resolve(root, relDir), resolve(root, target)).split(sep).join('/') : target);
    }
  }
  // One compiled matcher per walk: picomatch.isMatch recompiles its globs on every call, which was 12% of a
  // 10k-document run.
  const excluded = directoryNameMatcher(ignore) ?? globMatcher(ignore);
  const kept = found.map((f) => (relDir ? `${relDir}/${f}` : f)).filter((rel) => insideRoot(rel) && !excluded(rel));
  const gitIgnored = linted && !unreadableDirs.length && kept.every((rel) => linted.has(rel)) ? () => false : await ignoredFilterOf(root);
  const rels = kept.filter((rel) => !gitIgnored(rel));
  // Unreadable directories git ignores are not part of the project either (git lists them with a trailing '/').
  for (const d of unreadableDirs) if (!gitIgnored(`${d.rel}/`) && !gitIgnored(d.rel)) onUnreadable!(d.rel, d.code);
  return [...new Set(rels)];
}

/**
 * fast-glob's readdir (it suppresses errors, so a directory it cannot list would vanish without a word): the same
 * call, which first tells `onUnreadable` which directory failed and why, as walk() does.
 */
function noticingReaddir(cwd: string, onUnreadable: (rel: string, code: string) => void): typeof readdir {
  return ((path: string, options: unknown, callback: (err: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    readdir(path, options as never, (err: NodeJS.ErrnoException | null, entries: unknown) => {
      if (err) onUnreadable(relative(cwd, resolve(cwd, path)).split(sep).join('/'), err.code ?? 'EIO');
      callback(err, entries);
    })) as unknown as typeof readdir;
}

/**
 * Config `include` globs are relative to the root and must not leave it (`../../**` would read and report files of
 * other projects or the home directory); only paths given on the command line may point outside.
 */
function insideRoot(rel: string): boolean {
  return rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
}

/**
 * A symlink to a regular file is linted under the file's real path when that lies inside the project (GitHub only
 * shows results on real paths, and the file is then read once), else under the link's path. Links to
 * directories, dangling links and link loops (ELOOP) are skipped: they cannot make the walk loop.
 */
function linkedFile(root: string, linkAbs: string): string | undefined {
  try {
    if (!statSync(linkAbs).isFile()) return undefined;
    const real = realpathSync(linkAbs);
    const rel = relative(root, real);
    return !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : relative(root, linkAbs).split(sep).join('/');
  } catch {
    return undefined;
  }
}

/** A values file beside the Chart.yaml of the ververica-platform chart (chart directories relative to the root). */
export function isVvpValuesFile(rel: string, chartDirs: { has(dir: string): boolean }): boolean {
  return isValuesFile(rel) && chartDirs.has(dirOf(rel));
}

function isValuesFile(rel: string): boolean {
  return /(?:^|\/)values[^/]*\.ya?ml$/.test(rel);
}

function findVvpCharts(root: string, files: readonly string[]): Map<string, { version: string; file: string }> {
  const charts = new Map<string, { version: string; file: string }>();
  for (const rel of files) {
    // Paths here are '/'-separated: a suffix test, not path.basename (a pre-commit run asks for every file).
    if (rel !== 'Chart.yaml' && !rel.endsWith('/Chart.yaml')) continue;
    try {
      const chart = parseYaml(requireText(resolve(root, rel)), { logLevel: 'error' }) as { name?: unknown; version?: unknown } | null;
      if (chart && chart.name === 'ververica-platform' && chart.version !== undefined) charts.set(dirOf(rel), { version: String(chart.version), file: rel });
    } catch {
      // A broken Chart.yaml is reported by the normal parse of that file.
    }
  }
  return charts;
}

/** Chart.yaml files are tiny; a sync read keeps chart discovery simple. */
function requireText(abs: string): string {
  try {
    return readRegularFileSync(abs, 1024 * 1024);
  } catch {
    return '';
  }
}

function dirOf(rel: string): string {
  const d = dirname(rel);
  return d === '.' ? '' : d;
}

function toRel(root: string, abs: string): string {
  const rel = isAbsolute(abs) ? relative(root, abs) : abs;
  return rel.split(sep).join('/');
}

function realOr(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

type FastGlob = typeof import('fast-glob');

async function loadFastGlob(): Promise<FastGlob> {
  return (await import('fast-glob')).default;
}

function lstatOrUndefined(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

function fileType(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function statOrUndefined(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}
