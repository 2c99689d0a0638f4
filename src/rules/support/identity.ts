// Pod sources grouped by the SPC identity mode they mount.
import type { Inventory } from '../../model/inventory.js';
import type { PodSource } from '../../model/pod-sources.js';
import type { IdentityMode, SpcView } from '../../model/spc.js';
import { secretsVolumes, spcOfVolume } from './pods.js';

/** Each pod source with the first SPC of `mode` it mounts (one finding per pod source, not per volume). */
export function sourcesMounting(inv: Inventory, mode: IdentityMode): { src: PodSource; spc: SpcView; volumePath: (string | number)[] }[] {
  const seen = new Set<PodSource>();
  const out: { src: PodSource; spc: SpcView; volumePath: (string | number)[] }[] = [];
  for (const sv of secretsVolumes(inv)) {
    if (seen.has(sv.src)) continue;
    const spc = spcOfVolume(inv, sv);
    if (!spc || !spc.isAzure || spc.identityMode !== mode) continue;
    seen.add(sv.src);
    out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
  }
  return out;
}
