// A content-addressed cache of what a context file contributes to the inventory: its objects' plain values and
// identity fields, its input problems and its document count, never an AST. Keyed by a hash of the file's text,
// the parse options that shape its objects, the tool version and the build, so an edited file, a changed config
// or an upgraded tool simply misses. Pre-commit hooks and editors lint one file against a whole repository; with
// the cache warm, the unchanged files are read and hashed, not parsed.
//
// The cache is a single JSON file per project root. A missing, truncated, foreign or tampered-with file, or an
// entry of the wrong shape, is a miss (the file is parsed as if there were no cache); the cache never throws.
// Only files of the context (not reported on) use it, and the objects it restores recover their YAML AST (exact
// positions, scalar styles) by parsing their file on first use: only files that findings touch pay for that.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldPath, FileLocation, InputProblem, LocateTarget, Locator, ManifestObject, ObjectSource, ParseReason, ResolvedLocation, SourceFile, Span } from '../model/types.js';
import { classify, isRecord, OBJECT_CLASSES, type ObjectClass } from '../model/kinds.js';
import { PARSE_REASON_IDS } from '../model/parse-reasons.js';
import { quickObjectEntries, restoreSpcFacts, scalarAt, spcView, type SpcEntryError, type SpcObjects, type SpcObjectsProblem } from '../model/spc.js';
import { TOOL_VERSION } from '../version.js';
import { cachesOff, userCacheDirectory } from '../user-cache.js';
import { heapCheckpoint } from '../heap-governor.js';
import { decodeHint, encodeHints, validHints } from '../model/span-hints.js';
import { locateAt, objectStart, walkStep } from '../yaml/locate.js';

/** Bump when what parseSourceFile produces for the same text changes shape or meaning. */
// 2: placeholder namespaces are unknown (undefined) and unquoted Go templates ({{.Name}}) are strings.
// 3: parse-error messages no longer quote the source; duplicate keys found by the linear scan; Secret values are
//    stored as placeholders (issue 12).
// 4: bodies stored as JSON text, parsed when read.
// 5: objects carry their inventory class.
const FACTS_FORMAT = 5;
const FILE_FORMAT = 'vvp-kv-lint-context-cache';
/** Entries bigger than this are not worth their JSON (a huge generated file): parsed every time. */
export const MAX_ENTRY_CHARS = 1024 * 1024;

/** One object as the cache holds it: what rules read, plus where to find it again in a fresh parse. */
export interface CachedObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly docIndex: number;
  /**
   * The object's value as JSON, parsed when a rule first reads it: a pre-commit run restores the whole repository's
   * objects but reads few of their bodies (lookups go by kind, namespace and name).
   */
  readonly bodyJson: string;
  readonly hint?: 'helm-values';
  /** The inventory class (model/kinds.ts classify), null for none: restoring never parses a body to find it. */
  readonly cls?: ObjectClass | null;
  /** For a SecretProviderClass: what its rules would otherwise parse the file again for. */
  readonly spc?: CachedSpc;
  /** Where its body's nodes are in the file (model/span-hints.ts): a parse worker's facts only, never on disk. */
  readonly hints?: Int32Array;
}

/** An SPC's parsed `objects` (locations as spans of the file) and its string parameters' scalar styles. */
interface CachedSpc {
  readonly objects?: {
    readonly error?: SpcObjectsProblem & { readonly span: Span; readonly exact: boolean };
    readonly entries: readonly { readonly index: number; readonly fields?: Record<string, unknown>; readonly error?: SpcEntryError; readonly fileName?: string }[];
  };
  readonly params: Record<string, { readonly type: string | null; readonly source: string | null } | null>;
}

export interface CachedProblem {
  readonly kind: InputProblem['kind'];
  readonly span: Span;
  /** parse-error only: the message id and data yaml-parse-error reports. */
  readonly reason?: ParseReason;
}

/** What one file contributes to the inventory. Objects are in parse order (the inventory order). */
export interface FileFacts {
  readonly documents: number;
  readonly objects: readonly CachedObject[];
  readonly problems: readonly CachedProblem[];
}

