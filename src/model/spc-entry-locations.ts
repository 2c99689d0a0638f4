// Where the entries of an SPC's `objects` block are, worked out by the parse worker (which parses the block anyway
// to check it) and sent with the facts, like span hints for the body (span-hints.ts): an entry restored from facts
// answers locate() without its file being parsed again. Each entry's answers are numbers:
//   [entry start, entry end, missing field as value (start, end), missing field as key (start, end),
//    then for each of its fields, in the order of its `fields`: value start, value end, key start, key end]
// An end that is not exact is stored as -(end + 1); a start of -1 is a location outside the file (not known here).
// Any field the entry lacks locates where every missing field does (the nearest ancestor).
import type { FileLocation, LocateTarget, ResolvedLocation, SourceFile } from './types.js';

/** Not a field of any entry: a field name YAML keys never produce from a block of `objects`. */
const MISSING = '\u0000missing';
const HEAD = 6;

export function encodeEntryLocations(
  file: SourceFile,
  entry: { locate(field?: string, target?: LocateTarget): ResolvedLocation },
  fields: Record<string, unknown> | undefined,
): Int32Array {
  const out: number[] = [];
  const put = (loc: ResolvedLocation): void => {
    if (loc.kind !== 'file' || loc.file.relPath !== file.relPath) out.push(-1, 0);
    else out.push(loc.span.start, loc.exact ? loc.span.end : -(loc.span.end + 1));
  };
  put(entry.locate());
  put(entry.locate(MISSING, 'value'));
  put(entry.locate(MISSING, 'key'));
  for (const name of Object.keys(fields ?? {})) {
    put(entry.locate(name, 'value'));
    put(entry.locate(name, 'key'));
  }
  return Int32Array.from(out);
}

/** The location `entry.locate(field, target)` gave on the worker, or undefined when not known here. */
export function decodeEntryLocation(
  locs: Int32Array,
  file: SourceFile,
  fields: Record<string, unknown> | undefined,
  field: string | undefined,
  target: LocateTarget = 'value',
): FileLocation | undefined {
  let at: number;
  if (field === undefined || field === '') at = 0;
  else {
    const i = fields && Object.hasOwn(fields, field) ? Object.keys(fields).indexOf(field) : -1;
    at = i < 0 ? (target === 'key' ? 4 : 2) : HEAD + i * 4 + (target === 'key' ? 2 : 0);
  }
  if (at + 1 >= locs.length) return undefined;
  const start = locs[at]!;
  const end = locs[at + 1]!;
  if (start < 0) return undefined;
  return { kind: 'file', file, span: { start, end: end >= 0 ? end : -end - 1 }, exact: end >= 0 };
}

/**
 * The entries' locations in one array, `[entries, start of each entry's part..., end, parts...]`: a typed array
 * costs about a hundred bytes of its own, which one per entry would spend for every SPC of the repository.
 */
export function packEntryLocations(parts: readonly Int32Array[]): Int32Array {
  const head = parts.length + 2;
  const out = new Int32Array(head + parts.reduce((n, p) => n + p.length, 0));
  out[0] = parts.length;
  let at = head;
  parts.forEach((p, i) => {
    out[1 + i] = at;
    out.set(p, at);
    at += p.length;
  });
  out[1 + parts.length] = at;
  return out;
}

/** Entry `i`'s part of packEntryLocations' array; undefined for an array that does not hold it. */
export function entryPart(packed: Int32Array, i: number): Int32Array | undefined {
  const n = packed[0] ?? -1;
  if (i < 0 || i >= n || packed.length < n + 2) return undefined;
  const start = packed[1 + i]!;
  const end = packed[2 + i]!;
  return start >= n + 2 && start <= end && end <= packed.length ? packed.subarray(start, end) : undefined;
}
