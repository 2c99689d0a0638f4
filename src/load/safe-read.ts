// The one way the tool opens a file it was pointed at (config, baseline, Azure state, Chart.yaml; manifests go
// through read-file.ts, which applies the same checks): only a regular file, only up to a size limit. A FIFO would
// block forever and a (committed) symlink to /dev/zero would fill memory; both are refused before reading.
// Errors name the file and the reason, never the content.
// fs.promises, read where it is used: its module (and the readline and stream modules it loads) is about 2 ms of a
// run's start, and only the Azure state file is read this way.
import { closeSync, constants, fstatSync, openSync, promises as fsPromises, readSync } from 'node:fs';

/** Same default as the config's maxFileSize. */
export const DEFAULT_READ_LIMIT = 10 * 1024 * 1024;

export class SafeReadError extends Error {
  constructor(
    message: string,
    /** ENOENT, EACCES…, or NOT_REGULAR / TOO_LARGE / NOT_UTF8. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'SafeReadError';
  }
}

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer (it is then refused as
// not a regular file). No effect on regular files.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readRegularFileSync(path: string, maxBytes = DEFAULT_READ_LIMIT): string {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (err) {
    throw ioError(err);
  }
  try {
    const st = fstatSync(fd);
    check(st.isFile(), st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      // The file grew past the limit while being read.
      if (total > maxBytes) throw tooLarge(maxBytes);
      if (total === buf.length) break;
    }
    return decode(buf.subarray(0, total));
  } finally {
    closeSync(fd);
  }
}

export async function readRegularFile(path: string, maxBytes = DEFAULT_READ_LIMIT): Promise<string> {
  let handle;
  try {
    handle = await fsPromises.open(path, FLAGS);
  } catch (err) {
    throw ioError(err);
  }
  try {
    const st = await handle.stat();
    check(st.isFile(), st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes);
      if (total === buf.length) break;
    }
    return decode(buf.subarray(0, total));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function check(isFile: boolean, size: number, maxBytes: number): void {
  if (!isFile) throw new SafeReadError('not a regular file', 'NOT_REGULAR');
  if (size > maxBytes) throw tooLarge(maxBytes);
}

function tooLarge(maxBytes: number): SafeReadError {
  return new SafeReadError(`larger than the size limit of ${maxBytes} bytes`, 'TOO_LARGE');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SafeReadError('not valid UTF-8', 'NOT_UTF8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function ioError(err: unknown): SafeReadError {
  const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
  return new SafeReadError(`${code}: cannot be opened`, code);
}
