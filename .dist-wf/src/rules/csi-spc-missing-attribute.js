import { CSI_DRIVER_NAME, isRecord } from '../model/kinds.js';
import { secretsVolumes } from './support/pods.js';
export const rule = {
    id: 'csi-spc-missing-attribute',
    check(ctx) {
        for (const { src, vol } of secretsVolumes(ctx.inventory)) {
            if (vol.spcName !== undefined && vol.spcName.trim() !== '')
                continue;
            const attrs = vol.csi['volumeAttributes'];
            if (vol.csi['driver'] !== CSI_DRIVER_NAME && !isRecord(attrs))
                continue;
            ctx.report({ object: src.object, path: [...vol.path, 'csi'], target: 'key', message: `volume ${vol.name ?? ''} has no csi.volumeAttributes.secretProviderClass; the driver fails with "secretProviderClass is not set"` });
        }
    },
};
