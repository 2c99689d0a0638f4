// RuleTester cases for suppression-reason-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs suppression-reason-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('suppression-reason-missing', {
  valid: [ruleCase('suppression-reason-missing', 'pass1')],
  invalid: [
    {
      ...ruleCase('suppression-reason-missing', 'fail1'),
      errors: [
        { messageId: 'annotation', data: { where: 'annotation vvp-kv-lint.io/ignore-spc-api-version' }, file: 'spc.yaml', line: 7, column: 5, endLine: 7, endColumn: 42, level: 'warning' },
      ],
    },
  ],
}, test);
