// RuleTester cases for vvp-deployment-target-unknown, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-deployment-target-unknown
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-deployment-target-unknown', {
  valid: [ruleCase('vvp-deployment-target-unknown', 'pass-known-targets')],
  invalid: [
    {
      ...ruleCase('vvp-deployment-target-unknown', 'fail-unknown-target'),
      errors: [
        { messageId: 'deploymentTargetUnknown', data: { target: '"aks-job"' }, file: 'vvp-deployments.yaml', line: 7, column: 25, endLine: 7, endColumn: 32, level: 'note' },
        { messageId: 'deploymentTargetUnknown', data: { target: '"0b6f1c4e-2d3a-4f5b-8c9d-7e6f5a4b3c2d"' }, file: 'vvp-deployments.yaml', line: 33, column: 23, endLine: 33, endColumn: 59, level: 'note' },
        { messageId: 'deploymentTargetUnknown', data: { target: '"aks-prod"' }, file: 'vvp-deployments.yaml', line: 59, column: 25, endLine: 59, endColumn: 33, level: 'note' },
        { messageId: 'deploymentTargetUnknown', data: { target: '"aks-jobs"' }, file: 'vvp-deployments.yaml', line: 84, column: 25, endLine: 84, endColumn: 33, level: 'note' },
      ],
    },
  ],
}, test);
