// kv-object-expired: an object the SecretProviderClass mounts has expired (error), or expires within objectExpiryWarningDays (warning). Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts decides; the data names the object, the vault and what the lists say.
    expired: '{{type}} {{name}} in key vault {{vault}} expired on {{date}}: rotate it (a new version with a later expiry)',
    expiresSoon: '{{type}} {{name}} in key vault {{vault}} expires on {{date}} (days left: {{days}}, within the {{window}}-day window): rotate it before then',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'expired');
  },
});
