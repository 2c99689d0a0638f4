import { secretsVolumes, spcOfVolume } from './support/pods.js';
export const rule = {
    id: 'sp-secret-ref-unneeded',
    check(ctx) {
        for (const sv of secretsVolumes(ctx.inventory)) {
            if (sv.vol.csi['nodePublishSecretRef'] === undefined)
                continue;
            const spc = spcOfVolume(ctx.inventory, sv);
            if (!spc || !spc.isAzure || spc.identityMode === 'service-principal')
                continue;
            ctx.report({
                object: sv.src.object,
                path: [...sv.vol.path, 'csi', 'nodePublishSecretRef'],
                target: 'key',
                message: `SecretProviderClass ${spc.object.name} uses ${spc.identityMode}; the nodePublishSecretRef Secret is never used`,
                related: [{ object: spc.object, path: ['spec', 'parameters'], target: 'key', message: `identity mode ${spc.identityMode} is set here` }],
            });
        }
    },
};
