// kv-object-disabled: an object the SecretProviderClass mounts is disabled in the key vault. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/azure/object-check.ts.
import type { RuleModule } from '../engine/types.js';
import { objectProblems } from '../azure/object-check.js';

export const rule: RuleModule = {
  id: 'kv-object-disabled',
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== 'disabled') continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath('objects'),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...(p.level ? { level: p.level } : {}),
        related: p.related,
      });
    }
  },
};
