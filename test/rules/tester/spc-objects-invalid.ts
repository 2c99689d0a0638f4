// RuleTester cases for spc-objects-invalid, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-objects-invalid
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-objects-invalid', {
  valid: [ruleCase('spc-objects-invalid', 'pass-all-fields')],
  invalid: [
    {
      ...ruleCase('spc-objects-invalid', 'fail-block-shape'),
      errors: [
        { messageId: 'objectsNotYaml', data: { yamlError: 'All sequence items must start at the same column' }, file: 'spcs.yaml', line: 17, column: 10, endLine: 17, endColumn: 11, level: 'error' },
        { messageId: 'objectsNoArray', file: 'spcs.yaml', line: 32, column: 14, endLine: 34, endColumn: 27, level: 'error' },
        { messageId: 'entryNotString', data: { index: 0 }, file: 'spcs.yaml', line: 49, column: 11, endLine: 49, endColumn: 75, level: 'error' },
        { messageId: 'entryNotString', data: { index: 1 }, file: 'spcs.yaml', line: 51, column: 11, endLine: 51, endColumn: 69, level: 'error' },
        { messageId: 'noObjects', file: 'spcs.yaml', line: 65, column: 14, endLine: 65, endColumn: 25, level: 'error' },
        { messageId: 'entryNotMapping', data: { index: 0 }, file: 'spcs.yaml', line: 80, column: 11, endLine: 81, endColumn: 30, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-objects-invalid', 'fail-entry-fields'),
      errors: [
        { messageId: 'objectNameInvalid', data: { value: '"kafka_sasl_password"' }, file: 'spcs.yaml', line: 15, column: 23, endLine: 15, endColumn: 42, level: 'error' },
        { messageId: 'objectTypeCertificate', data: { value: '"certificate"' }, file: 'spcs.yaml', line: 19, column: 23, endLine: 19, endColumn: 34, level: 'error' },
        { messageId: 'objectTypeCase', data: { value: '"Key"', lower: 'key' }, file: 'spcs.yaml', line: 22, column: 23, endLine: 22, endColumn: 26, level: 'error' },
        { messageId: 'objectFormatInvalid', data: { value: '"der"' }, file: 'spcs.yaml', line: 27, column: 25, endLine: 27, endColumn: 28, level: 'error' },
        { messageId: 'pfxNeedsSecret', file: 'spcs.yaml', line: 32, column: 25, endLine: 32, endColumn: 28, level: 'error' },
        { messageId: 'objectEncodingInvalid', data: { value: '"utf8"' }, file: 'spcs.yaml', line: 36, column: 27, endLine: 36, endColumn: 31, level: 'error' },
        { messageId: 'encodingNeedsSecret', file: 'spcs.yaml', line: 41, column: 27, endLine: 41, endColumn: 33, level: 'error' },
        { messageId: 'filePermissionInvalid', data: { value: '"rw-r-----"' }, file: 'spcs.yaml', line: 45, column: 27, endLine: 45, endColumn: 36, level: 'error' },
        { messageId: 'objectAliasAbsolute', data: { value: '"/etc/vvp/db-password"' }, file: 'spcs.yaml', line: 49, column: 24, endLine: 49, endColumn: 44, level: 'error' },
        { messageId: 'objectAliasParent', data: { value: '"../db-user"' }, file: 'spcs.yaml', line: 53, column: 24, endLine: 53, endColumn: 34, level: 'error' },
        { messageId: 'objectVersionInvalid', data: { value: '"v2"' }, file: 'spcs.yaml', line: 57, column: 26, endLine: 57, endColumn: 28, level: 'error' },
        { messageId: 'objectVersionHistoryInvalid', data: { value: '"two"' }, file: 'spcs.yaml', line: 61, column: 33, endLine: 61, endColumn: 36, level: 'error' },
        { messageId: 'noObjectName', data: { index: 12 }, file: 'spcs.yaml', line: 62, column: 11, endLine: 64, endColumn: 29, level: 'error' },
        { messageId: 'unknownFieldSuggestion', data: { field: 'objectname', index: 12, suggestion: 'objectName' }, file: 'spcs.yaml', line: 63, column: 11, endLine: 63, endColumn: 21, level: 'error' },
        { messageId: 'noObjectType', data: { index: 13 }, file: 'spcs.yaml', line: 65, column: 11, endLine: 66, endColumn: 36, level: 'error' },
        { messageId: 'noObjectName', data: { index: 14 }, file: 'spcs.yaml', line: 67, column: 11, endLine: 69, endColumn: 28, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-objects-invalid', 'fail-missing'),
      errors: [
        { messageId: 'objectsNotSet', file: 'spcs.yaml', line: 8, column: 3, endLine: 8, endColumn: 13, level: 'error' },
        { messageId: 'objectsEmpty', file: 'spcs.yaml', line: 24, column: 14, endLine: 24, endColumn: 16, level: 'error' },
        { messageId: 'objectsEmpty', file: 'spcs.yaml', line: 37, column: 14, endLine: 38, endColumn: 1, level: 'error' },
      ],
    },
    {
      ...ruleCase('spc-objects-invalid', 'fail-no-parameters'),
      errors: [
        { messageId: 'objectsNotSet', file: 'spc.yaml', line: 7, column: 1, endLine: 7, endColumn: 5, level: 'error' },
      ],
    },
  ],
}, test);
