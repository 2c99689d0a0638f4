import { podSources } from '../model/pod-sources.js';
export const rule = {
    id: 'volume-mount-unknown',
    check(ctx) {
        const sources = podSources(ctx.inventory);
        // Volumes from VVP deployment defaults are merged into every deployment, so template mounts may use them.
        const defaultVolumes = new Set(sources.filter((s) => s.kind === 'vvp-defaults').flatMap((s) => s.volumes.map((v) => v.name)));
        for (const src of sources) {
            if (src.kind === 'vvp-pods')
                continue; // each entry carries its own volume: vvp-pods-volume-name-mismatch
            const names = new Set(src.volumes.map((v) => v.name));
            for (const c of src.containers) {
                for (const m of c.mounts) {
                    if (m.name === undefined || names.has(m.name) || src.implicitVolumes?.includes(m.name))
                        continue;
                    if (src.kind !== 'kube' && src.kind !== 'helm-values' && defaultVolumes.has(m.name))
                        continue;
                    ctx.report({ object: src.object, path: [...m.path, 'name'], message: `container ${c.name ?? ''} mounts volume ${m.name}, which ${src.description} does not define` });
                }
            }
        }
    },
};
