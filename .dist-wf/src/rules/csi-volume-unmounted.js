import { isMounted, secretsVolumes } from './support/pods.js';
export const rule = {
    id: 'csi-volume-unmounted',
    check(ctx) {
        for (const { src, vol } of secretsVolumes(ctx.inventory)) {
            if (isMounted(src, vol.name))
                continue;
            // Defaults may define a volume that deployments mount; a template may mount a defaults volume.
            if (src.kind === 'vvp-defaults')
                continue;
            ctx.report({ object: src.object, path: vol.name !== undefined ? [...vol.path, 'name'] : vol.path, message: `secrets volume ${vol.name ?? ''} is not mounted by any container of ${src.description}` });
        }
    },
};
