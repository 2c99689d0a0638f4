import { azureSpcs, isGuid, isPlaceholder, show } from './support/spc.js';
export const rule = {
    id: 'spc-client-id-invalid',
    check(ctx) {
        for (const spc of azureSpcs(ctx.inventory)) {
            const v = spc.param('clientID');
            if (!v || isGuid(v) || isPlaceholder(v))
                continue;
            ctx.report({ object: spc.object, path: spc.paramPath('clientID'), message: `clientID ${show(v)} is not a GUID; use the client id of the managed identity or app registration` });
        }
    },
};
