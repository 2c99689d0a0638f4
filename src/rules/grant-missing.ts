// grant-missing: the identity has no effective read of an object type the SPC mounts, under the model the vault
// enforces (grant-wrong-model reports the case where the grant exists under the other model). Silent whenever
// the answer is unknown: unreadable role assignments, unknown custom roles, an identity that cannot be resolved.
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
      if (p.kind !== 'missing') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: 'grantProblem', data: { problem: p.message }, related: p.related });
    }
  },
});
