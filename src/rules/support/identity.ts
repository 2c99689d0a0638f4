// Pod sources grouped by the SPC identity mode they mount.
import type { PodSource } from '../../model/pod-sources/types.js';
import type { IdentityMode, SpcView } from '../../model/spc.js';
import { spcOfVolume, type RuleData } from './pods.js';
import type { RuleContext } from '../contract.js';

/** Each pod source with the first SPC of `mode` it mounts (one finding per pod source, not per volume). */
export function sourcesMounting(ctx: RuleData & Pick<RuleContext, 'subjects'>, mode: IdentityMode): { src: PodSource; spc: SpcView; volumePath: (string | number)[] }[] {
  const seen = new Set<PodSource>();
  const out: { src: PodSource; spc: SpcView; volumePath: (string | number)[] }[] = [];
  for (const sv of ctx.subjects.secretsVolumes) {
    if (seen.has(sv.src)) continue;
    const spc = spcOfVolume(ctx, sv);
    if (!spc || !spc.isAzure || spc.identityMode !== mode) continue;
    seen.add(sv.src);
    out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
  }
  return out;
}
