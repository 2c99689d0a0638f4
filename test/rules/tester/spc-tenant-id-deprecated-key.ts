// RuleTester cases for spc-tenant-id-deprecated-key, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs spc-tenant-id-deprecated-key
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-tenant-id-deprecated-key', {
  valid: [ruleCase('spc-tenant-id-deprecated-key', 'pass-tenantID')],
  invalid: [
    {
      ...ruleCase('spc-tenant-id-deprecated-key', 'fail-both-keys'),
      errors: [
        { messageId: 'bothKeys', file: 'spc.yaml', line: 12, column: 5, endLine: 12, endColumn: 13, level: 'note' },
      ],
      output: null,
    },
    {
      ...ruleCase('spc-tenant-id-deprecated-key', 'fail-tenantId'),
      errors: [
        { messageId: 'deprecated', file: 'spcs.yaml', line: 12, column: 5, endLine: 12, endColumn: 13, level: 'note' },
        { messageId: 'deprecated', file: 'spcs.yaml', line: 29, column: 5, endLine: 29, endColumn: 15, level: 'note' },
      ],
      output: {
        'spcs.yaml': `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    useVMManagedIdentity: "true"
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94 # expect: spc-tenant-id-deprecated-key@5
    objects: |
      array:
        - |
          objectName: kafka-sasl-password
          objectType: secret
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs-2
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    keyvaultName: kv-vvp-prod-weu
    "tenantID": "6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94" # expect: spc-tenant-id-deprecated-key@5
    objects: |
      array:
        - |
          objectName: kafka-sasl-password
          objectType: secret
`,
      },
    },
  ],
}, test);
