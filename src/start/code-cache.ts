// Runs a CommonJS script file through V8 with a code cache: Node 20 has no module compile cache
// (`module.enableCompileCache` is Node 22), and compiling the CLI's bundle was about a quarter of a one-file run. The
// first run compiles as usual and, when it ends, stores V8's cached data (the bytecode of every function the run
// compiled, lazily compiled ones included) in the user's cache directory; later runs hand it to `vm.Script`, which
// skips parsing and compiling what the cache holds.
//
// Cached data is bytecode V8 runs without checking it against the source beyond its length, so it is only ever
// read from a file this user owns that no one else can write, in a directory no one else can write; the file
// carries a key (a hash of the script text, Node's version and the platform) and an HMAC of its payload under the
// user's secret key (src/user-key.ts), so a corrupt, truncated, foreign or stale file is ignored, and a file
// planted by anyone without that key (a repository's committed cache directory) is never run; V8's own checks
// (`cachedDataRejected`) come on top.
// The cache never makes a run fail: any error reading or writing it means running without it.
import { isAscii } from 'node:buffer';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { cachesOff, userCacheDirectory } from '../user-cache.js';

/** The names the script's wrapper function receives, as in Node's CommonJS wrapper, plus two of ours. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __vkl_import_meta_url, __vkl_import) {';
const WRAPPER_TAIL = '\n})';
const MAGIC = 'vvp-kv-lint-v8-code-cache 2\n';
const FILE_PREFIX = 'v8-code-';
/** Cache files of other builds (an upgrade, another install) kept besides this build's. */
const KEEP_OTHER_FILES = 4;

/**
 * The directory for the code cache: `code-cache` in the context cache's directory when VVP_KV_LINT_CACHE_DIR names
 * one, otherwise in the user's cache directory ($XDG_CACHE_HOME or ~/.cache, then `vvp-kv-lint`), where the context
 * cache also goes for a project without node_modules. Never a project's node_modules/.cache: the code belongs to the
 * installed tool, not to a project. A directory of its own, created private (0700), so a shared or group-writable
 * context cache directory does not keep it from being used. VVP_KV_LINT_CACHE=off (or 0/false/no) disables it, as
 * it disables the context cache.
 */
export function codeCacheDirectory(env: Readonly<Record<string, string | undefined>>, cwd: string = process.cwd()): string | undefined {
  if (cachesOff(env)) return undefined;
  const explicit = env['VVP_KV_LINT_CACHE_DIR'];
  // A named directory that is a symbolic link is refused (the user's cache directory is used instead). Inside a
  // work tree it is harmless: a file planted there lacks the user's key, so its bytecode is never run.
  if (explicit && !isSymlink(resolve(cwd, explicit))) return join(resolve(cwd, explicit), 'code-cache');
  const base = userCacheDirectory(env);
  return base ? join(base, 'code-cache') : undefined;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Only this user may have written it: owned by us, not writable by group or others. Always true on Windows. */
function ownedAndPrivate(st: Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

export interface CodeCacheOptions {
  /** Absolute path of the CommonJS script (an esbuild `format: 'cjs'` bundle). */
  readonly file: string;
  /** Where to keep the cache; undefined: run without one. */
  readonly cacheDir: string | undefined;
  /** The user's secret key (src/user-key.ts) the cache is bound to; undefined: run without a cache. */
  readonly userKey: Buffer | undefined;
  /** Whether to store the cache when the process exits (a help or version run compiles too little to be worth it). */
  readonly store: boolean;
  /**
   * Which kind of run this is (`lint`, `audit`, ...): each kind keeps a cache of its own, since a cache holds the
   * functions of the run that wrote it and is never rewritten once accepted (a first `rules` run must not leave every
   * later `lint` run compiling lint's functions). Lower-case letters only.
   */
  readonly variant: string;
  /** The script's `import()` of external packages: resolved by the caller's ES module loader. */
  readonly importExternal: (specifier: string) => Promise<unknown>;
}

export interface CodeCacheRun {
  /** The script's `module.exports`. */
  readonly exports: Record<string, unknown>;
  /** What happened to the cache: for tests and `VVP_KV_LINT_DEBUG_CODE_CACHE`. */
  readonly cache: 'off' | 'none' | 'accepted' | 'rejected';
}

/**
 * Whether `dir` may hold code caches: a directory this user owns that no one else can write, and neither it nor its
 * parent a symbolic link (lstat, not stat). A named cache directory may sit in a work tree, where a committed link in
 * place of its `code-cache` or of a bundle's directory under that (code-cache/lsp, code-cache/kube-sdk) would
 * otherwise have the cache written, and other builds' caches pruned, wherever the link points.
 */
function cacheDirUsable(dir: string): boolean {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory() || !ownedAndPrivate(st)) return false;
  return lstatSync(dirname(dir), { throwIfNoEntry: false })?.isDirectory() === true;
}

/** O_NOFOLLOW where the platform has it: a cache file that is a link is not read through. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** Reads the cache file if it is ours and intact: the payload after the header, or undefined. */
function readCache(path: string, key: string, macKey: Buffer): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!cacheDirUsable(dirname(path))) return undefined;
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > 64 * 1024 * 1024) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    // Header: MAGIC, the key line, the payload's HMAC line; then the payload.
    const header = `${MAGIC}${key}\n`;
    if (off !== buf.length || buf.toString('latin1', 0, header.length) !== header) return undefined;
    const hashEnd = header.length + 65;
    if (buf.length <= hashEnd || buf[hashEnd - 1] !== 0x0a) return undefined;
    const payload = buf.subarray(hashEnd);
    const mac = buf.toString('latin1', header.length, hashEnd - 1);
    if (!/^[0-9a-f]{64}$/.test(mac) || !timingSafeEqual(Buffer.from(payloadMac(macKey, payload), 'hex'), Buffer.from(mac, 'hex'))) return undefined;
    return payload;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Stores the cache atomically (temporary file, then rename), in a directory only we can write; errors are ignored. */
