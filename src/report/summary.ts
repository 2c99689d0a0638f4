// Counting shared by the text and JSON reporters, so both agree on what "a problem" is.
import type { Finding, LintResult } from '../engine/types.js';

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** Findings silenced by an inline/annotation suppression or the baseline. */
  readonly suppressed: number;
}

export function isSuppressed(f: Finding): boolean {
  return f.suppressions !== undefined && f.suppressions.length > 0;
}

/** A finding the user still has to act on: not suppressed and not an `absent` (already fixed) baseline entry. */
export function isActive(f: Finding): boolean {
  return !isSuppressed(f) && f.baselineState !== 'absent';
}

export function summarize(result: LintResult): Summary {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let suppressed = 0;
  for (const f of result.findings) {
    if (isSuppressed(f)) suppressed++;
    else if (f.baselineState === 'absent') continue;
    else if (f.level === 'error') errors++;
    else if (f.level === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes, suppressed };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Makes a message a sentence (SARIF2001: end with a period); a question or exclamation keeps its own mark. */
export function sentence(text: string): string {
  const t = text.trimEnd();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/** Files skipped as Helm chart templates (not YAML until rendered), in report order: counted and named in every summary. */
export function skippedHelmTemplates(result: LintResult): string[] {
  return result.notifications.filter((n) => n.id === 'helm-template-skipped' && n.file !== undefined).map((n) => n.file!);
}

/** How the text summary names skipped templates: the first few, then how many more. */
export function namesInBrief(files: readonly string[], shown = 5): string {
  return files.length <= shown ? files.join(', ') : `${files.slice(0, shown).join(', ')} and ${files.length - shown} more`;
}

/** Reads that failed: notifications that mean some requested input was not analysed, grouped by id. */
export function failedReads(result: LintResult): { count: number; detail: string } {
  const byId = new Map<string, number>();
  let count = 0;
  for (const n of result.notifications) {
    if (!n.incomplete && n.level !== 'error') continue;
    count++;
    byId.set(n.id, (byId.get(n.id) ?? 0) + 1);
  }
  return { count, detail: [...byId].map(([id, n]) => (n === 1 ? id : `${n}× ${id}`)).join(', ') };
}

/** Checks rules could not run for lack of input (ctx.skip): how many, under how many causes (one note each). */
export function skippedChecks(result: LintResult): { checks: number; causes: number } {
  let checks = 0;
  let causes = 0;
  for (const n of result.notifications) {
    if (n.skippedChecks === undefined) continue;
    checks += n.skippedChecks;
    causes++;
  }
  return { checks, causes };
}

/** Active findings with an automatic fix (what `--fix` would repair). */
export function fixableCount(result: LintResult): number {
  return result.findings.filter((f) => isActive(f) && f.fix !== undefined).length;
}
