// RuleTester cases for grant-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs grant-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('grant-missing', {
  valid: [azureCase('excessive'), azureCase('placeholders')],
  invalid: [
    {
      ...azureCase('custom-role'),
      errors: [
        { messageId: 'missingRole', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', types: 'secrets', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/secrets/getSecret/action', role: 'Secrets User' }, file: 'app.yaml', line: 33, column: 29, endLine: 33, endColumn: 67, level: 'error' },
      ],
    },
    {
      ...azureCase('lookup'),
      errors: [
        { messageId: 'missingPolicyOtherTenant', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', types: 'secrets', vault: 'kv-policy', permissions: 'secrets get', objectId: 'aaaaaaaa-0000-0000-0000-000000000001' }, file: 'app.yaml', line: 30, column: 29, endLine: 30, endColumn: 67, level: 'error' },
      ],
    },
    {
      ...azureCase('rbac-inherited'),
      errors: [
        { messageId: 'missingRole', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', types: 'certificates', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/certificates/read', role: 'Certificate User' }, file: 'app.yaml', line: 30, column: 29, endLine: 30, endColumn: 67, level: 'error' },
      ],
    },
    {
      ...azureCase('system-assigned'),
      errors: [
        { messageId: 'missingRole', data: { principal: 'the system-assigned identity of node pool aks-flink-2-vmss', types: 'secrets', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/secrets/getSecret/action', role: 'Secrets User' }, file: 'app.yaml', line: 11, column: 27, endLine: 11, endColumn: 33, level: 'error' },
      ],
    },
  ],
}, test);
