// Baselines: accept today's findings, report only new ones. Entries are keyed by the finding's object
// fingerprint (rule + object identity + field path), never by line, so inserting lines above a finding or
// reordering documents keeps it "unchanged". Several findings may share a fingerprint: entries carry a count.
//
// Baseline entries that no longer occur ("absent" in SARIF terms) are NOT emitted as results: they have no current
// location, and GitHub code scanning ignores baselineState, so an absent result would reopen a fixed alert. They are
// reported as one `baseline-absent` tool notification (count + the first entries) instead, which also lands in the
// SARIF invocation's toolExecutionNotifications.
import { readRegularFileSync } from '../load/safe-read.js';
import { escapeJsonControls } from '../model/json-controls.js';
import type { ToolNotification } from '../model/types.js';
import type { Finding, LintResult } from './types.js';
import { lineColumn } from '../yaml/lines.js';
import validateBaselineGenerated from '../generated/validate-baseline.js';
import type { ErrorObject } from 'ajv';
import { jsonErrorPosition } from '../yaml/safe-message.js';

/** Compiled at build time from schemas/baseline.schema.json by scripts/generate.mjs. */
const validateBaseline = validateBaselineGenerated as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const BASELINE_FORMAT_VERSION = 1;
export const ABSENT_NOTIFICATION_ID = 'baseline-absent';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** `file:line` or the live object's name: for people reading the file and the absent notification. */
  readonly where: string;
  readonly message: string;
  /** How many findings share this fingerprint (default 1). */
  readonly count?: number;
}

export interface Baseline {
  readonly version: 1;
  readonly tool: 'vvp-kv-lint';
  readonly toolVersion: string;
  readonly entries: readonly BaselineEntry[];
}

export class BaselineError extends Error {
  readonly code = 'BASELINE';
}

/** The baseline of a result: every finding the user would otherwise have to act on (not suppressed). */
export function createBaseline(result: LintResult): Baseline {
  const byPrint = new Map<string, BaselineEntry & { count: number }>();
  for (const f of result.findings) {
    if (f.suppressions?.length || f.baselineState === 'absent') continue;
    const prev = byPrint.get(f.objectFingerprint);
    if (prev) prev.count++;
    else byPrint.set(f.objectFingerprint, { fingerprint: f.objectFingerprint, ruleId: f.ruleId, where: where(f), message: f.message, count: 1 });
  }
  const entries = [...byPrint.values()]
    .map(({ count, ...e }) => (count > 1 ? { ...e, count } : e))
    .sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.where, b.where) || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_FORMAT_VERSION, tool: 'vvp-kv-lint', toolVersion: result.toolVersion, entries };
}

export function serializeBaseline(b: Baseline): string {
  return `${escapeJsonControls(JSON.stringify(b, null, 2))}\n`;
}

export function readBaseline(absPath: string): Baseline {
  let text: string;
  try {
    text = readRegularFileSync(absPath);
  } catch (err) {
    throw new BaselineError(`cannot read baseline ${absPath}: ${(err as Error).message}`);
  }
  return parseBaseline(text, absPath);
}

export function parseBaseline(text: string, name: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // Never the parser's message: it quotes the text, and a baseline path may point at any file.
    throw new BaselineError(`${name}: not JSON (${jsonErrorPosition(err)})`);
  }
  const d = doc as Partial<Baseline> | null;
  if (d === null || typeof d !== 'object' || Array.isArray(d) || d.tool !== 'vvp-kv-lint' || !Array.isArray(d.entries)) {
    throw new BaselineError(`${name}: not a vvp-kv-lint baseline (write one with \`vvp-kv-lint baseline write ${name}\`)`);
  }
  if (d.version !== BASELINE_FORMAT_VERSION) throw new BaselineError(`${name}: baseline format version ${typeof d.version === 'number' ? d.version : '(not a number)'} is not supported (expected ${BASELINE_FORMAT_VERSION})`);
  if (!validateBaseline(doc)) {
    // Where and what, from the schema; never the offending value.
    const problems = (validateBaseline.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new BaselineError(`${name}: invalid baseline (schemas/baseline.schema.json): ${[...new Set(problems)].join('; ')}`);
  }
  return d as Baseline;
}

/**
 * Marks each unsuppressed finding `new` or `unchanged`; returns the entries no finding matched.
 * Suppressed findings are left alone: they are already accounted for by their suppression.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { findings: Finding[]; absent: BaselineEntry[] } {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + (e.count ?? 1));
  const out = findings.map((f): Finding => {
    if (f.suppressions?.length) return f;
    const left = remaining.get(f.objectFingerprint) ?? 0;
    if (left > 0) {
      remaining.set(f.objectFingerprint, left - 1);
      return { ...f, baselineState: 'unchanged' };
    }
    return { ...f, baselineState: 'new' };
  });
  const absent: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const left = remaining.get(e.fingerprint) ?? 0;
    if (left <= 0) continue;
    const n = Math.min(left, e.count ?? 1);
    remaining.set(e.fingerprint, left - n);
    const { count: _count, ...rest } = e;
    absent.push(n > 1 ? { ...rest, count: n } : rest);
  }
  return { findings: out, absent };
}

const ABSENT_LISTED = 10;

export function absentNotification(absent: readonly BaselineEntry[], baselineName: string): ToolNotification | undefined {
  const total = absent.reduce((n, e) => n + (e.count ?? 1), 0);
  if (total === 0) return undefined;
  const listed = absent.slice(0, ABSENT_LISTED).map((e) => `${e.ruleId} at ${e.where}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}`);
  const more = absent.length > ABSENT_LISTED ? `, and ${absent.length - ABSENT_LISTED} more` : '';
  return {
    id: ABSENT_NOTIFICATION_ID,
    level: 'note',
    message: `${total} baseline finding${total === 1 ? '' : 's'} no longer occur${total === 1 ? 's' : ''} (fixed or moved to another object): ${listed.join('; ')}${more}. Refresh the baseline with \`vvp-kv-lint baseline write ${baselineName}\``,
  };
}

/** For text and annotation output: drop findings the baseline already accepts; returns how many were hidden. */
export function hideBaselined(result: LintResult): { result: LintResult; hidden: number } {
  const findings = result.findings.filter((f) => f.baselineState !== 'unchanged' || Boolean(f.suppressions?.length));
  return { result: { ...result, findings }, hidden: result.findings.length - findings.length };
}

function where(f: Finding): string {
  const loc = f.location;
  if (loc.kind === 'logical') return loc.path.length ? `${loc.displayName} ${loc.path.join('.')}` : loc.displayName;
  return `${loc.file.relPath}:${lineColumn(loc.file.text, loc.span.start).line}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
