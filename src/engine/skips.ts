// Checks that could not run, gathered into one notification per cause: rules call ctx.skip() where they would
// otherwise stay silent (a vault list not in the state, a principal that cannot be resolved), and the user is
// told how many checks that cost and the exact command or flag that lets them run. A rule stays silent about what
// it cannot see; this is how that silence speaks.
import type { ToolNotification } from '../model/types.js';
import type { Skip } from '../rules/contract.js';

/** Notification id of skipped checks (stable: tests, --fail-on-incomplete and users filter on it). */
export const CHECK_SKIPPED = 'check-skipped';

interface Group {
  readonly reason: string;
  readonly remedy: string;
  readonly rules: Set<string>;
  /** `rule\0subject`: a check is one rule on one subject. */
  readonly checks: Set<string>;
  readonly subjects: Set<string>;
}

export class SkipCollector {
  private readonly groups = new Map<string, Group>();

  add(ruleId: string, skip: Skip): void {
    const key = `${skip.cause}\u0000${skip.reason}\u0000${skip.remedy}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { reason: skip.reason, remedy: skip.remedy, rules: new Set(), checks: new Set(), subjects: new Set() }));
    g.rules.add(ruleId);
    g.checks.add(`${ruleId}\u0000${skip.subject}`);
    g.subjects.add(skip.subject);
  }

  /** One note per cause, in the order causes were first met (rules run in a fixed order). */
  notifications(): ToolNotification[] {
    return [...this.groups.values()].map((g) => {
      const n = g.checks.size;
      const rules = [...g.rules].sort();
      const what = `${n} check${n === 1 ? '' : 's'} not run (${rules.join(', ')}${g.subjects.size !== n ? ` on ${g.subjects.size} object${g.subjects.size === 1 ? '' : 's'}` : ''})`;
      return {
        id: CHECK_SKIPPED,
        level: 'note',
        message: `${what}: ${g.reason}; to run ${n === 1 ? 'it' : 'them'}: ${g.remedy}`,
        skippedChecks: n,
        remedy: g.remedy,
      };
    });
  }
}
