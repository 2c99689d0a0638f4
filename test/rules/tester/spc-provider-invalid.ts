// RuleTester cases for spc-provider-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-provider-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-provider-invalid', {
  valid: [ruleCase('spc-provider-invalid', 'pass-azure'), ruleCase('spc-provider-invalid', 'pass-other-providers')],
  invalid: [
    {
      ...ruleCase('spc-provider-invalid', 'fail-missing-or-empty'),
      errors: [
        { messageId: 'notSet', file: 'spcs.yaml', line: 6, column: 1, endLine: 6, endColumn: 5, level: 'error' },
        { messageId: 'notSet', file: 'spcs.yaml', line: 23, column: 13, endLine: 23, endColumn: 15, level: 'error' },
        { messageId: 'notSet', file: 'spcs.yaml', line: 40, column: 3, endLine: 40, endColumn: 11, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-provider-invalid', 'fail-misspelt'),
      errors: [
        { messageId: 'unknown', data: { provider: '"Azure"' }, file: 'spcs.yaml', line: 7, column: 13, endLine: 7, endColumn: 18, level: 'error' },
        { messageId: 'unknown', data: { provider: '"azure-keyvault"' }, file: 'spcs.yaml', line: 24, column: 13, endLine: 24, endColumn: 29, level: 'error' },
        { messageId: 'unknown', data: { provider: '"akv"' }, file: 'spcs.yaml', line: 38, column: 18, endLine: 38, endColumn: 21, level: 'error' },
        { messageId: 'unknown', data: { provider: '"azure "' }, file: 'spcs.yaml', line: 46, column: 13, endLine: 46, endColumn: 21, level: 'error' },
      ],
    },
  ],
}, test);
