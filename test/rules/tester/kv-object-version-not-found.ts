// RuleTester cases for kv-object-version-not-found, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-object-version-not-found
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase, azureCase } from '../../support/rule-cases.js';

testRule('kv-object-version-not-found', {
  valid: [ruleCase('kv-object-version-not-found', 'pass-known-or-unlisted'), azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...ruleCase('kv-object-version-not-found', 'fail-arm-key-versions'),
      errors: [
        { messageId: 'versionNotFound', data: { type: 'secret', name: 'ingress-tls', vault: 'kv-prod', version: '00000000000000000000000000000bad', listed: 1 }, file: 'spc.yaml', line: 18, column: 26, endLine: 18, endColumn: 58, level: 'error' },
      ],
    },
    {
      ...ruleCase('kv-object-version-not-found', 'fail-unknown-version'),
      errors: [
        { messageId: 'versionNotFound', data: { type: 'secret', name: 'db-password', vault: 'kv-prod', version: '00000000000000000000000000000bad', listed: 1 }, file: 'spc.yaml', line: 18, column: 26, endLine: 18, endColumn: 58, level: 'error' },
        { messageId: 'versionNotFound', data: { type: 'certificate', name: 'ingress-tls', vault: 'kv-prod', version: '00000000000000000000000000000bad', listed: 1 }, file: 'spc.yaml', line: 22, column: 26, endLine: 22, endColumn: 58, level: 'error' },
      ],
    },
  ],
}, test);
