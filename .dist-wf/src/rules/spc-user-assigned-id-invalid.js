import { azureSpcs, isGuid, isPlaceholder, show } from './support/spc.js';
export const rule = {
    id: 'spc-user-assigned-id-invalid',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            const v = spc.param('userAssignedIdentityID');
            if (!v)
                continue;
            const path = spc.paramPath('userAssignedIdentityID');
            if (!isGuid(v) && !isPlaceholder(v)) {
                const what = v.startsWith('/subscriptions/') ? 'a resource id' : 'not a GUID';
                ctx.report({ object: spc.object, path, level: 'error', message: `userAssignedIdentityID ${show(v)} is ${what}; it must be the client id of the user-assigned identity` });
            }
            else if (spc.flag('useVMManagedIdentity') !== true) {
                ctx.report({ object: spc.object, path, level: 'warning', message: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"' });
            }
        }
    },
};
