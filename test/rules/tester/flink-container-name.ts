// RuleTester cases for flink-container-name, over its fixture projects: message ids and exact start and end positions.
// Run: node scripts/run-tests.mjs flink-container-name
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

const ID = 'flink-container-name';
testRule(ID, {
  valid: [ruleCase(ID, 'pass-main-container-and-sidecars')],
  invalid: [
    {
      ...ruleCase(ID, 'fail-bluegreen-and-operator-file'),
      errors: [
        { messageId: 'containerName', file: 'bluegreen.yaml', line: 20, column: 23, endLine: 20, endColumn: 27, level: 'error' },
        { messageId: 'containerName', file: 'pod-templates/taskmanager.yaml', line: 7, column: 13, endLine: 7, endColumn: 24, level: 'error' },
      ],
    },
    {
      ...ruleCase(ID, 'fail-operator-and-native'),
      errors: [
        { messageId: 'containerName', file: 'flinkdeployment.yaml', line: 15, column: 17, endLine: 15, endColumn: 33, level: 'error' },
        { messageId: 'containerName', file: 'flinkdeployment.yaml', line: 26, column: 19, endLine: 26, endColumn: 35, level: 'error' },
        { messageId: 'containerName', file: 'flinkdeployment.yaml', line: 27, column: 19, endLine: 27, endColumn: 30, level: 'error' },
        { messageId: 'containerName', file: 'pod-templates/taskmanager.yaml', line: 7, column: 13, endLine: 7, endColumn: 30, level: 'error' },
      ],
    },
  ],
}, test);
