// Suppressions: comment directives and object annotations that silence findings, each with a reason.
//
//   # vvp-kv-lint-disable-next-line <rule-id>[, <rule-id>...] [until=YYYY-MM-DD] -- <reason>
//   # vvp-kv-lint-disable <rule-id>[, <rule-id>...] [until=YYYY-MM-DD] -- <reason>      (the whole file)
//   metadata.annotations: { vvp-kv-lint.io/ignore-<rule-id>: "<reason> [until=YYYY-MM-DD]" }   (that object)
//
// Semantics, decided here and documented in docs/rules/suppression-*.md:
// - "next line" is the next line with content: blank lines and comment-only lines in between are skipped, so
//   several directives can be stacked above one line. A finding matches when its primary location starts there.
// - An annotation covers findings whose primary location lies in that object's document (file objects) or on that
//   live object (same logical name). Only the object's own metadata.annotations count, not pod template ones.
// - A suppression without a reason does NOT apply: the finding stays active and `suppression-reason-missing`
//   points at the directive. "A reason is required" then means something even at the default fail level.
// - `until=` is inclusive (UTC). Past it the finding comes back with a note naming the expired suppression.
// - Malformed directives (no rule id, an unknown rule id, a bad date) are reported as `suppression-unused`
//   always; directives that matched no finding only with --report-unused-disables (on by default in CI).
// - Comments are found with the YAML CST, so `#` lines inside block scalars (embedded YAML) are never directives.
//   Only files being reported on are scanned: a directive in a context file has no findings to match.
import type { Inventory } from '../model/inventory.js';
import { compareFindings } from './run.js';
import type { Finding } from './types.js';
import { directiveFindings } from './suppressions/report.js';
import { matchFindings } from './suppressions/match.js';
import { collectDirectives } from './suppressions/scan.js';
import type { SuppressionOptions } from './suppressions/types.js';
// Grammar: ./suppressions/grammar.ts; finding directives: scan.ts; matching: match.ts; their own findings: report.ts.

/** Applies every directive of the inventory to the findings; returns the new findings list (sorted as given, plus directive findings). */
export function applySuppressions(findings: readonly Finding[], inventory: Inventory, opts: SuppressionOptions): Finding[] {
  const directives = collectDirectives(inventory, opts);
  if (directives.length === 0) return [...findings];
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const { out, used } = matchFindings(findings, directives, today);
  out.push(...directiveFindings(directives, used, inventory, opts));
  return out.sort(compareFindings);
}
