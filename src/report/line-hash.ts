// GitHub code scanning's primaryLocationLineHash, ported from github/codeql-action src/fingerprints.ts (`hash`):
// a rolling hash (base 37, 64-bit wrap-around) over the first 100 non-space/tab characters from each line start,
// CR / LF / CRLF normalised to LF, an end-of-file marker (65535) and zero padding; the value is "<hex>:<n>" where n
// counts earlier lines of the same file with the same hash. Computing it ourselves makes a SARIF log uploaded
// through the REST API deduplicate exactly like one uploaded by the upload-sarif action.
//
// codeql-action hashes the file as read from disk, so a UTF-8 BOM is part of line 1; SourceFile.text has the BOM
// stripped, so for BOM files line 1's hash differs (upload-sarif keeps an existing value and only logs a warning).
import type { SourceFile } from '../model/types.js';

const BLOCK_SIZE = 100;
const MOD = 37;
const TWO_32 = 0x1_0000_0000;
// The 64-bit state is kept as two unsigned 32-bit halves in plain numbers: BigInt arithmetic per character was
// about a tenth of a SARIF run with many findings. Every intermediate product stays below 2^53, so it is exact.
/** 37^100 mod 2^64, as [high, low] halves. */
const [FIRST_MOD_HI, FIRST_MOD_LO] = (() => {
  let hi = 0;
  let lo = 1;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const l = lo * MOD;
    lo = l % TWO_32;
    hi = (hi * MOD + Math.floor(l / TWO_32)) % TWO_32;
  }
  return [hi, lo];
})();
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF_MARK = 65535;

/** Hash of every line: element i belongs to line i + 1 (lines end at CR, LF or CRLF, like positions.ts). */
export function computeLineHashes(text: string): string[] {
  const hashes: string[] = [];
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array<number>(BLOCK_SIZE).fill(-1);
  const hashCounts = new Map<string, number>();
  let hashHi = 0;
  let hashLo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const outputHash = (): void => {
    const value = hashHi === 0 ? hashLo.toString(16) : hashHi.toString(16) + hashLo.toString(16).padStart(8, '0');
    const count = (hashCounts.get(value) ?? 0) + 1;
    hashCounts.set(value, count);
    hashes[lineNumbers[index]! - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  const updateHash = (current: number): void => {
    const begin = window[index]!;
    window[index] = current;
    // Long arithmetic in the reference wraps at 64 bits; toUnsigned() makes the value modulo 2^64 identical.
    // hash = MOD * hash + current - FIRST_MOD * begin (mod 2^64), on 32-bit halves with explicit carries.
    let lo = hashLo * MOD + current;
    let hi = hashHi * MOD + Math.floor(lo / TWO_32);
    lo %= TWO_32;
    if (begin !== 0) {
      const pl = begin * FIRST_MOD_LO;
      const ph = begin * FIRST_MOD_HI + Math.floor(pl / TWO_32);
      lo -= pl % TWO_32;
      if (lo < 0) {
        lo += TWO_32;
        hi -= 1;
      }
      hi -= ph % TWO_32;
    }
    hashLo = lo;
    hashHi = ((hi % TWO_32) + TWO_32) % TWO_32;
    index = (index + 1) % BLOCK_SIZE;
  };

  for (let i = 0, len = text.length; i <= len; i++) {
    let current = i === len ? EOF_MARK : text.charCodeAt(i);
    if (current === SPACE || current === TAB || (prevCR && current === LF)) {
      prevCR = false;
      continue;
    }
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1) outputHash();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    updateHash(current);
  }
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) outputHash();
    updateHash(0);
  }
  return hashes;
}

/**
 * The line hashes of the files hashed last, most recent last. Bounded: results come file by file, and a run where
 * every file has findings would otherwise keep a string per line of the whole repository to the end (the files
 * live as long as the inventory, so a WeakMap keyed by them never let go).
 */
const cache = new Map<SourceFile, string[]>();
const CACHED_FILES = 64;

/** primaryLocationLineHash of a 1-based line of a file; undefined for a line the file does not have. */
export function primaryLocationLineHash(file: SourceFile, line: number): string | undefined {
  let hashes = cache.get(file);
  if (hashes === undefined) {
    hashes = computeLineHashes(file.text);
    if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value!);
    cache.set(file, hashes);
  } else if (cache.size > 1) {
    cache.delete(file);
    cache.set(file, hashes);
  }
  return hashes[line - 1];
}
