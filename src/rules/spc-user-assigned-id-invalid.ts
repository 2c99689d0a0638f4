// spc-user-assigned-id-invalid: userAssignedIdentityID is empty (system-assigned) or a client-id GUID, and only
// read with useVMManagedIdentity.
import { defineRule } from './contract.js';
import { azureSpcs, isGuid, isPlaceholder, show } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    resourceIdOfIdentity: 'userAssignedIdentityID is the resource id of identity {{identity}}, not its client id; use the client id (az identity show --query clientId)',
    resourceId: 'userAssignedIdentityID {{value}} is a resource id; it must be the client id of the user-assigned identity',
    notGuid: 'userAssignedIdentityID {{value}} is not a GUID; it must be the client id of the user-assigned identity',
    ignored: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const v = spc.param('userAssignedIdentityID');
      if (!v) continue;
      const path = spc.paramPath('userAssignedIdentityID');
      if (!isGuid(v) && !isPlaceholder(v)) {
        const resourceName = /^\/subscriptions\/.*\/userAssignedIdentities\/([^/]+)\/?$/i.exec(v)?.[1];
        const message = resourceName
          ? { messageId: 'resourceIdOfIdentity' as const, data: { identity: JSON.stringify(resourceName) } }
          : { messageId: v.startsWith('/') ? ('resourceId' as const) : ('notGuid' as const), data: { value: show(v) } };
        ctx.report({ object: spc.object, path, level: 'error', ...message });
      } else if (spc.flag('useVMManagedIdentity') !== true) {
        ctx.report({ object: spc.object, path, level: 'warning', messageId: 'ignored' });
      }
    }
  },
});
