// grant-excessive: the mount's identity holds more than reads on the vault (write, delete, purge, `all`, or an
// Officer/Administrator/Owner-style role) under the model the vault enforces.
import { defineRule } from './contract.js';
import { resolveIdentity, IDENTITY_KINDS } from '../model/identity-resolution.js';
import { excessiveGrants } from './support/azure/permissions.js';
import { azureChecks, needsOf, vaultObject, vaultOf } from './support/azure/rule-support.js';
import { excessiveRemedy } from './support/azure/remedy.js';

export default defineRule({
  requires: ['azure'],
  kinds: IDENTITY_KINDS,
  messages: {
    excessive: '{{principal}} holds more than read access on key vault {{vault}}: {{grants}}; a CSI mount only needs get (and list for version history)',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed) continue;
      const res = resolveIdentity(ctx, state, spc);
      for (const principal of res.principals) {
        const extra = excessiveGrants(state, vault, principal.principalIds);
        if (extra.length === 0) continue;
        ctx.report({
          object: spc.object,
          path: res.path,
          discriminator: principal.label,
          messageId: 'excessive', data: { principal: principal.label, vault: vault.name, grants: extra.map((e) => e.description).join('; ') },
          related: [{ object: vaultObject(vault), path: ['properties', vault.enableRbacAuthorization ? 'enableRbacAuthorization' : 'accessPolicies'], message: `key vault ${vault.name}` }],
          remedy: excessiveRemedy(
            state,
            vault,
            principal,
            needsOf(spc),
            extra.flatMap((e) => (e.assignment ? [e.assignment] : [])),
            extra.flatMap((e) => (e.policy ? [e.policy] : [])),
          ),
        });
      }
    }
  },
});
