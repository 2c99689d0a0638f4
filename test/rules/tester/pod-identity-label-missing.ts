// RuleTester cases for pod-identity-label-missing, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs pod-identity-label-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('pod-identity-label-missing', {
  valid: [ruleCase('pod-identity-label-missing', 'pass-labelled')],
  invalid: [
    {
      ...ruleCase('pod-identity-label-missing', 'fail-no-label'),
      errors: [
        { messageId: 'labelMissing', data: { podLabels: 'the pod template metadata.labels', description: 'Deployment orders-api', name: 'azure-kv-podid', where: 'the pod template labels' }, file: 'deployment.yaml', line: 12, column: 7, endLine: 12, endColumn: 13, level: 'error' },
        { messageId: 'labelMissing', data: { podLabels: 'the pod template metadata.labels', description: 'Ververica Platform Helm values', name: 'azure-kv-podid', where: 'extraLabels' }, file: 'platform/values.yaml', line: 9, column: 1, endLine: 9, endColumn: 8, level: 'error' },
        { messageId: 'inKubernetesLabels', data: { podLabels: 'the pod template metadata.labels', description: 'VVP Deployment top-speed-windowing jobManagerPodTemplate', name: 'azure-kv-podid', where: 'the pod template metadata.labels' }, file: 'vvp-deployments.yaml', line: 12, column: 9, endLine: 12, endColumn: 15, level: 'error' },
        { messageId: 'labelMissing', data: { podLabels: 'kubernetes.pods.labels', description: 'VVP Deployment fraud-detection kubernetes.pods', name: 'azure-kv-podid', where: 'kubernetes.pods.labels' }, file: 'vvp-deployments.yaml', line: 41, column: 9, endLine: 41, endColumn: 13, level: 'error' },
        { messageId: 'labelMissing', data: { podLabels: 'the pod template metadata.labels', description: 'VVP SessionCluster shared-session jobManagerPodTemplate', name: 'azure-kv-podid', where: 'the pod template metadata.labels' }, file: 'vvp-deployments.yaml', line: 65, column: 5, endLine: 65, endColumn: 26, level: 'error' },
      ],
      output: {
        'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: vvp-jobs
spec:
  selector:
    matchLabels:
      app: orders-api
  template:
    metadata:
      labels: # expect: pod-identity-label-missing@7
        app: orders-api
        aadpodidbinding: vvp-kv
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
            driver: secrets-store.csi.k8s.io
            readOnly: true
            volumeAttributes:
              secretProviderClass: azure-kv-podid
`,
        'platform/values.yaml': `# Values for the platform's own pod; extraLabels (VVP 2.5+) would carry the aadpodidbinding label.
vvp:
  persistence:
    type: local
volumeMounts:
  - name: azkvsecret
    mountPath: /azkvsecret
    readOnly: true
volumes: # expect: pod-identity-label-missing@1
  - name: azkvsecret # expect: vvp-chart-volume-platform-only@11
    csi:
      driver: secrets-store.csi.k8s.io
      readOnly: true
      volumeAttributes:
        secretProviderClass: azure-kv-podid
extraLabels:
  aadpodidbinding: vvp-kv
`,
        'vvp-deployments.yaml': `# The label went to kubernetes.labels, which VVP puts on its Kubernetes resources but not on the pods.
apiVersion: v1
kind: Deployment
metadata:
  name: top-speed-windowing
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  template:
    spec:
      kubernetes:
        labels: # expect: pod-identity-label-missing@9
          aadpodidbinding: vvp-kv
        jobManagerPodTemplate:
          spec:
            containers:
              - name: flink-jobmanager
                volumeMounts:
                  - name: azkvsecret
                    mountPath: /azkvsecret
                    readOnly: true
            volumes:
              - name: azkvsecret
                csi:
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-podid
---
# The \`pods\` form without pods.labels.
apiVersion: v1
kind: Deployment
metadata:
  name: fraud-detection
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  template:
    spec:
      kubernetes:
        pods: # expect: pod-identity-label-missing@9
          volumeMounts:
            - name: azkvsecret
              volume:
                name: azkvsecret
                csi:
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-podid
              volumeMount:
                name: azkvsecret
                mountPath: /azkvsecret
                readOnly: true
          labels:
            aadpodidbinding: vvp-kv
---
# A SessionCluster jobmanager template with no metadata at all.
apiVersion: v1
kind: SessionCluster
metadata:
  name: shared-session
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  kubernetes:
    jobManagerPodTemplate: # expect: pod-identity-label-missing@5
      spec:
        containers:
          - name: flink-jobmanager
            volumeMounts:
              - name: azkvsecret
                mountPath: /azkvsecret
                readOnly: true
        volumes:
          - name: azkvsecret
            csi:
              driver: secrets-store.csi.k8s.io
              readOnly: true
              volumeAttributes:
                secretProviderClass: azure-kv-podid
`,
      },
    },
  ],
}, test);
