// RuleTester cases for cluster-drift: the repository's objects (files) against the same objects read from the
// cluster (live). Run: node scripts/run-tests.mjs cluster-drift
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { liveObject } from '../../../src/model/live-object.js';
import { CONTEXT, liveSpc } from '../../support/cluster-facts.js';

const CLIENT_ID = '00000000-0000-0000-0000-000000000001';
const spcFile = (vault: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-app
  namespace: jobs
spec:
  provider: azure
  parameters:
    clientID: ${CLIENT_ID}
    keyvaultName: ${vault}
`;
const deploymentBody = (spcName: string): Record<string, unknown> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'app', namespace: 'jobs' },
  spec: {
    selector: { matchLabels: { app: 'app' } },
    template: {
      metadata: { labels: { app: 'app' } },
      spec: {
        containers: [{ name: 'app', image: 'registry.example/app:1.0', volumeMounts: [{ name: 'secrets', mountPath: '/mnt/secrets', readOnly: true }] }],
        volumes: [{ name: 'secrets', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: spcName } } }],
      },
    },
  },
});
const deploymentFile = JSON.stringify(deploymentBody('kv-app'), null, 2);
const liveDeployment = (spcName: string) => liveObject(deploymentBody(spcName), { live: 'cluster', scope: CONTEXT, resource: 'deployment' });

testRule('cluster-drift', {
  valid: [
    { name: 'repository and cluster agree', files: { 'spc.yaml': spcFile('kv-prod'), 'deployment.json': deploymentFile }, live: [liveSpc('jobs', 'kv-app', { clientID: CLIENT_ID, keyvaultName: 'kv-prod' }), liveDeployment('kv-app')] },
    { name: 'no cluster read: nothing to compare', files: { 'spc.yaml': spcFile('kv-prod') } },
    { name: 'the object is not in the cluster (no twin)', files: { 'spc.yaml': spcFile('kv-prod') }, live: [liveSpc('jobs', 'kv-other', { clientID: CLIENT_ID, keyvaultName: 'kv-test' })] },
  ],
  invalid: [
    {
      name: 'the SPC names another vault in the cluster',
      files: { 'spc.yaml': spcFile('kv-prod') },
      live: [liveSpc('jobs', 'kv-app', { clientID: CLIENT_ID, keyvaultName: 'kv-test' })],
      errors: [{ messageId: 'drift', data: { kind: 'SecretProviderClass', namespace: 'jobs', name: 'kv-app' }, file: 'spc.yaml', line: 10, column: 19, endLine: 10, endColumn: 26, level: 'note' }],
    },
    {
      name: 'the Deployment mounts another SPC in the cluster',
      files: { 'deployment.json': deploymentFile },
      live: [liveDeployment('kv-old')],
      errors: [{ messageId: 'drift', data: { kind: 'Deployment', namespace: 'jobs', name: 'app' }, file: 'deployment.json', line: 41, column: 40, endLine: 41, endColumn: 48 }],
    },
  ],
}, test);
