// RuleTester cases for grant-wrong-model, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs grant-wrong-model
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('grant-wrong-model', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('wrong-model'),
      errors: [
        { messageId: 'policyOnRbacVault', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', types: 'secrets', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/secrets/getSecret/action', role: 'Secrets User' }, file: 'app.yaml', line: 12, column: 29, endLine: 12, endColumn: 67, level: 'error' },
        { messageId: 'roleOnPolicyVault', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', types: 'secrets', vault: 'kv-policy', permissions: 'secrets get', objectId: 'aaaaaaaa-0000-0000-0000-000000000001', roles: 'Key Vault Secrets User at the vault' }, file: 'app.yaml', line: 30, column: 29, endLine: 30, endColumn: 67, level: 'error' },
      ],
    },
  ],
}, test);
