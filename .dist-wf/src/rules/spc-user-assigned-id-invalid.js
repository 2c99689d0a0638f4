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
                const resourceName = /^\/subscriptions\/.*\/userAssignedIdentities\/([^/]+)\/?$/i.exec(v)?.[1];
                const message = resourceName
                    ? `userAssignedIdentityID is the resource id of identity ${JSON.stringify(resourceName)}, not its client id; use the client id (az identity show --query clientId)`
                    : v.startsWith('/') ? `userAssignedIdentityID ${show(v)} is a resource id; it must be the client id of the user-assigned identity`
                        : `userAssignedIdentityID ${show(v)} is not a GUID; it must be the client id of the user-assigned identity`;
                ctx.report({ object: spc.object, path, level: 'error', message });
            }
            else if (spc.flag('useVMManagedIdentity') !== true) {
                ctx.report({ object: spc.object, path, level: 'warning', message: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"' });
            }
        }
    },
};
