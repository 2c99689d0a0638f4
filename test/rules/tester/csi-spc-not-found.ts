// RuleTester cases for csi-spc-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs csi-spc-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

const spc = (name: string, namespace: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  provider: azure
  parameters:
    keyvaultName: kv-prod
`;

const pod = (spcName: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: jobs
spec:
  containers:
    - name: app
      image: nginx
  volumes:
    - name: secrets
      csi:
        driver: secrets-store.csi.k8s.io
        readOnly: true
        volumeAttributes:
          secretProviderClass: ${spcName}
`;

testRule('csi-spc-not-found', {
  valid: [
    ruleCase('csi-spc-not-found', 'pass-found-via-target'),
    ruleCase('csi-spc-not-found', 'pass-no-spc-in-project'),
    // Placeholder namespaces (pods' and an SPC's) are "any namespace": one candidate resolves, two are found too.
    ruleCase('csi-spc-not-found', 'pass-placeholder-namespace'),
    {
      name: 'a pod in a placeholder namespace and the one SPC of the name in a real namespace: resolved, not "in another namespace"',
      files: { 'spc.yaml': spc('kv', 'other'), 'pod.yaml': pod('kv').replace('namespace: jobs', 'namespace: $(NAMESPACE)') },
    },
  ],
  invalid: [
    {
      name: 'SPC in another namespace, and a name no SPC has',
      files: { 'spc.yaml': spc('kv', 'other'), 'pod.yaml': pod('kv'), 'pod-typo.yaml': pod('kv-typo') },
      errors: [
        { messageId: 'notFound', data: { name: 'kv-typo', where: ' in the pod namespace jobs' }, file: 'pod-typo.yaml', line: 16, column: 32, endLine: 16, endColumn: 39, level: 'error' },
        { messageId: 'inOtherNamespace', data: { name: 'kv', namespace: 'jobs', otherNamespace: 'other' }, file: 'pod.yaml', line: 16, column: 32, endLine: 16, endColumn: 34, level: 'error' },
      ],
    },
    {
      name: 'a pod without metadata.namespace, applied with kubectl -n jobs (config namespaceDefaults)',
      files: { 'spc.yaml': spc('kv', 'other'), 'pod.yaml': pod('kv').replace('  namespace: jobs\n', '') },
      defaultNamespaces: { 'pod.yaml': 'jobs' },
      errors: [{ messageId: 'inOtherNamespace', data: { namespace: 'jobs', otherNamespace: 'other' }, file: 'pod.yaml', line: 15, column: 32, endLine: 15, endColumn: 34 }],
    },
    {
      // Pods whose namespace is a placeholder (envsubst, a Helm-templated DeploymentTarget, a Flink configuration set
      // by a pipeline variable) may be in any namespace; no SPC payments-kv exists in any.
      ...ruleCase('csi-spc-not-found', 'fail-placeholder-namespace'),
      errors: [
        { messageId: 'notFound', data: { name: 'payments-kv', where: ' in any namespace (the pod namespace is not known)' }, file: 'conf/pod-templates/taskmanager.yaml', line: 18, column: 32, endLine: 18, endColumn: 43, level: 'error' },
        { messageId: 'notFound', data: { name: 'payments-kv', where: ' in any namespace (the pod namespace is not known)' }, message: 'SecretProviderClass payments-kv not found in any namespace (the pod namespace is not known).', file: 'deployment.yaml', line: 29, column: 36, endLine: 29, endColumn: 47, level: 'error' },
        { messageId: 'notFound', data: { name: 'payments-kv', where: ' in any namespace (the pod namespace is not known)' }, file: 'vvp-deployment.yaml', line: 25, column: 42, endLine: 25, endColumn: 53, level: 'error' },
      ],
    },
  ],
}, test);
