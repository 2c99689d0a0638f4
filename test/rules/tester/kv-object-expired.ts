// RuleTester cases for kv-object-expired, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-object-expired
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase, azureCase } from '../../support/rule-cases.js';

testRule('kv-object-expired', {
  valid: [ruleCase('kv-object-expired', 'pass-far-or-none'), azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...ruleCase('kv-object-expired', 'fail-expired'),
      errors: [
        { messageId: 'expired', data: { type: 'secret', name: 'db-password', vault: 'kv-prod', date: '2024-06-30' }, file: 'spc.yaml', line: 16, column: 23, endLine: 16, endColumn: 34, level: 'error' },
        { messageId: 'expired', data: { type: 'certificate', name: 'ingress-tls', vault: 'kv-prod', date: '2025-01-01' }, file: 'spc.yaml', line: 19, column: 23, endLine: 19, endColumn: 34, level: 'error' },
      ],
    },
    {
      ...ruleCase('kv-object-expired', 'fail-expires-within-window'),
      errors: [
        { messageId: 'expiresSoon', data: { type: 'secret', name: 'db-password', vault: 'kv-prod', date: '2090-01-01', window: 36500 }, file: 'spc.yaml', line: 16, column: 23, endLine: 16, endColumn: 34, level: 'warning' },
      ],
    },
  ],
}, test);
