// kv-object-disabled: an object the SecretProviderClass mounts is disabled in the key vault. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts decides; the data names the object, the vault and what the lists say.
    disabled: '{{type}} {{name}} is disabled in key vault {{vault}}: the provider\'s GET is refused (403 Forbidden, "Operation get is not allowed on a disabled {{type}}"); enable it or mount another',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'disabled');
  },
});
