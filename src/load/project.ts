// Loads a project: finds the files to report on (the paths given) and the files that give context (the whole
// project root), reads and parses each once, and fills an Inventory. I/O errors become notifications.
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { Inventory } from '../model/inventory.js';
import type { SourceFile } from '../model/types.js';
import { decodeSource, readSourceFile, type ReadOutcome } from './read-file.js';
import { readRegularFileSync } from './safe-read.js';
import { isKustomization, kustomizePatchFiles } from './kustomize.js';
import { DEFAULT_LIMITS, parseSourceFile, type ParseOptions } from './parse.js';
import { ContextCache, factsOf, restoreFacts, type FileStat } from './context-cache.js';
import { needsFastGlob, walk } from './walk.js';

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
const READ_CONCURRENCY = 32;

export class TargetError extends Error {
  readonly code = 'TARGET_NOT_FOUND';
}

export async function loadProject(opts: LoadOptions): Promise<LoadedProject> {
  const root = resolve(opts.root);
  const include = opts.include?.length ? opts.include : DEFAULT_INCLUDE;
  const ignore = [...ALWAYS_EXCLUDED, ...(opts.exclude ?? [])];
  const isExcluded = picomatch(ignore, { dot: true });

  const reportFiles = new Set<string>();
  let reportsWholeRoot = opts.targets.length === 0;
  let rootWalk: string[] | undefined;
  /** Targets that named nothing lintable: an error when nothing at all is linted (see below). */
  const unmatched: string[] = [];
  /** Explicit paths that exist but cannot be linted (dangling link, FIFO, vanished): notifications. */
  const unreadable: { target: string; reason: string }[] = [];
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
      const found = await globUnder(root, toRel(root, abs), include, ignore);
      if (resolve(abs) === root) {
        reportsWholeRoot = true;
        rootWalk = found;
      }
      if (!found.length) unmatched.push(`${target} (no ${include.join(', ')} file in it)`);
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
  const rootFiles = rootWalk ?? (opts.contextFromTargetsOnly && !reportsWholeRoot ? [] : await globUnder(root, '', include, ignore));
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
  if (excludedExplicit) inventory.notifications.push({ id: 'file-ignored', level: 'note', message: `${plural(excludedExplicit, 'file')} given on the command line ${excludedExplicit === 1 ? 'is' : 'are'} excluded by the config and ${excludedExplicit === 1 ? 'was' : 'were'} not linted` });
  const vvpCharts = findVvpCharts(root, allFiles);
  const nsMatchers = Object.entries(opts.namespaceDefaults ?? {}).map(([glob, ns]) => ({ match: picomatch(glob, { dot: true }), ns }));
  const maxBytes = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  const parseOptsOf = (rel: string): ParseOptions => ({ ...DEFAULT_LIMITS, defaultNamespace: nsMatchers.find((m) => m.match(rel))?.ns, vvpValuesFile: isValuesFile(rel) && vvpCharts.has(dirOf(rel)), keepKinds: opts.keepKinds });
  // Context files may come from the cache (see context-cache.ts); opened only when there are any.
  let cache: ContextCache | undefined = allFiles.some((rel) => !reportFiles.has(rel)) ? ContextCache.open(opts.cacheDir, root) : undefined;
  const stats = new Map<string, { st: FileStat; hit?: { key: string; textLength: number } }>();
  // Read in parallel (I/O bound), parse in order (CPU bound, deterministic inventory order).
  const outcomes = await mapLimit(allFiles, READ_CONCURRENCY, async (rel): Promise<ReadOutcome | { ok: 'stat'; file: SourceFile }> => {
    const abs = resolve(root, rel);
    if (rel === stdinRel) return decodeSource(Buffer.from(opts.stdin!.text, 'utf8'), abs, rel);
    const overlaid = opts.overlay?.get(rel);
    if (overlaid !== undefined) return { ok: true, file: { absPath: abs, relPath: rel, text: overlaid } };
    // A context file unchanged since it was cached (by stat) is not read; Helm templates are always read (the
    // skip decision looks at their text).
    if (cache && !reportFiles.has(rel) && !/(^|\/)templates\//.test(rel)) {
      const st = statOrUndefined(abs) as Stats | undefined;
      if (st?.isFile() && st.size <= maxBytes) {
        const hit = cache.keyByStat(rel, st, parseOptsOf(rel));
        stats.set(rel, { st, hit });
        if (hit) return { ok: 'stat', file: lazySourceFile(abs, rel) };
      }
    }
    return readSourceFile(abs, rel, maxBytes);
  });
  const patchFiles = new Set<string>();
  outcomes.forEach((o, i) => {
    if (o.ok && isKustomization(allFiles[i]!)) for (const p of kustomizePatchFiles(allFiles[i]!, o.file.text)) patchFiles.add(p);
  });
  outcomes.forEach((outcome, i) => {
    const rel = allFiles[i]!;
    const reported = reportFiles.has(rel);
    if (outcome.ok === 'stat') {
      const file = outcome.file;
      const hit = stats.get(rel)!.hit!;
      // A Kustomize patch (known only once the kustomizations are read) is never restored from the cache.
      const facts = patchFiles.has(rel) ? undefined : cache!.get(hit.key, hit.textLength);
      if (facts) {
        inventory.files.set(rel, file);
        const restored = restoreFacts(file, facts, () => parseSourceFile(file, parseOptsOf(rel)).objects);
        inventory.documentCount += facts.documents;
        inventory.inputProblems.push(...restored.problems);
        for (const o of restored.objects) inventory.add(o);
        return;
      }
      // A patch, or a recorded key without facts (not written by this code): read it the ordinary way.
      outcome = decodeSource(readBytes(file.absPath), file.absPath, rel);
    }
    if (!outcome.ok && outcome.kind === 'io') {
      // An unreadable context file is only worth a word when it was asked for.
      if (reported) inventory.notifications.push({ id: 'file-unreadable', level: 'error', message: `${rel}: ${outcome.reason}`, file: rel, incomplete: true });
      return;
    }
    const file = outcome.file;
    inventory.files.set(rel, file);
    if (!outcome.ok) {
      inventory.inputProblems.push({ kind: 'parse-error', file, span: outcome.span, reason: outcome.reason });
      return;
    }
    if (isHelmTemplate(rel, file.text)) {
      if (reported) inventory.notifications.push({ id: 'helm-template-skipped', level: 'note', message: `${rel}: Helm template skipped (render it with \`helm template\` to lint the result)`, file: rel });
      return;
    }
    const parseOpts: ParseOptions = { ...parseOptsOf(rel), partial: patchFiles.has(rel) };
    // Kustomize patches are parsed each time: the cache keeps no `partial` mark.
    if (!reported && !parseOpts.partial) {
      // A context file: its facts may come from the cache (see context-cache.ts).
      cache ??= ContextCache.open(opts.cacheDir, root);
      const key = cache.key(file.text, parseOpts);
      const st = stats.get(rel)?.st;
      if (st) cache.noteStat(rel, st, parseOpts, key, file.text.length);
      const facts = cache.get(key, file.text.length);
      if (facts) {
        const restored = restoreFacts(file, facts, () => parseSourceFile(file, parseOpts).objects);
        inventory.documentCount += facts.documents;
        inventory.inputProblems.push(...restored.problems);
        for (const o of restored.objects) inventory.add(o);
        return;
      }
      const parsed = parseSourceFile(file, parseOpts);
      const fresh = factsOf(parsed.documents, parsed.objects, parsed.problems);
      if (fresh) cache.put(key, fresh);
      inventory.documentCount += parsed.documents;
      inventory.inputProblems.push(...parsed.problems);
      for (const o of parsed.objects) inventory.add(o);
      return;
    }
    const parsed = parseSourceFile(file, parseOpts);
    inventory.documentCount += parsed.documents;
    inventory.inputProblems.push(...parsed.problems);
    for (const o of parsed.objects) inventory.add(o);
  });
  cache?.save();
  return { inventory, reportFiles, vvpCharts };
}

