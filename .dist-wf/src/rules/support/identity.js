import { secretsVolumes, spcOfVolume } from './pods.js';
/** Each pod source with the first SPC of `mode` it mounts (one finding per pod source, not per volume). */
export function sourcesMounting(inv, mode) {
    const seen = new Set();
    const out = [];
    for (const sv of secretsVolumes(inv)) {
        if (seen.has(sv.src))
            continue;
        const spc = spcOfVolume(inv, sv);
        if (!spc || !spc.isAzure || spc.identityMode !== mode)
            continue;
        seen.add(sv.src);
        out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
    }
    return out;
}
