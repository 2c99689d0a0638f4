// RuleTester cases for spc-client-id-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-client-id-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-client-id-invalid', {
  valid: [ruleCase('spc-client-id-invalid', 'pass-workload-identity')],
  invalid: [
    {
      ...ruleCase('spc-client-id-invalid', 'fail-not-guid'),
      errors: [
        { messageId: 'clientIdInvalid', data: { value: '"id-vvp-flink-jobs"' }, file: 'spcs.yaml', line: 9, column: 15, endLine: 9, endColumn: 32, level: 'error' },
        { messageId: 'clientIdInvalid', data: { value: '"api://4e2a7c1b-9d3f-4a5e-8b6c-1f0e2d3c4b5a"' }, file: 'spcs.yaml', line: 26, column: 15, endLine: 26, endColumn: 59, level: 'error' },
        { messageId: 'clientIdInvalid', data: { value: '"4e2a7c1b9d3f4a5e8b6c1f0e2d3c4b5a"' }, file: 'spcs.yaml', line: 44, column: 15, endLine: 44, endColumn: 47, level: 'error' },
      ],
    },
  ],
}, test);
