// grant-wrong-model: the needed read exists only under the permission model the vault ignores — an access
// policy on an RBAC vault, or a role assignment on an access-policy vault.
import { defineRule } from './contract.js';
import { IDENTITY_KINDS } from '../model/identity-resolution.js';
import { grantProblems, grantSkips } from './support/azure/grant-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: IDENTITY_KINDS,
  messages: {
    // src/rules/support/azure/grant-check.ts decides; the data names the identity, the object types and the grant.
    policyOnRbacVault: '{{principal}} can read {{types}} in key vault {{vault}} only through an access policy, which an RBAC vault ignores; assign a role that includes {{permissions}} (e.g. Key Vault {{role}}) at the vault scope, or switch the vault\'s permission model',
    roleOnPolicyVault: '{{principal}} can read {{types}} in key vault {{vault}} only through {{roles}}, which an access-policy vault ignores; add an access policy with {{permissions}} for object id {{objectId}}, or switch the vault\'s permission model',
  },
  create(ctx) {
    for (const skip of ctx.once(grantSkips)) ctx.skip(skip);
    for (const p of ctx.once(grantProblems)) {
      if (p.kind !== 'wrong-model') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: p.messageId, data: p.data, related: p.related, remedy: p.remedy });
    }
  },
});
