import { azureSpcs, show } from './support/spc.js';
export const rule = {
    id: 'spc-provider-invalid',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            const p = spc.provider;
            if (p === 'azure')
                continue;
            const message = p === undefined || p === null || (typeof p === 'string' && p.trim() === '')
                ? 'spec.provider is not set; the Azure Key Vault provider is selected with provider: azure'
                : `spec.provider ${show(p)} is not a registered provider; the Azure Key Vault provider is "azure"`;
            ctx.report({ object: spc.object, path: ['spec', 'provider'], message });
        }
    },
};
