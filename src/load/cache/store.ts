// The context cache's store: one file per project root in the cache directory (cache/location.ts), read once at
// the start of a run and written once at its end.
//
// File layout: a header line (format), the hex HMAC-SHA256 of the rest under the user's key (cache/seal.ts), then
// the JSON body (salt, root, entries, stats, vault). A file whose MAC does not verify is not parsed at all: a cache
// made on another machine, by another user or committed to a repository is a miss, never a source of facts. The
// bodies (and SPC facts) of objects that hold a sensitive value are in the vault, one AES-256-GCM seal for the whole
// file (one cipher per object cost more than the rest of a warm run's load), each tagged with its entry's key. Files are created exclusively, owner-only (0600), never through
// a symbolic link; the directory is created owner-only (0700). Anything unreadable, foreign or of the wrong shape is
// a miss: the cache never throws and never fails a run.
import { isAscii } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, chmodSync, lstatSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecord } from '../../model/kinds.js';
import { TOOL_VERSION } from '../../version.js';
import type { CachedObject, CacheKeyOptions, FileFacts } from './facts.js';
import { CacheKeys } from './seal.js';
import { ownDirectoryProblem, userKey } from '../../user-key.js';
import { validFacts, validStat, type StatEntry } from './validate.js';
import { debugNote } from './location.js';

/** Bump when what parseSourceFile produces for the same text changes shape or meaning. */
// 2: placeholder namespaces are unknown (undefined) and unquoted Go templates ({{.Name}}) are strings.
// 3: parse-error messages no longer quote the source; duplicate keys found by the linear scan; Secret values are
//    stored as placeholders (issue 12).
// 4: bodies stored as JSON text, parsed when read.
// 5: objects carry their inventory class.
// 6: values kept whole in memory; sensitive objects sealed on disk; file MACed with the user's key (issue 24).
const FACTS_FORMAT = 6;
const FILE_HEADER = 'vvp-kv-lint-context-cache/6';
/** Bigger cache files are not read (a cache is never worth more memory than the run it speeds up). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/** An object as stored: one that holds a sensitive value has its body and SPC facts in the vault, at `sealed`. */
type StoredObject = Omit<CachedObject, 'bodyJson' | 'spc' | 'sensitive' | 'hints'> & { bodyJson?: string; spc?: unknown; sealed?: number };

/** A vault item: the entry key it belongs to, the body JSON, the SPC facts. */
type VaultItem = { readonly k: string; readonly b: string; readonly s: unknown };

