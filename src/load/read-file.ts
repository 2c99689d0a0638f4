// Reads one file from disk into a SourceFile, turning every way a file can be unusable into a typed outcome
// (too large, unreadable, not UTF-8, binary) instead of an exception.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ParseReason, SourceFile, Span } from '../model/types.js';

export type ReadOutcome =
  | { readonly ok: true; readonly file: SourceFile }
  /** The file exists but its content cannot be linted: reported as a yaml-parse-error finding at `span`. */
  | { readonly ok: false; readonly kind: 'content'; readonly file: SourceFile; readonly reason: ParseReason; readonly span: Span }
  /** The file could not be read at all (permissions, vanished): a tool notification. */
  | { readonly ok: false; readonly kind: 'io'; readonly relPath: string; readonly reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Synchronous on purpose: files of a repository are almost always in the page cache, where one open/fstat/read/close
 * costs a few microseconds, while the promise API's thread-pool round trips cost about 150 µs of main-thread CPU per
 * file (1.2 s of a 7,850-file run).
 */
export function readSourceFile(absPath: string, relPath: string, maxBytes: number): ReadOutcome {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    // One open, one fstat, one read: the size check must not cost a second path lookup per file.
    // O_NONBLOCK: a FIFO put where a file was found must not block the run (it is refused below).
    fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, kind: 'io', relPath, reason: 'not a regular file' };
    const size = st.size;
    if (size > maxBytes) {
      const file = { absPath, relPath, text: '' };
      return { ok: false, kind: 'content', file, reason: { id: 'tooLarge', data: { size: formatBytes(size), limit: formatBytes(maxBytes) } }, span: { start: 0, end: 0 } };
    }
    bytes = readAll(fd, size, maxBytes);
    if (bytes.length > maxBytes) {
      // It grew past the limit while being read.
      const file = { absPath, relPath, text: '' };
      return { ok: false, kind: 'content', file, reason: { id: 'tooLargeWhileReading', data: { limit: formatBytes(maxBytes) } }, span: { start: 0, end: 0 } };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, kind: 'io', relPath, reason: `${code}: cannot read file` };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a descriptor we opened cannot fail in a way that changes what was read.
      }
    }
  }
  return decodeSource(bytes, absPath, relPath);
}

/**
 * Reads the file, `size` bytes as stat-ed (it may still grow or shrink while read: read until EOF, or past
 * `maxBytes`). The bytes are only valid until the next call: a file's bytes are decoded into a string at once, and
 * a buffer of their own per file (and a 64 KiB one per file to see EOF) was 0.05 s of each parsing thread's time at
 * 10,000 documents, and garbage for its collector.
 */
function readAll(fd: number, size: number, maxBytes: number): Uint8Array {
  // Room for one byte more than the size, so that reading the file whole leaves room to see EOF.
  let buf = size < SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(size + 1);
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      const grown = Buffer.allocUnsafe(2 * buf.length);
      buf.copy(grown, 0, 0, total);
      buf = grown;
    }
    const wanted = buf.length - total;
    const bytesRead = readSync(fd, buf, total, wanted, null);
    total += bytesRead;
    // A short read that ends at the stat-ed size is the end of the file: no second read to be told so (a system call
    // a file). Anything else (a file that grew or shrank, a file system that reads short) reads on until EOF.
    if (bytesRead === 0 || (bytesRead < wanted && total === size) || total > maxBytes) break;
  }
  return buf.subarray(0, total);
}

/** The reading buffer of files smaller than this, one per thread (a larger file gets its own). */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | undefined;

/** Decodes bytes as UTF-8, stripping a BOM. Binary (NUL bytes) and invalid UTF-8 are content errors. */
export function decodeSource(bytes: Uint8Array, absPath: string, relPath: string): ReadOutcome {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const prefix = safePrefix(bytes, nul);
    const file = { absPath, relPath, text: prefix };
    return { ok: false, kind: 'content', file, reason: { id: 'binary', data: { offset: nul } }, span: { start: prefix.length, end: prefix.length } };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = safePrefix(bytes, bad);
    const file = { absPath, relPath, text: prefix };
    return { ok: false, kind: 'content', file, reason: { id: 'notUtf8', data: { byte: `0x${bytes[bad]!.toString(16).padStart(2, '0')}`, offset: bad } }, span: { start: prefix.length, end: prefix.length } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, file: { absPath, relPath, text } };
}

/** The decodable text before `limit`, so a position can be reported as a line and column. */
function safePrefix(bytes: Uint8Array, limit: number): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, limit));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
