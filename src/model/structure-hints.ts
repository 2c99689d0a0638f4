// What fixes read from an object's syntax tree, worked out ahead by the parse worker that has it at hand, like the
// span hints (span-hints.ts) for positions: for every node of the body (same walk, same budget) whether it is a
// plain, untagged scalar (quoteScalar), and for every mapping, and every key with an empty value, where addKey would
// put a new entry (rules/support/fix.ts appendPointAt). An object restored from the worker's facts answers these
// without its file being parsed again.
//
// In a repository where every file has findings (the first run after adopting the linter), most of them fixable,
// those fixes parsed nearly every file a second time on the main thread: 2.8 s of a 10,000-document run's 8 s of
// rules, on the one thread no worker helps.
import { hintIndex, presentPrefix, walkHintNodes } from './span-hints.js';
import type { FieldPath } from './types.js';

/** Where and how addKey puts a new entry: plain numbers, so a parse worker can send it. */
export type AppendPoint =
  /** A block entry at `offset` (after a line break when `needsBreak`), keys at column `col`, nested by `step`. */
  | { readonly kind: 'block'; readonly offset: number; readonly needsBreak: boolean; readonly col: number; readonly crlf: boolean; readonly step: number }
  /** A flow entry: into `{}` (`flow-empty`), before a trailing comma (`flow-comma`), after the last entry (`flow-after`). */
  | { readonly kind: 'flow-empty' | 'flow-comma' | 'flow-after'; readonly offset: number };

/** 'none': no node at the path; 'plain': a plain scalar without a tag; 'other': any other node. */
export type ScalarStyle = 'none' | 'plain' | 'other';

/** What an object knows of its syntax tree without one; undefined answers: not known, ask the tree. */
export interface StructureHints {
  plainScalar(path: FieldPath): ScalarStyle | undefined;
  /** null: addKey adds nothing at `mapPath`. */
  appendPoint(mapPath: FieldPath): AppendPoint | null | undefined;
}

const STYLES: readonly ScalarStyle[] = ['none', 'plain', 'other'];
const KINDS = ['block', 'flow-empty', 'flow-comma', 'flow-after'] as const;
/** Numbers per append point: node index (-1: the body itself), kind (0: null), offset, needsBreak, col, crlf, step. */
const PER_POINT = 7;

/**
 * Encodes an object's structure hints: `[nodes, styles (2 bits a node, 16 a number)..., points...]`. `styleAt`
 * and `pointAt` answer from the object's syntax tree.
 */
export function encodeStructure<S>(
  body: unknown,
  /** The syntax tree's walk, one segment at a time (so no node is walked to twice), and the style where it stands. */
  start: S,
  step: (parent: S, seg: string | number) => S,
  styleAt: (at: S) => ScalarStyle,
  pointAt: (mapPath: FieldPath) => AppendPoint | null,
): Int32Array {
  const styles: number[] = [];
  const points: number[] = [];
  const addPoint = (index: number, path: FieldPath): void => {
    const p = pointAt(path);
    if (!p) points.push(index, 0, 0, 0, 0, 0, 0);
    else if (p.kind === 'block') points.push(index, 1, p.offset, p.needsBreak ? 1 : 0, p.col, p.crlf ? 1 : 0, p.step);
    else points.push(index, KINDS.indexOf(p.kind) + 1, p.offset, 0, 0, 0, 0);
  };
  if (isMapValue(body)) addPoint(-1, []);
  walkHintNodes<{ path: FieldPath; value: unknown; at: S }>(body, { path: [], value: body, at: start }, (parent, seg) => {
    const value = (parent.value as Record<string | number, unknown>)[seg];
    const path = [...parent.path, seg];
    const at = step(parent.at, seg);
    const index = styles.length;
    styles.push(STYLES.indexOf(styleAt(at)));
    if (value === null || isMapValue(value)) addPoint(index, path);
    return { path, value, at };
  });
  const packed = new Array<number>(Math.ceil(styles.length / 16)).fill(0);
  styles.forEach((s, i) => (packed[i >> 4] = packed[i >> 4]! | (s << ((i & 15) * 2))));
  return Int32Array.from([styles.length, ...packed, ...points]);
}

/** Structure hints as received: a typed array whose header fits (anything else, from a damaged source, is none). */
export function validStructure(s: unknown): Int32Array | undefined {
  if (!(s instanceof Int32Array) || s.length < 1) return undefined;
  const head = 1 + Math.ceil(s[0]! / 16);
  return s[0]! >= 0 && s.length >= head && (s.length - head) % PER_POINT === 0 ? s : undefined;
}

/** Answers from encodeStructure's output for this very body. */
export class DecodedStructure implements StructureHints {
  constructor(
    private readonly s: Int32Array,
    private readonly body: () => unknown,
  ) {}

  plainScalar(path: FieldPath): ScalarStyle | undefined {
    if (path.length === 0) return undefined;
    const i = hintIndex(this.body(), path);
    if (i < 0 || i >= this.s[0]!) return undefined;
    return STYLES[(this.s[1 + (i >> 4)]! >>> ((i & 15) * 2)) & 3];
  }

  appendPoint(mapPath: FieldPath): AppendPoint | null | undefined {
    const body = this.body();
    let index = -1;
    if (mapPath.length) {
      const present = presentPrefix(body, mapPath);
      if (present === undefined) return undefined;
      // No mapping and no key there: nothing to add to (merge keys, which the body does not show, were ruled out).
      if (present < mapPath.length) return null;
      index = hintIndex(body, mapPath);
      if (index < 0) return undefined;
      const value = valueAt(body, mapPath);
      // A scalar or a sequence: addKey finds no mapping and no empty value there.
      if (value !== null && !isMapValue(value)) return null;
    }
    const s = this.s;
    for (let at = 1 + Math.ceil(s[0]! / 16); at < s.length; at += PER_POINT) {
      if (s[at] !== index) continue;
      const kind = s[at + 1]!;
      if (kind === 0) return null;
      if (kind === 1) return { kind: 'block', offset: s[at + 2]!, needsBreak: s[at + 3] === 1, col: s[at + 4]!, crlf: s[at + 5] === 1, step: s[at + 6]! };
      return { kind: KINDS[kind - 1]! as 'flow-empty' | 'flow-comma' | 'flow-after', offset: s[at + 2]! };
    }
    return undefined;
  }
}

function isMapValue(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function valueAt(body: unknown, path: FieldPath): unknown {
  let v = body;
  for (const seg of path) v = (v as Record<string | number, unknown>)[seg];
  return v;
}
