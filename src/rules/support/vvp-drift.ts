// Drift between a VVP Deployment in git and the same Deployment read from the VVP API (same name and VVP
// namespace): which fields under spec.template.spec.kubernetes differ. Pure: reads the inventory only.
import type { Inventory } from '../../model/inventory.js';
import type { FieldPath, ManifestObject } from '../../model/types.js';
import { differingPaths, describePaths } from '../../model/drift.js';
import { at } from '../../model/pod-sources/fields.js';

export const KUBERNETES_PATH: FieldPath = ['spec', 'template', 'spec', 'kubernetes'];

export interface DriftNote {
  /** The deployment as VVP has it (where the note points). */
  readonly live: ManifestObject;
  /** The deployment as written in git. */
  readonly file: ManifestObject;
  /** Differing fields, full paths from the object root, shallowest difference per branch. */
  readonly paths: readonly FieldPath[];
  /** The file the git side comes from (`git` for a file-less source). */
  readonly where: string;
  /** The differing fields as users read them (`jobManagerPodTemplate.spec.volumes[0]...`). */
  readonly differences: string;
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
    const paths = differingPaths(at(f.body, KUBERNETES_PATH), at(l.body, KUBERNETES_PATH), KUBERNETES_PATH);
    if (paths.length === 0) continue;
    const where = f.source.kind === 'file' ? f.source.file.relPath : 'git';
    notes.push({ live: l, file: f, paths, where, differences: describePaths(paths) });
  }
  return notes;
}
