// RuleTester cases for cluster-csi-driver-missing over cluster facts. Run: node scripts/run-tests.mjs cluster-csi-driver-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { clusterFacts, csiDriverFact, liveSpc, CONTEXT, WORKLOAD_IDENTITY_AUDIENCE } from '../../support/cluster-facts.js';

testRule('cluster-csi-driver-missing', {
  valid: [
    { name: 'CSIDriver present', files: {}, cluster: clusterFacts() },
    { name: 'CSIDriver could not be read', files: {}, cluster: clusterFacts({ csiDriver: undefined, readErrors: { csiDriver: 'forbidden' } }) },
  ],
  invalid: [
    {
      name: 'no CSIDriver secrets-store.csi.k8s.io',
      files: {},
      cluster: clusterFacts({ csiDriver: { present: false } }),
      errors: [{ messageId: 'csiDriverMissing', data: { context: CONTEXT }, logical: `${CONTEXT}/_cluster/Cluster/${CONTEXT}`, level: 'error' }],
    },
  ],
}, test);
