// RuleTester cases for spc-keyvault-name-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-keyvault-name-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-keyvault-name-invalid', {
  valid: [ruleCase('spc-keyvault-name-invalid', 'pass-valid-names')],
  invalid: [
    {
      ...ruleCase('spc-keyvault-name-invalid', 'fail-bad-names'),
      errors: [
        { messageId: 'invalid', data: { value: '"kv"', why: 'is 2 characters (3-24 allowed)' }, file: 'spcs.yaml', line: 10, column: 19, endLine: 10, endColumn: 21, level: 'error' },
        { messageId: 'invalid', data: { value: '"kv-ververicaplatform-prod-weu"', why: 'is 29 characters (3-24 allowed)' }, file: 'spcs.yaml', line: 27, column: 19, endLine: 27, endColumn: 48, level: 'error' },
        { messageId: 'invalid', data: { value: '"https://kv-vvp-prod-weu.vault.azure.net/"', why: 'looks like a URI or host name; use the bare vault name kv-vvp-prod-weu' }, file: 'spcs.yaml', line: 44, column: 19, endLine: 44, endColumn: 61, level: 'error' },
        { messageId: 'invalid', data: { value: '"kv-vvp-prod.vault.azure.net"', why: 'looks like a URI or host name; use the bare vault name kv-vvp-prod' }, file: 'spcs.yaml', line: 61, column: 19, endLine: 61, endColumn: 46, level: 'error' },
        { messageId: 'invalid', data: { value: '"kv--vvp-prod"', why: 'contains consecutive hyphens' }, file: 'spcs.yaml', line: 78, column: 19, endLine: 78, endColumn: 31, level: 'error' },
        { messageId: 'invalid', data: { value: '"1kv-vvp-prod"', why: 'must start with a letter' }, file: 'spcs.yaml', line: 95, column: 19, endLine: 95, endColumn: 33, level: 'error' },
        { messageId: 'invalid', data: { value: '"kv-vvp-prod-"', why: 'must end with a letter or digit' }, file: 'spcs.yaml', line: 112, column: 19, endLine: 112, endColumn: 31, level: 'error' },
        { messageId: 'invalid', data: { value: '"kv_vvp_prod"', why: 'may only contain letters, digits and hyphens' }, file: 'spcs.yaml', line: 129, column: 19, endLine: 129, endColumn: 32, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-keyvault-name-invalid', 'fail-missing-or-empty'),
      errors: [
        { messageId: 'missing', data: { state: 'empty', hint: '' }, file: 'spcs.yaml', line: 10, column: 19, endLine: 10, endColumn: 21, level: 'error' },
        { messageId: 'missing', data: { state: 'empty', hint: '' }, file: 'spcs.yaml', line: 27, column: 5, endLine: 27, endColumn: 17, level: 'error' },
        { messageId: 'missing', data: { state: 'not set', hint: '' }, file: 'spcs.yaml', line: 43, column: 3, endLine: 43, endColumn: 13, level: 'error' },
      ],
    },
  ],
}, test);
