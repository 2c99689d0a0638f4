// RuleTester cases for workload-identity-incomplete, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs workload-identity-incomplete
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FIXTURES } from '../../support/paths.js';

// The placeholder-namespace fixture with the pods in the real namespace team-a, and a namespace-less copy of app-sa
// that agrees with clientID: the ServiceAccount of the pod namespace is the one Kubernetes uses.
const phCase = join(RULE_FIXTURES, 'workload-identity-incomplete', 'fail-placeholder-namespace');
const read = (f: string): string => readFileSync(join(phCase, f), 'utf8');
const inTeamA = {
  'spc.yaml': read('spc.yaml'),
  'serviceaccounts.yaml': read('serviceaccounts.yaml').replace('namespace: team-b\n', '').replace('66666666-7777-4888-9999-000000000000', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'),
  'deployment.yaml': read('deployment.yaml').replace('namespace: ${NAMESPACE}', 'namespace: team-a').replace(' # expect: workload-identity-incomplete@27', ''),
};

testRule('workload-identity-incomplete', {
  valid: [
    ruleCase('workload-identity-incomplete', 'pass-complete'),
    ruleCase('workload-identity-incomplete', 'pass-default-sa-no-label'),
    // Two ServiceAccounts the pods may get, one agreeing with clientID: the tool does not pick one.
    ruleCase('workload-identity-incomplete', 'pass-ambiguous-one-agrees'),
    // The pods' namespace is a placeholder: app-sa of team-b agrees with clientID, so the tool does not pick one.
    ruleCase('workload-identity-incomplete', 'pass-placeholder-namespace-one-agrees'),
  ],
  invalid: [
    {
      ...ruleCase('workload-identity-incomplete', 'fail-sa-annotation'),
      errors: [
        { messageId: 'identityIncomplete', data: { p: 'Deployment orders-api sets no serviceAccountName, so its pods run as ServiceAccount default, which', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'deployment.yaml', line: 11, column: 5, endLine: 11, endColumn: 13, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'ServiceAccount default', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'pod.yaml', line: 9, column: 23, endLine: 9, endColumn: 30, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'ServiceAccount flink-batch', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'vvp-deployments.yaml', line: 16, column: 33, endLine: 16, endColumn: 44, level: 'error' },
        { messageId: 'identityIncomplete', data: { p: 'VVP Deployment fraud-detection kubernetes.pods sets no serviceAccountName, so its pods run as ServiceAccount default, which', ANNOTATION: 'azure.workload.identity/client-id', ann: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', name: 'azure-kv-wi', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'vvp-deployments.yaml', line: 42, column: 9, endLine: 42, endColumn: 13, level: 'error' },
      ],
    },
    {
      // Two ServiceAccounts the pods may get (no namespaces), both disagreeing with clientID: reported once, for all.
      ...ruleCase('workload-identity-incomplete', 'fail-ambiguous-all-disagree'),
      errors: [
        {
          messageId: 'identityIncompleteAll',
          data: { p: 'Deployment app', sa: 'app-sa', count: 2, where: 'base/serviceaccount.yaml, overlays/prod/serviceaccount.yaml', name: 'app-kv', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', anns: '11111111-2222-4333-8444-555555555555, 66666666-7777-4888-9999-000000000000' },
          file: 'base/deployment.yaml', line: 14, column: 27, endLine: 14, endColumn: 33, level: 'error',
        },
      ],
    },
    {
      // The pods' namespace (${NAMESPACE}) and the SPC's are placeholders: the SPC may be theirs, and so may app-sa of
      // team-a and of team-b, both disagreeing with clientID: reported once, naming the candidates by namespace.
      ...ruleCase('workload-identity-incomplete', 'fail-placeholder-namespace'),
      errors: [
        {
          messageId: 'identityIncompleteAll',
          data: { p: 'Deployment app', sa: 'app-sa', count: 2, where: 'team-a, team-b', name: 'app-kv', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', anns: '11111111-2222-4333-8444-555555555555, 66666666-7777-4888-9999-000000000000' },
          file: 'deployment.yaml', line: 15, column: 27, endLine: 15, endColumn: 33, level: 'error',
        },
      ],
    },
    {
      name: 'the pods\' namespace holds app-sa (disagreeing); a namespace-less copy agrees: the namespace\'s own is the one',
      files: inTeamA,
      errors: [{ messageId: 'identityIncomplete', data: { p: 'ServiceAccount app-sa', ann: '11111111-2222-4333-8444-555555555555', name: 'app-kv', clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }, file: 'deployment.yaml', line: 15, column: 27, endLine: 15, endColumn: 33, level: 'error' }],
    },
  ],
}, test);
