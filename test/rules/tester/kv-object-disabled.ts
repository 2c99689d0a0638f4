// RuleTester cases for kv-object-disabled, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-object-disabled
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase, azureCase } from '../../support/rule-cases.js';

testRule('kv-object-disabled', {
  valid: [ruleCase('kv-object-disabled', 'pass-enabled-or-pinned'), azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...ruleCase('kv-object-disabled', 'fail-disabled'),
      errors: [
        { messageId: 'disabled', data: { type: 'secret', name: 'db-password', vault: 'kv-prod' }, file: 'spc.yaml', line: 16, column: 23, endLine: 16, endColumn: 34, level: 'error' },
        { messageId: 'disabled', data: { type: 'key', name: 'orders-signing-key', vault: 'kv-prod' }, file: 'spc.yaml', line: 19, column: 23, endLine: 19, endColumn: 41, level: 'error' },
      ],
    },
  ],
}, test);
