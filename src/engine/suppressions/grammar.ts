// The suppression grammar: directive comments, ignore annotations and what makes one malformed.
// Semantics are described in src/engine/suppressions.ts.
import { similarIds } from '../../similar-ids.js';
import { DIRECTIVE_MARKER } from '../../model/directive-marker.js';

export const REASON_MISSING_ID = 'suppression-reason-missing';
export const UNUSED_ID = 'suppression-unused';
export const ANNOTATION_PREFIX = 'vvp-kv-lint.io/ignore-';
export const MARKER = DIRECTIVE_MARKER;
export const DIRECTIVE = /^#\s*vvp-kv-lint-(disable-next-line|disable)(?=\s|$)(.*)$/s;
export const UNTIL = /(?:^|\s)until=(\S*)/;

/** Splits `<ids> [until=DATE] -- <reason>` (until= may also follow the reason). */
export function parseDirectiveText(rest: string, ids: readonly string[], known: ReadonlySet<string>): { ruleIds: string[]; reason: string; until?: string; malformed?: string } {
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  let head = sep ? rest.slice(0, sep.index) : rest;
  let reason = sep ? rest.slice(sep.index + sep[0].length) : '';
  let until: string | undefined;
  for (const part of ['head', 'reason'] as const) {
    const text = part === 'head' ? head : reason;
    const m = UNTIL.exec(text);
    if (!m) continue;
    until = m[1]!;
    const cleaned = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    if (part === 'head') head = cleaned;
    else reason = cleaned;
  }
  const ruleIds = head.split(/[\s,]+/).filter((s) => s !== '');
  reason = reason.replace(/\s+/g, ' ').trim();
  const out: { ruleIds: string[]; reason: string; until?: string; malformed?: string } = { ruleIds, reason };
  if (until !== undefined) out.until = until;
  const problem = validate(ruleIds, until, ids, known);
  if (problem) out.malformed = problem;
  return out;
}

export function validate(ruleIds: readonly string[], until: string | undefined, ids: readonly string[], known: ReadonlySet<string>): string | undefined {
  if (ruleIds.length === 0) return 'it names no rule id';
  for (const id of ruleIds) {
    if (!known.has(id)) {
      const close = similarIds(id, ids);
      return `"${id}" is not a rule id${close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : ''}`;
    }
  }
  if (until !== undefined && !isDate(until)) return `until=${until} is not a date (want YYYY-MM-DD)`;
  return undefined;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
