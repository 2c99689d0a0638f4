// RuleTester cases for csi-spc-missing-attribute, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs csi-spc-missing-attribute
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('csi-spc-missing-attribute', {
  valid: [ruleCase('csi-spc-missing-attribute', 'pass-attribute-set')],
  invalid: [
    {
      ...ruleCase('csi-spc-missing-attribute', 'fail-no-attribute'),
      errors: [
        { messageId: 'spcMissingAttribute', data: { volume: 'kv-no-attrs' }, file: 'statefulset.yaml', line: 28, column: 11, endLine: 28, endColumn: 14, level: 'error' },
        { messageId: 'spcMissingAttribute', data: { volume: 'kv-wrong-attr' }, file: 'statefulset.yaml', line: 32, column: 11, endLine: 32, endColumn: 14, level: 'error' },
        { messageId: 'spcMissingAttribute', data: { volume: 'azkvsecret' }, file: 'vvp-deployment.yaml', line: 21, column: 17, endLine: 21, endColumn: 20, level: 'error' },
      ],
    },
  ],
}, test);
