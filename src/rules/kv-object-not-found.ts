// kv-object-not-found: an object the SecretProviderClass mounts is not in the key vault; the closest existing name is suggested. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts decides; the data names the object, the vault and what the lists say.
    notFound: '{{type}} {{name}} is not in key vault {{vault}} ({{listed}} {{list}} listed)',
    notFoundSuggestion: '{{type}} {{name}} is not in key vault {{vault}} ({{listed}} {{list}} listed); did you mean {{suggestion}}?',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'not-found');
  },
});
