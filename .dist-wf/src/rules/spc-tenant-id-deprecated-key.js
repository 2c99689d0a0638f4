import { azureSpcs } from './support/spc.js';
import { renameKey } from './support/fix.js';
export const rule = {
    id: 'spc-tenant-id-deprecated-key',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            if (!spc.has('tenantId'))
                continue;
            const path = spc.paramPath('tenantId');
            const both = spc.has('tenantID');
            ctx.report({
                object: spc.object,
                path,
                target: 'key',
                message: both ? 'tenantId is deprecated and ignored here because tenantID is also set; remove it' : 'tenantId is deprecated; the provider prefers tenantID',
                fix: both ? undefined : () => renameKey(spc.object, path, 'tenantID', 'Rename tenantId to tenantID'),
            });
        }
    },
};
