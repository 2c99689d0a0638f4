import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { visible } from './support/pods.js';
export const rule = {
    id: 'pod-identity-binding-mismatch',
    check(ctx) {
        for (const { src } of sourcesMounting(ctx.inventory, 'pod-identity')) {
            const label = src.labels['aadpodidbinding'];
            if (!label)
                continue;
            const { list: bindings, known } = visible(ctx.inventory, 'AzureIdentityBinding', 'AzureIdentityBinding', src.namespace);
            if (!known)
                continue;
            const path = [...src.labelsPath, 'aadpodidbinding'];
            const binding = bindings.find((b) => isRecord(b.body['spec']) && b.body['spec']['selector'] === label);
            if (!binding) {
                const selectors = bindings.map((b) => (isRecord(b.body['spec']) ? b.body['spec']['selector'] : undefined)).filter((s) => typeof s === 'string');
                ctx.report({
                    object: src.object, path,
                    message: `aadpodidbinding ${JSON.stringify(label)} matches no AzureIdentityBinding selector${src.namespace ? ` in namespace ${src.namespace}` : ''}${selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(', ')})` : ''}`,
                    related: bindings.slice(0, 3).map((b) => ({ object: b, path: ['spec', 'selector'], message: `AzureIdentityBinding ${b.name ?? ''}` })),
                });
                continue;
            }
            const identityName = isRecord(binding.body['spec']) ? binding.body['spec']['azureIdentity'] : undefined;
            const identities = visible(ctx.inventory, 'AzureIdentity', 'AzureIdentity', binding.namespace ?? src.namespace);
            if (typeof identityName === 'string' && identities.known && !identities.list.some((i) => i.name === identityName)) {
                ctx.report({
                    object: src.object, path,
                    message: `AzureIdentityBinding ${binding.name ?? ''} selected by ${JSON.stringify(label)} names AzureIdentity ${identityName}, which does not exist`,
                    related: [{ object: binding, path: ['spec', 'azureIdentity'], message: `binding names AzureIdentity ${identityName}` }],
                });
            }
        }
    },
};
