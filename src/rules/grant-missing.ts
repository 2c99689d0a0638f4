// grant-missing: the identity has no effective read of an object type the SPC mounts, under the model the vault
// enforces (grant-wrong-model reports the case where the grant exists under the other model). Silent whenever
// the answer is unknown: unreadable role assignments, unknown custom roles, an identity that cannot be resolved.
import type { RuleModule } from '../engine/types.js';
import { grantProblems } from '../azure/grant-check.js';

export const rule: RuleModule = {
  id: 'grant-missing',
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== 'missing') continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  },
};
