// spc-keyvault-name-invalid: keyvaultName is required and must be a valid vault name (ARM naming rules).
import { defineRule } from './contract.js';
import { azureSpcs, caseVariant, isPlaceholder, show } from './support/spc.js';

const VAULT_NAME = /^(?=.{3,24}$)[A-Za-z](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]$/;

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    missing: 'keyvaultName is {{state}}; the provider needs the Key Vault name{{hint}}',
    invalid: 'keyvaultName {{value}} is not a valid Key Vault name: it {{why}}',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const raw = spc.parameters?.['keyvaultName'];
      if (typeof raw !== 'string' && raw !== undefined && raw !== null) continue; // spc-parameter-not-string
      const v = spc.param('keyvaultName');
      if (!v) {
        const path = spc.has('keyvaultName') ? spc.paramPath('keyvaultName') : ['spec', 'parameters'];
        ctx.report({ object: spc.object, path, target: spc.has('keyvaultName') ? 'value' : 'key', messageId: 'missing', data: { state: spc.has('keyvaultName') ? 'empty' : 'not set', hint: hint(caseVariant(spc, 'keyvaultName')) } });
        continue;
      }
      if (isPlaceholder(v) || VAULT_NAME.test(v)) continue;
      const host = /^(?:[a-z]+:\/\/)?([A-Za-z0-9-]+)\.vault\./i.exec(v)?.[1];
      const why = /[./:]/.test(v) ? `looks like a URI or host name; use the bare vault name${host ? ` ${host}` : ''}`
        : v.length < 3 || v.length > 24 ? `is ${v.length} characters (3-24 allowed)`
        : /--/.test(v) ? 'contains consecutive hyphens'
        : !/^[A-Za-z]/.test(v) ? 'must start with a letter'
        : !/[A-Za-z0-9]$/.test(v) ? 'must end with a letter or digit'
        : 'may only contain letters, digits and hyphens';
      ctx.report({ object: spc.object, path: spc.paramPath('keyvaultName'), messageId: 'invalid', data: { value: show(v), why } });
    }
  },
});

function hint(variant: string | undefined): string {
  return variant ? ` (${variant} is set, but keys are case-sensitive)` : '';
}
