// RuleTester cases for flink-template-merge-position, over its fixture projects: message ids and exact positions.
// Run: node scripts/run-tests.mjs flink-template-merge-position
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

const ID = 'flink-template-merge-position';
testRule(ID, {
  valid: [ruleCase(ID, 'pass-by-name-or-same-order')],
  invalid: [
    {
      ...ruleCase(ID, 'fail-positional'),
      errors: [
        { messageId: 'merged', file: 'flinkdeployment.yaml', line: 34, column: 19, endLine: 34, endColumn: 30, level: 'error' },
        { messageId: 'merged', file: 'flinkdeployment.yaml', line: 37, column: 23, endLine: 37, endColumn: 30, level: 'error' },
        { messageId: 'merged', file: 'flinkdeployment.yaml', line: 40, column: 19, endLine: 40, endColumn: 26, level: 'error' },
      ],
    },
  ],
}, test);
