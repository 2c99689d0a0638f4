// kv-federated-credential-missing: workload identity needs a federated credential on the identity whose subject
// is the pods' ServiceAccount (`system:serviceaccount:<ns>:<sa>`); without it the token exchange fails.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { resolveIdentity } from './support/azure/identity-resolution.js';
import { azureChecks } from './support/azure/rule-support.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    federatedCredentialMissing: '{{principal}} has no federated credential for {{subjects}}{{have}}; create one with az identity federated-credential create --subject {{subject}} --audiences api://AzureADTokenExchange',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (spc.identityMode !== 'workload-identity' || !state.provided.has('federatedCredentials')) continue;
      const res = resolveIdentity(ctx, state, spc);
      for (const principal of res.principals) {
        const identity = principal.identity;
        if (!identity?.id || state.incomplete.federatedCredentials.has(identity.id.toLowerCase())) continue;
        const subjects = state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === identity.id!.toLowerCase()).map((f) => f.subject);
        const missing = new Set<string>();
        for (const pod of res.pods) {
          const sa = pod.serviceAccountName;
          if (!sa) continue; // workload-identity-incomplete reports pods without a ServiceAccount
          const ok = pod.namespace !== undefined
            ? subjects.includes(`system:serviceaccount:${pod.namespace}:${sa}`)
            : subjects.some((s) => s.startsWith('system:serviceaccount:') && s.endsWith(`:${sa}`));
          if (!ok) missing.add(`system:serviceaccount:${pod.namespace ?? '<namespace>'}:${sa}`);
        }
        if (missing.size === 0) continue;
        const have = subjects.length ? ` (it has: ${subjects.join(', ')})` : ' (it has none)';
        ctx.report({
          object: spc.object,
          path: spc.paramPath('clientID'),
          discriminator: identity.id,
          messageId: 'federatedCredentialMissing', data: { principal: principal.label, subjects: [...missing].join(', '), have, subject: [...missing][0] },
        });
      }
    }
  },
});
