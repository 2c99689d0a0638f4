// RuleTester cases for sp-secret-keys-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-keys-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-keys-missing', {
  valid: [
    ruleCase('sp-secret-keys-missing', 'pass-keys-present'),
    // Pods in ${NAMESPACE}: team-b's kv-sp-credentials is complete and may be theirs, so team-a's is not reported.
    ruleCase('sp-secret-keys-missing', 'pass-placeholder-namespace-disagree'),
  ],
  invalid: [
    {
      ...ruleCase('sp-secret-keys-missing', 'fail-wrong-keys'),
      errors: [
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-credentials', keys: 'clientsecret', firstKey: 'clientsecret' }, file: 'secrets.yaml', line: 9, column: 1, endLine: 9, endColumn: 11, level: 'error' },
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-flink', keys: 'clientid and clientsecret', firstKey: 'clientid' }, file: 'secrets.yaml', line: 16, column: 3, endLine: 16, endColumn: 7, level: 'error' },
      ],
    },
    {
      // Pods in ${NAMESPACE} may read kv-sp-credentials of team-a or of team-b; each lacks a key: both are reported.
      ...ruleCase('sp-secret-keys-missing', 'fail-placeholder-namespace-all-lack'),
      errors: [
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-credentials', keys: 'clientsecret', firstKey: 'clientsecret' }, file: 'sp-secrets.yaml', line: 11, column: 1, endLine: 11, endColumn: 11, level: 'error' },
        { messageId: 'secretKeysMissing', data: { name: 'kv-sp-credentials', keys: 'clientid', firstKey: 'clientid' }, file: 'sp-secrets.yaml', line: 23, column: 1, endLine: 23, endColumn: 11, level: 'error' },
      ],
    },
  ],
}, test);