export interface CacheKeyOptions {
  readonly defaultNamespace?: string;
  readonly vvpValuesFile?: boolean;
  readonly maxDepth: number;
  readonly maxAliasCount: number;
  readonly keepKinds?: ReadonlySet<string>;
}

/**
 * Where the cache lives. VVP_KV_LINT_CACHE=off (or 0/false) disables it; VVP_KV_LINT_CACHE_DIR names a directory.
 * Otherwise, like ESLint-style tools (find-cache-dir), `node_modules/.cache/vvp-kv-lint` under the project root
 * when the project has a node_modules (git-ignored by every convention); a GitOps repository usually has none,
 * and then the user's cache directory ($XDG_CACHE_HOME or ~/.cache), so the tool never writes into the work tree.
 */
export function cacheDirectory(root: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (cachesOff(env)) return undefined;
  const explicit = env['VVP_KV_LINT_CACHE_DIR'];
  if (explicit) return explicit;
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'vvp-kv-lint');
  return userCacheDirectory(env);
}

/** Identifies this build: a rebuilt tool must not trust facts an older build wrote under the same version. */
function buildId(): string {
  try {
    const st = statSync(fileURLToPath(import.meta.url));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

/**
 * The stat level: a context file whose size, mtime, ctime and inode are those recorded with a content key (and the
 * same parse options) is taken to hold that content, so it is neither read nor hashed; its text is read only if
 * something asks for it (a finding's position). Entries are recorded from a stat taken before the file was read,
 * and only for files last changed over a second before the run, so an edit racing the run never sticks.
 */
type StatEntry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, opts: string, key: string, textLength: number];

export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export class ContextCache {
  private readonly entries: Map<string, unknown>;
  private readonly stats = new Map<string, StatEntry>();
  private readonly usedStats = new Set<string>();
  private statsChanged = false;
  private readonly startedMs = Date.now();
  private readonly used = new Set<string>();
  private added = 0;
  private readonly salt: string;

  private constructor(
    private readonly file: string | undefined,
    /** The project root, kept in the file so two roots whose hashes collide never share facts. */
    private readonly root: string,
    entries: Map<string, unknown>,
  ) {
    this.entries = entries;
    this.salt = `${FILE_FORMAT}/${FACTS_FORMAT}/${TOOL_VERSION}/${buildId()}`;
  }

  /** A cache that never hits and never writes. */
  static disabled(): ContextCache {
    return new ContextCache(undefined, '', new Map());
  }

  /** Opens the cache of `root` in `dir`; anything unreadable or foreign starts it empty. */
  static open(dir: string | undefined, root: string): ContextCache {
    if (!dir) return ContextCache.disabled();
    const file = join(dir, `context-${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`);
    const cache = new ContextCache(file, root, new Map());
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isRecord(data) && data['format'] === FILE_FORMAT && data['salt'] === cache.salt && data['root'] === root && isRecord(data['entries'])) {
        for (const [k, v] of Object.entries(data['entries'])) cache.entries.set(k, v);
        if (isRecord(data['stats'])) for (const [rel, v] of Object.entries(data['stats'])) if (validStat(v)) cache.stats.set(rel, v);
      }
    } catch {
      // No cache yet, or one that is not ours: start empty.
    }
    return cache;
  }

  /** The key of a file's facts: its text and everything else that shapes them. */
  key(text: string, opts: CacheKeyOptions): string {
    return createHash('sha256')
      .update(JSON.stringify([this.salt, opts.defaultNamespace ?? null, opts.vvpValuesFile === true, opts.maxDepth, opts.maxAliasCount, opts.keepKinds ? [...opts.keepKinds].sort() : null]))
      .update('\0')
      .update(text)
      .digest('base64url');
  }

  /** The facts stored under `key`, if they are well-formed for a text of `textLength` characters. */
  get(key: string, textLength: number): FileFacts | undefined {
    if (!this.file) return undefined;
    const raw = this.entries.get(key);
    if (raw === undefined) return undefined;
    const facts = validFacts(raw, textLength);
    if (!facts) {
      this.entries.delete(key);
      return undefined;
    }
    this.used.add(key);
    return facts;
  }

  /** The content key recorded for `rel` when its stat and parse options are unchanged. */
  keyByStat(rel: string, st: FileStat, opts: CacheKeyOptions): { key: string; textLength: number } | undefined {
    if (!this.file) return undefined;
    const e = this.stats.get(rel);
    if (!e || e[0] !== st.size || e[1] !== st.mtimeMs || e[2] !== st.ctimeMs || e[3] !== st.ino || e[4] !== optsKey(opts)) return undefined;
    this.usedStats.add(rel);
    return { key: e[5], textLength: e[6] };
  }

  /** Records `rel`'s stat (taken before it was read) with the key of the content read. */
  noteStat(rel: string, st: FileStat, opts: CacheKeyOptions, key: string, textLength: number): void {
    if (!this.file || this.startedMs - Math.max(st.mtimeMs, st.ctimeMs) < 1000) return;
    this.stats.set(rel, [st.size, st.mtimeMs, st.ctimeMs, st.ino, optsKey(opts), key, textLength]);
    this.usedStats.add(rel);
    this.statsChanged = true;
  }

  put(key: string, facts: FileFacts): void {
    if (!this.file) return;
    this.entries.set(key, facts);
    this.used.add(key);
    this.added++;
  }

  /**
   * Writes the cache when it changed: only the entries this run used, so it tracks the repository and never grows
   * without bound. Written to a temporary file and renamed, so a concurrent run reads the old or the new cache,
   * never half of one. Failure to write (read-only disk, permissions) is silent: the cache is an optimisation.
   */
  save(): void {
    if (!this.file) return;
    const stale = [...this.entries.keys()].some((k) => !this.used.has(k));
    const staleStats = [...this.stats.keys()].some((k) => !this.usedStats.has(k));
    if (!this.added && !stale && !this.statsChanged && !staleStats) {
      // Unchanged: only mark it as in use, so pruning (by age) never takes a cache that is read every day.
      try {
        if (Date.now() - statSync(this.file).mtimeMs > 24 * 3600 * 1000) utimesSync(this.file, new Date(), new Date());
      } catch {
        // Gone or read-only: nothing to mark.
      }
      return;
    }
    const entries: Record<string, unknown> = {};
    for (const k of this.used) {
      const v = this.entries.get(k);
      if (v !== undefined) entries[k] = v;
    }
    const stats: Record<string, StatEntry> = {};
    for (const rel of this.usedStats) {
      const e = this.stats.get(rel);
      if (e && this.used.has(e[5])) stats[rel] = e;
    }
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const dir = join(this.file, '..');
      if (!existsSync(this.file)) pruneAbandoned(dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify({ format: FILE_FORMAT, salt: this.salt, root: this.root, entries, stats }));
      renameSync(tmp, this.file);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // ENOTDIR and the like: the directory never existed, so there is no temporary file to remove.
      }
    }
  }
}

