// RuleTester cases for kv-object-type-mismatch, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs kv-object-type-mismatch
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase, azureCase } from '../../support/rule-cases.js';

testRule('kv-object-type-mismatch', {
  valid: [ruleCase('kv-object-type-mismatch', 'pass-certificate-any-type'), azureCase('custom-role'), azureCase('excessive')],
  invalid: [
    {
      ...ruleCase('kv-object-type-mismatch', 'fail-wrong-kind'),
      errors: [
        { messageId: 'onlyAsOtherType', data: { type: 'key', name: 'db-password', vault: 'kv-prod', existsAs: 'plain secret', objectType: 'key', call: 'GetKey', error: 'KeyNotFound', useType: 'secret' }, file: 'spc.yaml', line: 17, column: 23, endLine: 17, endColumn: 26, level: 'error' },
        { messageId: 'onlyAsOtherType', data: { type: 'secret', name: 'orders-signing-key', vault: 'kv-prod', existsAs: 'key', objectType: 'secret', call: 'GetSecret', error: 'SecretNotFound', useType: 'key' }, file: 'spc.yaml', line: 20, column: 23, endLine: 20, endColumn: 29, level: 'error' },
        { messageId: 'onlyAsOtherType', data: { type: 'certificate', name: 's3-access-key', vault: 'kv-prod', existsAs: 'plain secret', objectType: 'cert', call: 'GetCertificate', error: 'CertificateNotFound', useType: 'secret' }, file: 'spc.yaml', line: 23, column: 23, endLine: 23, endColumn: 27, level: 'error' },
        { messageId: 'certWithoutPrivateKey', data: { name: 'ingress-tls' }, file: 'spc.yaml', line: 53, column: 23, endLine: 53, endColumn: 27, level: 'note' },
      ],
    },
  ],
}, test);
