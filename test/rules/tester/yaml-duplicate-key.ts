// RuleTester cases for yaml-duplicate-key, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs yaml-duplicate-key
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('yaml-duplicate-key', {
  valid: [ruleCase('yaml-duplicate-key', 'pass-merge-keys')],
  invalid: [
    {
      ...ruleCase('yaml-duplicate-key', 'fail-flow-and-crlf'),
      errors: [
        { messageId: 'duplicateKey', data: { key: '"name"' }, file: 'spc.yaml', line: 3, column: 51, endLine: 3, endColumn: 55, level: 'warning' },
        { messageId: 'duplicateKey', data: { key: '"keyvaultName"' }, file: 'spc.yaml', line: 9, column: 5, endLine: 9, endColumn: 19, level: 'warning' },
      ],
    },
    {
      ...ruleCase('yaml-duplicate-key', 'fail-parameters'),
      errors: [
        { messageId: 'duplicateKey', data: { key: '"useVMManagedIdentity"' }, file: 'spc.yaml', line: 18, column: 5, endLine: 18, endColumn: 25, level: 'warning' },
      ],
    },
  ],
}, test);
