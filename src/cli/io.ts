// What the CLI needs from its environment, injected so tests run it in-process.
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, when the stream is a terminal. */
  readonly columns?: number;
}

export interface CliIO {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Reads stdin (for the `-` path); absent when the caller has no stdin to give. With `maxBytes` it stops reading as
   * soon as more than that has arrived and returns what it has: stdin obeys the file size limit without being
   * buffered whole (the caller refuses the over-long text).
   */
  readonly readStdin?: (maxBytes?: number) => Promise<string>;
}

/** Exit codes, ESLint style. */
export const EXIT = {
  /** No finding at or above the fail level. */
  OK: 0,
  /** Findings at or above the fail level. */
  FINDINGS: 1,
  /** Usage, configuration or tool error (including: nothing could be read). */
  ERROR: 2,
} as const;

/**
 * Writes a report or generated file to `output` (relative to the cwd), or to stdout when no output is named.
 * False after saying on stderr why the file could not be written (the caller exits with EXIT.ERROR).
 */
export function writeOutput(io: CliIO, output: string | undefined, text: string | Iterable<string>): boolean {
  const pieces = typeof text === 'string' ? [text] : text;
  if (output === undefined) {
    for (const chunk of batched(pieces)) io.stdout.write(chunk);
    return true;
  }
  let fd: number | undefined;
  try {
    fd = openSync(resolve(io.cwd, output), 'w');
    writePieces(fd, pieces);
    return true;
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes gathered before a write to a file: few system calls, and never the whole report in memory. */
const WRITE_BYTES = 1024 * 1024;

/**
 * Encodes the pieces straight into one reusable buffer and writes it whenever it is full. Joining them into 1 MB
 * strings first (as stdout still is, see batched) copied every character once more and allocated a new buffer per
 * write: 0.1 s of a 35 MB SARIF log's 0.7 s.
 */
function writePieces(fd: number, pieces: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // At most three bytes a UTF-16 unit: a piece that may not fit is written after what is gathered, or alone.
    if (used + 3 * piece.length > WRITE_BYTES) {
      writeAll(fd, buffer, used);
      used = 0;
      if (3 * piece.length > WRITE_BYTES) {
        const bytes = Buffer.from(piece, 'utf8');
        writeAll(fd, bytes, bytes.length);
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  writeAll(fd, buffer, used);
}

/** write(2) may write less than asked (a full disk, a pipe): what remains is written again, as writeFileSync does. */
function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  let done = 0;
  while (done < length) done += writeSync(fd, bytes, done, length - done);
}

/** Pieces joined into writes of about 1 MB: few system calls, and never the whole report in one string. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const p of pieces) {
    buf.push(p);
    size += p.length;
    if (size >= 1024 * 1024) {
      yield buf.join('');
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) yield buf.join('');
}

// Raised by sources too (bad --vvp-url): it lives with the other typed errors, below every layer.
export { UsageError } from '../errors.js';

/** Flags whose value is a credential: masked wherever the command line is echoed (SARIF invocations, JSON). */
const SECRET_FLAGS = ['--vvp-token'];

/** The command line as it may appear in reports: credential flag values replaced by ***. */
export function safeCommandLine(words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const eq = SECRET_FLAGS.find((f) => w.startsWith(`${f}=`));
    if (eq) out.push(`${eq}=***`);
    else if (SECRET_FLAGS.includes(w) && i + 1 < words.length) {
      out.push(w, '***');
      i++;
    } else out.push(w);
  }
  return out.join(' ');
}
