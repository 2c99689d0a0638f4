// Machine-readable output with a stable shape (format version 1). Keys are always present (null when not
// applicable) and ordered as below; findings keep the engine's order. Lines and columns are 1-based, columns count
// UTF-16 code units, endColumn is the column after the last character (as in SARIF).
//
// {
//   "version": 1,                                  // version of this JSON shape, not of the tool
//   "tool": { "name": "vvp-kv-lint", "version": "0.1.0" },
//   "root": "/abs/project/root",
//   "executionSuccessful": true,                   // false when some input could not be analysed
//   "summary": { "errors": 0, "warnings": 0, "notes": 0, "suppressed": 0, "files": 3, "documents": 5, ...,
//                "failedReads": 0, "skippedChecks": 0,
//                "helmTemplatesSkipped": ["chart/templates/a.yaml"] },   // chart templates not linted (not YAML yet)
//   "findings": [{
//     "ruleId": "spc-api-version", "level": "error", "message": "...",
//     "file": "k8s/spc.yaml", "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 12,   // file findings
//     "logical": null,                             // live findings instead: file/lines are null and
//                                                  // logical = { source, fullyQualifiedName, displayName, path, uri }
//     "related": [{ "message": "...", "file": ..., "startLine": ..., ..., "logical": ... }],
//     "fingerprint": "9f2c…",                      // 32 hex digits of a SHA-256 over rule id, object (kind/namespace/
//                                                  // name@file, or file and message), field path, discriminator:
//                                                  // line-independent identity for baselines (src/engine/run.ts)
//     "suppressed": false,
//     "suppressions": [{ "kind": "inSource", "justification": "..." }],
//     "baselineState": null,                       // "new" | "unchanged" | "absent" when a baseline was used
//     "fix": null,                                 // or { "description", "edits": [{ startLine.. endColumn, "text" }] }
//     "remediation": null                          // Azure findings: { "summary", "az", "bicep", "terraform",
//                                                  // "alternative"?, "missing": [...] } (src/remediation)
//   }],
//   "notifications": [{ "id": "file-unreadable", "level": "warning", "message": "...", "file": null, "incomplete": false,
//                       "skippedChecks": null, "remedy": null }]   // check-skipped: checks not run, command that runs them
// }
import { randomUUID } from 'node:crypto';
import type { Finding, LintResult } from '../engine/types.js';
import type { ResolvedLocation } from '../model/types.js';
import { formatFieldPath } from './field-path.js';
import { regionOf } from './positions.js';
import { failedReads, fixableCount, isSuppressed, skippedChecks, skippedHelmTemplates, summarize } from './summary.js';
import { escapeJsonControls } from './escape.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonOptions {
  /** Indentation; 0 for one line. Default 2. */
  readonly indent?: number;
}

export function formatJson(result: LintResult, options: JsonOptions = {}): string {
  return [...jsonPieces(result, options)].join('');
}

/**
 * The JSON report as text, in pieces: the document around its findings, then one finding at a time, each built
 * only when its piece is asked for (as sarifPieces does for SARIF), so a writer never holds the whole report: a
 * repository where every file has findings gives 20,000 of them at 10,000 documents. Joined, the pieces are exactly
 * JSON.stringify of the whole document, controls escaped.
 */
export function* jsonPieces(result: LintResult, options: JsonOptions = {}): Generator<string> {
  const indent = options.indent ?? 2;
  // A marker no input can contain stands for the findings in the document's text, which is then cut around it.
  const marker = `vvp-kv-lint-findings-${randomUUID()}`;
  const doc = jsonDocument(result, marker);
  const text = JSON.stringify(doc, null, indent);
  const quoted = JSON.stringify(marker);
  const at = text.indexOf(quoted);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const pad = line.slice(0, line.length - line.trimStart().length);
  const unit = ' '.repeat(indent);
  yield escapeJsonControls(text.slice(0, at));
  let first = true;
  for (const f of result.findings) {
    const json = JSON.stringify(findingJson(f), null, indent);
    if (indent > 0) yield escapeJsonControls(`${first ? '[' : ','}\n${pad}${unit}${json.replaceAll('\n', `\n${pad}${unit}`)}`);
    else yield escapeJsonControls(`${first ? '[' : ','}${json}`);
    first = false;
  }
  yield first ? '[]' : indent > 0 ? `\n${pad}]` : ']';
  yield `${escapeJsonControls(text.slice(at + quoted.length))}\n`;
}

/** The JSON report as a plain object (tests, and callers that post-process it). */
export function buildJson(result: LintResult): Record<string, unknown> {
  return jsonDocument(result, result.findings.map(findingJson));
}

/** The document with `findings` where its findings go (the findings themselves, or jsonPieces' marker). */
function jsonDocument(result: LintResult, findings: unknown): Record<string, unknown> {
  const summary = summarize(result);
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'vvp-kv-lint', version: result.toolVersion },
    root: result.root,
    executionSuccessful: result.executionSuccessful,
    summary: { ...summary, files: result.filesRead, documents: result.documentsRead, ...(result.filesLinted !== undefined ? { filesLinted: result.filesLinted } : {}), fixable: fixableCount(result), failedReads: failedReads(result).count, skippedChecks: skippedChecks(result).checks, helmTemplatesSkipped: skippedHelmTemplates(result) },
    findings,
    notifications: result.notifications.map((n) => ({
      id: n.id,
      level: n.level,
      message: n.message,
      file: n.file ?? null,
      incomplete: n.incomplete ?? false,
      skippedChecks: n.skippedChecks ?? null,
      remedy: n.remedy ?? null,
    })),
  };
}

function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    ...locationJson(f.location),
    related: f.related.map((r) => ({ message: r.message, ...locationJson(r.location) })),
    fingerprint: f.objectFingerprint,
    suppressed: isSuppressed(f),
    suppressions: (f.suppressions ?? []).map((s) => ({ kind: s.kind, justification: s.justification })),
    baselineState: f.baselineState ?? null,
    fix: fixJson(f),
    // Azure findings: the fix in Azure as az commands, Bicep and Terraform (src/remediation), else null.
    remediation: f.remediation ?? null,
  };
}

function locationJson(loc: ResolvedLocation): Record<string, unknown> {
  if (loc.kind === 'file') {
    return { file: loc.file.relPath, ...regionOf(loc.file, loc.span), logical: null };
  }
  return {
    file: null,
    startLine: null,
    startColumn: null,
    endLine: null,
    endColumn: null,
    logical: {
      source: loc.source,
      fullyQualifiedName: loc.fullyQualifiedName,
      displayName: loc.displayName,
      path: formatFieldPath(loc.path),
      uri: loc.uri ?? null,
    },
  };
}

function fixJson(f: Finding): Record<string, unknown> | null {
  const loc = f.location;
  if (f.fix === undefined || loc.kind !== 'file') return null;
  return {
    description: f.fix.description,
    edits: f.fix.edits.map((e) => ({ ...regionOf(loc.file, e.span, 'exact'), text: e.text })),
  };
}
