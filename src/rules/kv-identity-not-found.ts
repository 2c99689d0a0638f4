// kv-identity-not-found: the client id the SPC (or its AzureIdentity) uses matches no identity or service
// principal in the Azure state, so its grants cannot be checked.
import { defineRule } from './contract.js';
import { resolveIdentity, IDENTITY_KINDS } from '../model/identity-resolution.js';
import { azureChecks, concrete, isGuid } from './support/azure/rule-support.js';
import { identityNotFoundRemedy } from './support/azure/remedy.js';

export default defineRule({
  requires: ['azure'],
  kinds: IDENTITY_KINDS,
  messages: {
    identityNotFound: 'client id {{clientId}} ({{where}}) matches no managed identity or service principal in the Azure state, so its grants cannot be checked; check the id (az identity show --query clientId) or add the identity to the state',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      for (const nf of resolveIdentity(ctx, state, spc).notFound) {
        // Malformed ids (not GUIDs, placeholders) belong to spc-*-invalid and unresolved-placeholder.
        if (!concrete(nf.clientId) || !isGuid(nf.clientId)) continue;
        ctx.report({
          object: nf.object,
          path: nf.path,
          discriminator: nf.clientId,
          messageId: 'identityNotFound', data: { clientId: nf.clientId, where: nf.where },
          remedy: identityNotFoundRemedy(state, nf.clientId, nf.where),
        });
      }
    }
  },
});
