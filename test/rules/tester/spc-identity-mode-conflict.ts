// RuleTester cases for spc-identity-mode-conflict, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-identity-mode-conflict
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-identity-mode-conflict', {
  valid: [ruleCase('spc-identity-mode-conflict', 'pass-one-mode-each')],
  invalid: [
    {
      ...ruleCase('spc-identity-mode-conflict', 'fail-client-id-with-flag'),
      errors: [
        { messageId: 'clientIdWithMode', data: { clashing: 'useVMManagedIdentity', hint: ' (use userAssignedIdentityID for a user-assigned identity)' }, file: 'spcs.yaml', line: 10, column: 5, endLine: 10, endColumn: 13, level: 'error' },
        { messageId: 'clientIdWithMode', data: { clashing: 'usePodIdentity', hint: '' }, file: 'spcs.yaml', line: 30, column: 5, endLine: 30, endColumn: 19, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-identity-mode-conflict', 'fail-two-flags'),
      errors: [
        { messageId: 'twoModes', data: { secondFlag: 'useVMManagedIdentity', firstFlag: 'usePodIdentity' }, file: 'spcs.yaml', line: 10, column: 5, endLine: 10, endColumn: 25, level: 'error' },
        { messageId: 'twoModes', data: { secondFlag: 'useVMManagedIdentity', firstFlag: 'useAzureTokenProxy' }, file: 'spcs.yaml', line: 29, column: 5, endLine: 29, endColumn: 25, level: 'error' },
      ],
    },
  ],
}, test);
