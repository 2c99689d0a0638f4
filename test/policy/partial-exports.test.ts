// Issue 29: the single-object parts of rules that were not exported become admission policies where CEL decides
// them exactly — a secretObjects entry without type (or secretName, data, key, objectName; tls keys), and a
// placeholder left in a field the API server receives. Before, both rules were listed as not exportable and an
// SPC like these was admitted. test/policy/parity.test.ts keeps the exported parts equal to the linter on every
// fixture; here each part is shown on an object of its own, with what stays with lint (`policy --list`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORTED, NOT_EXPORTABLE } from '../../src/policy/registry.js';
import { SHAPES } from '../../src/policy/shapes.js';
import { runCli } from '../support/run-cli.js';
import { evaluate } from './cel-eval.js';

const SPC_SHAPE = SHAPES.find((s) => s.target === 'spc')!;

function spc(extra: { parameters?: Record<string, string>; secretObjects?: unknown[] } = {}): Record<string, unknown> {
  return {
    apiVersion: 'secrets-store.csi.x-k8s.io/v1',
    kind: 'SecretProviderClass',
    metadata: { name: 'kv', namespace: 'vvp-jobs' },
    spec: {
      provider: 'azure',
      parameters: { useVMManagedIdentity: 'true', userAssignedIdentityID: '00000000-0000-0000-0000-000000000001', keyvaultName: 'kv-prod', tenantID: '00000000-0000-0000-0000-000000000002', objects: 'array: []', ...extra.parameters },
      ...(extra.secretObjects ? { secretObjects: extra.secretObjects } : {}),
    },
  };
}

function deniedBy(ruleId: string, body: unknown): string[] {
  const rule = EXPORTED.find((r) => r.id === ruleId);
  assert.ok(rule, `${ruleId} is exported`);
  const verdict = evaluate(SPC_SHAPE, rule.validations.map((v) => v.expression), body);
  assert.deepEqual(verdict.errors, []);
  return verdict.failed.map((i) => rule.validations[i]!.message);
}

test('spc-secret-objects-invalid: an entry without type, data, key or objectName is denied; a complete one admitted', () => {
  const good = { secretName: 'kafka', type: 'Opaque', data: [{ objectName: 'kafka-password', key: 'password' }] };
  assert.deepEqual(deniedBy('spc-secret-objects-invalid', spc({ secretObjects: [good] })), []);
  assert.match(deniedBy('spc-secret-objects-invalid', spc({ secretObjects: [{ secretName: 'kafka', data: good.data }] })).join(), /needs secretName and type/);
  assert.match(deniedBy('spc-secret-objects-invalid', spc({ secretObjects: [{ secretName: 'kafka', type: 'Opaque' }] })).join(), /needs data/);
  assert.match(deniedBy('spc-secret-objects-invalid', spc({ secretObjects: [{ ...good, data: [{ objectName: 'kafka-password' }] }] })).join(), /needs key and objectName/);
  assert.match(deniedBy('spc-secret-objects-invalid', spc({ secretObjects: [{ ...good, type: 'kubernetes.io/tls', data: [{ objectName: 'c', key: 'ca.crt' }] }] })).join(), /only the keys tls.key and tls.crt/);
});

test('unresolved-placeholder: a placeholder in a parameter or a secretObjects field is denied; the objects block is left to lint', () => {
  assert.deepEqual(deniedBy('unresolved-placeholder', spc()), []);
  for (const value of ['${KEYVAULT_NAME}', '$keyvault-name', '<keyvault-name>', '{{ .Values.vault }}', '#{Vault}#', '__VAULT__']) {
    assert.match(deniedBy('unresolved-placeholder', spc({ parameters: { keyvaultName: value } })).join(), /still holds a placeholder/, value);
  }
  assert.match(deniedBy('unresolved-placeholder', spc({ secretObjects: [{ secretName: '${SECRET}', type: 'Opaque', data: [{ objectName: 'a', key: 'b' }] }] })).join(), /secretObjects field/);
  // Inside the objects YAML string: CEL cannot parse it, so the policy admits and lint reports it.
  assert.deepEqual(deniedBy('unresolved-placeholder', spc({ parameters: { objects: 'array:\n  - |\n    objectName: ${NAME}\n    objectType: secret\n' } })), []);
  // A real password that merely contains `$` is a value, not a placeholder.
  assert.deepEqual(deniedBy('unresolved-placeholder', spc({ parameters: { cloudName: 'AzurePublicCloud' } })), []);
});

test('policy --list names the exported parts and what stays with lint; they are no longer "not exportable"', async () => {
  for (const id of ['spc-secret-objects-invalid', 'unresolved-placeholder']) assert.ok(!NOT_EXPORTABLE.some((r) => r.id === id), id);
  const run = await runCli(['policy', '--list']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /spc-secret-objects-invalid {2}\(SecretProviderClass\); in part: not whether each objectName is a file/);
  assert.match(run.stdout, /unresolved-placeholder {2}\(SecretProviderClass\); in part: not the fields of the `objects` block/);
});
