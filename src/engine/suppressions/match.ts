// Matching findings to directives: a directive with a reason suppresses the findings it covers until its `until=`
// date; past it the finding stays active with a note naming the expired suppression.
import type { Finding } from '../types.js';
import type { Directive } from './types.js';

/** The findings with suppressions applied, and which rule ids each directive (with a reason) matched. */
export function matchFindings(findings: readonly Finding[], directives: readonly Directive[], today: string): { out: Finding[]; used: Map<Directive, Set<string>> } {
  const used = new Map<Directive, Set<string>>();
  const out: Finding[] = [];

  for (const f of findings) {
    if (f.suppressions?.length) {
      out.push(f);
      continue;
    }
    const matches = directives.filter((d) => !d.malformed && d.ruleIds.includes(f.ruleId) && d.covers(f.location));
    for (const d of matches) {
      if (d.reason !== '') (used.get(d) ?? used.set(d, new Set()).get(d)!).add(f.ruleId);
    }
    const active = matches.filter((d) => d.reason !== '' && !(d.until !== undefined && today > d.until));
    if (active.length > 0) {
      out.push({ ...f, suppressions: active.map((d) => ({ kind: 'inSource' as const, justification: d.reason })) });
      continue;
    }
    const expired = matches.find((d) => d.reason !== '' && d.until !== undefined && today > d.until);
    if (expired) {
      out.push({
        ...f,
        message: `${f.message} A suppression of this finding expired on ${expired.until} (reason given: ${expired.reason}).`,
        related: [...f.related, { location: expired.location, message: `Suppression expired on ${expired.until}.` }],
      });
      continue;
    }
    out.push(f);
  }

  return { out, used };
}
