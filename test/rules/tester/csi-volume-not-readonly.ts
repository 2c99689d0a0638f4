// RuleTester cases for csi-volume-not-readonly, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs csi-volume-not-readonly
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('csi-volume-not-readonly', {
  valid: [ruleCase('csi-volume-not-readonly', 'pass-readonly-true')],
  invalid: [
    {
      ...ruleCase('csi-volume-not-readonly', 'fail-readonly-missing-false-string'),
      errors: [
        { messageId: 'volumeNotReadonly', data: { volume: 'kv' }, file: 'cronjob.yaml', line: 22, column: 15, endLine: 22, endColumn: 18, level: 'error' },
        { messageId: 'volumeNotReadonly', data: { volume: 'secrets-store01-inline' }, file: 'pod.yaml', line: 17, column: 7, endLine: 17, endColumn: 10, level: 'error' },
        { messageId: 'volumeNotReadonly', data: { volume: 'azkvsecret' }, file: 'vvp-deployment.yaml', line: 19, column: 17, endLine: 19, endColumn: 20, level: 'error' },
      ],
      output: {
        'cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-export
  namespace: vvp-jobs
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: myregistry.azurecr.io/export:2.0.1
              volumeMounts:
                - name: kv
                  mountPath: /mnt/kv
                  readOnly: true
          volumes:
            - name: kv
              csi: # expect: csi-volume-not-readonly@15
                driver: secrets-store.csi.k8s.io
                readOnly: true
                volumeAttributes:
                  secretProviderClass: azure-kv-msi
`,
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
        - name: secrets-store01-inline
          mountPath: /mnt/secrets-store
          readOnly: true
  volumes:
    - name: secrets-store01-inline
      csi: # expect: csi-volume-not-readonly@7
        driver: secrets-store.csi.k8s.io
        volumeAttributes:
          secretProviderClass: azure-kv-msi
        readOnly: true
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
      artifact:
        kind: JAR
        jarUri: s3://artifacts/fraud-detection-1.0.jar
      kubernetes:
        pods:
          volumeMounts:
            - name: azkvsecret
              volume:
                name: azkvsecret
                csi: # expect: csi-volume-not-readonly@17
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-msi
              volumeMount:
                name: azkvsecret
                mountPath: /azkvsecret
                readOnly: true
`,
      },
    },
  ],
}, test);
