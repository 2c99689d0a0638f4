// RuleTester cases for csi-driver-invalid, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs csi-driver-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('csi-driver-invalid', {
  valid: [ruleCase('csi-driver-invalid', 'pass-driver-set')],
  invalid: [
    {
      ...ruleCase('csi-driver-invalid', 'fail-driver-wrong-or-missing'),
      errors: [
        { messageId: 'driverWrong', data: { driver: '"secrets-store.csi.x-k8s.io"', apiGroupHint: ' (secrets-store.csi.x-k8s.io is the API group of SecretProviderClass)' }, file: 'deployment.yaml', line: 26, column: 21, endLine: 26, endColumn: 47, level: 'error' },
        { messageId: 'driverMissing', data: { volume: 'azkvsecret', how: 'no' }, file: 'session-cluster.yaml', line: 20, column: 13, endLine: 20, endColumn: 16, level: 'error' },
        { messageId: 'driverMissing', data: { volume: 'azkvsecret', how: 'an empty' }, file: 'vvp-deployment.yaml', line: 27, column: 19, endLine: 27, endColumn: 25, level: 'error' },
        { messageId: 'driverMissing', data: { volume: 'azkvsecret', how: 'an empty' }, file: 'vvp-deployment.yaml', line: 42, column: 27, endLine: 42, endColumn: 29, level: 'error' },
      ],
      output: {
        'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: vvp-jobs
spec:
  replicas: 1
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels:
        app: orders-api
    spec:
      containers:
        - name: api
          image: myregistry.azurecr.io/orders-api:1.4.2
          volumeMounts:
            - name: secrets-store
              mountPath: /mnt/secrets-store
              readOnly: true
      volumes:
        - name: secrets-store
          csi:
            driver: secrets-store.csi.k8s.io # expect: csi-driver-invalid@21
            readOnly: true
            volumeAttributes:
              secretProviderClass: azure-kv-msi
`,
        'vvp-deployment.yaml': `# The seed article's snippet copied with its blank driver.
apiVersion: v1
kind: Deployment
metadata:
  name: top-speed-windowing
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  state: RUNNING
  template:
    spec:
      artifact:
        kind: JAR
        jarUri: https://repo1.maven.org/maven2/org/apache/flink/flink-examples-streaming_2.12/1.17.1/flink-examples-streaming_2.12-1.17.1-TopSpeedWindowing.jar
      kubernetes:
        jobManagerPodTemplate:
          spec:
            containers:
              - name: flink-jobmanager
                volumeMounts:
                  - mountPath: /azkvsecret
                    name: azkvsecret
                    readOnly: true
            volumes:
              - name: azkvsecret
                csi:
                  driver: # expect: csi-driver-invalid@19
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-msi
        taskManagerPodTemplate:
          spec:
            containers:
              - name: flink-taskmanager
                volumeMounts:
                  - mountPath: /azkvsecret
                    name: azkvsecret
                    readOnly: true
            volumes:
              - name: azkvsecret
                csi:
                  driver: "secrets-store.csi.k8s.io" # expect: csi-driver-invalid@27
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-msi
`,
      },
    },
  ],
}, test);
