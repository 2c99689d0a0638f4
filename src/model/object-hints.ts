// An object's span hints (span-hints.ts) and structure hints (structure-hints.ts) in one typed array, offsets
// relative to the object's first located position, 16 bits a number when every number fits (nearly every object:
// one under 32 kB of YAML), else 32:
//   [base (low 15 bits), base (the bits above), span part's length, span part..., structure part...]
// The span part is span-hints.ts's (value start, value end, key start, key end per node; an unknown start -1, an
// inexact end -(end + 1)), each position less the base; the structure part is structure-hints.ts's, its append
// points' offsets less the base.
//
// One array instead of two, in half the bits: at 10,000 documents of a repository full of findings the two arrays
// of every object took 7.3 MB (1,170 bytes an object, about 190 of them each array's own overhead), which kept the
// hints to runs of up to 20,000 files; at 100,000 documents they would have held about 73 MB to the end of the run.

export type PackedHints = Int16Array | Int32Array;

/** Where the span part starts. */
export const SPAN_AT = 3;
const BASE_LOW_BITS = 15;
const BASE_LOW = (1 << BASE_LOW_BITS) - 1;

/** The position every stored position is relative to. */
export function hintBase(p: PackedHints): number {
  return p[0]! + p[1]! * (BASE_LOW + 1);
}

/** Where the span part ends and the structure part (if any) starts. */
export function structureAt(p: PackedHints): number {
  return SPAN_AT + p[2]!;
}

/**
 * Packs an object's hints. `span`: encodeHints' numbers (absolute positions); `structure`: encodeStructure's
 * (absolute offsets at the indexes `structureOffsets` gives), or undefined.
 */
export function packObjectHints(span: readonly number[], structure: readonly number[] | undefined, structureOffsets: (structure: readonly number[]) => readonly number[]): PackedHints {
  // The smallest known start: every span part position is at or after it.
  let base = Number.POSITIVE_INFINITY;
  for (let i = 0; i < span.length; i += 2) if (span[i]! >= 0 && span[i]! < base) base = span[i]!;
  if (!Number.isFinite(base)) base = 0;
  const out = new Array<number>(SPAN_AT + span.length + (structure?.length ?? 0));
  out[0] = base & BASE_LOW;
  out[1] = Math.floor(base / (BASE_LOW + 1));
  out[2] = span.length;
  for (let i = 0; i < span.length; i += 2) {
    const start = span[i]!;
    const end = span[i + 1]!;
    if (start < 0) {
      out[SPAN_AT + i] = -1;
      out[SPAN_AT + i + 1] = 0;
    } else {
      out[SPAN_AT + i] = start - base;
      out[SPAN_AT + i + 1] = end >= 0 ? end - base : -(-end - 1 - base) - 1;
    }
  }
  if (structure) {
    const at = SPAN_AT + span.length;
    for (let i = 0; i < structure.length; i++) out[at + i] = structure[i]!;
    for (const i of structureOffsets(structure)) out[at + i] = structure[i]! - base;
  }
  let small = true;
  for (const n of out) {
    if (n < -0x8000 || n > 0x7fff) {
      small = false;
      break;
    }
  }
  // A typed array crosses to the main thread as one block of memory.
  return small ? Int16Array.from(out) : Int32Array.from(out);
}

/** Packed hints as received: a typed array whose header fits (anything else, from a damaged source, is none). */
export function validPackedHints(p: unknown, validStructure: (p: PackedHints) => boolean): PackedHints | undefined {
  if (!(p instanceof Int16Array || p instanceof Int32Array) || p.length < SPAN_AT) return undefined;
  if (p[0]! < 0 || p[1]! < 0 || p[2]! < 0 || p[2]! % 4 !== 0 || structureAt(p) > p.length) return undefined;
  return structureAt(p) === p.length || validStructure(p) ? p : undefined;
}
