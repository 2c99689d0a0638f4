// kv-object-type-mismatch: objectType asks for a kind of object the vault does not hold under that name (a key or certificate that is only a plain secret, or the reverse); note where objectType cert is used but the private key is probably wanted. Silent for vaults whose lists were not read (no key in the state, a failed or forbidden
// read) and for whatever the lists cannot tell; see src/rules/support/azure/object-check.ts.
import { defineRule } from './contract.js';
import { reportObjectProblems } from './support/azure/object-check.js';

export default defineRule({
  requires: ['azure'],
  kinds: ['SecretProviderClass'],
  messages: {
    // src/rules/support/azure/object-check.ts decides; the data names the object, the vault and what the lists say.
    onlyAsOtherType: '{{name}} exists in key vault {{vault}} only as a {{existsAs}}, not as a {{type}}: objectType {{objectType}} makes the provider call {{call}}, which fails with {{error}}; use objectType: {{useType}}',
    certWithoutPrivateKey: 'objectType cert mounts only the public certificate of {{name}}; its private key is served only as objectType: secret (PEM with key and certificate, or objectFormat: pfx)',
  },
  create(ctx) {
    reportObjectProblems(ctx, 'type-mismatch');
  },
});
