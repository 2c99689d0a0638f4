// RuleTester cases for yaml-parse-error, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs yaml-parse-error
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('yaml-parse-error', {
  valid: [ruleCase('yaml-parse-error', 'pass-valid-yaml-variants')],
  invalid: [
    {
      ...ruleCase('yaml-parse-error', 'fail-alias-across-documents'),
      errors: [
        { messageId: 'aliasWithoutAnchor', file: 'spcs.yaml', line: 26, column: 11, endLine: 26, endColumn: 18, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-billion-laughs'),
      errors: [
        { messageId: 'aliasBomb', data: { maxAliasCount: 1000 }, file: 'spc.yaml', line: 8, column: 12, endLine: 8, endColumn: 14, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-binary'),
      errors: [
        { messageId: 'binary', data: { offset: 21 }, file: 'secrets.yaml', line: 2, column: 7, endLine: 2, endColumn: 8, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-crlf'),
      errors: [
        { messageId: 'unclosedQuote', data: { quote: '\'' }, file: 'spc.yaml', line: 11, column: 15, endLine: 11, endColumn: 16, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-deep-nesting'),
      errors: [
        { messageId: 'tooDeep', data: { maxDepth: 256 }, file: 'spc.yaml', line: 7, column: 267, endLine: 7, endColumn: 268, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-multi-document'),
      errors: [
        { messageId: 'unclosedBracket', data: { open: '[', close: ']' }, file: 'spcs.yaml', line: 27, column: 19, endLine: 27, endColumn: 20, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-spc-in-broken-template'),
      errors: [
        { messageId: 'syntax', data: { error: 'Implicit map keys need to be followed by map values' }, file: 'pod-and-spc.yaml', line: 38, column: 1, endLine: 38, endColumn: 11, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-syntax'),
      errors: [
        { messageId: 'unclosedQuote', data: { quote: '"' }, file: 'spc.yaml', line: 9, column: 27, endLine: 9, endColumn: 28, level: 'error' },
      ],
    },
    {
      ...ruleCase('yaml-parse-error', 'fail-tab-indent'),
      errors: [
        { messageId: 'syntax', data: { error: 'Tabs are not allowed as indentation' }, file: 'spc.yaml', line: 9, column: 1, endLine: 9, endColumn: 2, level: 'error' },
      ],
    },
  ],
}, test);
