// Issue 29, "ambiguity that does not matter is not ambiguity": when several SecretProviderClasses could be the one a
// volume names (no namespaces: a Kustomize base and overlay) and every candidate leads to the same finding, it is
// reported and says it holds for all of them, with each candidate as a related location; where the candidates
// disagree the rules stay silent (test/fixtures/rules/sp-secret-ref-missing/pass-ambiguous-spc).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testRule } from '../../src/testing/rule-tester.js';
import { RULE_FIXTURES } from '../support/paths.js';

function files(dir: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

const missing = join(RULE_FIXTURES, 'sp-secret-ref-missing', 'fail-ambiguous-all-agree');
testRule('sp-secret-ref-missing', {
  valid: [{ name: 'candidates disagree', files: files(join(RULE_FIXTURES, 'sp-secret-ref-missing', 'pass-ambiguous-spc'), ['base/spc.yaml', 'base/deployment.yaml', 'overlays/workload-identity/spc.yaml']) }],
  invalid: [
    {
      name: 'both candidates use a service principal',
      files: files(missing, ['base/spc.yaml', 'base/deployment.yaml', 'overlays/prod/spc.yaml']),
      errors: [{ messageId: 'secretRefMissingAll', data: { name: 'app-kv', volume: 'kv', count: 2, namespaces: 'base/spc.yaml, overlays/prod/spc.yaml' }, file: 'base/deployment.yaml', line: 23, column: 11 }],
    },
  ],
}, test);

const unneeded = join(RULE_FIXTURES, 'sp-secret-ref-unneeded', 'fail-ambiguous-all-agree');
testRule('sp-secret-ref-unneeded', {
  valid: [],
  invalid: [
    {
      name: 'both candidates use a VM managed identity',
      files: files(unneeded, ['base/spc.yaml', 'base/deployment.yaml', 'overlays/prod/spc.yaml']),
      errors: [
        {
          messageId: 'secretRefUnneededAll',
          data: { name: 'app-kv', count: 2, namespaces: 'base/spc.yaml, overlays/prod/spc.yaml', identityModes: 'vm-user-assigned' },
          file: 'base/deployment.yaml',
          line: 28,
          column: 13,
        },
      ],
    },
  ],
}, test);
