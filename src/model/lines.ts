// Offset → 1-based line/column for one text. Line-start tables are cached per text (findings cluster in few files).
const cache = new Map<string, number[]>();
const CACHE_MAX = 64;

export function lineStarts(text: string): number[] {
  let starts = cache.get(text);
  if (starts) return starts;
  starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, starts);
  return starts;
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
