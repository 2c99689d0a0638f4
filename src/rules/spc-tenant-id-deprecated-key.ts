// spc-tenant-id-deprecated-key: tenantId still works but is deprecated in favour of tenantID.
import { defineRule } from './contract.js';
import { azureSpcs } from './support/spc.js';
import { renameKey } from './support/fix.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    bothKeys: 'tenantId is deprecated and ignored here because tenantID is also set; remove it',
    deprecated: 'tenantId is deprecated; the provider prefers tenantID',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      if (!spc.has('tenantId')) continue;
      const path = spc.paramPath('tenantId');
      const both = spc.has('tenantID');
      ctx.report({
        object: spc.object,
        path,
        target: 'key',
        messageId: both ? 'bothKeys' : 'deprecated',
        fix: both ? undefined : () => renameKey(spc.object, path, 'tenantID', 'Rename tenantId to tenantID'),
      });
    }
  },
});