/** Identifies this build: a rebuilt tool must not trust facts an older build wrote under the same version. */
function buildId(): string {
  try {
    const st = statSync(fileURLToPath(import.meta.url));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

export class ContextCache {
  /** Entries as read from disk (objects' sealed parts are indexes into `vault`). */
  private readonly entries = new Map<string, unknown>();
  /** Entries this run made, in memory form. */
  private readonly fresh = new Map<string, FileFacts>();
  /** The opened vault of the file read. */
  private vault: readonly unknown[] = [];
  private readonly stats = new Map<string, StatEntry>();
  private readonly usedStats = new Set<string>();
  private statsChanged = false;
  private readonly startedMs = Date.now();
  private readonly used = new Set<string>();
  private added = 0;
  private readonly salt = `${FILE_HEADER}/${FACTS_FORMAT}/${TOOL_VERSION}/${buildId()}`;

  private constructor(
    private readonly file: string | undefined,
    /** The project root, kept in the file so two roots whose hashes collide never share facts. */
    private readonly root: string,
    private readonly keys: CacheKeys | undefined,
  ) {}

  /** A cache that never hits and never writes. */
  static disabled(): ContextCache {
    return new ContextCache(undefined, '', undefined);
  }

  /**
   * Opens the cache of `root` in `dir`, bound to the user's key (found through `env`'s cache directory); without a
   * usable key there is no cache. Anything unreadable, foreign or forged starts it empty.
   */
  static open(dir: string | undefined, root: string, env: Readonly<Record<string, string | undefined>> = process.env): ContextCache {
    if (!dir) return ContextCache.disabled();
    const key = userKey(env);
    if (!key.ok) {
      debugNote(env, `context cache: off for this run (${key.reason})`);
      return ContextCache.disabled();
    }
    const cache = new ContextCache(join(dir, `${fileStem(root)}.cache`), root, new CacheKeys(key.key));
    cache.load(env);
    return cache;
  }

  private load(env: Readonly<Record<string, string | undefined>>): void {
    const bytes = readOwnFile(this.file!);
    if (!bytes) return;
    const nl1 = bytes.indexOf(10);
    const nl2 = nl1 < 0 ? -1 : bytes.indexOf(10, nl1 + 1);
    if (nl2 < 0 || bytes.toString('utf8', 0, nl1) !== FILE_HEADER) return;
    const body = bytes.subarray(nl2 + 1);
    if (!this.keys!.verify(body, bytes.toString('utf8', nl1 + 1, nl2))) {
      debugNote(env, `context cache: ${this.file} was not written with this user's key; ignored`);
      return;
    }
    try {
      // JSON of ASCII text (the usual case) read as Latin-1: the same string, copied as is rather than decoded.
      const data: unknown = JSON.parse(isAscii(body) ? body.toString('latin1') : body.toString('utf8'));
      if (!isRecord(data) || data['salt'] !== this.salt || data['root'] !== this.root || !isRecord(data['entries'])) return;
      if (data['vault'] !== undefined) {
        const opened = typeof data['vault'] === 'string' ? this.keys!.unseal(data['vault'], this.vaultContext()) : undefined;
        const vault: unknown = opened === undefined ? undefined : JSON.parse(opened);
        if (!Array.isArray(vault)) return;
        this.vault = vault;
      }
      // for-in, not Object.entries: a pair array per entry and per stat was a tenth of a pre-commit run's allocations.
      const entries = data['entries'];
      for (const k in entries) if (Object.hasOwn(entries, k)) this.entries.set(k, entries[k]);
      const stats = data['stats'];
      if (isRecord(stats)) for (const rel in stats) if (Object.hasOwn(stats, rel) && validStat(stats[rel])) this.stats.set(rel, stats[rel] as StatEntry);
    } catch {
      // Not ours after all: start empty.
    }
  }

  /** The key of a file's facts: its text and everything else that shapes them, keyed with the user's secret. */
  key(text: string, opts: CacheKeyOptions): string {
    if (!this.keys) return '';
    return this.keys.digest(JSON.stringify([this.salt, opts.defaultNamespace ?? null, opts.vvpValuesFile === true, opts.maxDepth, opts.maxAliasCount, opts.keepKinds ? [...opts.keepKinds].sort() : null]), text);
  }

  /** The facts stored under `key`, if they unseal and are well-formed for a text of `textLength` characters. */
  get(key: string, textLength: number): FileFacts | undefined {
    if (!this.file) return undefined;
    const made = this.fresh.get(key);
    if (made) {
      this.used.add(key);
      return made;
    }
    const raw = this.entries.get(key);
    if (raw === undefined) return undefined;
    const facts = validFacts(this.unsealed(raw, key), textLength);
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

  /** Keeps `facts` under `key` (sealed when written: see save). */
  put(key: string, facts: FileFacts): void {
    if (!this.file) return;
    this.entries.delete(key);
    this.fresh.set(key, facts);
    this.used.add(key);
    this.added++;
  }

  /**
   * Writes the cache when it changed: only the entries this run used, so it tracks the repository and never grows
   * without bound. Written to a fresh temporary file and renamed, so a concurrent run reads the old or the new
   * cache, never half of one. Failure to write (read-only disk, permissions) is silent: the cache is an optimisation.
   */
  save(): void {
    if (!this.file) return;
    const stale = [...this.entries.keys(), ...this.fresh.keys()].some((k) => !this.used.has(k));
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
    const vault: VaultItem[] = [];
    for (const k of this.used) {
      const made = this.fresh.get(k);
      const v = made ? stored(made, k, vault) : this.restored(this.entries.get(k), k, vault);
      if (v !== undefined) entries[k] = v;
    }
    const stats: Record<string, StatEntry> = {};
    for (const rel of this.usedStats) {
      const e = this.stats.get(rel);
      if (e && this.used.has(e[5])) stats[rel] = e;
    }
    const dir = join(this.file, '..');
    if (!ownCacheDirectory(dir)) return;
    if (!existsSync(this.file)) prune(dir);
    const sealedVault = vault.length ? { vault: this.keys!.seal(JSON.stringify(vault), this.vaultContext()) } : {};
    const body = Buffer.from(JSON.stringify({ salt: this.salt, root: this.root, entries, stats, ...sealedVault }), 'utf8');
    writeOwnFile(this.file, Buffer.concat([Buffer.from(`${FILE_HEADER}\n${this.keys!.mac(body)}\n`, 'utf8'), body]));
  }

  /** What the vault's seal is bound to: this cache file's format and root. */
  private vaultContext(): string {
    return `${this.salt}\0${this.root}`;
  }

  /** The vault item at `index` when it belongs to the entry `key`. */
  private vaultItem(index: unknown, key: string): VaultItem | undefined {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= this.vault.length) return undefined;
    const item = this.vault[index];
    return isRecord(item) && item['k'] === key && typeof item['b'] === 'string' ? (item as VaultItem) : undefined;
  }

  /** A stored entry read from disk, its vault items moved into the new `vault` (undefined when they do not open). */
  private restored(raw: unknown, key: string, vault: VaultItem[]): unknown {
    if (!isRecord(raw) || !Array.isArray(raw['objects'])) return raw;
    const objects: unknown[] = [];
    for (const o of raw['objects'] as unknown[]) {
      if (!isRecord(o) || o['sealed'] === undefined) {
        objects.push(o);
        continue;
      }
      const item = this.vaultItem(o['sealed'], key);
      if (!item) return undefined;
      objects.push({ ...o, sealed: vault.push(item) - 1 });
    }
    return { ...raw, objects };
  }

  /** The in-memory form of a stored entry (sealed parts taken from the vault), or undefined when one is missing. */
  private unsealed(raw: unknown, key: string): unknown {
    if (!isRecord(raw) || !Array.isArray(raw['objects'])) return raw;
    // Most entries seal nothing: they are used as read, not copied.
    if (!(raw['objects'] as unknown[]).some((o) => isRecord(o) && o['sealed'] !== undefined)) return raw;
    const objects: unknown[] = [];
    for (const o of raw['objects'] as unknown[]) {
      if (!isRecord(o) || o['sealed'] === undefined) {
        objects.push(o);
        continue;
      }
      if (o['bodyJson'] !== undefined || o['spc'] !== undefined) return undefined;
      const item = this.vaultItem(o['sealed'], key);
      if (!item) return undefined;
      const { sealed: _s, ...rest } = o;
      objects.push({ ...rest, bodyJson: item.b, ...(item.s !== null && item.s !== undefined ? { spc: item.s } : {}), sensitive: true });
    }
    return { ...raw, objects };
  }
}

/** The stored form of `facts`: span hints dropped, the parts of each object holding a sensitive value in `vault`. */
function stored(facts: FileFacts, key: string, vault: VaultItem[]): unknown {
  return {
    ...facts,
    objects: facts.objects.map(({ hints: _h, sensitive, bodyJson, spc, ...o }): StoredObject =>
      sensitive ? { ...o, sealed: vault.push({ k: key, b: bodyJson, s: spc ?? null }) - 1 } : { ...o, bodyJson, ...(spc ? { spc } : {}) }),
  };
}

/** The file name of `root`'s cache (without extension): a hash of its path. */
function fileStem(root: string): string {
  return `context-${createHash('sha256').update(root).digest('hex').slice(0, 24)}`;
}

const optsKeys = new WeakMap<CacheKeyOptions, string>();

/** The stat level's record of the parse options; options objects are shared by many files, so it is kept. */
function optsKey(opts: CacheKeyOptions): string {
  let key = optsKeys.get(opts);
  if (key === undefined) optsKeys.set(opts, (key = JSON.stringify([opts.defaultNamespace ?? null, opts.vvpValuesFile === true, opts.maxDepth, opts.maxAliasCount])));
  return key;
}

/** A regular file of this user, read without following a symbolic link; undefined for anything else. */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the cache directory owner-only and checks it is this user's real directory. One this tool made before
 * with looser modes is tightened; a shared one (world-writable, like /tmp named by VVP_KV_LINT_CACHE_DIR) is used
 * as it is, its files being owner-only.
 */
function ownCacheDirectory(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (ownDirectoryProblem(dir)) return false;
    const mode = lstatSync(dir).mode;
    if ((mode & 0o077) !== 0 && (mode & 0o002) === 0) chmodSync(dir, 0o700);
    return true;
  } catch {
    return false;
  }
}

/** Writes `file` through a fresh, exclusively created, owner-only temporary file renamed over it. */
function writeOwnFile(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Never created: nothing to remove.
    }
  }
}