const optsKeys = new WeakMap<CacheKeyOptions, string>();

/** The stat level's record of the parse options; options objects are shared by many files, so it is kept. */
function optsKey(opts: CacheKeyOptions): string {
  let key = optsKeys.get(opts);
  if (key === undefined) optsKeys.set(opts, (key = JSON.stringify([opts.defaultNamespace ?? null, opts.vvpValuesFile === true, opts.maxDepth, opts.maxAliasCount])));
  return key;
}

function validStat(v: unknown): v is StatEntry {
  return Array.isArray(v) && v.length === 7 && [0, 1, 2, 3, 6].every((i) => typeof v[i] === 'number' && Number.isFinite(v[i])) && typeof v[4] === 'string' && typeof v[5] === 'string';
}

/** Caches of roots nobody linted for a month (deleted checkouts, temporary directories) are removed. */
const ABANDONED_MS = 30 * 24 * 3600 * 1000;

function pruneAbandoned(dir: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!/^context-[0-9a-f]{24}\.json(\.\d+\.[0-9a-f]{8}\.tmp)?$/.test(name)) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > ABANDONED_MS) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to prune, or not ours to prune.
  }
}

/**
 * The facts of a parse, or undefined when they would not survive JSON unchanged: a value with a shared reference
 * (YAML aliases), a non-finite number or -0, or anything but plain objects, arrays and primitives.
 */
