// RuleTester cases for kv-object-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-object-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase, azureCase } from '../../support/rule-cases.js';

testRule('kv-object-not-found', {
  valid: [ruleCase('kv-object-not-found', 'pass-present-or-unknown'), azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...ruleCase('kv-object-not-found', 'fail-arm-lists'),
      errors: [
        { messageId: 'notFoundSuggestion', data: { type: 'secret', name: 's3-acess-key', vault: 'kv-prod', listed: 3, list: 'secrets', suggestion: 's3-access-key' }, file: 'spc.yaml', line: 19, column: 23, endLine: 19, endColumn: 35, level: 'error' },
      ],
    },
    {
      ...ruleCase('kv-object-not-found', 'fail-typo-az-lists'),
      errors: [
        { messageId: 'notFoundSuggestion', data: { type: 'secret', name: 'db-pasword', vault: 'kv-prod', listed: 2, list: 'secrets', suggestion: 'db-password' }, file: 'spc.yaml', line: 16, column: 23, endLine: 16, endColumn: 33, level: 'error' },
        { messageId: 'notFound', data: { type: 'secret', name: 'kafka-truststore', vault: 'kv-prod', listed: 2, list: 'secrets' }, file: 'spc.yaml', line: 22, column: 23, endLine: 22, endColumn: 39, level: 'error' },
      ],
    },
  ],
}, test);
