// Builders for minimal text edits on a finding's file: they touch only the offending bytes, keep the quoting
// style the author chose, the line endings of the line they touch, and JSON files valid JSON.
import { isMap, isScalar, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Fix, TextEdit } from '../contract.js';
import type { AppendPoint } from '../../model/structure-hints.js';
import type { FieldPath, LocateTarget, ManifestObject, SourceFile } from '../../model/types.js';
import { yamlNodeAt } from '../../model/spc.js';

/** Replaces the whole located node (key or value) with `text`, written as is (e.g. `true`, `"true"`). */
export function replaceAt(o: ManifestObject, path: FieldPath, target: LocateTarget, text: string, description: string): Fix | undefined {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== 'file' || !loc.exact) return undefined;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === text) return undefined;
  return { description, edits: [{ span: loc.span, text }] };
}

/**
 * Replaces a scalar key or value with the string `value`, keeping its quote style: a quoted scalar stays quoted
 * the same way, a plain one stays plain when `value` is safe as a plain string (else double quotes). In JSON files
 * strings are always double-quoted.
 */
export function replaceString(o: ManifestObject, path: FieldPath, target: LocateTarget, value: string, description: string): Fix | undefined {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== 'file' || !loc.exact) return undefined;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === '' || src.includes('\n') || /^[|>&*!{[]/.test(src)) return undefined;
  let text: string;
  if (src.startsWith('"')) text = JSON.stringify(value);
  else if (src.startsWith("'")) text = `'${value.replace(/'/g, "''")}'`;
  else text = isJson(loc.file) ? JSON.stringify(value) : yamlString(value);
  if (text === src) return undefined;
  return { description, edits: [{ span: loc.span, text }] };
}

/** Replaces `find` inside the located scalar (keeps its quotes), e.g. v1alpha1 → v1. */
export function replaceInside(o: ManifestObject, path: FieldPath, target: LocateTarget, find: string, text: string, description: string): Fix | undefined {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== 'file' || !loc.exact) return undefined;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  const at = src.indexOf(find);
  if (at < 0) return undefined;
  return { description, edits: [{ span: { start: loc.span.start + at, end: loc.span.start + at + find.length }, text }] };
}

/**
 * Quotes a plain scalar keeping its text: double quotes when nothing needs escaping, else single quotes.
 * Only plain, single-line scalars qualify: anything else (collections, aliases, tags, block scalars) is left alone.
 */
export function quoteScalar(o: ManifestObject, path: FieldPath): Fix | undefined {
  const loc = o.locator.locate(path, 'value');
  if (loc.kind !== 'file' || !loc.exact) return undefined;
  // A restored object knows whether the node is a plain scalar (model/structure-hints.ts): no parse for that.
  const known = o.structure?.plainScalar(path);
  if (known !== undefined ? known === 'other' : notPlain(yamlNodeAt(o, path))) return undefined;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === '' || src.includes('\n') || src.includes('\r') || /^["'|>&*!{[%@`]/.test(src)) return undefined;
  const quoted = /["\\]/.test(src) && !isJson(loc.file) ? `'${src.replace(/'/g, "''")}'` : JSON.stringify(src);
  return { description: `Quote ${src} as a string`, edits: [{ span: loc.span, text: quoted }] };
}

/** Whether quoteScalar leaves the node alone: a node that is there and is not a plain, untagged scalar. */
export function notPlain(node: Node | undefined): boolean {
  return node !== undefined && !(isScalar(node) && node.type === Scalar.PLAIN && !node.tag);
}

/** A new entry's value: a scalar as source text (`true`, `"true"`), or a nested map of such entries. */
export type EntryValue = string | { readonly [key: string]: EntryValue };

/**
 * Adds `key: value` to the mapping at `mapPath`: in block style as a new last entry with the entries' own
 * indentation, in flow style before the closing brace. The mapping may be empty (`{}`) or a key with no value
 * (`labels:`, even followed by a comment). Returns undefined when the mapping is not in this file's YAML.
 *
 * Where the entry goes depends on the syntax tree only (appendPointAt); an object restored from a parse worker's
 * facts knows that point for each of its mappings (model/structure-hints.ts), so a fix costs no second parse.
 */
export function addKey(o: ManifestObject, mapPath: FieldPath, keyText: string, valueText: EntryValue, description: string): Fix | undefined {
  if (o.source.kind !== 'file') return undefined;
  const file = o.source.file;
  const json = isJson(file);
  const known = o.structure?.appendPoint(mapPath);
  const point = known !== undefined ? known : o.yamlNode ? appendPointAt(o, mapPath) : null;
  if (!point) return undefined;
  return { description, edits: [appendEdit(point, keyText, json ? asJson(valueText) : valueText, json)] };
}

/**
 * Where and how a new entry goes into the mapping at `mapPath` of a file object, from its syntax tree; null when
 * addKey adds nothing there.
 */
export function appendPointAt(o: ManifestObject, mapPath: FieldPath): AppendPoint | null {
  if (o.source.kind !== 'file' || !o.yamlNode) return null;
  const file = o.source.file;
  const text = file.text;
  const json = isJson(file);
  const node = yamlNodeAt(o, mapPath);
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

/** The edit that adds `key: value` at `point`. */
function appendEdit(point: AppendPoint, key: string, value: EntryValue, json: boolean): TextEdit {
  const span = { start: point.offset, end: point.offset };
  if (point.kind === 'block') {
    const eol = point.crlf ? '\r\n' : '\n';
    return { span, text: (point.needsBreak ? eol : '') + blockEntry(key, value, point.col, eol, point.step) };
  }
  const entry = flowEntry(key, value, json);
  return { span, text: point.kind === 'flow-empty' ? entry : point.kind === 'flow-comma' ? ` ${entry},` : `, ${entry}` };
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

function flowEntry(key: string, value: EntryValue, json: boolean): string {
  const k = json ? JSON.stringify(key) : key;
  if (typeof value === 'string') return `${k}: ${value}`;
  return `${k}: {${Object.entries(value).map(([kk, vv]) => flowEntry(kk, vv, json)).join(', ')}}`;
}

function blockEntry(key: string, value: EntryValue, col: number, eol: string, step = 2): string {
  const pad = ' '.repeat(col);
  if (typeof value === 'string') return `${pad}${key}: ${value}${eol}`;
  return `${pad}${key}:${eol}${Object.entries(value).map(([k, v]) => blockEntry(k, v, col + step, eol, step)).join('')}`;
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

/** A string as YAML source: plain when that reads back as the same string in YAML 1.1 and 1.2, else quoted. */
export function yamlString(s: string): string {
  const plainSafe = /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(s)
    && !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}

/** Renames a mapping key, keeping its quotes. */
export function renameKey(o: ManifestObject, path: FieldPath, newKey: string, description: string): Fix | undefined {
  return replaceString(o, path, 'key', newKey, description);
}

function isJson(file: SourceFile): boolean {
  return /\.json$/i.test(file.relPath);
}

/** In JSON files a scalar given as YAML source (`myapp`) must be a JSON literal (`"myapp"`). */
function asJson(v: EntryValue): EntryValue {
  if (typeof v !== 'string') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asJson(x)]));
  try {
    JSON.parse(v);
    return v;
  } catch {
    return JSON.stringify(v);
  }
}
