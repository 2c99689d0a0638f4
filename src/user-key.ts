// The per-user secret that binds the context cache and the code cache to this user on this machine: 32 random bytes
// in the user's cache directory (outside any repository), created owner-only. Every cache file is MACed, and the
// context cache's sensitive parts sealed, with keys derived from it (load/cache/seal.ts, start/code-cache.ts), so a
// cache committed to a repository, copied from another machine or written by another user is never trusted, and
// what it holds is unreadable without this file.
//
// A key file that is not what this tool creates (a symlink, not a regular file, another owner, readable or
// writable by others, the wrong size) is refused: the run goes on without a cache, it never fails.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { userCacheDirectory } from './user-cache.js';

export const KEY_FILE_NAME = 'context-cache.key';
const KEY_BYTES = 32;

export type UserKey = { readonly ok: true; readonly key: Buffer } | { readonly ok: false; readonly reason: string };

/** The user's cache key, created on first use. */
export function userKey(env: Readonly<Record<string, string | undefined>>): UserKey {
  const dir = userCacheDirectory(env);
  if (!dir) return { ok: false, reason: 'no user cache directory (no home directory)' };
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    return { ok: false, reason: `cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  const dirProblem = ownDirectoryProblem(dir);
  if (dirProblem) return { ok: false, reason: dirProblem };
  const file = join(dir, KEY_FILE_NAME);
  return readKey(file) ?? createKey(file);
}

/** A directory that holds the key or cache files: a real directory (not a symlink) of this user. */
export function ownDirectoryProblem(dir: string): string | undefined {
  try {
    const st = lstatSync(dir);
    if (st.isSymbolicLink()) return `${dir} is a symbolic link`;
    if (!st.isDirectory()) return `${dir} is not a directory`;
    if (!ownedByMe(st.uid)) return `${dir} belongs to another user`;
    return undefined;
  } catch (e) {
    return `${dir}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`;
  }
}

/** The key in `file`, a refusal, or undefined when there is no key file yet. */
function readKey(file: string): UserKey | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW: a symlink planted where the key belongs is refused (ELOOP), never followed.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return { ok: false, reason: `key file ${file} refused: ${code === 'ELOOP' ? 'a symbolic link' : code ?? 'unreadable'}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `key file ${file} refused: not a regular file` };
    if (!ownedByMe(st.uid)) return { ok: false, reason: `key file ${file} refused: it belongs to another user` };
    if ((st.mode & 0o077) !== 0) return { ok: false, reason: `key file ${file} refused: its mode ${(st.mode & 0o777).toString(8)} lets others read or write it (expected 600)` };
    if (st.size !== KEY_BYTES) return { ok: false, reason: `key file ${file} refused: ${st.size} bytes, expected ${KEY_BYTES} (delete it to start a new cache)` };
    const key = Buffer.alloc(KEY_BYTES);
    if (readSync(fd, key, 0, KEY_BYTES, 0) !== KEY_BYTES) return { ok: false, reason: `key file ${file} refused: short read` };
    return { ok: true, key };
  } finally {
    closeSync(fd);
  }
}

/** Creates the key exclusively (O_EXCL, 0600); a concurrent run that created it first wins and its key is read. */
function createKey(file: string): UserKey {
  const key = randomBytes(KEY_BYTES);
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readKey(file) ?? { ok: false, reason: `key file ${file} vanished` };
    return { ok: false, reason: `cannot create key file ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  try {
    if (writeSync(fd, key, 0, KEY_BYTES, 0) !== KEY_BYTES) return { ok: false, reason: `cannot write key file ${file}` };
  } finally {
    closeSync(fd);
  }
  // Read back through the same checks: a half-written key from a crash between create and write is refused
  // (wrong size) rather than trusted.
  return readKey(file) ?? { ok: false, reason: `key file ${file} vanished` };
}

function ownedByMe(uid: number): boolean {
  return typeof process.getuid !== 'function' || uid === process.getuid();
}