export function factsOf(
  documents: number,
  objects: readonly ManifestObject[],
  problems: readonly InputProblem[],
  /**
   * keepSecretValues: facts that never touch the disk (a parse worker's, handed to the main thread) keep Secret
   * values, which the rules of a reported Secret read. maxChars: the size past which facts are not worth keeping.
   */
  opts: { readonly keepSecretValues?: boolean; readonly maxChars?: number; readonly spanHints?: boolean } = {},
): FileFacts | undefined {
  const maxChars = opts.maxChars ?? MAX_ENTRY_CHARS;
  const out: CachedObject[] = [];
  let size = 0;
  for (const o of objects) {
    if (o.source.kind !== 'file') return undefined;
    const seen = new Set<object>();
    const chars = jsonSafeSize(o.body, seen, 0);
    if (chars < 0) return undefined;
    size += chars;
    if (size > maxChars) return undefined;
    let spc: CachedSpc | undefined;
    try {
      spc = o.kind === 'SecretProviderClass' ? spcFacts(o) : undefined;
    } catch {
      return undefined; // whatever failed here fails again in the rules, which report it: do not cache the file
    }
    const hints = opts.spanHints ? hintsOf(o) : undefined;
    out.push({
      ...(o.apiVersion !== undefined ? { apiVersion: o.apiVersion } : {}),
      ...(o.kind !== undefined ? { kind: o.kind } : {}),
      ...(o.name !== undefined ? { name: o.name } : {}),
      ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
      docIndex: o.source.docIndex,
      bodyJson: JSON.stringify(o.kind === 'Secret' && !opts.keepSecretValues ? withoutSecretValues(o.body) : o.body),
      ...(o.hint !== undefined ? { hint: o.hint } : {}),
      cls: classify(o) ?? null,
      ...(spc ? { spc } : {}),
      ...(hints ? { hints } : {}),
    });
  }
  return { documents, objects: out, problems: problems.map((p) => ({ kind: p.kind, span: { start: p.span.start, end: p.span.end }, ...(p.kind === 'parse-error' ? { reason: p.reason } : {}) })) };
}

/**
 * Facts as the cache stores them on disk: a parse worker's facts keep Secret values, which must not be written,
 * and span hints, which are not worth their JSON.
 */
export function forDisk(facts: FileFacts): FileFacts {
  if (!facts.objects.some((o) => o.kind === 'Secret' || o.hints)) return facts;
  return {
    ...facts,
    objects: facts.objects.map(({ hints: _hints, ...o }) => (o.kind === 'Secret' ? { ...o, bodyJson: JSON.stringify(withoutSecretValues(JSON.parse(o.bodyJson) as Record<string, unknown>)) } : o)),
  };
}

/** Where `o`'s body nodes are, from its own syntax tree (model/span-hints.ts); none for a locator of another kind. */
function hintsOf(o: ManifestObject): Int32Array | undefined {
  const start = objectStart(o.locator);
  if (!start || o.source.kind !== 'file') return undefined;
  const text = o.source.file.text;
  return encodeHints(o.body, start, walkStep, (at, target) => locateAt(text, at, target));
}

/**
 * A Secret as the cache stores it on disk: the cache must not become a second copy of committed credentials. Rules
 * read only key names and whether a value is set, so each set scalar value becomes a fixed stand-in.
 */
function withoutSecretValues(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const field of ['data', 'stringData']) {
    const m = body[field];
    if (!isRecord(m)) continue;
    const slim: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m)) slim[k] = v === null || v === undefined || isRecord(v) || String(v).trim() === '' ? v : 'UkVEQUNURUQ=';
    out[field] = slim;
  }
  return out;
}

