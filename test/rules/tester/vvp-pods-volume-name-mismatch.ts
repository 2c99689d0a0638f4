// RuleTester cases for vvp-pods-volume-name-mismatch, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-pods-volume-name-mismatch
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-pods-volume-name-mismatch', {
  valid: [ruleCase('vvp-pods-volume-name-mismatch', 'pass-names-agree')],
  invalid: [
    {
      ...ruleCase('vvp-pods-volume-name-mismatch', 'fail-names-disagree'),
      errors: [
        { messageId: 'fieldName', data: { label: 'volume.name', value: '"azkv-secret"', other: '"azkvsecret"' }, file: 'vvp-deployments.yaml', line: 15, column: 23, endLine: 15, endColumn: 34, level: 'error' },
        { messageId: 'fieldName', data: { label: 'volumeMount.name', value: '"kv-cert"', other: '"kv-certs"' }, file: 'vvp-deployments.yaml', line: 47, column: 23, endLine: 47, endColumn: 30, level: 'error' },
        { messageId: 'entryName', data: { value: '"secrets"', other: '"azkvsecret"' }, file: 'vvp-deployments.yaml', line: 61, column: 17, endLine: 61, endColumn: 24, level: 'error' },
      ],
    },
  ],
}, test);
