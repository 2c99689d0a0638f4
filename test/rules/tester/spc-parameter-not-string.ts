// RuleTester cases for spc-parameter-not-string, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs spc-parameter-not-string
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-parameter-not-string', {
  valid: [ruleCase('spc-parameter-not-string', 'pass-quoted')],
  invalid: [
    {
      ...ruleCase('spc-parameter-not-string', 'fail-flow-style'),
      errors: [
        { messageId: 'notString', data: { key: 'usePodIdentity', kind: 'a boolean', advice: 'quote the value' }, file: 'spc.yaml', line: 6, column: 32, endLine: 6, endColumn: 37, level: 'error' },
      ],
      output: {
        'spc.yaml': `apiVersion: secrets-store.csi.x-k8s.io/v1\r
kind: SecretProviderClass\r
metadata: {name: kv-flink-jobs, namespace: vvp-jobs}\r
spec:\r
  provider: azure\r
  parameters: {usePodIdentity: "false", useVMManagedIdentity: "true", keyvaultName: kv-vvp-prod-weu, tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94, objects: "array:\\n  - |\\n    objectName: kafka-sasl-password\\n    objectType: secret\\n"} # expect: spc-parameter-not-string@32
`,
      },
    },
    {
      ...ruleCase('spc-parameter-not-string', 'fail-null-map-number'),
      errors: [
        { messageId: 'nullValue', data: { key: 'userAssignedIdentityID', kind: 'null', advice: 'write it as a YAML block string (`key: |`)' }, file: 'spc.yaml', line: 10, column: 5, endLine: 10, endColumn: 27, level: 'error' },
        { messageId: 'nullValue', data: { key: 'cloudName', kind: 'null', advice: 'write it as a YAML block string (`key: |`)' }, file: 'spc.yaml', line: 12, column: 16, endLine: 12, endColumn: 17, level: 'error' },
        { messageId: 'notString', data: { key: 'objects', kind: 'a map', advice: 'write it as a YAML block string (`key: |`)' }, file: 'spc.yaml', line: 32, column: 5, endLine: 32, endColumn: 12, level: 'error' },
        { messageId: 'notString', data: { key: 'useVMManagedIdentity', kind: 'a number', advice: 'quote the value' }, file: 'spc.yaml', line: 45, column: 27, endLine: 45, endColumn: 28, level: 'error' },
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
    userAssignedIdentityID: # expect: spc-parameter-not-string@5
    keyvaultName: kv-vvp-prod-weu
    cloudName: "~" # expect: spc-parameter-not-string@16
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: |
      array:
        - |
          objectName: vvp-db-password
          objectType: secret
---
# \`objects\` written as YAML instead of a YAML string: the API server rejects the map.
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-flink-jobs
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "1"
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: # expect: spc-parameter-not-string@5
      array:
        - objectName: kafka-sasl-password
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
    useVMManagedIdentity: "1" # expect: spc-parameter-not-string@27
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
      ...ruleCase('spc-parameter-not-string', 'fail-unquoted-bools'),
      errors: [
        { messageId: 'notString', data: { key: 'usePodIdentity', kind: 'a boolean', advice: 'quote the value' }, file: 'spc.yaml', line: 10, column: 21, endLine: 10, endColumn: 26, level: 'error' },
        { messageId: 'notString', data: { key: 'useVMManagedIdentity', kind: 'a boolean', advice: 'quote the value' }, file: 'spc.yaml', line: 11, column: 27, endLine: 11, endColumn: 31, level: 'error' },
        { messageId: 'notString', data: { key: 'usePodIdentity', kind: 'unquoted off, which kubectl (YAML 1.1) reads as a boolean', advice: 'quote the value' }, file: 'spc.yaml', line: 30, column: 21, endLine: 30, endColumn: 24, level: 'error' },
        { messageId: 'notString', data: { key: 'useVMManagedIdentity', kind: 'unquoted yes, which kubectl (YAML 1.1) reads as a boolean', advice: 'quote the value' }, file: 'spc.yaml', line: 31, column: 27, endLine: 31, endColumn: 30, level: 'error' },
      ],
      output: {
        'spc.yaml': `# The seed article's flags, typed without quotes.
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-vvp-platform
  namespace: vvp
spec:
  provider: azure
  parameters:
    usePodIdentity: "false" # expect: spc-parameter-not-string@21
    useVMManagedIdentity: "true" # expect: spc-parameter-not-string@27
    userAssignedIdentityID: 8c3b1a2d-5e4f-4d6c-9b8a-7e6f5d4c3b2a
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
    objects: |
      array:
        - |
          objectName: vvp-db-password
          objectType: secret
---
# YAML 1.2 reads \`yes\` and \`off\` as strings, kubectl (YAML 1.1) as booleans: the API server rejects them.
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-vvp-platform-2
  namespace: vvp
spec:
  provider: azure
  parameters:
    usePodIdentity: "off" # expect: spc-parameter-not-string@21
    useVMManagedIdentity: "yes" # expect: spc-parameter-not-string@27
    keyvaultName: kv-vvp-prod-weu
    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94
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