/** What an SPC's rules read from its YAML nodes, computed now from the fresh parse (the rules reuse the result). */
function spcFacts(o: ManifestObject): CachedSpc | undefined {
  const view = spcView(o);
  const params: Record<string, { type: string | null; source: string | null } | null> = {};
  for (const [key, value] of Object.entries(view.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    const node = scalarAt(o, view.paramPath(key));
    params[key] = node ? { type: node.type ?? null, source: node.source === undefined ? null : String(node.source) } : null;
  }
  // The `objects` scalar stands in for its node only beside the parsed objects: without them, parsing the objects
  // needs the real node (its range), so it must come from a fresh parse.
  const withoutObjects = (): CachedSpc => {
    delete params['objects'];
    return { params };
  };
  const raw = view.parameters?.['objects'];
  if (typeof raw !== 'string') return withoutObjects();
  // The common shape needs no YAML parser (its entries have no error and no location to keep).
  const quick = quickObjectEntries(raw);
  if (quick) return { params, objects: { entries: quick.map((e) => ({ index: e.index, fields: e.fields, ...(e.fileName !== undefined ? { fileName: e.fileName } : {}) })) } };
  const parsed = view.objects;
  let error: NonNullable<CachedSpc['objects']>['error'];
  if (parsed.error) {
    const loc = parsed.error.location;
    if (loc.kind !== 'file' || o.source.kind !== 'file' || loc.file !== o.source.file) return withoutObjects();
    const { location: _at, ...problem } = parsed.error;
    error = { ...problem, span: { start: loc.span.start, end: loc.span.end }, exact: loc.exact };
  }
  const entries = [];
  for (const e of parsed.entries) {
    if (e.fields !== undefined && jsonSafeSize(e.fields, new Set(), 0) < 0) return withoutObjects();
    entries.push({ index: e.index, ...(e.fields !== undefined ? { fields: e.fields } : {}), ...(e.error !== undefined ? { error: e.error } : {}), ...(e.fileName !== undefined ? { fileName: e.fileName } : {}) });
  }
  return { params, objects: { ...(error ? { error } : {}), entries } };
}

/** The cached problem of an `objects` block without its position. */
function problemOf(cached: SpcObjectsProblem & { readonly span: Span; readonly exact: boolean }): SpcObjectsProblem {
  const { span: _span, exact: _exact, ...problem } = cached;
  return problem;
}

/** Roughly the JSON size of `v`, or -1 when `v` would not come back from JSON as it is. */
function jsonSafeSize(v: unknown, seen: Set<object>, depth: number): number {
  if (v === null || typeof v === 'boolean') return 5;
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? 12 : -1;
  if (typeof v !== 'object' || depth > 200) return -1;
  if (seen.has(v)) return -1;
  seen.add(v);
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = jsonSafeSize(x, seen, depth + 1);
      if (s < 0) return -1;
      n += s + 1;
    }
    return n;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return -1;
  for (const k of Object.keys(v)) {
    const s = jsonSafeSize((v as Record<string, unknown>)[k], seen, depth + 1);
    if (s < 0) return -1;
    n += s + k.length + 4;
  }
  return n;
}

const CLASSES: ReadonlySet<string> = new Set(OBJECT_CLASSES);
const PROBLEM_KINDS = new Set(['parse-error', 'duplicate-key']);

/** A ParseReason as stored: an id, and data of strings and numbers (what yaml-parse-error interpolates). */
function validReason(r: unknown): boolean {
  if (!isRecord(r) || typeof r['id'] !== 'string' || !PARSE_REASON_IDS.has(r['id'])) return false;
  const data = r['data'];
  return data === undefined || (isRecord(data) && Object.values(data).every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))));
}

/** Checks the shape of a stored entry (it came from disk: anything may be in it). */
function validFacts(raw: unknown, textLength: number): FileFacts | undefined {
  if (!isRecord(raw)) return undefined;
  const { documents, objects, problems } = raw;
  if (!isCount(documents) || !Array.isArray(objects) || !Array.isArray(problems)) return undefined;
  for (const o of objects) {
    if (!isRecord(o) || !isCount(o['docIndex']) || (o['docIndex'] as number) >= Math.max(documents, 1) || typeof o['bodyJson'] !== 'string') return undefined;
    for (const f of ['apiVersion', 'kind', 'name', 'namespace'] as const) if (o[f] !== undefined && typeof o[f] !== 'string') return undefined;
    if (o['hint'] !== undefined && o['hint'] !== 'helm-values') return undefined;
    if (o['cls'] !== undefined && o['cls'] !== null && !CLASSES.has(o['cls'] as string)) return undefined;
    if (o['spc'] !== undefined && !validSpc(o['spc'], textLength)) return undefined;
  }
  for (const p of problems) {
    if (!isRecord(p) || !PROBLEM_KINDS.has(p['kind'] as string) || !isRecord(p['span'])) return undefined;
    // A parse error carries its reason (an id and plain data); a duplicate key nothing else.
    if (p['kind'] === 'parse-error' ? !validReason(p['reason']) : p['reason'] !== undefined) return undefined;
    const { start, end } = p['span'];
    if (!isCount(start) || !isCount(end) || start > end || end > textLength) return undefined;
  }
  return raw as unknown as FileFacts;
}

