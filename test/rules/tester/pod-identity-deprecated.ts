// RuleTester cases for pod-identity-deprecated, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs pod-identity-deprecated
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('pod-identity-deprecated', {
  valid: [ruleCase('pod-identity-deprecated', 'pass-flag-false')],
  invalid: [
    {
      ...ruleCase('pod-identity-deprecated', 'fail-use-pod-identity'),
      errors: [
        { messageId: 'identityDeprecated', file: 'spc.yaml', line: 10, column: 5, endLine: 10, endColumn: 19, level: 'note' },
        { messageId: 'identityDeprecated', file: 'spc.yaml', line: 28, column: 5, endLine: 28, endColumn: 19, level: 'note' },
      ],
    },
  ],
}, test);
