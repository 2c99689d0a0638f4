import { resolveIdentity } from '../azure/identity-resolution.js';
import { azureChecks, concrete, isGuid } from '../azure/rule-support.js';
export const rule = {
    id: 'kv-identity-not-found',
    check(ctx) {
        for (const { spc, state } of azureChecks(ctx.inventory)) {
            for (const nf of resolveIdentity(ctx.inventory, state, spc).notFound) {
                // Malformed ids (not GUIDs, placeholders) belong to spc-*-invalid and unresolved-placeholder.
                if (!concrete(nf.clientId) || !isGuid(nf.clientId))
                    continue;
                ctx.report({
                    object: nf.object,
                    path: nf.path,
                    discriminator: nf.clientId,
                    message: `client id ${nf.clientId} (${nf.where}) matches no managed identity or service principal in the Azure state, so its grants cannot be checked; check the id (az identity show --query clientId) or add the identity to the state`,
                });
            }
        }
    },
};
