// kv-network-restricted: the vault refuses public traffic (publicNetworkAccess Disabled, or firewall default
// Deny) and nothing visible could admit the cluster (no private endpoint, no IP or VNet rule).
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { azureChecks, vaultObject, vaultOf } from './support/azure/rule-support.js';
import { networkRemedy } from './support/azure/remedy.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    networkRestricted: 'key vault {{name}} {{why}}, so the nodes\' requests are likely refused (403 Forbidden); add a private endpoint, a VNet rule for the node subnet, or the cluster\'s egress IP',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed || vault.privateEndpointConnections > 0) continue;
      const disabled = (vault.publicNetworkAccess ?? '').toLowerCase() === 'disabled';
      const acls = vault.networkAcls;
      const denyAll = (acls?.defaultAction ?? '').toLowerCase() === 'deny' && acls!.ipRules.length === 0 && acls!.virtualNetworkRules.length === 0;
      if (!disabled && !denyAll) continue;
      const why = disabled
        ? 'has public network access disabled and no private endpoint'
        : 'has a firewall that denies by default with no IP or virtual-network rule and no private endpoint';
      ctx.report({
        object: spc.object,
        path: spc.paramPath('keyvaultName'),
        messageId: 'networkRestricted', data: { name: vault.name, why },
        related: [{ object: vaultObject(vault), path: ['properties', disabled ? 'publicNetworkAccess' : 'networkAcls'], message: `network settings of key vault ${vault.name}` }],
        remedy: networkRemedy(vault, disabled),
      });
    }
  },
});