function writeCache(dir: string, name: string, key: string, data: Buffer, macKey: Buffer): void {
  try {
    // Nothing is created through a link either (mkdir would make the directory where the link points).
    if (lstatSync(dirname(dir), { throwIfNoEntry: false })?.isSymbolicLink()) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!cacheDirUsable(dir)) return;
    const payloadHash = payloadMac(macKey, data);
    const tmp = join(dir, `${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${key}\n${payloadHash}\n`, 'latin1'), data]), { mode: 0o600, flag: 'wx' });
    try {
      renameSync(tmp, join(dir, name));
    } catch {
      rmSync(tmp, { force: true });
      return;
    }
    pruneOtherBuilds(dir, name.slice(0, FILE_PREFIX.length + 32));
  } catch {
    // a read-only or full disk, a cache directory someone else owns: run without a cache next time too
  }
}

/** The payload's MAC under a key derived from the user's secret (its own label: never the context cache's keys). */
function payloadMac(macKey: Buffer, payload: Buffer): string {
  return createHmac('sha256', createHmac('sha256', macKey).update('vvp-kv-lint code-cache mac v1').digest()).update(payload).digest('hex');
}

/** Keeps the newest few cache files of other builds (two installs may alternate) and removes the rest. */
function pruneOtherBuilds(dir: string, thisBuild: string): void {
  const others = readdirSync(dir)
    .filter((f) => f.startsWith(FILE_PREFIX) && !f.startsWith(thisBuild))
    .map((f) => {
      try {
        return { f, mtime: statSync(join(dir, f)).mtimeMs };
      } catch {
        return { f, mtime: 0 };
      }
    })
    .sort((a, b) => b.mtime - a.mtime);
  for (const { f } of others.slice(KEEP_OTHER_FILES)) rmSync(join(dir, f), { force: true });
}

/**
 * Compiles and runs `file` as a CommonJS module with a code cache, and returns its exports. When no usable cache
 * was found (and `store` is set), the cache is written when the process exits, so functions compiled lazily during
 * the run are in it too.
 */
export function runWithCodeCache(opts: CodeCacheOptions): CodeCacheRun {
  const bytes = readFileSync(opts.file);
  // The bundles are ASCII (esbuild escapes the rest): read as Latin-1 they are the same text, copied as is, where
  // decoding a megabyte of UTF-8 took 5-8 ms of every run's start.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let cachedData: Buffer | undefined;
  let key = '';
  let name = '';
  const cacheDir = opts.userKey ? opts.cacheDir : undefined;
  const macKey = opts.userKey!;
  if (cacheDir !== undefined) {
    key = createHash('sha256').update(bytes).update(`\0${process.version}\0${process.arch}\0${process.platform}\0${process.versions.v8}`).digest('hex');
    name = `${FILE_PREFIX}${key.slice(0, 32)}-${opts.variant.replace(/[^a-z]/g, '') || 'x'}.bin`;
    cachedData = readCache(join(cacheDir, name), key, macKey);
  }
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: opts.file, ...(cachedData ? { cachedData } : {}) });
  const cache: CodeCacheRun['cache'] = cacheDir === undefined ? 'off' : cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  if (cacheDir !== undefined && cache !== 'accepted' && opts.store) {
    const dir = cacheDir;
    process.once('exit', () => {
      let data: Buffer;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      writeCache(dir, name, key, data, macKey);
    });
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as Record<string, unknown> };
  wrapper.call(module.exports, module.exports, createRequire(opts.file), module, opts.file, dirname(opts.file), pathToFileURL(opts.file).href, opts.importExternal);
  return { exports: module.exports, cache };
}
