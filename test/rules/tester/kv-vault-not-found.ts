// RuleTester cases for kv-vault-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-vault-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('kv-vault-not-found', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('lookup'),
      errors: [
        { messageId: 'vaultNotFound', data: { name: 'kv-polcy', count: 1, plural: '', origin: 'azure-state.json' }, file: 'app.yaml', line: 9, column: 19, endLine: 9, endColumn: 29, level: 'error' },
      ],
    },
  ],
}, test);
