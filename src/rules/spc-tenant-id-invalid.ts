// spc-tenant-id-invalid: the provider needs tenantID (or deprecated tenantId): a GUID, or `adfs` (Azure Stack).
import { defineRule } from './contract.js';
import { azureSpcs, caseVariant, isGuid, isPlaceholder, show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    missing: '{{key}} is {{state}}; the provider needs the Entra tenant id of the vault{{hint}}',
    invalid: '{{key}} {{value}} is not a tenant GUID (or adfs for Azure Stack Hub)',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      if (!spc.parameters && spc.spec?.['parameters'] !== undefined) continue;
      const tenant = spc.tenant;
      if (!tenant) {
        // Neither key has a usable value: point at the empty key if there is one, else at `parameters`.
        const present = ['tenantID', 'tenantId'].find((k) => spc.has(k));
        if (present && typeof spc.parameters?.[present] !== 'string' && spc.parameters?.[present] !== null) continue; // not-string rule
        ctx.report({
          object: spc.object,
          path: present ? spc.paramPath(present) : ['spec', 'parameters'],
          target: present ? 'value' : 'key',
          messageId: 'missing', data: { key: present ?? 'tenantID', state: present ? 'empty' : 'not set', hint: present ? '' : hint(caseVariant(spc, 'tenantID')) },
        });
        continue;
      }
      const v = tenant.value;
      if (isGuid(v) || v === 'adfs' || isPlaceholder(v)) continue;
      ctx.report({ object: spc.object, path: spc.paramPath(tenant.key), messageId: 'invalid', data: { key: tenant.key, value: show(v) } });
    }
  },
});

function hint(variant: string | undefined): string {
  return variant && variant !== 'tenantId' ? ` (${variant} is set, but keys are case-sensitive)` : '';
}
