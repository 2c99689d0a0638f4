// Small helpers for loader tests: parse a text as a file and turn spans into 1-based line:column strings.
import { DEFAULT_LIMITS, parseSourceFile, type ParsedFile, type ParseLimits } from '../../src/load/parse.js';
import { lineColumn } from '../../src/yaml/lines.js';
import type { ManifestObject, ResolvedLocation, SourceFile, Span } from '../../src/model/types.js';
import { factsOf, restoreFacts } from '../../src/load/context-cache.js';

export function sourceFile(text: string, relPath = 'test.yaml'): SourceFile {
  return { absPath: `/virtual/${relPath}`, relPath, text };
}

export function parseText(text: string, limits: Partial<ParseLimits> = {}): ParsedFile & { file: SourceFile } {
  const file = sourceFile(text);
  return { ...parseSourceFile(file, { ...DEFAULT_LIMITS, ...limits }), file };
}

/**
 * The objects of `text` as a worker's facts (with span and structure hints) restore them, beside a fresh parse, and
 * how many times the restored objects fell back on parsing the file again: the hint tests compare the two.
 */
export function restoredWithHints(text: string): { fresh: readonly ManifestObject[]; restored: readonly ManifestObject[]; parses: () => number } {
  const parsed = parseText(text);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems, { maxChars: Number.POSITIVE_INFINITY, spanHints: true });
  if (!facts) throw new Error('the file has no facts');
  let parses = 0;
  const restored = restoreFacts(parsed.file, facts, () => {
    parses++;
    return parseText(text).objects;
  }).objects;
  return { fresh: parsed.objects, restored, parses: () => parses };
}

/** `line:column` of a span start, 1-based, as a reporter would show it. */
export function at(text: string, span: Span): string {
  const { line, column } = lineColumn(text, span.start);
  return `${line}:${column}`;
}

/** The text a span covers. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** `line:column` of a resolved file location; throws for a logical location (loader tests only use files). */
export function where(loc: ResolvedLocation): string {
  if (loc.kind !== 'file') throw new Error('expected a file location');
  return at(loc.file.text, loc.span);
}
