// RuleTester cases for sp-secret-ref-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-ref-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-ref-missing', {
  valid: [
    ruleCase('sp-secret-ref-missing', 'pass-ambiguous-spc'),
    ruleCase('sp-secret-ref-missing', 'pass-ref-set'),
    // A pod in a placeholder namespace may get app-kv of team-a (service principal) or team-b (managed identity).
    ruleCase('sp-secret-ref-missing', 'pass-placeholder-namespace-disagree'),
  ],
  invalid: [
    {
      ...ruleCase('sp-secret-ref-missing', 'fail-no-ref'),
      errors: [
        { messageId: 'secretRefMissing', data: { name: 'azure-kv-sp', volume: 'secrets-store' }, file: 'deployment.yaml', line: 24, column: 11, endLine: 24, endColumn: 14, level: 'error' },
        { messageId: 'secretRefMissing', data: { name: 'azure-kv-sp', volume: 'azkvsecret' }, file: 'vvp-deployment.yaml', line: 21, column: 17, endLine: 21, endColumn: 20, level: 'error' },
      ],
    },
    {
      // A pod in a placeholder namespace (${NAMESPACE}) may be in any namespace: app-kv of team-a and of team-b both use
      // a service principal, so the finding holds whichever it gets.
      ...ruleCase('sp-secret-ref-missing', 'fail-placeholder-namespace-all-agree'),
      errors: [
        {
          messageId: 'secretRefMissingAll', data: { name: 'app-kv', volume: 'kv', count: 2, namespaces: 'team-a, team-b' },
          message: 'every SecretProviderClass app-kv the volume may get (2: team-a, team-b) uses a service principal (no identity flag, no clientID), but volume kv has no nodePublishSecretRef.',
          file: 'deployment.yaml', line: 24, column: 11, endLine: 24, endColumn: 14, level: 'error',
        },
      ],
    },
  ],
}, test);
