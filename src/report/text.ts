// Human output in the style of ESLint's "stylish" formatter: one block per file (or per live object, named the
// kubectl way: `pod/ns/name`), aligned rows `line:col  level  message  rule-id`, related locations on an indented
// `↳` line, tool problems after the findings, then a one-line summary. Suppressed findings are only counted.
import { PLAIN, type Paint } from './paint.js';
import type { Finding, LintResult } from '../engine/types.js';
import type { Level, ResolvedLocation, SourceFile } from '../model/types.js';
import { formatFieldPath } from './field-path.js';
import { positionOf } from './positions.js';
import { failedReads, fixableCount, isActive, namesInBrief, plural, skippedChecks, skippedHelmTemplates, summarize } from './summary.js';
import { escapeControls } from './escape.js';

export interface TextOptions {
  /**
   * The styles when colouring (./paint.js loadPaint; decide with shouldColor() from ./color.js); none: plain text.
   */
  readonly paint?: Paint;
  /** Terminal width in columns: a row that would not fit gets its message on lines of its own, wrapped at words. */
  readonly width?: number;
}

interface Row {
  readonly where: string;
  readonly level: Level;
  readonly message: string;
  readonly ruleId: string;
  readonly related: readonly string[];
  /** Azure findings: the fix as az commands (src/remediation), shown under the finding. */
  readonly remedy?: readonly string[];
  readonly sortKey: number | string;
}

interface Group {
  readonly title: string;
  readonly live: boolean;
  /** A link the user can open for a live object (the VVP UI page of a deployment). */
  readonly uri?: string;
  readonly rows: Row[];
}

export function formatText(result: LintResult, options: TextOptions): string {
  const c = options.paint ?? PLAIN;
  const summary = summarize(result);
  const groups = groupFindings(result.findings.filter(isActive));
  const out: string[] = [];

  for (const group of groups) out.push(...renderGroup(group, c, options.width));
  if (result.notifications.length > 0) out.push(...renderNotifications(result, c));

  const problems = summary.errors + summary.warnings + summary.notes;
  if (out.length > 0 || problems > 0) out.push('');
  // A run that could not read part of its input never claims "No problems found": it says what it missed.
  const failed = failedReads(result);
  const counts = readCounts(result);
  if (failed.count > 0) {
    out.push(c.bold(c.red(`✖ incomplete: ${plural(failed.count, 'read')} failed (${failed.detail})`)));
  }
  if (problems === 0) {
    if (failed.count > 0) out.push(c.yellow(`  no problems found in what could be read (${counts})`));
    else out.push(c.green(`✔ No problems found (${counts})`));
  } else {
    const line = `✖ ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')})`;
    out.push(c.bold(summary.errors > 0 ? c.red(line) : c.yellow(line)));
  }
  const templates = skippedHelmTemplates(result);
  if (templates.length > 0) out.push(c.yellow(`  ${plural(templates.length, 'Helm template')} skipped, not linted (render with \`helm template\` to lint): ${escapeControls(namesInBrief(templates))}`));
  // Checks that could not run are part of the verdict: "no problems" covers only what was checked.
  const skipped = skippedChecks(result);
  if (skipped.checks > 0) {
    out.push(c.yellow(`  ${plural(skipped.checks, 'check')} not run for lack of input (${plural(skipped.causes, 'cause')}, each with the command that lets it run, under Tool problems)`));
  }
  const fixable = fixableCount(result);
  if (fixable > 0) out.push(c.dim(`  ${plural(fixable, 'problem')} fixable with --fix (preview: --fix-dry-run)`));
  if (summary.suppressed > 0) {
    out.push(c.dim(`  ${plural(summary.suppressed, 'suppressed finding')} not shown`));
  }
  return `${out.join('\n')}\n`;
}

/** `N files linted, M read for context, D documents` (or the older `N files, D documents` without a split). */
function readCounts(result: LintResult): string {
  const linted = result.filesLinted;
  if (linted === undefined) return `${plural(result.filesRead, 'file')}, ${plural(result.documentsRead, 'document')}`;
  const context = result.filesRead - linted;
  return `${plural(linted, 'file')} linted${context > 0 ? `, ${context} more read for context` : ''}, ${plural(result.documentsRead, 'document')}`;
}

function groupFindings(findings: readonly Finding[]): Group[] {
  const files = new Map<string, Group>();
  const live = new Map<string, Group>();
  for (const f of findings) {
    const loc = f.location;
    const map = loc.kind === 'file' ? files : live;
    const title = escapeControls(loc.kind === 'file' ? loc.file.relPath : loc.displayName);
    let group = map.get(title);
    if (group === undefined) {
      group = { title, live: loc.kind !== 'file', ...(loc.kind === 'logical' && loc.uri ? { uri: escapeControls(loc.uri) } : {}), rows: [] };
      map.set(title, group);
    }
    group.rows.push(toRow(f));
  }
  const byTitle = (a: Group, b: Group): number => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  const ordered = [...[...files.values()].sort(byTitle), ...[...live.values()].sort(byTitle)];
  for (const g of ordered) g.rows.sort(compareRows);
  return ordered;
}

function compareRows(a: Row, b: Row): number {
  if (typeof a.sortKey === 'number' && typeof b.sortKey === 'number') return a.sortKey - b.sortKey;
  return String(a.sortKey) < String(b.sortKey) ? -1 : String(a.sortKey) > String(b.sortKey) ? 1 : 0;
}

