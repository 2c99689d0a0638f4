// kv-object-type-mismatch: objectType asks for a kind of object the vault does not hold under that name (a key or certificate that is only a plain secret, or the reverse); note where objectType cert is used but the private key is probably wanted. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/azure/object-check.ts.
import type { RuleModule } from '../engine/types.js';
import { objectProblems } from '../azure/object-check.js';

export const rule: RuleModule = {
  id: 'kv-object-type-mismatch',
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== 'type-mismatch') continue;
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
