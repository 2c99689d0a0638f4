// grant-wrong-model: the needed read exists only under the permission model the vault ignores — an access
// policy on an RBAC vault, or a role assignment on an access-policy vault.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { grantProblems } from './support/azure/grant-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    // The grant check (src/azure/grant-check.ts) words the problem: which identity, which object types, which grant.
    grantProblem: '{{problem}}',
  },
  create(ctx) {
    for (const p of ctx.once(grantProblems)) {
      if (p.kind !== 'wrong-model') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: 'grantProblem', data: { problem: p.message }, related: p.related });
    }
  },
});
