import { isRecord } from '../model/kinds.js';
import { secretsVolumes, spcOfVolume } from './support/pods.js';
export const rule = {
    id: 'sp-secret-ref-missing',
    check(ctx) {
        for (const sv of secretsVolumes(ctx.inventory)) {
            const spc = spcOfVolume(ctx.inventory, sv);
            if (!spc || !spc.isAzure || spc.identityMode !== 'service-principal')
                continue;
            const ref = sv.vol.csi['nodePublishSecretRef'];
            if (isRecord(ref) && typeof ref['name'] === 'string' && ref['name'].trim())
                continue;
            ctx.report({
                object: sv.src.object,
                path: [...sv.vol.path, 'csi'],
                target: 'key',
                message: `SecretProviderClass ${spc.object.name} uses a service principal (no identity flag, no clientID), but volume ${sv.vol.name ?? ''} has no nodePublishSecretRef`,
                related: [{ object: spc.object, path: ['spec', 'parameters'], target: 'key', message: 'no usePodIdentity, useVMManagedIdentity or clientID here' }],
            });
        }
    },
};
