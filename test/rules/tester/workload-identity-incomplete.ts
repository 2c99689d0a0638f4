// RuleTester cases for workload-identity-incomplete, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs workload-identity-incomplete
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('workload-identity-incomplete', {
  valid: [ruleCase('workload-identity-incomplete', 'pass-complete'), ruleCase('workload-identity-incomplete', 'pass-default-sa-no-label')],
  invalid: [
    {
      ...ruleCase('workload-identity-incomplete', 'fail-sa-annotation'),
      errors: [
        { messageId: 'identityIncomplete', data: { p: 'Deployment orders-api sets no serviceAccountName, so its pods run as ServiceAccount default, which', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'deployment.yaml', line: 11, column: 5, endLine: 11, endColumn: 13, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'ServiceAccount default', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'pod.yaml', line: 9, column: 23, endLine: 9, endColumn: 30, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'ServiceAccount flink-batch', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'vvp-deployments.yaml', line: 16, column: 33, endLine: 16, endColumn: 44, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'VVP Deployment fraud-detection kubernetes.pods sets no serviceAccountName, so its pods run as ServiceAccount default, which', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'vvp-deployments.yaml', line: 42, column: 9, endLine: 42, endColumn: 13, level: 'error' },
      ],
    },
  ],
}, test);
