import { azureChecks, isGuid, vaultObject, vaultOf } from '../azure/rule-support.js';
export const rule = {
    id: 'kv-tenant-mismatch',
    check(ctx) {
        for (const { spc, state } of azureChecks(ctx.inventory)) {
            const vault = vaultOf(state, spc);
            const tenant = spc.tenant;
            if (!vault?.detailed || !vault.tenantId || !tenant || !isGuid(tenant.value))
                continue;
            if (tenant.value.toLowerCase() === vault.tenantId.toLowerCase())
                continue;
            ctx.report({
                object: spc.object,
                path: spc.paramPath(tenant.key),
                message: `${tenant.key} ${tenant.value} is not the tenant of key vault ${vault.name} (${vault.tenantId})`,
                related: [{ object: vaultObject(vault), path: ['properties', 'tenantId'], message: `vault ${vault.name} belongs to tenant ${vault.tenantId}` }],
            });
        }
    },
};
