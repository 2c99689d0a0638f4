// Builders for minimal text edits on a finding's file: they touch only the offending bytes.
import type { Fix } from '../../engine/types.js';
import type { FieldPath, LocateTarget, ManifestObject } from '../../model/types.js';

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
