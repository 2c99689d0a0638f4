// kv-federated-credential-missing: workload identity needs a federated credential on the identity whose subject
// is the pods' ServiceAccount (`system:serviceaccount:<ns>:<sa>`); without it the token exchange fails.
import { defineRule } from './contract.js';
import { resolveIdentity, IDENTITY_KINDS } from '../model/identity-resolution.js';
import { azureChecks } from './support/azure/rule-support.js';
import { federatedCredentialRemedy } from './support/azure/remedy.js';
import { isPlaceholder } from '../model/placeholder.js';

export default defineRule({
  requires: ['azure'],
  kinds: IDENTITY_KINDS,
  messages: {
    // No half command here: `az identity federated-credential create` also needs --name, --identity-name,
    // --resource-group and --issuer, which the remediation fills in from the state (or names as missing).
    federatedCredentialMissing: '{{label}} has no federated credential for {{p}}{{have}}; add one to it with subject {{p2}}, the cluster\'s OIDC issuer and audience api://AzureADTokenExchange (--remediation az prints the complete command)',
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
          if (pod.kind === 'helm-values') continue;
          // No serviceAccountName: the pods run as the namespace's `default` ServiceAccount, as Kubernetes does.
          const sa = pod.serviceAccountName ?? 'default';
          if (isPlaceholder(sa)) continue;
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
          messageId: 'federatedCredentialMissing', data: { label: principal.label, p: [...missing].join(', '), have, p2: [...missing][0] },
          remedy: federatedCredentialRemedy(state, identity, [...missing]),
        });
      }
    }
  },
});
