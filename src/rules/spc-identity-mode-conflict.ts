// spc-identity-mode-conflict: at most one identity flag; clientID only without pod identity / VM identity.
import { defineRule } from './contract.js';
import { IDENTITY_FLAGS } from '../model/spc.js';
import { azureSpcs } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    twoModes: '{{secondFlag}} and {{firstFlag}} are both true; only one identity mode can be enabled at a time',
    clientIdWithMode: 'clientID is set together with {{clashing}}: the provider then parses workload-identity tokens and fails without them; remove clientID{{hint}}',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const params = spc.parameters;
      if (!params) continue;
      // Keys in source order: the finding goes to the one that made the combination invalid.
      const enabled = Object.keys(params).filter((k) => (IDENTITY_FLAGS as readonly string[]).includes(k) && spc.flag(k as (typeof IDENTITY_FLAGS)[number]) === true);
      if (enabled.length > 1) {
        const [firstFlag, secondFlag] = enabled as [string, string];
        ctx.report({
          object: spc.object, path: spc.paramPath(secondFlag), target: 'key',
          messageId: 'twoModes', data: { secondFlag, firstFlag },
          related: [{ object: spc.object, path: spc.paramPath(firstFlag), target: 'key', message: `${firstFlag} is also true` }],
        });
        continue;
      }
      const clientId = spc.param('clientID');
      const clashing = enabled.find((k) => k === 'usePodIdentity' || k === 'useVMManagedIdentity');
      if (clientId && clashing) {
        const keys = Object.keys(params);
        const later = keys.indexOf('clientID') > keys.indexOf(clashing) ? 'clientID' : clashing;
        const earlier = later === 'clientID' ? clashing : 'clientID';
        ctx.report({
          object: spc.object, path: spc.paramPath(later), target: 'key',
          messageId: 'clientIdWithMode', data: { clashing, hint: clashing === 'useVMManagedIdentity' ? ' (use userAssignedIdentityID for a user-assigned identity)' : '' },
          related: [{ object: spc.object, path: spc.paramPath(earlier), target: 'key', message: `${earlier} is set here` }],
        });
      }
    }
  },
});
