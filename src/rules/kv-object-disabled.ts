// kv-object-disabled: an object the SecretProviderClass mounts is disabled in the key vault. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: '{{problem}}',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'disabled');
  },
});
