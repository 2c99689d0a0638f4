// spc-provider-invalid: spec.provider must be exactly `azure` for the Azure provider.
import { defineRule } from './contract.js';
import { azureSpcs, show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    notSet: 'spec.provider is not set; the Azure Key Vault provider is selected with provider: azure',
    unknown: 'spec.provider {{provider}} is not a registered provider; the Azure Key Vault provider is "azure"',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const p = spc.provider;
      if (p === 'azure') continue;
      const unset = p === undefined || p === null || (typeof p === 'string' && p.trim() === '');
      ctx.report({ object: spc.object, path: ['spec', 'provider'], ...(unset ? { messageId: 'notSet' as const } : { messageId: 'unknown' as const, data: { provider: show(p) } }) });
    }
  },
});
