// kv-object-version-not-found: a pinned objectVersion is not among the known versions of the object. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts decides; the data names the object, the vault and what the lists say.
    versionNotFound: 'version {{version}} of {{type}} {{name}} is not in key vault {{vault}} (versions listed: {{listed}}); pin an existing version or leave objectVersion empty for the latest',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'version-not-found');
  },
});
