// Code actions for a finding: its safe fix (the edits `--fix` would make, offered only when they leave the file
// parsing as well as before, as --fix checks), and suppression comments with a reason placeholder to fill in.
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Finding } from '../../engine/types.js';
import { applyEdits, parseErrors } from '../../engine/fix.js';
import { yamlComments } from '../../engine/suppressions/scan.js';
import { lineIndex, lineStarts } from '../../yaml/lines.js';
import { exactRange } from './convert.js';

/** What a suppression's reason says until the user writes one (a directive needs a reason to apply). */
export const REASON_PLACEHOLDER = 'REASON: why this is safe';

export function codeActionsFor(f: Finding, diagnostic: Diagnostic, uri: string, text: string): CodeAction[] {
  if (f.location.kind !== 'file') return [];
  const out: CodeAction[] = [];
  const json = /\.json$/i.test(f.location.file.relPath);
  if (f.fix && f.fix.edits.length) {
    let fixed: string | undefined;
    try {
      fixed = applyEdits(text, f.fix.edits);
    } catch {
      fixed = undefined; // Overlapping edits: not offered.
    }
    if (fixed !== undefined && parseErrors(fixed, json) <= parseErrors(text, json)) {
      out.push({
        title: `Fix: ${f.fix.description}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: f.fix.edits.map((e): LspTextEdit => ({ range: exactRange(text, e.span), newText: e.text })) } },
      });
    }
  }
  // JSON has no comments: its findings are suppressed with an annotation (vvp-kv-lint.io/ignore-<rule-id>), by hand.
  if (json || f.ruleId === 'yaml-parse-error') return out;
  const line = nextLineSuppression(f, text);
  if (line) out.push({ title: `Suppress ${f.ruleId} on this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [line] } } });
  const fileWide = `# vvp-kv-lint-disable ${f.ruleId} -- ${REASON_PLACEHOLDER}\n`;
  out.push({ title: `Suppress ${f.ruleId} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: fileWide }] } } });
  return out;
}

/**
 * `# vvp-kv-lint-disable-next-line <id> -- <reason>` above the finding's line, indented like it. Only where the
 * inserted line is a YAML comment (not text inside a block scalar: the SPC `objects` string holds findings too) and
 * the finding's line stays the next line with content, so the directive would cover it.
 */
function nextLineSuppression(f: Finding, text: string): LspTextEdit | undefined {
  if (f.location.kind !== 'file') return undefined;
  const starts = lineStarts(text);
  const line = lineIndex(starts, Math.min(f.location.span.start, text.length));
  const lineStart = starts[line]!;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const inserted = `${indent}# vvp-kv-lint-disable-next-line ${f.ruleId} -- ${REASON_PLACEHOLDER}${eol}`;
  const candidate = text.slice(0, lineStart) + inserted + text.slice(lineStart);
  const commentAt = lineStart + indent.length;
  if (!yamlComments(candidate).some((c) => c.offset === commentAt)) return undefined;
  return { range: exactRange(text, { start: lineStart, end: lineStart }), newText: inserted };
}
