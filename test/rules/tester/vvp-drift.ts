// RuleTester cases for vvp-drift: a VVP Deployment in a file against the same Deployment read from the VVP API
// (test/live-vvp/ reads it from a local VVP server). Run: node scripts/run-tests.mjs vvp-drift
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { liveObject } from '../../../src/model/live-object.js';

const kubernetes = (spcName: string) => ({
  pods: {
    volumeMounts: [{ name: 'secrets', volume: { name: 'secrets', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: spcName } } }, volumeMount: { name: 'secrets', mountPath: '/flink/secrets' } }],
  },
});
const deployment = (spcName: string, namespace = 'default') => ({
  apiVersion: 'v1',
  kind: 'Deployment',
  metadata: { name: 'fraud-detection', namespace },
  spec: { deploymentTargetName: 'vvp-jobs', template: { spec: { kubernetes: kubernetes(spcName) } } },
});
const file = (spcName: string): string => JSON.stringify(deployment(spcName), null, 2);
const fromApi = (spcName: string, namespace = 'default') => liveObject(deployment(spcName, namespace), { live: 'vvp', scope: 'vvp', resource: 'deployment', namespace });

testRule('vvp-drift', {
  valid: [
    { name: 'git and the VVP API agree', files: { 'deployment.json': file('kv-app') }, live: [fromApi('kv-app')] },
    { name: 'no VVP API read', files: { 'deployment.json': file('kv-app') } },
    { name: 'the API has it in another VVP namespace only', files: { 'deployment.json': file('kv-app') }, live: [fromApi('kv-old', 'team-b')] },
  ],
  invalid: [
    {
      name: 'the API deployment mounts another SPC',
      files: { 'deployment.json': file('kv-app') },
      live: [fromApi('kv-old')],
      errors: [{ messageId: 'drift', data: { name: 'fraud-detection', namespace: 'default', file: 'deployment.json' }, logical: 'vvp/default/Deployment/fraud-detection', level: 'note' }],
    },
  ],
}, test);
