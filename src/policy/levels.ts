// --level: which admission action each of our levels becomes. `error=Deny,warning=Warn,note=Audit` by default;
// `--level Audit` sets every level at once (the first rollout step); `note=off` leaves a level out.
import type { Level } from '../model/types.js';

export type Action = 'Deny' | 'Warn' | 'Audit';
export type LevelActions = Readonly<Record<Level, readonly Action[]>>;

export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
const ACTIONS: readonly Action[] = ['Deny', 'Warn', 'Audit'];

export const DEFAULT_LEVEL_ACTIONS: LevelActions = { error: ['Deny'], warning: ['Warn'], note: ['Audit'] };

/** Parses each --level value (`Audit`, `error=Deny`, `warning=Warn+Audit`, `note=off`, comma-separated allowed). */
export function parseLevels(values: readonly string[]): LevelActions | string {
  const out: Record<Level, readonly Action[]> = { ...DEFAULT_LEVEL_ACTIONS };
  for (const part of values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const levels = eq < 0 ? LEVELS : [part.slice(0, eq).trim()];
    const spec = eq < 0 ? part : part.slice(eq + 1).trim();
    for (const l of levels) if (!(LEVELS as readonly string[]).includes(l)) return `--level: unknown level "${l}" (expected ${LEVELS.join(', ')})`;
    let actions: Action[];
    if (spec === 'off') actions = [];
    else {
      actions = [];
      for (const a of spec.split('+').map((s) => s.trim())) {
        const found = ACTIONS.find((x) => x.toLowerCase() === a.toLowerCase());
        if (!found) return `--level: unknown action "${a}" (expected ${ACTIONS.join(', ')} or off, joined with +)`;
        if (!actions.includes(found)) actions.push(found);
      }
      // The API server refuses a binding with both (Deny already tells the client).
      if (actions.includes('Deny') && actions.includes('Warn')) return '--level: Deny and Warn cannot be combined (the API server refuses such a binding)';
    }
    for (const l of levels) out[l as Level] = actions;
  }
  return out;
}
