// "Did you mean": rule ids close to a mistyped one, for `explain <id>` and suppressions naming an unknown rule.
import { editDistance } from './edit-distance.js';

/** Ids within a small edit distance of `wanted` (or containing it), closest first, at most `max`. */
export function similarIds(wanted: string, ids: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return ids
    .map((id) => ({ id, d: id.includes(w) || (w.length >= 4 && w.includes(id)) ? 0.5 : editDistance(w, id) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((x) => x.id);
}
