// kv-vault-not-found: the SPC's keyvaultName is not among the vaults of the Azure state. Silent when the state
// lists no vaults at all, or when some subscription's vault list could not be read.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { azureChecks, concrete, vaultOf } from './support/azure/rule-support.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    vaultNotFound: 'key vault "{{name}}" is not in the Azure state ({{count}} vault{{plural}} from {{origin}}); check the name, or include its subscription',
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (!state.provided.has('vaults') || state.incomplete.subscriptions.size > 0) continue;
      const name = spc.param('keyvaultName');
      if (!concrete(name) || vaultOf(state, spc)) continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath('keyvaultName'),
        messageId: 'vaultNotFound', data: { name, count: state.vaults.length, plural: state.vaults.length === 1 ? '' : 's', origin: state.origin },
      });
    }
  },
});
