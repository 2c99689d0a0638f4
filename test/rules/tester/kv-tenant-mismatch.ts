// RuleTester cases for kv-tenant-mismatch, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-tenant-mismatch
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { azureCase } from '../../support/rule-cases.js';

testRule('kv-tenant-mismatch', {
  valid: [azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('lookup'),
      errors: [
        { messageId: 'tenantMismatch', data: { key: 'tenantID', value: '0f0f0f0f-0000-0000-0000-000000000000', name: 'kv-policy', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, file: 'app.yaml', line: 28, column: 15, endLine: 28, endColumn: 53, level: 'error' },
      ],
    },
  ],
}, test);
