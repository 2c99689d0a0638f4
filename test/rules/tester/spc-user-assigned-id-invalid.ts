// RuleTester cases for spc-user-assigned-id-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-user-assigned-id-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-user-assigned-id-invalid', {
  valid: [ruleCase('spc-user-assigned-id-invalid', 'pass-client-id-and-system')],
  invalid: [
    {
      ...ruleCase('spc-user-assigned-id-invalid', 'fail-ignored-without-vm-flag'),
      errors: [
        { messageId: 'ignored', file: 'spcs.yaml', line: 10, column: 29, endLine: 10, endColumn: 65, level: 'warning' },
        { messageId: 'ignored', file: 'spcs.yaml', line: 28, column: 29, endLine: 28, endColumn: 67, level: 'warning' },
      ],
    },
    {
      ...ruleCase('spc-user-assigned-id-invalid', 'fail-not-client-id'),
      errors: [
        { messageId: 'notGuid', data: { value: '"id-vvp-kv-reader"' }, file: 'spcs.yaml', line: 10, column: 29, endLine: 10, endColumn: 45, level: 'error' },
        { messageId: 'resourceIdOfIdentity', data: { identity: '"aks-vvp-agentpool"' }, file: 'spcs.yaml', line: 28, column: 29, endLine: 28, endColumn: 203, level: 'error' },
      ],
    },
  ],
}, test);
