// RuleTester cases for cluster-provider-missing over cluster facts. Run: node scripts/run-tests.mjs cluster-provider-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { clusterFacts, csiDriverFact, liveSpc, CONTEXT, WORKLOAD_IDENTITY_AUDIENCE } from '../../support/cluster-facts.js';

testRule('cluster-provider-missing', {
  valid: [
    { name: 'provider pods ready', files: {}, cluster: clusterFacts() },
    { name: 'one of two ready is enough', files: {}, cluster: clusterFacts({ providerPods: { ready: 1, total: 2, namespaces: ['kube-system'] } }) },
    { name: 'pods could not be listed', files: {}, cluster: clusterFacts({ providerPods: undefined, readErrors: { providerPods: 'forbidden' } }) },
  ],
  invalid: [
    {
      name: 'no provider pod at all',
      files: {},
      cluster: clusterFacts({ providerPods: { ready: 0, total: 0, namespaces: [] } }),
      errors: [{ messageId: 'providerMissing', data: { context: CONTEXT, detail: 'no pod labelled app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure runs' }, logical: `${CONTEXT}/_cluster/Cluster/${CONTEXT}` }],
    },
    {
      name: 'pods present, none ready',
      files: {},
      cluster: clusterFacts({ providerPods: { ready: 0, total: 2, namespaces: ['kube-system'] } }),
      errors: [{ messageId: 'providerMissing', data: { detail: '2 provider pods (namespace kube-system), none Ready' }, level: 'error' }],
    },
  ],
}, test);