function validSpc(spc: unknown, textLength: number): boolean {
  if (!isRecord(spc) || !isRecord(spc['params'])) return false;
  for (const p of Object.values(spc['params'])) {
    if (p === null) continue;
    if (!isRecord(p) || (p['type'] !== null && typeof p['type'] !== 'string') || (p['source'] !== null && typeof p['source'] !== 'string')) return false;
  }
  const objects = spc['objects'];
  if (objects === undefined) return !Object.hasOwn(spc['params'], 'objects');
  if (!isRecord(objects) || !Array.isArray(objects['entries'])) return false;
  const error = objects['error'];
  if (error !== undefined && !(validProblem(error, OBJECTS_PROBLEM_KINDS) && typeof error['exact'] === 'boolean' && validSpan(error['span'], textLength))) return false;
  return objects['entries'].every((e: unknown, i: number) => isRecord(e) && e['index'] === i
    && (e['fields'] === undefined || isRecord(e['fields'])) && (e['error'] === undefined || validProblem(e['error'], ENTRY_ERROR_KINDS)) && (e['fileName'] === undefined || typeof e['fileName'] === 'string'));
}

const OBJECTS_PROBLEM_KINDS: ReadonlySet<string> = new Set<SpcObjectsProblem['kind']>(['not-set', 'empty', 'not-string', 'no-array', 'not-yaml']);
const ENTRY_ERROR_KINDS: ReadonlySet<string> = new Set<SpcEntryError['kind']>(['not-string', 'not-mapping', 'not-yaml']);

/** A cached SpcObjectsProblem or SpcEntryError: a known kind, and the parser's words exactly when not YAML. */
function validProblem(v: unknown, kinds: ReadonlySet<string>): v is Record<string, unknown> {
  return isRecord(v) && typeof v['kind'] === 'string' && kinds.has(v['kind']) && (v['kind'] === 'not-yaml' ? typeof v['yamlError'] === 'string' : v['yamlError'] === undefined);
}

