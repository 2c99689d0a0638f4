// RuleTester cases for spc-bool-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-bool-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-bool-invalid', {
  valid: [ruleCase('spc-bool-invalid', 'pass-go-bools')],
  invalid: [
    {
      ...ruleCase('spc-bool-invalid', 'fail-not-go-bools'),
      errors: [
        { messageId: 'boolInvalid', data: { flag: 'useVMManagedIdentity', value: '"yes"' }, file: 'spcs.yaml', line: 9, column: 27, endLine: 9, endColumn: 32, level: 'error' },
        { messageId: 'boolInvalid', data: { flag: 'usePodIdentity', value: '"no"' }, file: 'spcs.yaml', line: 26, column: 21, endLine: 26, endColumn: 25, level: 'error' },
        { messageId: 'boolInvalid', data: { flag: 'useVMManagedIdentity', value: '"on"' }, file: 'spcs.yaml', line: 27, column: 27, endLine: 27, endColumn: 31, level: 'error' },
        { messageId: 'boolInvalid', data: { flag: 'useVMManagedIdentity', value: '"enabled"' }, file: 'spcs.yaml', line: 44, column: 27, endLine: 44, endColumn: 36, level: 'error' },
        { messageId: 'boolInvalid', data: { flag: 'useAzureTokenProxy', value: '"tRuE"' }, file: 'spcs.yaml', line: 61, column: 25, endLine: 61, endColumn: 31, level: 'error' },
      ],
    },
  ],
}, test);
