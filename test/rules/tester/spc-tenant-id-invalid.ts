// RuleTester cases for spc-tenant-id-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-tenant-id-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-tenant-id-invalid', {
  valid: [ruleCase('spc-tenant-id-invalid', 'pass-guid-and-adfs')],
  invalid: [
    {
      ...ruleCase('spc-tenant-id-invalid', 'fail-missing-or-empty'),
      errors: [
        { messageId: 'missing', data: { key: 'tenantID', state: 'empty', hint: '' }, file: 'spcs.yaml', line: 16, column: 15, endLine: 16, endColumn: 17, level: 'error' },
        { messageId: 'missing', data: { key: 'tenantID', state: 'empty', hint: '' }, file: 'spcs.yaml', line: 33, column: 5, endLine: 33, endColumn: 13, level: 'error' },
        { messageId: 'missing', data: { key: 'tenantID', state: 'not set', hint: ' (tenantid is set, but keys are case-sensitive)' }, file: 'spcs.yaml', line: 42, column: 3, endLine: 42, endColumn: 13, level: 'error' },
        { messageId: 'missing', data: { key: 'tenantID', state: 'not set', hint: '' }, file: 'spcs.yaml', line: 59, column: 3, endLine: 59, endColumn: 13, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-tenant-id-invalid', 'fail-not-guid'),
      errors: [
        { messageId: 'invalid', data: { key: 'tenantID', value: '"contoso.onmicrosoft.com"' }, file: 'spcs.yaml', line: 16, column: 15, endLine: 16, endColumn: 38, level: 'error' },
        { messageId: 'invalid', data: { key: 'tenantID', value: '"{6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94}"' }, file: 'spcs.yaml', line: 33, column: 15, endLine: 33, endColumn: 55, level: 'error' },
        { messageId: 'invalid', data: { key: 'tenantID', value: '"6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a9"' }, file: 'spcs.yaml', line: 50, column: 15, endLine: 50, endColumn: 50, level: 'error' },
        { messageId: 'invalid', data: { key: 'tenantId', value: '"tid"' }, file: 'spcs.yaml', line: 67, column: 15, endLine: 67, endColumn: 20, level: 'error' },
      ],
    },
  ],
}, test);