function validSpan(span: unknown, textLength: number): boolean {
  return isRecord(span) && isCount(span['start']) && isCount(span['end']) && span['start'] <= span['end'] && span['end'] <= textLength;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Objects and problems of a file from its cached facts. Each object's locator and YAML node come from a parse of
 * the file made on first use (`reparse`, shared by the file's objects), matched by position in parse order.
 */
export function restoreFacts(
  file: SourceFile,
  facts: FileFacts,
  reparse: (file: SourceFile) => readonly ManifestObject[],
): { objects: ManifestObject[]; problems: InputProblem[] } {
  const restored = new RestoredFile(file, reparse);
  const objects = facts.objects.map((c, i): ManifestObject => new RestoredObject(restored, i, c));
  facts.objects.forEach((c, i) => {
    if (c.spc) restoreSpcFacts(objects[i]!, restoredSpc(file, c.spc, () => restored.full(i)));
  });
  const problems = facts.problems.map((p): InputProblem => (p.kind === 'parse-error' ? { kind: p.kind, file, span: p.span, reason: p.reason! } : { kind: p.kind, file, span: p.span }));
  return { objects, problems };
}

/** What a restored file's objects share: the file, and how to parse it again. */
class RestoredFile {
  constructor(
    readonly file: SourceFile,
    private readonly reparse: (file: SourceFile) => readonly ManifestObject[],
  ) {}

  /** Object `i` of a fresh parse of the file (bounded cache: see ReparseCache). */
  full(i: number): ManifestObject | undefined {
    return reparsed.get(this.file, this.reparse)[i];
  }
}

/**
 * An object restored from facts. A class rather than an object literal with closures: a pre-commit run restores
 * every object of the repository, and per-object closures were a good part of its allocations. It is its own
 * locator (locations resolve through a fresh parse, lazily).
 *
 * Its body is kept as JSON text and parsed when read; the parsed value is held by a bounded cache (BodyCache), so
 * a repository of 100,000 documents does not hold every body as objects at once (they take about five times the
 * memory of their JSON).
 */
class RestoredObject implements ManifestObject, Locator {
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly source: ObjectSource;
  readonly hint: 'helm-values' | undefined;
  readonly knownClass: ObjectClass | null | undefined;
  /** The body as JSON; the parsed value, while the body cache keeps it. */
  readonly bodyJson: string;
  parsedBody: Record<string, unknown> | undefined;
  /** Where the body's nodes are (model/span-hints.ts), when the worker that parsed the file worked it out. */
  private readonly hints: Int32Array | undefined;

  constructor(
    private readonly restored: RestoredFile,
    private readonly index: number,
    c: CachedObject,
  ) {
    // Restored strings come from a worker or the disk as fresh copies: the values every object repeats (API
    // versions, kinds, namespaces) are shared instead.
    this.apiVersion = intern(c.apiVersion);
    this.kind = intern(c.kind);
    this.name = c.name;
    this.namespace = intern(c.namespace);
    this.source = { kind: 'file', file: restored.file, docIndex: c.docIndex };
    this.hint = c.hint;
    this.knownClass = c.cls;
    this.bodyJson = c.bodyJson;
    this.hints = validHints(c.hints);
  }

  get body(): Record<string, unknown> {
    return this.parsedBody ?? bodies.parse(this);
  }

  /** The body from a fresh parse of the file, for JSON that does not parse to a mapping (a damaged cache). */
  freshBody(): Record<string, unknown> | undefined {
    return this.restored.full(this.index)?.body;
  }

  get yamlNode(): unknown {
    return this.restored.full(this.index)?.yamlNode;
  }

  get locator(): Locator {
    return this;
  }

  locate(path: FieldPath, target?: LocateTarget): FileLocation {
    const file = this.restored.file;
    // A path the worker located ahead needs no parse (the locator's default target is the value).
    const hint = this.hints && decodeHint(this.hints, this.body, path, target ?? 'value');
    if (hint) return { kind: 'file', file, span: hint.span, exact: hint.exact };
    return lazyFileLocation(file, () => {
      const o = this.restored.full(this.index);
      return o ? o.locator.locate(path, target) : { kind: 'file', file, span: { start: 0, end: 0 }, exact: false };
    });
  }
}

/**
 * The parsed bodies of restored objects, oldest dropped first once their JSON adds up to more than `capacity`
 * characters. Rules read bodies subject after subject, rule after rule: a repository whose bodies fit (10,000
 * documents hold about 4 million characters) parses each once; a larger one parses again what was dropped, which
 * costs time in proportion to its size, where keeping everything would cost memory in proportion to its size.
 */
class BodyCache {
  private readonly held: RestoredObject[] = [];
  /** Index of the oldest entry of `held` still holding its body (entries before it were dropped). */
  private head = 0;
  private chars = 0;

  constructor(private readonly capacity: number) {}

  parse(o: RestoredObject): Record<string, unknown> {
    heapCheckpoint();
    const body = parseBody(o.bodyJson, () => o.freshBody());
    o.parsedBody = body;
    this.held.push(o);
    this.chars += o.bodyJson.length;
    while (this.chars > this.capacity && this.head < this.held.length - 1) {
      const old = this.held[this.head]!;
      this.held[this.head++] = undefined as never;
      old.parsedBody = undefined;
      this.chars -= old.bodyJson.length;
    }
    // The queue's dropped front is cut off now and then, so it does not grow with the number of parses.
    if (this.head > 4096 && this.head * 2 > this.held.length) {
      this.held.splice(0, this.head);
      this.head = 0;
    }
    return body;
  }
}

const bodies = new BodyCache(8 * 1024 * 1024);

/** One shared copy of each short, often repeated string (API versions, kinds, namespaces). */
const interned = new Map<string, string>();
function intern(s: string | undefined): string | undefined {
  if (s === undefined || s.length > 100) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size < 100_000) interned.set(s, s);
  return s;
}

/**
 * The fresh parses of restored files, most recently used last. Bounded: a large run may locate findings in
 * thousands of files, and keeping every one's AST would make memory grow with the repository again. Rules work
 * through the inventory in order, so a file is mostly asked again soon after its first parse; an evicted file is
 * parsed again if asked later (its locations already resolved stay resolved).
 */
class ReparseCache {
  private readonly parses = new Map<SourceFile, readonly ManifestObject[]>();

  constructor(private readonly capacity: number) {}

  get(file: SourceFile, reparse: (file: SourceFile) => readonly ManifestObject[]): readonly ManifestObject[] {
    let objects = this.parses.get(file);
    if (objects) {
      this.parses.delete(file);
    } else {
      heapCheckpoint();
      objects = reparse(file);
      if (this.parses.size >= this.capacity) this.parses.delete(this.parses.keys().next().value!);
    }
    this.parses.set(file, objects);
    return objects;
  }
}

const reparsed = new ReparseCache(128);

/** A cached body; one that does not parse to a mapping (a damaged cache) is taken from a fresh parse instead. */
function parseBody(json: string, fresh: () => Record<string, unknown> | undefined): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    if (isRecord(v)) return v;
  } catch {
    // fall through to the file itself
  }
  return fresh() ?? {};
}

