import { isPlaceholder } from './support/spc.js';
import { lookupSpc, secretsVolumes } from './support/pods.js';
export const rule = {
    id: 'csi-spc-not-found',
    check(ctx) {
        for (const { src, vol } of secretsVolumes(ctx.inventory)) {
            const name = vol.spcName?.trim();
            if (!name || isPlaceholder(name))
                continue;
            const found = lookupSpc(ctx.inventory, src, name);
            if (found.spc || !found.decidable)
                continue;
            const ns = src.namespace;
            const other = found.elsewhere[0];
            const via = src.namespaceFrom ? ' (from its DeploymentTarget)' : '';
            const message = other
                ? `SecretProviderClass ${name} is not in the pod namespace ${ns}${via}; one exists in namespace ${other.namespace ?? '(unset)'} instead, and the driver only looks in the pod namespace`
                : `SecretProviderClass ${name} not found${ns ? ` in the pod namespace ${ns}${via}` : ''}`;
            const related = [];
            if (other)
                related.push({ object: other, path: ['metadata', 'namespace'], message: `SecretProviderClass ${name} is in namespace ${other.namespace ?? '(unset)'}` });
            if (src.namespaceFrom)
                related.push({ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${ns}` });
            ctx.report({ object: src.object, path: [...vol.path, 'csi', 'volumeAttributes', 'secretProviderClass'], message, related });
        }
    },
};
