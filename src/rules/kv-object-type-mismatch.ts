// kv-object-type-mismatch: objectType asks for a kind of object the vault does not hold under that name (a key or certificate that is only a plain secret, or the reverse); note where objectType cert is used but the private key is probably wanted. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
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
    reportObjectProblems(ctx, 'type-mismatch');
  },
});
