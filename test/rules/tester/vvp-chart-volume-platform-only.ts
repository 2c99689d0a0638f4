// RuleTester cases for vvp-chart-volume-platform-only, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-chart-volume-platform-only
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-chart-volume-platform-only', {
  valid: [ruleCase('vvp-chart-volume-platform-only', 'pass-defaults-volume')],
  invalid: [
    {
      ...ruleCase('vvp-chart-volume-platform-only', 'fail-seed-values'),
      errors: [
        { messageId: 'chartVolumePlatformOnly', data: { volume: 'azkvsecret' }, file: 'ververica-platform/values.yaml', line: 10, column: 11, endLine: 10, endColumn: 21, level: 'note' },
      ],
    },
  ],
}, test);