function toRow(f: Finding): Row {
  const loc = f.location;
  const where = loc.kind === 'file' ? lineCol(loc.file, loc.span.start) : escapeControls(formatFieldPath(loc.path)) || '(object)';
  return {
    where,
    level: f.level,
    message: oneLine(f.message).replace(/\.$/, ''),
    ruleId: escapeControls(f.ruleId),
    related: f.related.map((r) => `${describe(r.location)} ${oneLine(r.message)}`.trimEnd()),
    ...(f.remediation ? { remedy: f.remediation.az.split('\n').map((l) => escapeControls(l)) } : {}),
    sortKey: loc.kind === 'file' ? loc.span.start : where,
  };
}

function lineCol(file: SourceFile, offset: number): string {
  const p = positionOf(file, offset);
  return `${p.line}:${p.column}`;
}

/** `file:line:col` for a file location, `kind/ns/name path` for a live one. */
export function describe(loc: ResolvedLocation): string {
  if (loc.kind === 'file') return `${escapeControls(loc.file.relPath)}:${lineCol(loc.file, loc.span.start)}`;
  const path = escapeControls(formatFieldPath(loc.path));
  const name = escapeControls(loc.displayName);
  return path === '' ? name : `${name} ${path}`;
}

/** One line of text with every remaining control character made visible. */
function oneLine(s: string): string {
  return escapeControls(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function renderGroup(group: Group, c: Paint, width?: number): string[] {
  const rows = group.rows;
  const levelWidth = widest(rows.map((r) => r.level.length));
  let renderWhere: (r: Row) => string;
  let whereWidth: number;
  if (group.live) {
    whereWidth = widest(rows.map((r) => r.where.length));
    renderWhere = (r) => c.dim(r.where.padEnd(whereWidth));
  } else {
    // Like stylish: line numbers right-aligned, columns left-aligned, so the ':' lines up.
    const parts = rows.map((r) => r.where.split(':') as [string, string]);
    const lw = widest(parts.map((p) => p[0].length));
    const cw = widest(parts.map((p) => p[1].length));
    whereWidth = lw + 1 + cw;
    renderWhere = (r) => {
      const [l, col] = r.where.split(':') as [string, string];
      return c.dim(`${l.padStart(lw)}:${col.padEnd(cw)}`);
    };
  }
  // Rows that do not fit the terminal (ESLint stylish style): `where  level  rule-id`, then the message on its own
  // indented lines wrapped at spaces, so the terminal never breaks a word or strands the rule id on a line.
  const fixed = 2 + whereWidth + 2 + levelWidth + 2;
  const fits = (r: Row): boolean => width === undefined || fixed + r.message.length + 2 + r.ruleId.length <= width;
  const messageWidth = widest(rows.filter(fits).map((r) => r.message.length));
  const ruleWidth = widest(rows.filter(fits).map((r) => r.ruleId.length));
  const out = ['', c.underline(group.title)];
  if (group.uri) out.push(c.dim(`  → ${group.uri}`));
  for (const r of rows) {
    if (!fits(r)) {
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${c.dim(r.ruleId)}`.trimEnd());
      for (const line of wrapWords(r.message, Math.max(20, width! - 6))) out.push(`      ${line}`);
    } else if (width !== undefined && fixed + messageWidth + 2 + ruleWidth > width) {
      // Padding every message to the widest would push this row's rule id past the edge: pad less.
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(Math.max(r.message.length, width - fixed - 2 - r.ruleId.length))}  ${c.dim(r.ruleId)}`.trimEnd());
    } else {
      out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.ruleId)}`.trimEnd());
    }
    for (const rel of r.related) out.push(`${' '.repeat(whereWidth + 4)}${c.dim(`↳ ${rel}`)}`);
    if (r.remedy) {
      out.push(`${' '.repeat(whereWidth + 4)}${c.cyan('fix (az):')}`);
      for (const line of r.remedy) out.push(`${' '.repeat(whereWidth + 6)}${line.startsWith('#') ? c.dim(line) : line}`);
    }
  }
  return out;
}

function paintLevel(c: Paint, level: Level, width: number): string {
  const padded = level.padEnd(width);
  return level === 'error' ? c.red(padded) : level === 'warning' ? c.yellow(padded) : c.blue(padded);
}

function renderNotifications(result: LintResult, c: Paint): string[] {
  const rows = result.notifications.map((n) => ({
    level: n.level,
    message: oneLine(n.file && !n.message.startsWith(n.file) ? `${n.file}: ${n.message}` : n.message).replace(/\.$/, ''),
    id: escapeControls(n.id),
  }));
  const levelWidth = widest(rows.map((r) => r.level.length));
  const messageWidth = widest(rows.map((r) => r.message.length));
  const out = ['', c.underline('Tool problems')];
  for (const r of rows) {
    out.push(`  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.id)}`.trimEnd());
  }
  return out;
}

/** Splits at spaces into lines of at most `width` characters (a single longer word stays whole). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Math.max without spreading: a file can carry 100k rows, beyond the engine's argument limit. */
function widest(lengths: readonly number[]): number {
  let max = 0;
  for (const n of lengths) if (n > max) max = n;
  return max;
}
