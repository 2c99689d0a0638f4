// RuleTester cases for cluster-mount-failing over FailedMount events in cluster facts.
// Run: node scripts/run-tests.mjs cluster-mount-failing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { clusterFacts, csiDriverFact, liveSpc, CONTEXT, WORKLOAD_IDENTITY_AUDIENCE } from '../../support/cluster-facts.js';
import type { FailedMount } from '../../../src/model/cluster-facts.js';

const event = (pod: string, over: Partial<FailedMount> = {}): FailedMount => ({
  namespace: 'jobs',
  pod,
  volume: 'secrets-store',
  reason: 'FailedMount',
  message: 'MountVolume.SetUp failed for volume "secrets-store": rpc error: keyvault.BaseClient#GetSecret: StatusCode=403',
  count: 1,
  lastTimestamp: '2026-12-07T08:00:00Z',
  ...over,
});
const owner = { kind: 'Deployment', apiVersion: 'apps/v1', name: 'orders', resource: 'deployment' };

testRule('cluster-mount-failing', {
  valid: [
    { name: 'no FailedMount event', files: {}, cluster: clusterFacts() },
    { name: 'events could not be read', files: {}, cluster: clusterFacts({ failedMounts: undefined, readErrors: { failedMounts: 'forbidden' } }) },
  ],
  invalid: [
    {
      name: 'one pod, no owner known: the finding is on the pod',
      files: {},
      cluster: clusterFacts({ failedMounts: [event('orders-0', { count: 3 })] }),
      errors: [{ messageId: 'mountFailing', data: { podText: 'Pod jobs/orders-0', vol: 'volume "secrets-store"', reason: 'FailedMount', times: '3 times', when: ', last at 2026-12-07T08:00:00Z' }, logical: `${CONTEXT}/jobs/Pod/orders-0`, level: 'error' }],
    },
    {
      name: 'two replicas of one Deployment: one finding on the Deployment, the latest event speaks',
      files: {},
      cluster: clusterFacts({ failedMounts: [event('orders-7f9-a', { owner }), event('orders-7f9-b', { owner, count: 2, lastTimestamp: '2026-12-07T09:00:00Z' })] }),
      errors: [{ messageId: 'mountFailing', data: { podText: '2 pods (orders-7f9-a, orders-7f9-b)', times: '3 times', when: ', last at 2026-12-07T09:00:00Z' }, logical: `${CONTEXT}/jobs/Deployment/orders` }],
    },
  ],
}, test);
