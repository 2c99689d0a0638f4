// RuleTester cases for csi-mount-not-readonly, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs csi-mount-not-readonly
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('csi-mount-not-readonly', {
  valid: [ruleCase('csi-mount-not-readonly', 'pass-mount-readonly')],
  invalid: [
    {
      ...ruleCase('csi-mount-not-readonly', 'fail-mount-writable'),
      errors: [
        { messageId: 'mountNotReadonly', data: { container: 'busybox', volume: 'secrets-store01-inline' }, file: 'pod.yaml', line: 12, column: 11, endLine: 12, endColumn: 75, level: 'note' },
        { messageId: 'mountNotReadonly', data: { container: 'busybox', volume: 'secrets-store01-inline' }, file: 'pod.yaml', line: 14, column: 11, endLine: 14, endColumn: 68, level: 'note' },
        { messageId: 'mountNotReadonly', data: { container: 'ververica-platform', volume: 'azkvsecret' }, file: 'values.yaml', line: 5, column: 5, endLine: 5, endColumn: 56, level: 'note' },
        { messageId: 'mountNotReadonly', data: { container: 'flink', volume: 'azkvsecret' }, file: 'vvp-deployment.yaml', line: 21, column: 15, endLine: 21, endColumn: 26, level: 'note' },
      ],
      output: {
        'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: kv-smoke-test
  namespace: vvp-jobs
spec:
  containers:
    - name: busybox
      image: registry.k8s.io/e2e-test-images/busybox:1.29-4
      command: ["/bin/sleep", "10000"]
      volumeMounts:
        - name: secrets-store01-inline # expect: csi-mount-not-readonly@11
          mountPath: /mnt/secrets-store
          readOnly: true
        - mountPath: /mnt/again # expect: csi-mount-not-readonly@11
          name: secrets-store01-inline
          readOnly: true
  volumes:
    - name: secrets-store01-inline
      csi:
        driver: secrets-store.csi.k8s.io
        readOnly: true
        volumeAttributes:
          secretProviderClass: azure-kv-msi
`,
        'values.yaml': `vvp:
  persistence:
    type: local
volumeMounts:
  - name: azkvsecret # expect: csi-mount-not-readonly@5
    mountPath: /azkvsecret
    readOnly: true
volumes:
  - name: azkvsecret # expect: vvp-chart-volume-platform-only@11
    csi:
      driver: secrets-store.csi.k8s.io
      readOnly: true
      volumeAttributes:
        secretProviderClass: azure-kv-msi
`,
        'vvp-deployment.yaml': `apiVersion: v1
kind: Deployment
metadata:
  name: fraud-detection
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  template:
    spec:
      kubernetes:
        pods:
          volumeMounts:
            - name: azkvsecret
              volume:
                name: azkvsecret
                csi:
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-msi
              volumeMount: # expect: csi-mount-not-readonly@15
                name: azkvsecret
                mountPath: /azkvsecret
                readOnly: true
`,
      },
    },
  ],
}, test);
