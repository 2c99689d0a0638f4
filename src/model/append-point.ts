// Where addKey (rules/support/fix.ts) puts a new entry in a mapping of a file object, from its syntax tree, and
// whether a node is a plain scalar (quoteScalar): the parts of those fixes that need the tree. Here, below the
// rules, so a parse worker (load/cache/facts.ts) can work them out ahead for every mapping and node of an object and
// send them as structure hints (structure-hints.ts), with the answers the fixes would get from a fresh parse.
import { isMap, isScalar, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { AppendPoint } from './structure-hints.js';
import type { FieldPath, ManifestObject, SourceFile } from './types.js';
import { yamlNodeAt } from './spc.js';
import type { WalkState } from '../yaml/locate.js';

/** Whether quoteScalar leaves the node alone: a node that is there and is not a plain, untagged scalar. */
export function notPlain(node: Node | undefined): boolean {
  return node !== undefined && !(isScalar(node) && node.type === Scalar.PLAIN && !node.tag);
}

/**
 * Where and how a new entry goes into the mapping at `mapPath` of a file object, from its syntax tree; null when
 * addKey adds nothing there. `walked`: a walk from the object's own node (yaml/locate.ts walkStart) already standing
 * at `mapPath` (the structure hints' walk has one at every node), so the tree is not walked again.
 */
export function appendPointAt(o: ManifestObject, mapPath: FieldPath, walked?: WalkState): AppendPoint | null {
  if (o.source.kind !== 'file' || !o.yamlNode) return null;
  const file = o.source.file;
  const text = file.text;
  const json = isJson(file);
  const node = walked ? (walked.complete ? walked.last?.node : undefined) : yamlNodeAt(o, mapPath);
  if (node && isMap(node)) {
    if (!node.range) return null;
    if (node.flow) return flowPoint(text, node);
    return blockPoint(text, node);
  }
  if (json) return null;
  // `labels:` with nothing after it (maybe a comment): the pair exists with an empty value; nest under its key.
  const parent = mapPath.length ? yamlNodeAt(o, mapPath.slice(0, -1)) : undefined;
  if (!parent || !isMap(parent) || parent.flow) return null;
  const pair = (parent.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(mapPath[mapPath.length - 1]));
  const v = pair?.value as Node | null | undefined;
  const empty = v === null || (isScalar(v) && v.value === null && !v.source && !!v.range && v.range[0] === v.range[1]);
  if (!pair || !isScalar(pair.key) || !pair.key.range || !empty) return null;
  const keyStart = pair.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart))) return null;
  const col = keyStart - lineStart;
  const at = afterLine(text, pair.key.range[1]);
  if (at === undefined) return null;
  return { kind: 'block', offset: at.offset, needsBreak: at.needsBreak, col: col + indentStep(text, parent, col), crlf: eolAt(text, pair.key.range[1]) === '\r\n', step: 2 };
}

/** After the last entry of a block mapping. */
function blockPoint(text: string, node: YAMLMap): AppendPoint | null {
  const first = node.items[0] as Pair | undefined;
  const last = node.items[node.items.length - 1] as Pair | undefined;
  const firstKey = first?.key as Node | undefined;
  if (!first || !last || !firstKey?.range) return null;
  // Column of the entries: that of the first key, whether or not it follows `- ` on its line.
  const keyStart = firstKey.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart))) return null;
  const col = keyStart - lineStart;
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node | null)?.range)?.[1];
  if (lastEnd === undefined) return null;
  const at = afterLine(text, lastEnd);
  if (at === undefined) return null;
  return { kind: 'block', offset: at.offset, needsBreak: at.needsBreak, col, crlf: eolAt(text, Math.max(keyStart, lastEnd - 1)) === '\r\n', step: indentStep(text, node, col) };
}

/** Into a flow mapping, after its last entry (or into `{}`). */
function flowPoint(text: string, node: YAMLMap): AppendPoint | null {
  const [start, end] = node.range!;
  if (node.items.length === 0) {
    const open = text.indexOf('{', start);
    if (open < 0 || open >= end) return null;
    return { kind: 'flow-empty', offset: open + 1 };
  }
  const last = node.items[node.items.length - 1] as Pair;
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node | null)?.range)?.[1];
  if (lastEnd === undefined) return null;
  let p = lastEnd;
  while (p < end && /[ \t\r\n]/.test(text[p]!)) p++;
  if (text[p] === ',') return { kind: 'flow-comma', offset: p + 1 };
  return { kind: 'flow-after', offset: lastEnd };
}

/** Where a new line goes after the line holding `offset`: past its comment and line break. */
function afterLine(text: string, offset: number): { offset: number; needsBreak: boolean } | undefined {
  if (offset > 0 && text[offset - 1] === '\n') return { offset, needsBreak: false };
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return { offset: text.length, needsBreak: true };
  return { offset: nl + 1, needsBreak: false };
}

/** The line ending of the line holding `offset`, else the file's first, else LF. */
function eolAt(text: string, offset: number): string {
  const nl = text.indexOf('\n', offset);
  if (nl > 0) return text[nl - 1] === '\r' ? '\r\n' : '\n';
  const any = text.indexOf('\n');
  return any > 0 && text[any - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation step the file uses under this mapping: a nested block map's offset, else 2. */
function indentStep(text: string, node: YAMLMap, col: number): number {
  for (const item of node.items as Pair[]) {
    const v = item.value as Node | null;
    if (v && isMap(v) && !v.flow && v.items.length && (v.items[0] as Pair).key) {
      const k = (v.items[0] as Pair).key as Node;
      if (!k.range) continue;
      const ls = text.lastIndexOf('\n', k.range[0] - 1) + 1;
      const inner = k.range[0] - ls;
      if (inner > col && /^[ ]*$/.test(text.slice(ls, k.range[0]))) return inner - col;
    }
  }
  return 2;
}


function isJson(file: SourceFile): boolean {
  return /\.json$/i.test(file.relPath);
}
