// Writing a file the tool replaces (a fixed manifest, a state file from `snapshot`) without ever writing through a
// link planted beside it: the temporary file gets an unguessable name and is created exclusively (O_CREAT|O_EXCL
// fails on any existing name, a planted symlink included), never through a link (O_NOFOLLOW), then renamed over
// the target, which replaces a link at the target itself rather than following it.
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** O_NOFOLLOW where the platform has it (not on Windows, where symlinks need privileges to create anyway). */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** A new file beside `target` with an unguessable name, created exclusively (0600) and never through a link. */
export function createExclusiveBeside(target: string): { path: string; fd: number } {
  const dir = dirname(target);
  const name = basename(target);
  for (let attempt = 0; ; attempt++) {
    const path = join(dir, `.${name}.vvp-kv-lint-${randomBytes(12).toString('hex')}.tmp`);
    try {
      return { path, fd: openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw err;
    }
  }
}

/**
 * Replaces `target` with `data` atomically: a reader sees the old file or the new one, never half of it, and a
 * failed write leaves no temporary file behind. `mode` is set with fchmod on our own descriptor (open()'s mode is
 * cut by the umask, and a path-based chmod could be redirected). Throws the file system's error.
 */
export function replaceFileAtomically(target: string, data: Buffer, mode: number): void {
  const { path: tmp, fd } = createExclusiveBeside(target);
  try {
    try {
      fchmodSync(fd, mode);
      for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed, or nothing to clean up
    }
    throw err;
  }
}
