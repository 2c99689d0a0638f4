// RuleTester cases for sp-secret-ref-unneeded, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-ref-unneeded
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-ref-unneeded', {
  valid: [ruleCase('sp-secret-ref-unneeded', 'pass-identity-modes-without-ref')],
  invalid: [
    {
      ...ruleCase('sp-secret-ref-unneeded', 'fail-identity-modes-with-ref'),
      errors: [
        { messageId: 'secretRefUnneeded', data: { name: 'azure-kv-msi', identityMode: 'vm-system-assigned' }, file: 'pod.yaml', line: 23, column: 9, endLine: 23, endColumn: 29, level: 'warning' },
        { messageId: 'secretRefUnneeded', data: { name: 'azure-kv-podid', identityMode: 'pod-identity' }, file: 'vvp-deployments.yaml', line: 30, column: 19, endLine: 30, endColumn: 39, level: 'warning' },
        { messageId: 'secretRefUnneeded', data: { name: 'azure-kv-uami', identityMode: 'vm-user-assigned' }, file: 'vvp-deployments.yaml', line: 54, column: 19, endLine: 54, endColumn: 39, level: 'warning' },
        { messageId: 'secretRefUnneeded', data: { name: 'azure-kv-wi', identityMode: 'workload-identity' }, file: 'vvp-deployments.yaml', line: 91, column: 19, endLine: 91, endColumn: 39, level: 'warning' },
      ],
    },
  ],
}, test);
