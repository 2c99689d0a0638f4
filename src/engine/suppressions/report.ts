// Reporting the directives' own problems (malformed, no reason, unused) as findings of the suppression-* rules.
import type { Inventory } from '../../model/inventory.js';
import type { DirectiveVerdict } from '../../rules/contract.js';
import { runRules } from '../run.js';
import type { Finding } from '../types.js';
import { ANNOTATION_PREFIX, MARKER } from './grammar.js';
import type { Directive, SuppressionOptions } from './types.js';

/** Findings of suppression-reason-missing / suppression-unused for the directives that deserve one. */
export function directiveFindings(directives: readonly Directive[], used: ReadonlyMap<Directive, ReadonlySet<string>>, inventory: Inventory, opts: SuppressionOptions): Finding[] {
  // The directives' own problems are findings of the suppression-* rules, reported through the same engine as every
  // rule (levels, config, fingerprints); they run now because a directive can only be judged after every finding.
  const verdicts: DirectiveVerdict[] = [];
  for (const d of directives) {
    const base = { where: describeDirective(d), kind: d.kind, ruleIds: d.ruleIds, location: d.location, identity: d.identity };
    if (d.malformed) {
      verdicts.push({ ...base, verdict: 'malformed', detail: d.malformed, unusedIds: [] });
      continue;
    }
    if (d.reason === '') {
      verdicts.push({ ...base, verdict: 'no-reason', detail: '', unusedIds: [] });
      continue;
    }
    if (!opts.reportUnused) continue;
    const hit = used.get(d);
    const unused = d.ruleIds.filter((id) => !hit?.has(id));
    if (unused.length > 0) verdicts.push({ ...base, verdict: 'unused', detail: '', unusedIds: unused });
  }
  if (verdicts.length) {
    const judged = runRules(inventory, { phase: 'suppressions', directives: verdicts, ruleLevels: opts.ruleLevels, ...(opts.views ? { views: opts.views } : {}) });
    return judged.findings;
  }
  return [];
}

function describeDirective(d: Directive): string {
  if (d.kind === 'annotation') return `annotation ${ANNOTATION_PREFIX}${d.ruleIds[0] ?? ''}`;
  const ids = d.ruleIds.length ? ` ${d.ruleIds.join(', ')}` : '';
  return `suppression "${d.kind === 'file' ? MARKER : `${MARKER}-next-line`}${ids}"`;
}
