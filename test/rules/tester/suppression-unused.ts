// RuleTester cases for suppression-unused, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs suppression-unused
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('suppression-unused', {
  valid: [ruleCase('suppression-unused', 'pass1')],
  invalid: [
    {
      ...ruleCase('suppression-unused', 'fail1'),
      errors: [
        { messageId: 'malformed', data: { where: 'annotation vvp-kv-lint.io/ignore-spc-api-versoin', why: '"spc-api-versoin" is not a rule id (did you mean "spc-api-version"?)' }, file: 'spc.yaml', line: 7, column: 5, endLine: 7, endColumn: 42, level: 'warning' },
      ],
    },
  ],
}, test);
