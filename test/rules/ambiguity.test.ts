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

// Placeholder namespaces (issue 29): a pod's is "any namespace", an object's makes it a candidate for every
// namespace; candidates without a real namespace are told apart by their file, never by the placeholder.
const spWithNs = (ns: string, vault: string): string => readFileSync(join(missing, 'base/spc.yaml'), 'utf8')
  .replace('metadata:\n  name: app-kv\n', `metadata:\n  name: app-kv\n  namespace: ${ns}\n`).replace('kv-app-dev', vault);
const podIn = (ns: string): string => readFileSync(join(missing, 'base/deployment.yaml'), 'utf8').replace('metadata:\n  name: app\n', `metadata:\n  name: app\n  namespace: ${ns}\n`);
testRule('sp-secret-ref-missing', {
  valid: [
    {
      name: 'a pod in a real namespace and the one SPC of the name in a placeholder namespace, which uses a VM identity',
      files: { 'spc.yaml': spWithNs('${NAMESPACE}', 'kv-app').replace('  parameters:\n', '  parameters:\n    useVMManagedIdentity: "true"\n'), 'deployment.yaml': podIn('jobs') },
    },
  ],
  invalid: [
    {
      name: 'SPCs in placeholder namespaces (a base and an overlay), a pod in <namespace>: named by file',
      files: { 'base/spc.yaml': spWithNs('${NAMESPACE}', 'kv-app-dev'), 'overlays/prod/spc.yaml': spWithNs('$(NAMESPACE)', 'kv-app-prod'), 'base/deployment.yaml': podIn('<namespace>') },
      errors: [{ messageId: 'secretRefMissingAll', data: { name: 'app-kv', volume: 'kv', count: 2, namespaces: 'base/spc.yaml, overlays/prod/spc.yaml' }, file: 'base/deployment.yaml', line: 24, column: 11 }],
    },
    {
      name: 'a pod in a real namespace and the one SPC of the name in a placeholder namespace: resolved',
      files: { 'spc.yaml': spWithNs('{{ .Values.namespace }}', 'kv-app'), 'deployment.yaml': podIn('jobs') },
      errors: [{ messageId: 'secretRefMissing', data: { name: 'app-kv', volume: 'kv' }, file: 'deployment.yaml', line: 24, column: 11 }],
    },
  ],
}, test);