async function globUnder(root: string, relDir: string, include: readonly string[], ignore: readonly string[]): Promise<string[]> {
  const cwd = relDir ? resolve(root, relDir) : root;
  // Never follow symlinks while walking: a link loop would walk forever. Links to files are resolved below.
  const entries = needsFastGlob(include) || needsFastGlob(ignore)
    ? (await (await loadFastGlob())(include as string[], { cwd, ignore: ignore as string[], dot: true, onlyFiles: false, objectMode: true, followSymbolicLinks: false, suppressErrors: true })).map((e) => ({ path: e.path, isFile: e.dirent.isFile(), isSymbolicLink: e.dirent.isSymbolicLink() }))
    : walk(cwd, include, ignore);
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
  const excluded = picomatch(ignore as string[], { dot: true });
  const gitIgnored = gitIgnoredFilter(root);
  const rels = found.map((f) => (relDir ? `${relDir}/${f}` : f)).filter((rel) => insideRoot(rel) && !excluded(rel) && !gitIgnored(rel));
  return [...new Set(rels)];
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

const gitFilters = new Map<string, (rel: string) => boolean>();

/**
 * Files git ignores (build output, scratch directories) are not part of the project: a stale copy of a manifest
 * there must not satisfy or confuse a reference. Asks git once per root; outside a work tree nothing is ignored.
 */
function gitIgnoredFilter(root: string): (rel: string) => boolean {
  let filter = gitFilters.get(root);
  if (filter) return filter;
  filter = () => false;
  const git = spawnSync('git', ['-C', root, 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { encoding: 'utf8', timeout: 10_000, maxBuffer: 64 * 1024 * 1024 });
  if (git.status === 0 && typeof git.stdout === 'string') {
    const files = new Set<string>();
    const dirs: string[] = [];
    for (const entry of git.stdout.split('\0')) {
      if (!entry) continue;
      if (entry.endsWith('/')) dirs.push(entry);
      else files.add(entry);
    }
    filter = (rel) => files.has(rel) || dirs.some((d) => rel.startsWith(d));
  }
  gitFilters.set(root, filter);
  return filter;
}

/** Helm chart templates hold `{{ }}` and are not YAML until rendered. */
function isHelmTemplate(rel: string, text: string): boolean {
  return /(^|\/)templates\//.test(rel) && text.includes('{{');
}

/** A values file beside the Chart.yaml of the ververica-platform chart (chart directories relative to the root). */
export function isVvpValuesFile(rel: string, chartDirs: { has(dir: string): boolean }): boolean {
  return isValuesFile(rel) && chartDirs.has(dirOf(rel));
}

function isValuesFile(rel: string): boolean {
  return /^values[^/]*\.ya?ml$/.test(basename(rel));
}

function findVvpCharts(root: string, files: readonly string[]): Map<string, { version: string; file: string }> {
  const charts = new Map<string, { version: string; file: string }>();
  for (const rel of files) {
    if (basename(rel) !== 'Chart.yaml') continue;
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

/**
 * A context file restored by stat: its text is read (synchronously) only when something needs it, a finding's
 * position or a fix. A file that has since become unreadable or undecodable reads as empty.
 */
function lazySourceFile(absPath: string, relPath: string): SourceFile {
  let text: string | undefined;
  return {
    absPath,
    relPath,
    get text(): string {
      if (text === undefined) {
        const outcome = decodeSource(readBytes(absPath), absPath, relPath);
        text = outcome.ok ? outcome.file.text : '';
      }
      return text;
    },
  };
}

/** Only a regular file within the default size limit is read (it was one when stat-ed; a FIFO would block). */
function readBytes(abs: string): Uint8Array {
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > DEFAULT_MAX_FILE_SIZE) return new Uint8Array(0);
    return readFileSync(abs);
  } catch {
    return new Uint8Array(0);
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

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}
