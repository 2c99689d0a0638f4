// RuleTester cases for csi-volume-unmounted, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs csi-volume-unmounted
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('csi-volume-unmounted', {
  valid: [ruleCase('csi-volume-unmounted', 'pass-mounted')],
  invalid: [
    {
      ...ruleCase('csi-volume-unmounted', 'fail-not-mounted'),
      errors: [
        { messageId: 'volumeUnmounted', data: { volume: 'kv-secrets', description: 'DaemonSet log-shipper' }, file: 'daemonset.yaml', line: 19, column: 17, endLine: 19, endColumn: 27, level: 'warning' },
        { messageId: 'volumeUnmounted', data: { volume: 'azkvsecret', description: 'Ververica Platform Helm values' }, file: 'values.yaml', line: 5, column: 11, endLine: 5, endColumn: 21, level: 'warning' },
        { messageId: 'volumeUnmounted', data: { volume: 'azkvsecret', description: 'VVP Deployment fraud-detection kubernetes.pods' }, file: 'vvp-deployment.yaml', line: 15, column: 23, endLine: 15, endColumn: 33, level: 'warning' },
      ],
    },
  ],
}, test);
