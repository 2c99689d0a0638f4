// RuleTester cases for cluster-spc-crd-missing over cluster facts (test/live/cluster-rules.test.ts reads the same
// facts from a local API server). Run: node scripts/run-tests.mjs cluster-spc-crd-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { clusterFacts, csiDriverFact, liveSpc, CONTEXT, WORKLOAD_IDENTITY_AUDIENCE } from '../../support/cluster-facts.js';

testRule('cluster-spc-crd-missing', {
  valid: [
    { name: 'CRD served', files: {}, cluster: clusterFacts() },
    { name: 'CRD could not be read: no finding from missing data', files: {}, cluster: clusterFacts({ spcCrdInstalled: undefined, readErrors: { spcCrd: 'forbidden' } }) },
    { name: 'no cluster read', files: {} },
  ],
  invalid: [
    {
      name: 'CRD not served',
      files: {},
      cluster: clusterFacts({ spcCrdInstalled: false }),
      errors: [{ messageId: 'spcCrdMissing', data: { context: CONTEXT }, logical: `${CONTEXT}/_cluster/Cluster/${CONTEXT}`, level: 'error' }],
    },
  ],
}, test);
