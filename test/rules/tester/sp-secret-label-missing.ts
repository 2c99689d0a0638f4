// RuleTester cases for sp-secret-label-missing, over its fixture projects: message ids and data, exact start and end positions, fix output.
// Run: node scripts/run-tests.mjs sp-secret-label-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_FIXTURES } from '../../support/paths.js';

// Pods in ${NAMESPACE} (issue 29): kv-sp-credentials of team-a and of team-b may each be the one they read.
const placeholderCase = join(RULE_FIXTURES, 'sp-secret-keys-missing', 'pass-placeholder-namespace-disagree');
const podAndSpc = Object.fromEntries(['spc-sp.yaml', 'k8s-sp-deployment.yaml'].map((f) => [f, readFileSync(join(placeholderCase, f), 'utf8')]));
const secrets = readFileSync(join(placeholderCase, 'sp-secrets.yaml'), 'utf8');
const unlabelled = secrets.replaceAll('  labels:\n    secrets-store.csi.k8s.io/used: "true"\n', '');
const oneLabelled = unlabelled.replace('namespace: team-b\n', 'namespace: team-b\n  labels:\n    secrets-store.csi.k8s.io/used: "true"\n');

testRule('sp-secret-label-missing', {
  valid: [
    ruleCase('sp-secret-label-missing', 'pass-label-set'),
    { name: 'pods in a placeholder namespace; the Secret of team-b, which they may read, is labelled', files: { ...podAndSpc, 'sp-secrets.yaml': oneLabelled } },
  ],
  invalid: [
    {
      name: 'pods in a placeholder namespace; neither Secret they may read is labelled: both reported',
      files: { ...podAndSpc, 'sp-secrets.yaml': unlabelled },
      errors: [
        { messageId: 'secretLabelMissing', data: { name: 'kv-sp-credentials' }, file: 'sp-secrets.yaml', line: 6, column: 3, endLine: 6, endColumn: 7, level: 'warning' },
        { messageId: 'secretLabelMissing', data: { name: 'kv-sp-credentials' }, file: 'sp-secrets.yaml', line: 16, column: 3, endLine: 16, endColumn: 7, level: 'warning' },
      ],
      // Both get the label where the fixture has it.
      output: { 'sp-secrets.yaml': secrets },
    },
    {
      ...ruleCase('sp-secret-label-missing', 'fail-label-missing'),
      errors: [
        { messageId: 'secretLabelMissing', data: { name: 'kv-sp-credentials' }, file: 'secrets.yaml', line: 4, column: 3, endLine: 4, endColumn: 7, level: 'warning' },
        { messageId: 'secretLabelMissing', data: { name: 'kv-sp-flink' }, file: 'secrets.yaml', line: 16, column: 3, endLine: 16, endColumn: 9, level: 'warning' },
        { messageId: 'secretLabelMissing', data: { name: 'kv-sp-export' }, file: 'secrets.yaml', line: 29, column: 36, endLine: 29, endColumn: 43, level: 'warning' },
      ],
      output: {
        'secrets.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: kv-sp-credentials # expect: sp-secret-label-missing@3
  namespace: vvp-jobs
  labels:
    secrets-store.csi.k8s.io/used: "true"
type: Opaque
stringData:
  clientid: ""
  clientsecret: ""
---
apiVersion: v1
kind: Secret
metadata:
  name: kv-sp-flink
  namespace: vvp-jobs
  labels: # expect: sp-secret-label-missing@3
    app.kubernetes.io/part-of: flink
    secrets-store.csi.k8s.io/used: "true"
type: Opaque
stringData:
  clientid: ""
  clientsecret: ""
---
apiVersion: v1
kind: Secret
metadata:
  name: kv-sp-export
  namespace: vvp-jobs
  labels:
    secrets-store.csi.k8s.io/used: "true" # expect: sp-secret-label-missing@36
type: Opaque
stringData:
  clientid: ""
  clientsecret: ""
`,
      },
    },
  ],
}, test);