/** Caches of roots nobody linted for a month (deleted checkouts, temporary directories) are removed. */
const ABANDONED_MS = 30 * 24 * 3600 * 1000;
/**
 * At most one look for abandoned caches an hour per cache directory (the time of the last is the mtime of this
 * file): a look reads the directory and stats every cache in it, and a machine that lints many new roots (CI with a
 * fresh checkout per job, a test suite's temporary directories) made one per new root, thousands of stats each.
 */
const PRUNED_MARKER = '.pruned';
const PRUNE_EVERY_MS = 3600 * 1000;

/**
 * Removes abandoned caches, and every cache of the formats before 6 (`context-*.json`): those held some sensitive
 * values in clear, and nothing reads them any more. Not again within PRUNE_EVERY_MS of the last time.
 */
function prune(dir: string): void {
  try {
    const now = Date.now();
    const marker = join(dir, PRUNED_MARKER);
    // Like the caches, the marker is never followed through a link: anything but a plain file leaves pruning alone.
    const last = lstatSync(marker, { throwIfNoEntry: false });
    if (last && !last.isFile()) return;
    if (last && now - last.mtimeMs < PRUNE_EVERY_MS && last.mtimeMs <= now) return;
    if (last) utimesSync(marker, now / 1000, now / 1000);
    else closeSync(openSync(marker, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600));
    for (const name of readdirSync(dir)) {
      const legacy = /^context-[0-9a-f]{24}\.json(\.\d+\.[0-9a-f]{8}\.tmp)?$/.test(name);
      if (!legacy && !/^context-[0-9a-f]{24}\.cache(\.\d+\.[0-9a-f]{8}\.tmp)?$/.test(name)) continue;
      const path = join(dir, name);
      if (legacy || now - lstatSync(path).mtimeMs > ABANDONED_MS) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to prune, or not ours to prune.
  }
}
