// kv-tenant-mismatch: the SPC's tenantID differs from the vault's properties.tenantId, so the token the
// provider gets is for the wrong tenant.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { azureChecks, isGuid, vaultObject, vaultOf } from './support/azure/rule-support.js';
import { tenantRemedy } from './support/azure/remedy.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    tenantMismatch: '{{key}} {{value}} is not the tenant of key vault {{name}} ({{tenantId}})',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      const tenant = spc.tenant;
      if (!vault?.detailed || !vault.tenantId || !tenant || !isGuid(tenant.value)) continue;
      if (tenant.value.toLowerCase() === vault.tenantId.toLowerCase()) continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath(tenant.key),
        messageId: 'tenantMismatch', data: { key: tenant.key, value: tenant.value, name: vault.name, tenantId: vault.tenantId },
        related: [{ object: vaultObject(vault), path: ['properties', 'tenantId'], message: `vault ${vault.name} belongs to tenant ${vault.tenantId}` }],
        remedy: tenantRemedy(tenant.key, vault),
      });
    }
  },
});
