// RuleTester cases for sp-secret-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-not-found', {
  valid: [
    ruleCase('sp-secret-not-found', 'pass-secret-in-pod-namespace'),
    ruleCase('sp-secret-not-found', 'pass-secrets-not-in-project'),
    // Pods in placeholder namespaces (${NAMESPACE}, a DeploymentTarget's <namespace>): the Secret in team-a may be theirs.
    ruleCase('sp-secret-not-found', 'pass-placeholder-namespace'),
    // A kustomization's secretGenerator makes the Secret (the namespace holds other Secrets).
    ruleCase('sp-secret-not-found', 'pass-kustomize-secret-generator'),
    // A SealedSecret and an ExternalSecret (spec.target.name) make the Secrets the volumes name.
    ruleCase('sp-secret-not-found', 'pass-secret-producers'),
    {
      name: 'a pod in a placeholder namespace, and a Secret whose name is a placeholder: it may be the one',
      files: {
        'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${SECRET_NAME}\n  namespace: team-a\n',
        'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\n  namespace: ${NAMESPACE}\nspec:\n  containers:\n    - name: app\n      image: nginx\n  volumes:\n    - name: kv\n      csi:\n        driver: secrets-store.csi.k8s.io\n        readOnly: true\n        volumeAttributes:\n          secretProviderClass: kv\n        nodePublishSecretRef:\n          name: kv-creds\n',
      },
    },
  ],
  invalid: [
    {
      ...ruleCase('sp-secret-not-found', 'fail-secret-elsewhere'),
      errors: [
        { messageId: 'secretNotFound', data: { name: 'kv-sp-creds', namespace: 'vvp-jobs', via: '', elsewhere: '' }, file: 'k8s-sp-deployment.yaml', line: 30, column: 21, endLine: 30, endColumn: 32, level: 'error' },
        { messageId: 'secretNotFound', data: { name: 'kv-sp-credentials-vvp', namespace: 'vvp-jobs', via: ' (from its DeploymentTarget)', elsewhere: '; one exists in namespace vvp, but the driver only reads the pod namespace' }, file: 'vvp-sp-deployment.yaml', line: 27, column: 27, endLine: 27, endColumn: 48, level: 'error' },
      ],
    },
    {
      // The pods' namespace is a placeholder: no Secret kv-sp-creds in any namespace.
      ...ruleCase('sp-secret-not-found', 'fail-placeholder-namespace'),
      errors: [
        { messageId: 'secretNotFoundAnywhere', data: { name: 'kv-sp-creds' }, message: 'Secret kv-sp-creds not found in any namespace (the pod namespace is not known).', file: 'k8s-sp-deployment.yaml', line: 32, column: 21, endLine: 32, endColumn: 32, level: 'error' },
      ],
    },
  ],
}, test);
