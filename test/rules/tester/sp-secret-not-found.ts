// RuleTester cases for sp-secret-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-not-found', {
  valid: [ruleCase('sp-secret-not-found', 'pass-secret-in-pod-namespace'), ruleCase('sp-secret-not-found', 'pass-secrets-not-in-project')],
  invalid: [
    {
      ...ruleCase('sp-secret-not-found', 'fail-secret-elsewhere'),
      errors: [
        { messageId: 'secretNotFound', data: { name: 'kv-sp-creds', namespace: 'vvp-jobs', via: '', elsewhere: '' }, file: 'k8s-sp-deployment.yaml', line: 30, column: 21, endLine: 30, endColumn: 32, level: 'error' },
        { messageId: 'secretNotFound', data: { name: 'kv-sp-credentials-vvp', namespace: 'vvp-jobs', via: ' (from its DeploymentTarget)', elsewhere: '; one exists in namespace vvp, but the driver only reads the pod namespace' }, file: 'vvp-sp-deployment.yaml', line: 27, column: 27, endLine: 27, endColumn: 48, level: 'error' },
      ],
    },
  ],
}, test);
