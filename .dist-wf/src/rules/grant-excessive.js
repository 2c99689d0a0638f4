import { resolveIdentity } from '../azure/identity-resolution.js';
import { excessiveGrants } from '../azure/permissions.js';
import { azureChecks, vaultObject, vaultOf } from '../azure/rule-support.js';
export const rule = {
    id: 'grant-excessive',
    check(ctx) {
        for (const { spc, state } of azureChecks(ctx.inventory)) {
            const vault = vaultOf(state, spc);
            if (!vault?.detailed)
                continue;
            const res = resolveIdentity(ctx.inventory, state, spc);
            for (const principal of res.principals) {
                const extra = excessiveGrants(state, vault, principal.principalIds);
                if (extra.length === 0)
                    continue;
                ctx.report({
                    object: spc.object,
                    path: res.path,
                    discriminator: principal.label,
                    message: `${principal.label} holds more than read access on key vault ${vault.name}: ${extra.map((e) => e.description).join('; ')}; a CSI mount only needs get (and list for version history)`,
                    related: [{ object: vaultObject(vault), path: ['properties', vault.enableRbacAuthorization ? 'enableRbacAuthorization' : 'accessPolicies'], message: `key vault ${vault.name}` }],
                });
            }
        }
    },
};
