// Where an object's findings point, worked out ahead by the parse worker that has the syntax tree at hand: the
// span of every node of the object's body (pre-order, up to a budget), as a value and as a key. An object restored
// from facts answers locate() for these paths without its file being parsed again; any other path (a missing field,
// an entry of an SPC's `objects`) parses the file as before. Both threads enumerate the same paths from the same
// body (the JSON round trip keeps key order), so only the numbers travel.
//
// At 10,000 documents, findings sit in 1,100 files; parsing them again on the main thread after the rules was a
// second of work no other core shared.
import { hintAt, hintBase, SPAN_AT, structureAt, type PackedHints } from './object-hints.js';
import type { FieldPath, LocateTarget, Span } from './types.js';

/** Nodes per object with a hint; a larger body's later nodes are located by parsing (the budget bounds memory). */
export const MAX_HINT_NODES = 256;
/** Numbers per node: value start, value end, key start, key end (see encodeHints). */
const PER_NODE = 4;

/** A located span and whether the whole path was found (FileLocation's `exact`). */
export interface Hint {
  readonly span: Span;
  readonly exact: boolean;
}

/**
 * The walk behind every hint: each node under `body`, pre-order, keys in order, at most MAX_HINT_NODES. `step`
 * turns the parent's state and the node's key or index into the node's state (a path, a syntax-tree position).
 */
export function walkHintNodes<S>(body: unknown, start: S, step: (parent: S, seg: string | number) => S): void {
  let left = MAX_HINT_NODES;
  const walk = (v: unknown, state: S): void => {
    if (v === null || typeof v !== 'object') return;
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const k of keys) {
      if (left === 0) return;
      left--;
      walk((v as Record<string | number, unknown>)[k], step(state, k));
    }
  };
  walk(body, start);
}

/** The position of `path` in walkHintNodes' order, or -1 (not a node of `body`, or past the budget). */
export function hintIndex(body: unknown, path: FieldPath): number {
  // The nodes before `path` are those of earlier siblings' subtrees, at every level: counted without a full walk,
  // and without a list of keys per level (every location a finding asks comes here: 21,550 findings, thousands of
  // arrays of keys and values made and dropped).
  let index = 0;
  let v: unknown = body;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return -1;
    if (Array.isArray(v)) {
      if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0 || seg >= v.length) return -1;
      for (let i = 0; i < seg; i++) {
        index += 1 + subtreeSize(v[i]);
        if (index >= MAX_HINT_NODES) return -1;
      }
      v = v[seg];
    } else {
      if (typeof seg !== 'string' || !Object.hasOwn(v, seg)) return -1;
      const o = v as Record<string, unknown>;
      // for-in visits own keys first, in Object.keys order; `seg` is one of them.
      for (const k in o) {
        if (k === seg) break;
        index += 1 + subtreeSize(o[k]);
        if (index >= MAX_HINT_NODES) return -1;
      }
      v = o[seg];
    }
    index += 1; // the node itself
  }
  return path.length > 0 && index - 1 < MAX_HINT_NODES ? index - 1 : -1;
}

function subtreeSize(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) {
      n += 1 + subtreeSize(x);
      if (n >= MAX_HINT_NODES) return n;
    }
    return n;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    n += 1 + subtreeSize(o[k]);
    if (n >= MAX_HINT_NODES) return n;
  }
  return n;
}

/**
 * The hints of an object: for each node (walkHintNodes order), where the object's locator points for the node's
 * path as a value and as a key. The caller's `step` follows the syntax tree one segment at a time and `locate`
 * answers for the position reached (undefined: not a span of this object's file), so no path is walked twice.
 * Absolute positions: object-hints.ts packs them, relative to the object.
 */
export function encodeHints<S>(body: unknown, start: S, step: (parent: S, seg: string | number) => S, locate: (at: S, target: LocateTarget) => Hint | undefined): number[] {
  const out: number[] = [];
  walkHintNodes(body, start, (parent, seg) => {
    const at = step(parent, seg);
    for (const target of ['value', 'key'] as const) {
      const h = locate(at, target);
      // An inexact answer keeps its end as -(end + 1); an unknown one has start -1.
      if (!h) out.push(-1, 0);
      else out.push(h.span.start, h.exact ? h.span.end : -(h.span.end + 1));
    }
    return at;
  });
  return out;
}

/** The hint for `path` and `target`, when `hints` (packed encodeHints of this very body) holds one. */
export function decodeHint(hints: PackedHints, body: unknown, path: FieldPath, target: LocateTarget): Hint | undefined {
  const i = hintIndex(body, path);
  if (i < 0) return undefined;
  const at = SPAN_AT + i * PER_NODE + (target === 'key' ? 2 : 0);
  if (at + 1 >= structureAt(hints)) return undefined;
  const start = hintAt(hints, at);
  const end = hintAt(hints, at + 1);
  if (start < 0) return undefined;
  const base = hintBase(hints);
  return end >= 0 ? { span: { start: base + start, end: base + end }, exact: true } : { span: { start: base + start, end: base - end - 1 }, exact: false };
}

/**
 * How much of `path` is in `body`: the number of leading segments that name a node (a key of a mapping, a whole
 * in-range index of a list); undefined when a segment could name a node the body does not show (a number as a
 * mapping's key, a string as a list's index, a merge key), where only the syntax tree can tell.
 */
export function presentPrefix(body: unknown, path: FieldPath): number | undefined {
  let v: unknown = body;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(v)) {
      if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0) return undefined;
      if (seg >= v.length) return i;
    } else if (v !== null && typeof v === 'object') {
      if (typeof seg !== 'string' || seg === '<<') return undefined;
      if (!Object.hasOwn(v, seg)) return i;
    } else {
      return i; // a scalar (or null) has nothing below it
    }
    v = (v as Record<string | number, unknown>)[seg];
  }
  return path.length;
}

/**
 * The hint for a path that is not in `body` below a node that is: the locator points at the nearest ancestor's
 * key, inexactly, whatever the target (yaml/locate.ts locateAt), which is that ancestor's key hint. Undefined when
 * nothing of the path is there (the locator then points at `kind`) or the ancestor has no hint.
 */
export function decodeMissingHint(hints: PackedHints, body: unknown, path: FieldPath): Hint | undefined {
  const n = presentPrefix(body, path);
  if (n === undefined || n === 0 || n === path.length) return undefined;
  const h = decodeHint(hints, body, path.slice(0, n), 'key');
  return h && { span: h.span, exact: false };
}
