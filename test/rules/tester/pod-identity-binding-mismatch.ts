// RuleTester cases for pod-identity-binding-mismatch, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs pod-identity-binding-mismatch
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('pod-identity-binding-mismatch', {
  valid: [
    ruleCase('pod-identity-binding-mismatch', 'pass-binding-matches'),
    // Pods in ${NAMESPACE}: bindings of the selector in team-a (identity missing) and team-b (identity present) disagree,
    // and shared-kv is selected in team-b only.
    ruleCase('pod-identity-binding-mismatch', 'pass-placeholder-namespace'),
  ],
  invalid: [
    {
      ...ruleCase('pod-identity-binding-mismatch', 'fail-selector-or-identity'),
      errors: [
        { messageId: 'noBinding', data: { label: '"platform-kv"', where: ' in namespace vvp-jobs', selectors: ' (selectors: "vvp-kv", "flink-kv")', elsewhere: '; AzureIdentityBinding platform-binding in namespace vvp has it, but bindings only select pods of their own namespace' }, file: 'deployment.yaml', line: 14, column: 26, endLine: 14, endColumn: 37, level: 'error' },
        { messageId: 'noBinding', data: { label: '"vvp-kv-identity-binding"', where: ' in namespace vvp-jobs (from its DeploymentTarget)', selectors: ' (selectors: "vvp-kv", "flink-kv")', elsewhere: '' }, file: 'vvp-deployments.yaml', line: 15, column: 32, endLine: 15, endColumn: 55, level: 'error' },
        { messageId: 'identityMissing', data: { label: 'flink-binding', where: '"flink-kv"', identityName: 'flink-identity' }, file: 'vvp-deployments.yaml', line: 43, column: 30, endLine: 43, endColumn: 38, level: 'error' },
      ],
    },
    {
      // Pods in ${NAMESPACE} may be in any namespace: both bindings of orders-kv name identities that do not exist, and
      // no binding in any namespace selects billing-kv.
      ...ruleCase('pod-identity-binding-mismatch', 'fail-placeholder-namespace'),
      errors: [
        { messageId: 'noBinding', data: { label: '"billing-kv"', where: ' in any namespace', selectors: ' (selectors: "orders-kv")', elsewhere: '' }, message: 'aadpodidbinding "billing-kv" matches no AzureIdentityBinding selector in any namespace (selectors: "orders-kv").', file: 'deployment-billing.yaml', line: 15, column: 26, endLine: 15, endColumn: 36, level: 'error' },
        {
          messageId: 'identityMissingAll', data: { where: '"orders-kv"', count: 2, namespaces: 'team-a, team-b', identityNames: 'orders-identity-a, orders-identity-b' },
          message: 'every AzureIdentityBinding selected by "orders-kv" the pods may get (2: team-a, team-b) names an AzureIdentity that does not exist (orders-identity-a, orders-identity-b).',
          file: 'deployment.yaml', line: 14, column: 26, endLine: 14, endColumn: 35, level: 'error',
        },
      ],
    },
  ],
}, test);
