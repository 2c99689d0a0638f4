// RuleTester cases for spc-secret-objects-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-secret-objects-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-secret-objects-invalid', {
  valid: [ruleCase('spc-secret-objects-invalid', 'pass-synced-secrets')],
  invalid: [
    {
      ...ruleCase('spc-secret-objects-invalid', 'fail-missing-fields'),
      errors: [
        { messageId: 'fieldMissing', data: { i: 0, field: 'secretName' }, file: 'spc.yaml', line: 9, column: 7, endLine: 9, endColumn: 58, level: 'error' },
        { messageId: 'fieldMissing', data: { i: 1, field: 'type' }, file: 'spc.yaml', line: 13, column: 7, endLine: 13, endColumn: 70, level: 'error' },
        { messageId: 'fieldMissing', data: { i: 2, field: 'type' }, file: 'spc.yaml', line: 18, column: 13, endLine: 18, endColumn: 15, level: 'error' },
        { messageId: 'noData', data: { i: 3 }, file: 'spc.yaml', line: 22, column: 7, endLine: 22, endColumn: 70, level: 'error' },
        { messageId: 'noData', data: { i: 4 }, file: 'spc.yaml', line: 26, column: 7, endLine: 26, endColumn: 11, level: 'error' },
        { messageId: 'noKey', data: { i: 5, j: 0 }, file: 'spc.yaml', line: 30, column: 11, endLine: 30, endColumn: 82, level: 'error' },
        { messageId: 'noObjectName', data: { i: 5, j: 1 }, file: 'spc.yaml', line: 31, column: 11, endLine: 31, endColumn: 64, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-secret-objects-invalid', 'fail-not-mounted'),
      errors: [
        { messageId: 'notMounted', data: { name: '"s3-access-key"', hint: '; that object is mounted as "s3_access_key" (its objectAlias): use that name' }, file: 'spc.yaml', line: 12, column: 23, endLine: 12, endColumn: 36, level: 'error' },
        { messageId: 'notMounted', data: { name: '"kafka-client"', hint: '; that object is mounted as "kafka-client.pem" (its objectAlias): use that name' }, file: 'spc.yaml', line: 14, column: 24, endLine: 14, endColumn: 36, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-secret-objects-invalid', 'fail-tls-keys'),
      errors: [
        { messageId: 'tlsKey', data: { key: '"tls.pem"' }, file: 'spc.yaml', line: 13, column: 16, endLine: 13, endColumn: 23, level: 'error' },
        { messageId: 'tlsKey', data: { key: '"ca.crt"' }, file: 'spc.yaml', line: 17, column: 16, endLine: 17, endColumn: 22, level: 'error' },
      ],
    },
  ],
}, test);
