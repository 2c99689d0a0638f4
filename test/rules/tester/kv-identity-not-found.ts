// RuleTester cases for kv-identity-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-identity-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('kv-identity-not-found', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('lookup'),
      errors: [
        { messageId: 'identityNotFound', data: { clientId: '99999999-0000-0000-0000-000000000000', where: 'userAssignedIdentityID' }, file: 'app.yaml', line: 48, column: 29, endLine: 48, endColumn: 67, level: 'warning' },
      ],
    },
  ],
}, test);
