// RuleTester cases for sp-secret-keys-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-keys-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-keys-missing', {
  valid: [ruleCase('sp-secret-keys-missing', 'pass-keys-present')],
  invalid: [
    {
      ...ruleCase('sp-secret-keys-missing', 'fail-wrong-keys'),
      errors: [
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-credentials', keys: 'clientsecret', firstKey: 'clientsecret' }, file: 'secrets.yaml', line: 9, column: 1, endLine: 9, endColumn: 11, level: 'error' },
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-flink', keys: 'clientid and clientsecret', firstKey: 'clientid' }, file: 'secrets.yaml', line: 16, column: 3, endLine: 16, endColumn: 7, level: 'error' },
      ],
    },
  ],
}, test);
