// One entry point for the CLI: format a LintResult by format name.
import type { LintResult } from '../engine/types.js';
import { formatGithub, type GithubOptions } from './github.js';
import { formatJson, jsonPieces, type JsonOptions } from './json.js';
import { formatSarif, sarifPieces, type SarifOptions } from './sarif.js';
import { formatText, type TextOptions } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions extends Partial<TextOptions>, JsonOptions, SarifOptions, GithubOptions {}

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

export function formatResult(result: LintResult, format: Format, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, { ...(options.paint ? { paint: options.paint } : {}), ...(options.width ? { width: options.width } : {}) });
    case 'json':
      return formatJson(result, options);
    case 'sarif':
      return formatSarif(result, options);
    case 'github':
      return formatGithub(result, options);
  }
}

/**
 * The same text as formatResult, in pieces to write one after another: a SARIF log comes result by result (see
 * sarifPieces), a JSON report finding by finding (jsonPieces), so a large report is never held whole; the other
 * formats come as one piece.
 */
export function formatPieces(result: LintResult, format: Format, options: FormatOptions = {}): Iterable<string> {
  return format === 'sarif' ? sarifPieces(result, options) : format === 'json' ? jsonPieces(result, options) : [formatResult(result, format, options)];
}

export { shouldColor } from './color.js';
export { formatText, formatJson, formatSarif, formatGithub };
export type { TextOptions, JsonOptions, SarifOptions, GithubOptions };
