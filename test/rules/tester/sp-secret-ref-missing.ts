// RuleTester cases for sp-secret-ref-missing, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs sp-secret-ref-missing
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('sp-secret-ref-missing', {
  valid: [ruleCase('sp-secret-ref-missing', 'pass-ambiguous-spc'), ruleCase('sp-secret-ref-missing', 'pass-ref-set')],
  invalid: [
    {
      ...ruleCase('sp-secret-ref-missing', 'fail-no-ref'),
      errors: [
        { messageId: 'secretRefMissing', data: { name: 'azure-kv-sp', volume: 'secrets-store' }, file: 'deployment.yaml', line: 24, column: 11, endLine: 24, endColumn: 14, level: 'error' },
        { messageId: 'secretRefMissing', data: { name: 'azure-kv-sp', volume: 'azkvsecret' }, file: 'vvp-deployment.yaml', line: 21, column: 17, endLine: 21, endColumn: 20, level: 'error' },
      ],
    },
  ],
}, test);
