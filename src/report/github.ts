// GitHub Actions workflow commands (`::error file=..,line=..::message`), which the runner turns into annotations
// on the run and, for files in the PR diff, on the changed lines. Warnings map to ::warning, notes to ::notice.
// Suppressed and `absent` baseline findings are not annotated.
import type { Finding, LintResult } from '../engine/types.js';
import type { Level } from '../model/types.js';
import { formatFieldPath } from './field-path.js';
import { regionOf } from './positions.js';
import { describe } from './text.js';
import { isActive } from './summary.js';
import { repositoryPath } from './uri.js';
import { escapeControls } from './escape.js';

/** No options yet; kept so every reporter has the same (result, options) shape. */
export interface GithubOptions {}

/** Escaping of the message part, as in @actions/core `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value, as in @actions/core `escapeProperty`: also ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function formatGithub(result: LintResult, _options: GithubOptions = {}): string {
  const lines: string[] = [];
  for (const f of result.findings) if (isActive(f)) lines.push(findingCommand(f, result));
  for (const n of result.notifications) {
    const props: [string, string][] = [];
    if (n.file !== undefined) props.push(['file', n.file]);
    props.push(['title', `vvp-kv-lint: ${n.id}`]);
    lines.push(command(COMMAND[n.level], props, n.message));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function findingCommand(f: Finding, result: LintResult): string {
  const loc = f.location;
  const props: [string, string][] = [];
  let message = f.message;
  if (loc.kind === 'file') {
    const r = regionOf(loc.file, loc.span);
    props.push(['file', repositoryPath(result, loc.file.relPath)], ['line', String(r.startLine)]);
    // Annotations honour columns only on single-line ranges (as the checks API's start_column/end_column).
    if (r.startLine === r.endLine) props.push(['col', String(r.startColumn)]);
    props.push(['endLine', String(r.endLine)]);
    if (r.startLine === r.endLine) props.push(['endColumn', String(r.endColumn)]);
    props.push(['title', f.ruleId]);
  } else {
    // A live object has no file: the annotation lands on the run summary, titled with the object.
    props.push(['title', `${f.ruleId} (${loc.displayName})`]);
    const path = formatFieldPath(loc.path);
    if (path !== '') message = `${path}: ${message}`;
  }
  for (const r of f.related) message += `\n↳ ${describe(r.location)} ${r.message}`.trimEnd();
  return command(COMMAND[f.level], props, message);
}

function command(name: string, props: readonly [string, string][], message: string): string {
  // Control characters are made visible first: the runner prints annotations to the log as they are.
  const p = props.map(([k, v]) => `${k}=${escapeProperty(escapeControls(v))}`).join(',');
  return `::${name}${p === '' ? '' : ` ${p}`}::${escapeData(escapeControls(message, { keepNewlines: true }))}`;
}
