// Builders for minimal text edits on a finding's file: they touch only the offending bytes.
import type { Fix } from '../../engine/types.js';
import { isMap } from 'yaml';
import type { FieldPath, LocateTarget, ManifestObject } from '../../model/types.js';
import { yamlNodeAt } from '../../model/spc.js';

/** Replaces the whole located node (key or value) with `text`. */
export function replaceAt(o: ManifestObject, path: FieldPath, target: LocateTarget, text: string, description: string): Fix | undefined {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== 'file' || !loc.exact) return undefined;
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

/** Quotes a plain scalar keeping its text: double quotes when nothing needs escaping, else single quotes. */
export function quoteScalar(o: ManifestObject, path: FieldPath): Fix | undefined {
  const loc = o.locator.locate(path, 'value');
  if (loc.kind !== 'file' || !loc.exact) return undefined;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === '' || src.includes('\n') || /^["'|>&*!]/.test(src)) return undefined;
  const quoted = /["\\]/.test(src) ? `'${src.replace(/'/g, "''")}'` : `"${src}"`;
  return { description: `Quote ${src} as a string`, edits: [{ span: loc.span, text: quoted }] };
}

/**
 * Adds `key: value` to the mapping at `mapPath`, as a new first entry with the same indentation (block style) or
 * after the opening brace (flow style). Returns undefined when the mapping is not found or is empty.
 */
export function addKey(o: ManifestObject, mapPath: FieldPath, keyText: string, valueText: string, description: string): Fix | undefined {
  if (o.source.kind !== 'file') return undefined;
  const node = yamlNodeAt(o, mapPath);
  if (!node || !isMap(node) || !node.range || node.items.length === 0) return undefined;
  const text = o.source.file.text;
  const start = node.range[0];
  if (node.flow) {
    const open = text.indexOf('{', start);
    if (open < 0) return undefined;
    return { description, edits: [{ span: { start: open + 1, end: open + 1 }, text: ` ${keyText}: ${valueText},` }] };
  }
  // Block mapping: `start` is its first key; repeat that key's indentation on a new line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (!/^[ ]*(?:- )?$/.test(before)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { description, edits: [{ span: { start, end: start }, text: `${keyText}: ${valueText}${eol}${' '.repeat(before.length)}` }] };
}
