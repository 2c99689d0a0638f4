// Between the tool's positions (0-based UTF-16 offsets into a file's text, src/model/types.ts) and the Language
// Server Protocol's (0-based line and UTF-16 character): both count UTF-16 code units, so only lines need working out.
// Lines end at CR, LF or CRLF in both (src/yaml/lines.ts).
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Level, SourceFile, Span } from '../../model/types.js';
import { lineIndex, lineStarts } from '../../yaml/lines.js';
import type { Finding } from '../../engine/types.js';
import { ruleHelpUri } from '../../report/sarif-rules.js';

export function positionAt(text: string, offset: number): Position {
  const at = Math.max(0, Math.min(Math.trunc(offset) || 0, text.length));
  const starts = lineStarts(text);
  const line = lineIndex(starts, at);
  return { line, character: at - starts[line]! };
}

export function offsetAt(text: string, pos: Position): number {
  const starts = lineStarts(text);
  if (pos.line >= starts.length) return text.length;
  const start = starts[Math.max(0, pos.line)]!;
  const end = pos.line + 1 < starts.length ? starts[pos.line + 1]! : text.length;
  return Math.min(start + Math.max(0, pos.character), end);
}

/** A span as an editor range exactly (text edits: an empty span is an insertion point). */
export function exactRange(text: string, span: Span): Range {
  return { start: positionAt(text, span.start), end: positionAt(text, Math.max(span.start, span.end)) };
}

/** A span as an editor range; an empty span is shown one character wide (as text and SARIF output show it). */
export function rangeOf(text: string, span: Span): Range {
  const start = positionAt(text, span.start);
  let end = positionAt(text, Math.max(span.start, span.end));
  if (span.end <= span.start && span.start < text.length && text[span.start] !== '\n' && text[span.start] !== '\r') end = positionAt(text, span.start + 1);
  // A span that swallowed its line terminator ends on its own line.
  if (end.character === 0 && end.line > start.line) {
    const back = text.charCodeAt(span.end - 1) === 10 && text.charCodeAt(span.end - 2) === 13 ? span.end - 2 : span.end - 1;
    end = positionAt(text, back);
  }
  return { start, end };
}

const SEVERITY: Record<Level, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, note: DiagnosticSeverity.Information };

export function uriOf(file: SourceFile): string {
  return pathToFileURL(file.absPath).href;
}

/** A finding on an open document as an LSP diagnostic; `data.fingerprint` ties a code action back to the finding. */
export function toDiagnostic(f: Finding, text: string): Diagnostic {
  const loc = f.location;
  const range = loc.kind === 'file' ? rangeOf(text, loc.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    if (r.location.kind !== 'file') continue;
    // Related files that are not open have their text read from disk once here (context files are lazy).
    related.push({ location: { uri: uriOf(r.location.file), range: rangeOf(r.location.file.text, r.location.span) }, message: r.message });
  }
  return {
    range,
    severity: SEVERITY[f.level],
    code: f.ruleId,
    codeDescription: { href: ruleHelpUri(f.ruleId) },
    source: 'vvp-kv-lint',
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data: { fingerprint: f.objectFingerprint, ruleId: f.ruleId },
  };
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

export function contains(r: Range, p: Position): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
