import { resolveIdentity } from '../azure/identity-resolution.js';
import { azureChecks } from '../azure/rule-support.js';
export const rule = {
    id: 'kv-federated-credential-missing',
    check(ctx) {
        for (const { spc, state } of azureChecks(ctx.inventory)) {
            if (spc.identityMode !== 'workload-identity' || !state.provided.has('federatedCredentials'))
                continue;
            const res = resolveIdentity(ctx.inventory, state, spc);
            for (const principal of res.principals) {
                const identity = principal.identity;
                if (!identity?.id || state.incomplete.federatedCredentials.has(identity.id.toLowerCase()))
                    continue;
                const subjects = state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === identity.id.toLowerCase()).map((f) => f.subject);
                const missing = new Set();
                for (const pod of res.pods) {
                    const sa = pod.serviceAccountName;
                    if (!sa)
                        continue; // workload-identity-incomplete reports pods without a ServiceAccount
                    const ok = pod.namespace !== undefined
                        ? subjects.includes(`system:serviceaccount:${pod.namespace}:${sa}`)
                        : subjects.some((s) => s.startsWith('system:serviceaccount:') && s.endsWith(`:${sa}`));
                    if (!ok)
                        missing.add(`system:serviceaccount:${pod.namespace ?? '<namespace>'}:${sa}`);
                }
                if (missing.size === 0)
                    continue;
                const have = subjects.length ? ` (it has: ${subjects.join(', ')})` : ' (it has none)';
                ctx.report({
                    object: spc.object,
                    path: spc.paramPath('clientID'),
                    discriminator: identity.id,
                    message: `${principal.label} has no federated credential for ${[...missing].join(', ')}${have}; create one with az identity federated-credential create --subject ${[...missing][0]} --audiences api://AzureADTokenExchange`,
                });
            }
        }
    },
};
