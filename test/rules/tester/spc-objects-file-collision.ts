// RuleTester cases for spc-objects-file-collision, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs spc-objects-file-collision
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('spc-objects-file-collision', {
  valid: [ruleCase('spc-objects-file-collision', 'pass-aliases')],
  invalid: [
    {
      ...ruleCase('spc-objects-file-collision', 'fail-same-file'),
      errors: [
        { messageId: 'objectsFileCollision', data: { index: 1, file: '"kafka-client"', prev: 0 }, file: 'spcs.yaml', line: 19, column: 23, endLine: 19, endColumn: 35, level: 'error' },
        { messageId: 'objectsFileCollision', data: { index: 1, file: '"s3-credentials"', prev: 0 }, file: 'spcs.yaml', line: 42, column: 24, endLine: 42, endColumn: 40, level: 'error' },
        { messageId: 'objectsFileCollision', data: { index: 3, file: '"s3-endpoint"', prev: 2 }, file: 'spcs.yaml', line: 49, column: 24, endLine: 49, endColumn: 35, level: 'error' },
      ],
    },
  ],
}, test);
