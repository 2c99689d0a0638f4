// spc-client-id-invalid: clientID (workload identity / identity binding) must be a client-id GUID.
import { defineRule } from './contract.js';
import { azureSpcs, isGuid, isPlaceholder, show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    clientIdInvalid: 'clientID {{value}} is not a GUID; use the client id of the managed identity or app registration',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const v = spc.param('clientID');
      if (!v || isGuid(v) || isPlaceholder(v)) continue;
      ctx.report({ object: spc.object, path: spc.paramPath('clientID'), messageId: 'clientIdInvalid', data: { value: show(v) } });
    }
  },
});
