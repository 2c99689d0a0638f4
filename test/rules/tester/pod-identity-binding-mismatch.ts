// RuleTester cases for pod-identity-binding-mismatch, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs pod-identity-binding-mismatch
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('pod-identity-binding-mismatch', {
  valid: [ruleCase('pod-identity-binding-mismatch', 'pass-binding-matches')],
  invalid: [
    {
      ...ruleCase('pod-identity-binding-mismatch', 'fail-selector-or-identity'),
      errors: [
        { messageId: 'noBinding', data: { label: '"platform-kv"', where: ' in namespace vvp-jobs', selectors: ' (selectors: "vvp-kv", "flink-kv")', elsewhere: '; AzureIdentityBinding platform-binding in namespace vvp has it, but bindings only select pods of their own namespace' }, file: 'deployment.yaml', line: 14, column: 26, endLine: 14, endColumn: 37, level: 'error' },
        { messageId: 'noBinding', data: { label: '"vvp-kv-identity-binding"', where: ' in namespace vvp-jobs (from its DeploymentTarget)', selectors: ' (selectors: "vvp-kv", "flink-kv")', elsewhere: '' }, file: 'vvp-deployments.yaml', line: 15, column: 32, endLine: 15, endColumn: 55, level: 'error' },
        { messageId: 'identityMissing', data: { label: 'flink-binding', where: '"flink-kv"', identityName: 'flink-identity' }, file: 'vvp-deployments.yaml', line: 43, column: 30, endLine: 43, endColumn: 38, level: 'error' },
      ],
    },
  ],
}, test);
