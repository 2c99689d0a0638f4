// RuleTester cases for vvp-version-unknown, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-version-unknown
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-version-unknown', {
  valid: [ruleCase('vvp-version-unknown', 'pass-version-flag')],
  invalid: [
    {
      ...ruleCase('vvp-version-unknown', 'fail-no-version'),
      errors: [
        { messageId: 'versionUnknown', file: 'values.yaml', line: 5, column: 1, endLine: 5, endColumn: 12, level: 'note' },
      ],
    },
  ],
}, test);
