// Converts Spans (0-based UTF-16 offsets into SourceFile.text) to 1-based SARIF-style regions.
// Lines end at CR, LF or CRLF: the same line model SARIF consumers and codeql-action's line hash use,
// so a region's startLine and its primaryLocationLineHash always agree.
import type { SourceFile, Span } from '../model/types.js';
import { lineIndex, lineStarts as textLineStarts } from '../yaml/lines.js';

/** 1-based region; `endColumn` is the column after the last character (SARIF convention). */
export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * 'display': what a user or GitHub should see: an empty span becomes one column wide, and a span that ends right
 * after a line terminator ends on that line instead of at column 1 of the next.
 * 'exact': the span as is (fix deletedRegion: an empty span is an insertion point, a trailing newline is deleted).
 */
export type RegionMode = 'display' | 'exact';

/** Offsets at which each line starts; index 0 is line 1 (the one line table, src/yaml/lines.ts). */
export function lineStarts(file: SourceFile): Uint32Array {
  return textLineStarts(file.text);
}

function clamp(offset: number, text: string): number {
  if (!Number.isFinite(offset) || offset < 0) return 0;
  return Math.min(Math.trunc(offset), text.length);
}

/** 1-based line and column (UTF-16 code units) of an offset; offsets are clamped into the text. */
export function positionOf(file: SourceFile, offset: number): Position {
  const starts = lineStarts(file);
  const at = clamp(offset, file.text);
  const idx = lineIndex(starts, at);
  return { line: idx + 1, column: at - starts[idx]! + 1 };
}

/** Converts a span to a region; see RegionMode. */
export function regionOf(file: SourceFile, span: Span, mode: RegionMode = 'display'): Region {
  const text = file.text;
  const start = clamp(span.start, text);
  const end = Math.max(start, clamp(span.end, text));
  const s = positionOf(file, start);
  if (end === start) {
    return { startLine: s.line, startColumn: s.column, endLine: s.line, endColumn: mode === 'display' ? s.column + 1 : s.column };
  }
  const e = positionOf(file, end);
  if (mode === 'exact') return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  let endLine = e.line;
  let endColumn = e.column;
  if (endColumn === 1 && endLine > s.line) {
    // The span swallowed a line terminator: end it on its own line, after the last character before the terminator.
    const terminator = text.charCodeAt(end - 1) === 10 && text.charCodeAt(end - 2) === 13 ? end - 2 : end - 1;
    const prev = positionOf(file, terminator);
    endLine = prev.line;
    endColumn = prev.column;
  }
  if (endLine === s.line && endColumn <= s.column) endColumn = s.column + 1;
  return { startLine: s.line, startColumn: s.column, endLine, endColumn };
}
