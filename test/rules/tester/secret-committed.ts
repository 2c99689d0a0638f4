// RuleTester cases for secret-committed, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs secret-committed
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('secret-committed', {
  valid: [ruleCase('secret-committed', 'pass-no-values'), ruleCase('secret-committed', 'pass-placeholders')],
  invalid: [
    {
      ...ruleCase('secret-committed', 'fail-credentials-committed'),
      errors: [
        { messageId: 'committed', data: { name: 'kv-sp-credentials', field: 'data', keys: 'clientsecret', ref: '; it is a nodePublishSecretRef Secret' }, file: 'secrets.yaml', line: 10, column: 1, endLine: 10, endColumn: 5, level: 'error' },
        { messageId: 'committed', data: { name: 'kafka-sasl', field: 'stringData', keys: 'client_secret', ref: '' }, file: 'secrets.yaml', line: 21, column: 1, endLine: 21, endColumn: 11, level: 'error' },
      ],
    },
  ],
}, test);
