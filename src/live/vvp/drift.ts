// Drift between a VVP Deployment in git and the same Deployment read from the VVP API (same name and VVP
// namespace): which fields under spec.template.spec.kubernetes differ. Pure: reads the inventory only.
import type { Inventory } from '../../model/inventory.js';
import type { FieldPath, ManifestObject } from '../../model/types.js';
import { isRecord } from '../../model/kinds.js';

export const KUBERNETES_PATH: FieldPath = ['spec', 'template', 'spec', 'kubernetes'];

export interface DriftNote {
  /** The deployment as VVP has it (where the note points). */
  readonly live: ManifestObject;
  /** The deployment as written in git. */
  readonly file: ManifestObject;
  /** Differing fields, full paths from the object root, shallowest difference per branch. */
  readonly paths: readonly FieldPath[];
  readonly message: string;
}

/** Notes for every git/VVP pair whose kubernetes section differs; empty unless both sources are loaded. */
export function vvpDrift(inventory: Inventory): DriftNote[] {
  const deployments = inventory.ofClass('VvpDeployment');
  const live = deployments.filter((o) => o.source.kind === 'live' && o.source.live === 'vvp');
  const files = deployments.filter((o) => o.source.kind === 'file');
  if (live.length === 0 || files.length === 0) return [];
  const notes: DriftNote[] = [];
  for (const l of live) {
    // A file without metadata.namespace is applied to whichever namespace the user picks: it matches any.
    const f = files.find((o) => o.name === l.name && (o.namespace === undefined || o.namespace === l.namespace));
    if (!f) continue;
    const paths: FieldPath[] = [];
    diff(at(f.body, KUBERNETES_PATH), at(l.body, KUBERNETES_PATH), KUBERNETES_PATH, paths);
    if (paths.length === 0) continue;
    const shown = paths.slice(0, 10).map(formatPath);
    const more = paths.length > shown.length ? ` and ${paths.length - shown.length} more` : '';
    const where = f.source.kind === 'file' ? f.source.file.relPath : 'git';
    notes.push({
      live: l,
      file: f,
      paths,
      message: `VVP Deployment ${JSON.stringify(l.name)} in VVP namespace ${JSON.stringify(l.namespace)} differs from ${where} under spec.template.spec.kubernetes: ${shown.join(', ')}${more}`,
    });
  }
  return notes;
}

/** Collects the shallowest differing paths. Absent, null, {} and [] count as the same (VVP may echo empty defaults). */
function diff(a: unknown, b: unknown, path: FieldPath, out: FieldPath[]): void {
  if (isEmpty(a) && isEmpty(b)) return;
  if (isRecord(a) && isRecord(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) diff(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(path);
      return;
    }
    a.forEach((v, i) => diff(v, b[i], [...path, i], out));
    return;
  }
  if (!sameScalar(a, b)) out.push(path);
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A file may write `"1"` where the API echoes 1 (or the reverse) for string maps; that is not drift.
  return (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'boolean' || typeof b === 'string') && String(a) === String(b) && typeof a !== typeof b && (typeof a === 'string' || typeof b === 'string');
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}

function at(v: unknown, path: FieldPath): unknown {
  let cur = v;
  for (const p of path) {
    if (typeof p === 'number') cur = Array.isArray(cur) ? cur[p] : undefined;
    else cur = isRecord(cur) ? cur[p] : undefined;
  }
  return cur;
}

function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
