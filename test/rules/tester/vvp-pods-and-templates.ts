// RuleTester cases for vvp-pods-and-templates, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs vvp-pods-and-templates
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('vvp-pods-and-templates', {
  valid: [ruleCase('vvp-pods-and-templates', 'pass-one-form')],
  invalid: [
    {
      ...ruleCase('vvp-pods-and-templates', 'fail-both-forms'),
      errors: [
        { messageId: 'podsAndTemplates', data: { templates: 'taskManagerPodTemplate' }, file: 'session-cluster.yaml', line: 13, column: 5, endLine: 13, endColumn: 9, level: 'error' },
        { messageId: 'podsAndTemplates', data: { templates: 'jobManagerPodTemplate' }, file: 'vvp-deployment.yaml', line: 12, column: 9, endLine: 12, endColumn: 13, level: 'error' },
      ],
    },
  ],
}, test);
