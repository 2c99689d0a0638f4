// RuleTester cases for volume-mount-unknown, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs volume-mount-unknown
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('volume-mount-unknown', {
  valid: [ruleCase('volume-mount-unknown', 'pass-claim-templates-and-ephemeral'), ruleCase('volume-mount-unknown', 'pass-defaults-and-system-volumes')],
  invalid: [
    {
      ...ruleCase('volume-mount-unknown', 'fail-claim-template-typo'),
      errors: [
        { messageId: 'mountUnknown', data: { container: 'ledger', volume: 'journals', description: 'StatefulSet ledger' }, file: 'statefulset.yaml', line: 21, column: 21, endLine: 21, endColumn: 29, level: 'error' },
      ],
    },
    {
      ...ruleCase('volume-mount-unknown', 'fail-mount-typo'),
      errors: [
        { messageId: 'mountUnknown', data: { container: 'api', volume: 'secret-store', description: 'Deployment orders-api' }, file: 'deployment.yaml', line: 22, column: 21, endLine: 22, endColumn: 33, level: 'error' },
        { messageId: 'mountUnknown', data: { container: 'ververica-platform', volume: 'azkvsecret', description: 'Ververica Platform Helm values' }, file: 'values.yaml', line: 5, column: 11, endLine: 5, endColumn: 21, level: 'error' },
        { messageId: 'mountUnknown', data: { container: 'flink-taskmanager', volume: 'azkvsecret', description: 'VVP Deployment top-speed-windowing taskManagerPodTemplate' }, file: 'vvp-deployment.yaml', line: 32, column: 27, endLine: 32, endColumn: 37, level: 'error' },
      ],
    },
  ],
}, test);
