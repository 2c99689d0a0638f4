// RuleTester cases for cluster-token-requests-missing: the CSIDriver from cluster facts, the SPCs from files or
// from the cluster. Run: node scripts/run-tests.mjs cluster-token-requests-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { clusterFacts, csiDriverFact, liveSpc, CONTEXT, WORKLOAD_IDENTITY_AUDIENCE } from '../../support/cluster-facts.js';

const CLIENT_ID = '00000000-0000-0000-0000-000000000001';
const spcFile = (parameters: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv-wi
  namespace: jobs
spec:
  provider: azure
  parameters:
${parameters}`;
const workloadIdentity = spcFile(`    clientID: ${CLIENT_ID}\n    keyvaultName: kv-prod\n`);

testRule('cluster-token-requests-missing', {
  valid: [
    { name: 'the audience is requested', files: { 'spc.yaml': workloadIdentity }, cluster: clusterFacts() },
    { name: 'no SPC needs a token (VM managed identity)', files: { 'spc.yaml': spcFile(`    useVMManagedIdentity: "true"\n    userAssignedIdentityID: ${CLIENT_ID}\n    clientID: ${CLIENT_ID}\n`) }, cluster: clusterFacts({ csiDriver: csiDriverFact([]) }) },
    { name: 'CSIDriver missing: that is cluster-csi-driver-missing', files: { 'spc.yaml': workloadIdentity }, cluster: clusterFacts({ csiDriver: { present: false } }) },
  ],
  invalid: [
    {
      name: 'workload identity, no tokenRequests',
      files: { 'spc.yaml': workloadIdentity },
      cluster: clusterFacts({ csiDriver: csiDriverFact([]) }),
      errors: [{ messageId: 'tokenRequestsMissing', data: { count: 1, uses: ' uses', mode: 'workload identity', audience: WORKLOAD_IDENTITY_AUDIENCE, have: 'none' }, logical: `${CONTEXT}/_cluster/CSIDriver/secrets-store.csi.k8s.io`, level: 'error' }],
    },
    {
      name: 'two live SPCs, only another audience requested',
      files: {},
      live: [liveSpc('a', 'kv-a', { clientID: CLIENT_ID }), liveSpc('b', 'kv-b', { clientID: CLIENT_ID })],
      cluster: clusterFacts({ csiDriver: csiDriverFact(['api://other']) }),
      errors: [{ messageId: 'tokenRequestsMissing', data: { count: 2, uses: 'es use', have: 'only api://other' }, logical: `${CONTEXT}/_cluster/CSIDriver/secrets-store.csi.k8s.io` }],
    },
  ],
}, test);
