// pod-identity-deprecated: AAD Pod Identity is deprecated (2022-10-24) and archived; suggest workload identity.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { azureSpcs } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    identityDeprecated: 'AAD Pod Identity was deprecated on 2022-10-24 and is archived; plan a move to workload identity',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      if (spc.flag('usePodIdentity') !== true) continue;
      ctx.report({ object: spc.object, path: spc.paramPath('usePodIdentity'), target: 'key', messageId: 'identityDeprecated' });
    }
  },
});
