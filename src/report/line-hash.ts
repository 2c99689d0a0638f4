// GitHub code scanning's primaryLocationLineHash, ported from github/codeql-action src/fingerprints.ts (`hash`):
// a rolling hash (base 37, 64-bit wrap-around) over the first 100 non-space/tab characters from each line start,
// CR / LF / CRLF normalised to LF, an end-of-file marker (65535) and zero padding; the value is "<hex>:<n>" where n
// counts earlier lines of the same file with the same hash. Computing it ourselves makes a SARIF log uploaded
// through the REST API deduplicate exactly like one uploaded by the upload-sarif action.
//
// codeql-action hashes the file as read from disk, so a UTF-8 BOM is part of line 1; SourceFile.text has the BOM
// stripped, so for BOM files line 1's hash differs (upload-sarif keeps an existing value and only logs a warning).
import type { SourceFile } from '../model/types.js';
import { lineStarts } from '../yaml/lines.js';

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
/**
 * begin * 37^100 mod 2^64 for every character code below 128, as [high, low] halves: the character leaving the
 * window is nearly always ASCII, and a table lookup replaces two multiplications and a division per character.
 */
const LEAVING_HI = new Uint32Array(128);
const LEAVING_LO = new Uint32Array(128);
for (let c = 0; c < 128; c++) {
  const p = c * FIRST_MOD_LO; // < 2^39: exact
  LEAVING_LO[c] = p >>> 0;
  LEAVING_HI[c] = (Math.imul(c, FIRST_MOD_HI) + Math.floor(p / TWO_32)) >>> 0;
}
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF_MARK = 65535;

/**
 * Every line's hash as numbers, element i for line i + 1: the 64-bit value in two unsigned 32-bit halves and the
 * line's ":n" count. Strings are made only for the lines a result asks about (a file with findings has dozens of
 * lines and a few findings: a string per line was most of this module's time and memory).
 */
export interface LineHashTable {
  /** Lines in the file. */
  readonly lines: number;
  /** Per line i: the high half at 3i, the low half at 3i + 1, the count at 3i + 2 (one buffer a file). */
  readonly values: Uint32Array;
}

// Scratch of lineHashTable, reused from file to file: typed arrays are off-heap allocations each, and a run hashes
// thousands of files (a handful of small buffers per file showed as several MB more peak RSS).
const window = new Int32Array(BLOCK_SIZE);
const lineAt = new Int32Array(BLOCK_SIZE);
let previous = new Int32Array(1024);

/**
 * The rolling hash over the whole text. The state lives in locals of this one function: as variables shared with
 * closures (an earlier version), each 32-bit half beyond the small-integer range was a heap number allocated per
 * character. Halves stay unsigned 32-bit (`>>> 0` is an exact modulo 2^32 of any integer below 2^53).
 */
export function lineHashTable(text: string): LineHashTable {
  const lines = lineStarts(text).length;
  const values = new Uint32Array(3 * lines);
  // Lines whose hashes share the low half, chained: `lastWithLo` holds the latest such line, `previous` the one
  // before it (-1: none). Equal hashes are equal lines (indentation aside); distinct ones rarely share a low half.
  const lastWithLo = new Map<number, number>();
  if (previous.length < lines) previous = new Int32Array(Math.max(lines, 2 * previous.length));
  window.fill(0);
  lineAt.fill(-1); // per slot, the 0-based line whose hash is complete when the slot comes round
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const len = text.length;
  for (let i = 0, end = len + BLOCK_SIZE; i <= end; i++) {
    let current: number;
    if (i < len) {
      current = text.charCodeAt(i);
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
    } else {
      current = i === len ? EOF_MARK : 0; // the end-of-file marker, then the zero padding
    }
    const done = lineAt[index]!;
    if (done !== -1) {
      // The line that started BLOCK_SIZE characters ago has its hash: record it and its count.
      values[3 * done] = hi;
      values[3 * done + 1] = lo;
      let n = 1;
      const last = lastWithLo.get(lo);
      for (let k = last ?? -1; k !== -1; k = previous[k]!) {
        if (values[3 * k] === hi) {
          n = values[3 * k + 2]! + 1;
          break;
        }
      }
      values[3 * done + 2] = n;
      previous[done] = last ?? -1;
      lastWithLo.set(lo, done);
      lineAt[index] = -1;
    }
    if (i <= len) {
      if (lineStart) {
        lineStart = false;
        lineAt[index] = lineNumber++;
      }
      if (current === LF) lineStart = true;
    }
    // hash = MOD * hash + current - FIRST_MOD * begin (mod 2^64), on the two halves with explicit carries.
    const begin = window[index]!;
    window[index] = current;
    const l = lo * MOD + current; // < 2^38: exact
    let h = Math.imul(hi, MOD) + ((l / TWO_32) | 0); // the quotient is below 64: truncation is the floor
    lo = l >>> 0;
    if (begin !== 0) {
      let plLo: number;
      if (begin < 128) {
        plLo = LEAVING_LO[begin]!;
        h -= LEAVING_HI[begin]!;
      } else {
        const pl = begin * FIRST_MOD_LO; // < 2^48: exact
        plLo = pl >>> 0;
        h -= Math.imul(begin, FIRST_MOD_HI) + Math.floor(pl / TWO_32);
      }
      if (lo < plLo) h -= 1;
      lo = (lo - plLo) >>> 0;
    }
    hi = h >>> 0;
    index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
  }
  return { lines, values };
}

/** The hash of 0-based line `i` as GitHub writes it: "<hex>:<n>". */
function hashText(table: LineHashTable, i: number): string {
  const hi = table.values[3 * i]!;
  const lo = table.values[3 * i + 1]!;
  const value = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
  return `${value}:${table.values[3 * i + 2]!}`;
}

/** Hash of every line: element i belongs to line i + 1 (lines end at CR, LF or CRLF, like positions.ts). */
export function computeLineHashes(text: string): string[] {
  const table = lineHashTable(text);
  return Array.from({ length: table.lines }, (_, i) => hashText(table, i));
}

/**
 * The line hashes of the files hashed last, most recent last. Bounded: results come file by file, and a run where
 * every file has findings would otherwise keep every line's hash of the whole repository to the end (the files
 * live as long as the inventory, so a WeakMap keyed by them never let go).
 */
const cache = new Map<SourceFile, LineHashTable>();
const CACHED_FILES = 64;

/** primaryLocationLineHash of a 1-based line of a file; undefined for a line the file does not have. */
export function primaryLocationLineHash(file: SourceFile, line: number): string | undefined {
  let table = cache.get(file);
  if (table === undefined) {
    table = lineHashTable(file.text);
    if (cache.size >= CACHED_FILES) cache.delete(cache.keys().next().value!);
    cache.set(file, table);
  } else if (cache.size > 1) {
    cache.delete(file);
    cache.set(file, table);
  }
  return Number.isInteger(line) && line >= 1 && line <= table.lines ? hashText(table, line - 1) : undefined;
}
