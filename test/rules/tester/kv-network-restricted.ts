// RuleTester cases for kv-network-restricted, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-network-restricted
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('kv-network-restricted', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('workload-identity'),
      errors: [
        { messageId: 'networkRestricted', data: { name: 'kv-rbac', why: 'has public network access disabled and no private endpoint' }, file: 'app.yaml', line: 9, column: 19, endLine: 9, endColumn: 28, level: 'warning' },
        { messageId: 'networkRestricted', data: { name: 'kv-rbac', why: 'has public network access disabled and no private endpoint' }, file: 'app.yaml', line: 26, column: 19, endLine: 26, endColumn: 28, level: 'warning' },
      ],
    },
  ],
}, test);
