import { azureSpcs, caseVariant, isGuid, isPlaceholder, show } from './support/spc.js';
export const rule = {
    id: 'spc-tenant-id-invalid',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            if (!spc.parameters && spc.spec?.['parameters'] !== undefined)
                continue;
            const tenant = spc.tenant;
            if (!tenant) {
                // Neither key has a usable value: point at the empty key if there is one, else at `parameters`.
                const present = ['tenantID', 'tenantId'].find((k) => spc.has(k));
                if (present && typeof spc.parameters?.[present] !== 'string' && spc.parameters?.[present] !== null)
                    continue; // not-string rule
                ctx.report({
                    object: spc.object,
                    path: present ? spc.paramPath(present) : ['spec', 'parameters'],
                    target: present ? 'value' : 'key',
                    message: `${present ?? 'tenantID'} is ${present ? 'empty' : 'not set'}; the provider needs the Entra tenant id of the vault${present ? '' : hint(caseVariant(spc, 'tenantID'))}`,
                });
                continue;
            }
            const v = tenant.value;
            if (isGuid(v) || v === 'adfs' || isPlaceholder(v))
                continue;
            ctx.report({ object: spc.object, path: spc.paramPath(tenant.key), message: `${tenant.key} ${show(v)} is not a tenant GUID (or adfs for Azure Stack Hub)` });
        }
    },
};
function hint(variant) {
    return variant && variant !== 'tenantId' ? ` (${variant} is set, but keys are case-sensitive)` : '';
}
