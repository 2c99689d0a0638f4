// RuleTester cases for spc-parameter-unknown, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs spc-parameter-unknown
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-parameter-unknown', {
  valid: [ruleCase('spc-parameter-unknown', 'pass-known-keys')],
  invalid: [
    {
      ...ruleCase('spc-parameter-unknown', 'fail-case-typos'),
      errors: [
        { messageId: 'wrongCase', data: { key: 'userAssignedIdentityId', suggestion: 'userAssignedIdentityID' }, file: 'spc.yaml', line: 10, column: 5, endLine: 10, endColumn: 27, level: 'warning' },
        { messageId: 'wrongCase', data: { key: 'clientId', suggestion: 'clientID' }, file: 'spc.yaml', line: 27, column: 5, endLine: 27, endColumn: 13, level: 'warning' },
        { messageId: 'wrongCase', data: { key: 'keyVaultName', suggestion: 'keyvaultName' }, file: 'spc.yaml', line: 28, column: 5, endLine: 28, endColumn: 17, level: 'warning' },
        { messageId: 'wrongCase', data: { key: 'cloudname', suggestion: 'cloudName' }, file: 'spc.yaml', line: 30, column: 5, endLine: 30, endColumn: 14, level: 'warning' },
      ],
      output: {
        'spc.yaml': `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-vvp-platform
  namespace: vvp
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    userAssignedIdentityId: 8c3b1a2d-5e4f-4d6c-9b8a-7e6f5d4c3b2a # expect: spc-parameter-unknown@5
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: |
      array:
        - |
          objectName: vvp-db-password
          objectType: secret
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs
  namespace: vvp-jobs
spec:
  provider: azure
  parameters: # expect: spc-keyvault-name-invalid@3
    clientId: "4e2a7c1b-9d3f-4a5e-8b6c-1f0e2d3c4b5a" # expect: spc-parameter-unknown@5
    keyvaultName: kv-vvp-prod-weu # expect: spc-parameter-unknown@5
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    cloudName: AzurePublicCloud # expect: spc-parameter-unknown@5
    objects: |
      array:
        - |
          objectName: kafka-sasl-password
          objectType: secret
`,
      },
    },
    {
      ...ruleCase('spc-parameter-unknown', 'fail-legacy-params'),
      errors: [
        { messageId: 'unknown', data: { key: 'resourceGroup' }, file: 'spc.yaml', line: 12, column: 5, endLine: 12, endColumn: 18, level: 'warning' },
        { messageId: 'unknown', data: { key: 'subscriptionId' }, file: 'spc.yaml', line: 13, column: 5, endLine: 13, endColumn: 19, level: 'warning' },
        { messageId: 'objectField', data: { key: 'objectVersionHistory', field: 'objectVersionHistory' }, file: 'spc.yaml', line: 14, column: 5, endLine: 14, endColumn: 27, level: 'warning' },
      ],
      output: null,
    },
  ],
}, test);
