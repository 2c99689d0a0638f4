// The one line table of the tool: offsets at which lines start, where a line ends at CR, LF or CRLF (the line model
// of SARIF consumers and of codeql-action's line hash, so a region's startLine and its primaryLocationLineHash agree).
// Offsets are 0-based UTF-16; lines and columns 1-based. Tables are cached per text (findings cluster in few files).
const cache = new Map<string, Uint32Array>();
const CACHE_MAX = 64;

/** Offsets at which each line starts; index 0 is line 1. */
export function lineStarts(text: string): Uint32Array {
  let starts = cache.get(text);
  if (starts) return starts;
  starts = computeLineStarts(text);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, starts);
  return starts;
}

function computeLineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** 0-based index of the line holding `offset`, by binary search over ascending line starts. */
export function lineIndex(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column (UTF-16 code units, as SARIF's default columnKind) of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  const i = lineIndex(starts, offset);
  return { line: i + 1, column: offset - starts[i]! + 1 };
}
