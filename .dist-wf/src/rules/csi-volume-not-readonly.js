import { secretsVolumes } from './support/pods.js';
import { addKey, replaceAt } from './support/fix.js';
export const rule = {
    id: 'csi-volume-not-readonly',
    check(ctx) {
        for (const { src, vol } of secretsVolumes(ctx.inventory)) {
            const ro = vol.csi['readOnly'];
            if (ro === true)
                continue;
            const csiPath = [...vol.path, 'csi'];
            ctx.report({
                object: src.object,
                path: csiPath,
                target: 'key',
                message: `volume ${vol.name ?? ''} is not csi.readOnly: true; the Secrets Store CSI driver refuses it ("Readonly is not true in request")`,
                fix: () => (ro === undefined ? addKey(src.object, csiPath, 'readOnly', 'true', 'Set csi.readOnly: true') : replaceAt(src.object, [...csiPath, 'readOnly'], 'value', 'true', 'Set csi.readOnly: true')),
            });
        }
    },
};
