// Builders for minimal text edits on a finding's file: they touch only the offending bytes, keep the quoting
// style the author chose, the line endings of the line they touch, and JSON files valid JSON.
import type { Fix, TextEdit } from '../contract.js';
import type { AppendPoint } from '../../model/structure-hints.js';
import { appendPointAt, notPlain } from '../../model/append-point.js';
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
