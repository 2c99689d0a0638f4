// RuleTester cases for grant-excessive, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs grant-excessive
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('grant-excessive', {
  valid: [azureCase('lookup'), azureCase('placeholders')],
  invalid: [
    {
      ...azureCase('custom-role'),
      errors: [
        { messageId: 'excessive', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', vault: 'kv-rbac', grants: 'KV all but secrets at subscription 11111111-1111-1111-1111-111111111111 (allows keys/create/action, keys/delete, keys/purge/action, keys/import/action, certificates/create/action, certificates/delete, certificates/purge/action, certificates/import/action)' }, file: 'app.yaml', line: 12, column: 29, endLine: 12, endColumn: 67, level: 'warning' },
        { messageId: 'excessive', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', vault: 'kv-rbac', grants: 'KV all but secrets at subscription 11111111-1111-1111-1111-111111111111 (allows keys/create/action, keys/delete, keys/purge/action, keys/import/action, certificates/create/action, certificates/delete, certificates/purge/action, certificates/import/action)' }, file: 'app.yaml', line: 33, column: 29, endLine: 33, endColumn: 67, level: 'warning' },
      ],
    },
    {
      ...azureCase('excessive'),
      errors: [
        { messageId: 'excessive', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', vault: 'kv-rbac', grants: 'Key Vault Secrets Officer at subscription 11111111-1111-1111-1111-111111111111 (allows secrets/setSecret/action, secrets/delete, secrets/purge/action)' }, file: 'app.yaml', line: 12, column: 29, endLine: 12, endColumn: 67, level: 'warning' },
        { messageId: 'excessive', data: { principal: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', vault: 'kv-policy', grants: 'access policy secrets: set, purge' }, file: 'app.yaml', line: 30, column: 29, endLine: 30, endColumn: 67, level: 'warning' },
      ],
    },
  ],
}, test);
