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
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) m = (m * MOD) & MASK;
  return m;
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
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;

  const outputHash = (): void => {
    const value = hash.toString(16);
    const count = (hashCounts.get(value) ?? 0) + 1;
    hashCounts.set(value, count);
    hashes[lineNumbers[index]! - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  const updateHash = (current: number): void => {
    const begin = window[index]!;
    window[index] = current;
    // Long arithmetic in the reference wraps at 64 bits; toUnsigned() makes the masked value identical.
    hash = (MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin)) & MASK;
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

const cache = new WeakMap<SourceFile, string[]>();

/** primaryLocationLineHash of a 1-based line of a file; undefined for a line the file does not have. */
export function primaryLocationLineHash(file: SourceFile, line: number): string | undefined {
  let hashes = cache.get(file);
  if (hashes === undefined) {
    hashes = computeLineHashes(file.text);
    cache.set(file, hashes);
  }
  return hashes[line - 1];
}
