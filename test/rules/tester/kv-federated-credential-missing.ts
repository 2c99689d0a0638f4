// RuleTester cases for kv-federated-credential-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-federated-credential-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('kv-federated-credential-missing', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('workload-identity'),
      errors: [
        { messageId: 'federatedCredentialMissing', data: { label: 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)', p: 'system:serviceaccount:vvp-jobs:default', have: ' (it has: system:serviceaccount:vvp-jobs:flink)', p2: 'system:serviceaccount:vvp-jobs:default' }, file: 'app.yaml', line: 11, column: 15, endLine: 11, endColumn: 53, level: 'error' },
        { messageId: 'federatedCredentialMissing', data: { label: 'user-assigned identity id-other (client id cccccccc-0000-0000-0000-000000000002)', p: 'system:serviceaccount:vvp-jobs:flink', have: ' (it has: system:serviceaccount:default:flink)', p2: 'system:serviceaccount:vvp-jobs:flink' }, file: 'app.yaml', line: 28, column: 15, endLine: 28, endColumn: 53, level: 'error' },
      ],
    },
  ],
}, test);
