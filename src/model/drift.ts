// Structural comparison of the same object from two sources (git and a live API): the shallowest field paths
// where they differ. Absent, null, {} and [] count as the same (APIs echo empty defaults).
import type { FieldPath } from './types.js';
import { isRecord } from './kinds.js';

export function differingPaths(a: unknown, b: unknown, base: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [];
  diff(a, b, base, out);
  return out;
}

function diff(a: unknown, b: unknown, path: FieldPath, out: FieldPath[]): void {
  if (isEmpty(a) && isEmpty(b)) return;
  if (isRecord(a) && isRecord(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) diff(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(path);
      return;
    }
    a.forEach((v, i) => diff(v, b[i], [...path, i], out));
    return;
  }
  if (!sameScalar(a, b)) out.push(path);
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A file may write `"1"` where the API echoes 1 (or the reverse) for string maps; that is not drift.
  const scalar = (v: unknown): boolean => typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string';
  return scalar(a) && scalar(b) && typeof a !== typeof b && (typeof a === 'string' || typeof b === 'string') && String(a) === String(b);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}

export function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** "a, b, c and 4 more": the first paths of a drift, for a message. */
export function describePaths(paths: readonly FieldPath[], max = 10): string {
  const shown = paths.slice(0, max).map(formatPath);
  return `${shown.join(', ')}${paths.length > shown.length ? ` and ${paths.length - shown.length} more` : ''}`;
}
