// What fixes read from an object's syntax tree, worked out ahead by the parse worker that has it at hand, like the
// span hints (span-hints.ts) for positions: for every node of the body (same walk, same budget) whether it is a
// plain, untagged scalar (quoteScalar), and for every mapping, and every key with an empty value, where addKey would
// put a new entry (rules/support/fix.ts appendPointAt). An object restored from the worker's facts answers these
// without its file being parsed again.
//
// In a repository where every file has findings (the first run after adopting the linter), most of them fixable,
// those fixes parsed nearly every file a second time on the main thread: 2.8 s of a 10,000-document run's 8 s of
// rules, on the one thread no worker helps.
import { hintAt, hintBase, hintCount, structureAt, type PackedHints } from './object-hints.js';
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
/** Styles per number: 2 bits each, 14 bits in all, so a number fits 16 signed bits (object-hints.ts). */
const STYLES_PER = 7;
/** Numbers per append point: node index (-1: the body itself), flags (kind, 0: null; needsBreak; crlf), offset, col, step. */
const PER_POINT = 5;
const NEEDS_BREAK = 8;
const CRLF = 16;

/**
 * Encodes an object's structure hints: `[nodes, styles (2 bits a node, 7 a number)..., points...]`, offsets
 * absolute (object-hints.ts packs them relative to the object: structureOffsets says where they are). `styleAt`
 * and `pointAt` answer from the object's syntax tree.
 */
export function encodeStructure<S>(
  body: unknown,
  /** The syntax tree's walk, one segment at a time (so no node is walked to twice), and the style where it stands. */
  start: S,
  step: (parent: S, seg: string | number) => S,
  styleAt: (at: S) => ScalarStyle,
  /** Where addKey would add at `mapPath`; `at`: the walk standing there. */
  pointAt: (mapPath: FieldPath, at: S) => AppendPoint | null,
): number[] {
  const styles: number[] = [];
  const points: number[] = [];
  const addPoint = (index: number, path: FieldPath, at: S): void => {
    const p = pointAt(path, at);
    if (!p) points.push(index, 0, 0, 0, 0);
    else if (p.kind === 'block') points.push(index, 1 | (p.needsBreak ? NEEDS_BREAK : 0) | (p.crlf ? CRLF : 0), p.offset, p.col, p.step);
    else points.push(index, KINDS.indexOf(p.kind) + 1, p.offset, 0, 0);
  };
  if (isMapValue(body)) addPoint(-1, [], start);
  walkHintNodes<{ path: FieldPath; value: unknown; at: S }>(body, { path: [], value: body, at: start }, (parent, seg) => {
    const value = (parent.value as Record<string | number, unknown>)[seg];
    const path = [...parent.path, seg];
    const at = step(parent.at, seg);
    const index = styles.length;
    styles.push(STYLES.indexOf(styleAt(at)));
    if (value === null || isMapValue(value)) addPoint(index, path, at);
    return { path, value, at };
  });
  const packed = new Array<number>(Math.ceil(styles.length / STYLES_PER)).fill(0);
  styles.forEach((s, i) => {
    const w = Math.floor(i / STYLES_PER);
    packed[w] = packed[w]! | (s << ((i % STYLES_PER) * 2));
  });
  return [styles.length, ...packed, ...points];
}

/** Where encodeStructure's output holds offsets (of append points that exist): object-hints.ts rebases them. */
export function structureOffsets(s: readonly number[]): number[] {
  const out: number[] = [];
  for (let at = 1 + Math.ceil(s[0]! / STYLES_PER); at + PER_POINT <= s.length; at += PER_POINT) if ((s[at + 1]! & 7) !== 0) out.push(at + 2);
  return out;
}

/** Whether packed hints hold a structure part that fits its header (anything else, from a damaged source, is none). */
export function validStructure(p: PackedHints): boolean {
  const from = structureAt(p);
  const nodes = hintAt(p, from);
  const head = 1 + Math.ceil(nodes / STYLES_PER);
  const count = hintCount(p);
  return nodes >= 0 && count - from >= head && (count - from - head) % PER_POINT === 0;
}

/** Answers from the packed hints' structure part for this very body. */
export class DecodedStructure implements StructureHints {
  constructor(
    private readonly p: PackedHints,
    private readonly body: () => unknown,
  ) {}

  plainScalar(path: FieldPath): ScalarStyle | undefined {
    if (path.length === 0) return undefined;
    const p = this.p;
    const from = structureAt(p);
    if (from >= hintCount(p)) return undefined;
    const i = hintIndex(this.body(), path);
    if (i < 0 || i >= hintAt(p, from)) return undefined;
    return STYLES[(hintAt(p, from + 1 + Math.floor(i / STYLES_PER)) >> ((i % STYLES_PER) * 2)) & 3];
  }

  appendPoint(mapPath: FieldPath): AppendPoint | null | undefined {
    const s = this.p;
    const from = structureAt(s);
    const count = hintCount(s);
    if (from >= count) return undefined;
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
    for (let at = from + 1 + Math.ceil(hintAt(s, from) / STYLES_PER); at + PER_POINT <= count; at += PER_POINT) {
      if (hintAt(s, at) !== index) continue;
      const flags = hintAt(s, at + 1);
      const kind = flags & 7;
      if (kind === 0) return null;
      const offset = hintBase(s) + hintAt(s, at + 2);
      if (kind === 1) return { kind: 'block', offset, needsBreak: (flags & NEEDS_BREAK) !== 0, col: hintAt(s, at + 3), crlf: (flags & CRLF) !== 0, step: hintAt(s, at + 4) };
      const flow = KINDS[kind - 1];
      return flow === undefined || flow === 'block' ? undefined : { kind: flow, offset };
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
