// RuleTester cases for vvp-extra-labels-unsupported, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-extra-labels-unsupported
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-extra-labels-unsupported', {
  valid: [ruleCase('vvp-extra-labels-unsupported', 'pass-chart-5.3'), ruleCase('vvp-extra-labels-unsupported', 'pass-config-2.5')],
  invalid: [
    {
      ...ruleCase('vvp-extra-labels-unsupported', 'fail-flag-2.4'),
      errors: [
        { messageId: 'extraLabelsUnsupported', data: { major: 2, minor: 4 }, file: 'values.yaml', line: 5, column: 1, endLine: 5, endColumn: 12, level: 'error' },
      ],
    },
  ],
}, test);
