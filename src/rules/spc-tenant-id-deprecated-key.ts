// spc-tenant-id-deprecated-key: tenantId still works but is deprecated in favour of tenantID. The provider reads
// tenantID and falls back to tenantId when tenantID is missing or blank after trimming (pkg/provider/types/
// parameters.go GetTenantID, v1.8.2 lines 48-56): with a blank tenantID, tenantId is the one in use and removing
// it would break the mount, so the advice there is to move the value, never to remove it.
import { defineRule } from './contract.js';
import { azureSpcs } from './support/spc.js';
import { renameKey } from './support/fix.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    bothKeys: 'tenantId is deprecated and ignored here because tenantID is also set; remove it',
    preferredBlank: 'tenantId is deprecated, and it is the tenant in use here: tenantID is set but empty, so the provider falls back to tenantId; move the value to tenantID, then remove tenantId',
    deprecated: 'tenantId is deprecated; the provider prefers tenantID',
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      if (!spc.has('tenantId')) continue;
      const path = spc.paramPath('tenantId');
      const both = spc.has('tenantID');
      // A blank (or whitespace) tenantID is no tenant: the provider uses tenantId then (GetTenantID trims first).
      const preferred = spc.parameters?.['tenantID'];
      const blank = both && (preferred === null || (typeof preferred === 'string' && preferred.trim() === ''));
      ctx.report({
        object: spc.object,
        path,
        target: 'key',
        messageId: blank ? 'preferredBlank' : both ? 'bothKeys' : 'deprecated',
        fix: both ? undefined : () => renameKey(spc.object, path, 'tenantID', 'Rename tenantId to tenantID'),
      });
    }
  },
});
