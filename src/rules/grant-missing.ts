// grant-missing: the identity has no effective read of an object type the SPC mounts, under the model the vault
// enforces (grant-wrong-model reports the case where the grant exists under the other model). Silent whenever
// the answer is unknown: unreadable role assignments, unknown custom roles, an identity that cannot be resolved.
import { defineRule } from './contract.js';
import { IDENTITY_KINDS } from '../model/identity-resolution.js';
import { grantProblems, grantSkips } from './support/azure/grant-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: IDENTITY_KINDS,
  messages: {
    // src/rules/support/azure/grant-check.ts decides; the data names the identity, the object types and the grant.
    missingRole: '{{principal}} cannot read {{types}} in key vault {{vault}} (Azure RBAC); assign a role that includes {{permissions}} (e.g. Key Vault {{role}}) at the vault scope',
    missingPolicy: '{{principal}} cannot read {{types}} in key vault {{vault}} (access policies); add an access policy with {{permissions}} for object id {{objectId}}',
    missingPolicyOtherTenant: '{{principal}} cannot read {{types}} in key vault {{vault}} (access policies) (an access policy exists for it but names another tenant, so it does not count); add an access policy with {{permissions}} for object id {{objectId}}',
  },
  create(ctx) {
    for (const skip of ctx.once(grantSkips)) ctx.skip(skip);
    for (const p of ctx.once(grantProblems)) {
      if (p.kind !== 'missing') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: p.messageId, data: p.data, related: p.related, remedy: p.remedy });
    }
  },
});
