// RuleTester cases for spc-api-version, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs spc-api-version
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-api-version', {
  valid: [ruleCase('spc-api-version', 'pass-v1')],
  invalid: [
    {
      ...ruleCase('spc-api-version', 'fail-blank-seed-heredoc'),
      errors: [
        { messageId: 'apiVersion', data: { p: 'empty', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 2, column: 1, endLine: 2, endColumn: 11, level: 'error' },
        { messageId: 'apiVersion', data: { p: 'empty', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 18, column: 13, endLine: 18, endColumn: 15, level: 'error' },
      ],
      output: null,
    },
    {
      ...ruleCase('spc-api-version', 'fail-driver-name-group'),
      errors: [
        { messageId: 'apiVersion3', data: { CSI_DRIVER_NAME: 'secrets-store.csi.k8s.io', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 1, column: 13, endLine: 1, endColumn: 42, level: 'error' },
        { messageId: 'apiVersion3', data: { CSI_DRIVER_NAME: 'secrets-store.csi.k8s.io', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 19, column: 13, endLine: 19, endColumn: 46, level: 'error' },
      ],
      output: {
        'spc.yaml': `apiVersion: "secrets-store.csi.x-k8s.io/v1" # expect: spc-api-version@13
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    userAssignedIdentityID: ""
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: |
      array:
        - |
          objectName: s3-access-key
          objectType: secret
---
apiVersion: secrets-store.csi.x-k8s.io/v1alpha1 # expect: spc-api-version@13
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs-certs
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: |
      array:
        - |
          objectName: kafka-client-cert
          objectType: cert
`,
      },
    },
    {
      ...ruleCase('spc-api-version', 'fail-list'),
      errors: [
        { messageId: 'apiVersion4', data: { SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spcs.yaml', line: 21, column: 17, endLine: 21, endColumn: 52, level: 'warning' },
      ],
      output: {
        'spcs.yaml': `# kubectl get secretproviderclasses -A -o yaml, trimmed.
apiVersion: v1
kind: List
items:
  - apiVersion: secrets-store.csi.x-k8s.io/v1
    kind: SecretProviderClass
    metadata:
      name: kv-vvp-platform
      namespace: vvp
    spec:
      provider: azure
      parameters:
        useVMManagedIdentity: "true"
        keyvaultName: kv-vvp-prod-weu
        tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
        objects: |
          array:
            - |
              objectName: vvp-db-password
              objectType: secret
  - apiVersion: secrets-store.csi.x-k8s.io/v1 # expect: spc-api-version@17
    kind: SecretProviderClass
    metadata:
      name: kv-flink-jobs
      namespace: vvp-jobs
    spec:
      provider: azure
      parameters:
        useVMManagedIdentity: "true"
        keyvaultName: kv-vvp-prod-weu
        tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
        objects: |
          array:
            - |
              objectName: kafka-sasl-password
              objectType: secret
`,
      },
    },
    {
      ...ruleCase('spc-api-version', 'fail-missing'),
      errors: [
        { messageId: 'apiVersion', data: { p: 'missing', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 2, column: 1, endLine: 2, endColumn: 5, level: 'error' },
      ],
      output: null,
    },
    {
      ...ruleCase('spc-api-version', 'fail-not-served'),
      errors: [
        { messageId: 'apiVersion5', data: { p: '"secrets-store.csi.x-k8s.io/v1beta1"', SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 1, column: 13, endLine: 1, endColumn: 47, level: 'error' },
      ],
      output: null,
    },
    {
      ...ruleCase('spc-api-version', 'fail-v1alpha1'),
      errors: [
        { messageId: 'apiVersion4', data: { SPC_GROUP: 'secrets-store.csi.x-k8s.io' }, file: 'spc.yaml', line: 2, column: 13, endLine: 2, endColumn: 48, level: 'warning' },
      ],
      output: {
        'spc.yaml': `# Written for driver 0.0.x and never updated.
apiVersion: secrets-store.csi.x-k8s.io/v1 # expect: spc-api-version@13
kind: SecretProviderClass
metadata:
  name: kv-vvp-platform
  namespace: vvp
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    userAssignedIdentityID: 8c3b1a2d-5e4f-4d6c-9b8a-7e6f5d4c3b2a
    keyvaultName: "kv-vvp-prod-weu"
    tenantID: "6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94"
    objects: |
      array:
        - |
          objectName: vvp-db-password
          objectType: secret
`,
      },
    },
  ],
}, test);
