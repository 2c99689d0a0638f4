// RuleTester cases for vvp-container-name, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-container-name
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-container-name', {
  valid: [ruleCase('vvp-container-name', 'pass-flink-names-and-sidecars')],
  invalid: [
    {
      ...ruleCase('vvp-container-name', 'fail-wrong-names'),
      errors: [
        { messageId: 'containerName', data: { container: '"taskmanager"', expected: 'flink-taskmanager', hint: '' }, file: 'values.yaml', line: 12, column: 27, endLine: 12, endColumn: 38, level: 'error' },
        { messageId: 'containerName', data: { container: '"flink-main-container"', expected: 'flink-jobmanager', hint: ' (flink-main-container is the Apache Flink convention, not VVP\'s)' }, file: 'vvp-deployment.yaml', line: 15, column: 23, endLine: 15, endColumn: 43, level: 'error' },
        { messageId: 'containerName', data: { container: '"flink-jobmanager"', expected: 'flink-taskmanager', hint: '' }, file: 'vvp-deployment.yaml', line: 30, column: 23, endLine: 30, endColumn: 39, level: 'error' },
      ],
    },
  ],
}, test);
