// grant-wrong-model: the needed read exists only under the permission model the vault ignores — an access
// policy on an RBAC vault, or a role assignment on an access-policy vault.
import type { RuleModule } from '../engine/types.js';
import { grantProblems } from '../azure/grant-check.js';

export const rule: RuleModule = {
  id: 'grant-wrong-model',
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== 'wrong-model') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  },
};