function restoredSpc(file: SourceFile, spc: CachedSpc, full: () => ManifestObject | undefined): Parameters<typeof restoreSpcFacts>[1] {
  const paramScalars = new Map(Object.entries(spc.params).map(([k, p]) => [k, p && { type: (p.type ?? undefined) as never, source: p.source ?? undefined }]));
  const cached = spc.objects;
  if (!cached) return { paramScalars };
  let objects: SpcObjects | undefined;
  // Where an entry points is only known from a parse: the entry asks the freshly parsed object's own view.
  const fresh = (): SpcObjects | undefined => {
    const o = full();
    return o ? spcView(o).objects : undefined;
  };
  const unknownHere = { kind: 'file' as const, file, span: { start: 0, end: 0 }, exact: false };
  return {
    paramScalars,
    objects: () =>
      (objects ??= {
        ...(cached.error ? { error: { ...problemOf(cached.error), location: { kind: 'file' as const, file, span: cached.error.span, exact: cached.error.exact } } } : {}),
        entries: cached.entries.map((e) => ({
          index: e.index,
          fields: e.fields,
          ...(e.error !== undefined ? { error: e.error } : {}),
          fileName: e.fileName,
          locate: (field?: string, target?: LocateTarget) => lazyFileLocation(file, () => fresh()?.entries[e.index]?.locate(field, target) ?? unknownHere),
        })),
      }),
  };
}

/**
 * A location in `file` whose span is only worked out (by parsing the file) when something reads it. Rules may
 * locate a finding on a context object before reporting it (SPC `objects` entries do); the engine then drops it
 * by its file alone, so the file is not parsed for a finding nobody sees. A file object's locator only ever
 * points into its own file, so kind and file are known up front.
 */
function lazyFileLocation(file: SourceFile, resolve: () => ResolvedLocation): FileLocation {
  return new LazyFileLocation(file, resolve);
}

/** See lazyFileLocation. A class: an object literal with two getters took 450 bytes, and findings hold thousands. */
class LazyFileLocation implements FileLocation {
  readonly kind = 'file';
  private resolved: FileLocation | undefined;

  constructor(
    readonly file: SourceFile,
    private resolve: (() => ResolvedLocation) | undefined,
  ) {}

  get span(): Span {
    return this.get().span;
  }

  get exact(): boolean {
    return this.get().exact;
  }

  private get(): FileLocation {
    if (this.resolved) return this.resolved;
    const loc = this.resolve!();
    this.resolve = undefined;
    this.resolved = loc.kind === 'file' && loc.file.relPath === this.file.relPath ? loc : { kind: 'file', file: this.file, span: { start: 0, end: 0 }, exact: false };
    return this.resolved;
  }
}
