// Finding the directives: comment directives from the YAML CST of the files being reported on, ignore annotations
// from their objects (and live ones), each with the extent it covers.
import { Parser, type Node } from 'yaml';
import type { Inventory } from '../../model/inventory.js';
import type { ManifestObject, ResolvedLocation, SourceFile, Span } from '../../model/types.js';
import { lineIndex, lineStarts } from '../../yaml/lines.js';
import { isRecord } from '../../model/kinds.js';
import { ANNOTATION_PREFIX, DIRECTIVE, MARKER, UNTIL, parseDirectiveText, validate } from './grammar.js';
import type { Directive, SuppressionOptions } from './types.js';

/** Every directive in the files being reported on and every ignore annotation on their objects (and live ones). */
export function collectDirectives(inventory: Inventory, opts: Pick<SuppressionOptions, 'knownRuleIds' | 'reportFiles'>): Directive[] {
  const out: Directive[] = [];
  const known = new Set(opts.knownRuleIds);
  for (const file of inventory.files.values()) {
    if (opts.reportFiles && !opts.reportFiles.has(file.relPath)) continue;
    // Cheap pre-filter: most files hold no directive and are never re-parsed (nor re-read, when the loader knows).
    if (file.mayHoldDirectives === false || !file.text.includes(MARKER)) continue;
    out.push(...commentDirectives(file, opts.knownRuleIds, known));
  }
  for (const o of inventory.objects) {
    if (o.source.kind === 'file' && opts.reportFiles && !opts.reportFiles.has(o.source.file.relPath)) continue;
    out.push(...annotationDirectives(o, opts.knownRuleIds, known));
  }
  return out;
}

/** Comments of a YAML file with their offsets, from the CST (block scalar content is not a comment). */
export function yamlComments(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
    } else if (n !== null && typeof n === 'object') {
      const t = n as { type?: string; offset?: number; source?: string };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
        out.push({ offset: t.offset, source: t.source });
        return;
      }
      for (const v of Object.values(n)) if (v !== null && typeof v === 'object') visit(v);
    }
  };
  try {
    for (const token of new Parser().parse(text)) visit(token);
  } catch {
    // Too deeply nested to walk: the loader already reported the file; it holds no usable directive.
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function commentDirectives(file: SourceFile, ids: readonly string[], known: ReadonlySet<string>): Directive[] {
  const out: Directive[] = [];
  const starts = lineStarts(file.text);
  for (const c of yamlComments(file.text)) {
    const m = DIRECTIVE.exec(c.source);
    if (!m) continue;
    const kind = m[1] === 'disable-next-line' ? 'next-line' : 'file';
    const parsed = parseDirectiveText(m[2]!, ids, known);
    const span: Span = { start: c.offset, end: c.offset + c.source.length };
    const location: ResolvedLocation = { kind: 'file', file, span, exact: true };
    const identity = `${file.relPath}|${kind}|${parsed.ruleIds.join(',')}|${parsed.reason}|${parsed.until ?? ''}`;
    if (kind === 'file') {
      out.push({ kind, ...parsed, location, identity, covers: (loc) => loc.kind === 'file' && loc.file.relPath === file.relPath });
    } else {
      const target = nextContentLine(file.text, starts, lineIndex(starts, c.offset));
      let malformed = parsed.malformed;
      if (target === undefined && !malformed) malformed = 'there is no line after it';
      out.push({
        kind,
        ...parsed,
        ...(malformed ? { malformed } : {}),
        location,
        identity,
        covers: (loc) => loc.kind === 'file' && loc.file.relPath === file.relPath && lineIndex(starts, loc.span.start) === target,
      });
    }
  }
  return out;
}

function annotationDirectives(o: ManifestObject, ids: readonly string[], known: ReadonlySet<string>): Directive[] {
  const metadata = o.body['metadata'];
  const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
  if (!isRecord(annotations)) return [];
  const out: Directive[] = [];
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const ruleId = key.slice(ANNOTATION_PREFIX.length);
    const raw = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
    const m = UNTIL.exec(raw);
    const until = m ? m[1]! : undefined;
    const reason = (m ? raw.slice(0, m.index) + raw.slice(m.index + m[0].length) : raw).replace(/\s+/g, ' ').trim();
    const malformed = validate([ruleId], until, ids, known);
    const location = o.locator.locate(['metadata', 'annotations', key], 'key');
    const home = o.locator.locate([]);
    const identity = `${home.kind === 'file' ? home.file.relPath : home.fullyQualifiedName}|${o.kind ?? ''}/${o.namespace ?? ''}/${o.name ?? ''}|annotation|${ruleId}|${reason}|${until ?? ''}`;
    out.push({
      kind: 'annotation',
      ruleIds: [ruleId],
      reason,
      ...(until !== undefined ? { until } : {}),
      ...(malformed ? { malformed } : {}),
      location,
      identity,
      covers: objectCover(o, home),
    });
  }
  return out;
}

/** The extent of an object: its YAML node's range in its file, or its logical name when live. */
function objectCover(o: ManifestObject, home: ResolvedLocation): (loc: ResolvedLocation) => boolean {
  if (home.kind === 'logical') return (loc) => loc.kind === 'logical' && loc.fullyQualifiedName === home.fullyQualifiedName;
  const range = (o.yamlNode as Node | undefined)?.range;
  const start = range ? range[0] : home.span.start;
  const end = range ? range[2] : home.span.end;
  const rel = home.file.relPath;
  return (loc) => loc.kind === 'file' && loc.file.relPath === rel && loc.span.start >= start && loc.span.start <= end;
}

/** The first line after `line` that holds something other than blanks or a comment. */
function nextContentLine(text: string, starts: ArrayLike<number>, line: number): number | undefined {
  for (let i = line + 1; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    const content = text.slice(starts[i]!, end).trim();
    if (content !== '' && !content.startsWith('#')) return i;
  }
  return undefined;
}
