// An object's span hints (span-hints.ts) and structure hints (structure-hints.ts) in one string, offsets relative to
// the object's first located position, one UTF-16 code unit a number when every number fits 16 signed bits (nearly
// every object: one under 32 kB of YAML), else two; the first code unit says which (WIDTH_16 or WIDTH_32). The
// numbers:
//   [base (low 15 bits), base (the bits above), span part's length, span part..., structure part...]
// The span part is span-hints.ts's (value start, value end, key start, key end per node; an unknown start -1, an
// inexact end -(end + 1)), each position less the base; the structure part is structure-hints.ts's, its append
// points' offsets less the base.
//
// One string instead of two typed arrays, in half the bits: at 10,000 documents of a repository full of findings
// the two Int32Arrays of every object took 7.3 MB (1,170 bytes an object, about 300 of them each array's own
// overhead: the typed array, its ArrayBuffer and the buffer's native record), which kept the hints to runs of up
// to 20,000 files; at 100,000 documents they would have held about 73 MB to the end of the run. A string costs 16
// bytes of its own, lives in the JavaScript heap and crosses from a worker as one copy.

export type PackedHints = string;

const WIDTH_16 = 0;
const WIDTH_32 = 1;

/** Where the span part starts. */
export const SPAN_AT = 3;
const BASE_LOW_BITS = 15;
const BASE_LOW = (1 << BASE_LOW_BITS) - 1;

/** Number `i` of packed hints. */
export function hintAt(p: PackedHints, i: number): number {
  if (p.charCodeAt(0) === WIDTH_16) return (p.charCodeAt(1 + i) << 16) >> 16;
  return (p.charCodeAt(1 + 2 * i) << 16) | p.charCodeAt(2 + 2 * i);
}

/** How many numbers packed hints hold. */
export function hintCount(p: PackedHints): number {
  return p.charCodeAt(0) === WIDTH_16 ? p.length - 1 : (p.length - 1) / 2;
}

/** Bits a number takes (16, or 32 for an object whose numbers do not all fit 16). */
export function hintWidth(p: PackedHints): 16 | 32 {
  return p.charCodeAt(0) === WIDTH_16 ? 16 : 32;
}

/** The position every stored position is relative to. */
export function hintBase(p: PackedHints): number {
  return hintAt(p, 0) + hintAt(p, 1) * (BASE_LOW + 1);
}

/** Where the span part ends and the structure part (if any) starts. */
export function structureAt(p: PackedHints): number {
  return SPAN_AT + hintAt(p, 2);
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
  const units: number[] = [small ? WIDTH_16 : WIDTH_32];
  for (const n of out) {
    if (small) units.push(n & 0xffff);
    else units.push((n >>> 16) & 0xffff, n & 0xffff);
  }
  // In chunks: String.fromCharCode takes its code units as arguments.
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.slice(i, i + 4096));
  return text;
}

/** Packed hints as received: a typed array whose header fits (anything else, from a damaged source, is none). */
export function validPackedHints(p: unknown, validStructure: (p: PackedHints) => boolean): PackedHints | undefined {
  if (typeof p !== 'string' || p.length < 1) return undefined;
  const width = p.charCodeAt(0);
  if ((width !== WIDTH_16 && width !== WIDTH_32) || (width === WIDTH_32 && p.length % 2 !== 1)) return undefined;
  const count = hintCount(p);
  if (count < SPAN_AT || hintAt(p, 0) < 0 || hintAt(p, 1) < 0 || hintAt(p, 2) < 0 || hintAt(p, 2) % 4 !== 0 || structureAt(p) > count) return undefined;
  return structureAt(p) === count || validStructure(p) ? p : undefined;
}
