// The published rule ids are the product's own contract (they appear in SARIF ruleId, suppressions, baselines and
// config files): rules/published-ids.json lists every id ever published, with the group and meaning it was
// published with. An id that disappears or moves group fails here; a rule that is not listed fails the build
// (scripts/lib/rule-parity.mjs), so the list cannot fall behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';
import { RULE_META } from '../../src/generated/rule-meta.js';

interface Published {
  readonly ids: Readonly<Record<string, { readonly group: string; readonly meaning: string }>>;
}
const published = JSON.parse(readFileSync(join(REPO_ROOT, 'rules/published-ids.json'), 'utf8')) as Published;

test('every published rule id still exists, in the group it was published in', () => {
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(published.ids)) {
    const yamlPath = join(REPO_ROOT, 'rules', `${id}.yaml`);
    if (!existsSync(yamlPath)) {
      problems.push(`${id}: published, but rules/${id}.yaml is gone (a published id never disappears)`);
      continue;
    }
    const meta = parse(readFileSync(yamlPath, 'utf8')) as { group: string };
    if (meta.group !== entry.group) problems.push(`${id}: published in group ${entry.group}, now in ${meta.group} (a changed meaning needs a new id)`);
    if (!RULE_MODULES.some((m) => m.id === id)) problems.push(`${id}: published, but no rule module is registered under it`);
    assert.ok(entry.meaning.trim().length >= 10, `${id}: the entry says what the id means`);
  }
  assert.deepEqual(problems, []);
});

test('every rule the product ships is published', () => {
  const shipped = RULE_META.map((m) => m.id).sort();
  assert.deepEqual(shipped.filter((id) => !Object.hasOwn(published.ids, id)), []);
});

test('the ids of the first release are all still published (the list only grows)', () => {
  // The 59 ids of the original rule catalog plus the four added before this file existed: a floor, so that
  // removing an entry from the JSON together with its rule still fails.
  const FIRST_RELEASE = [
    'yaml-parse-error', 'yaml-duplicate-key', 'unresolved-placeholder',
    'spc-api-version', 'spc-provider-invalid', 'spc-parameter-not-string', 'spc-parameter-unknown', 'spc-keyvault-name-invalid',
    'spc-tenant-id-invalid', 'spc-tenant-id-deprecated-key', 'spc-objects-invalid', 'spc-objects-file-collision',
    'spc-identity-mode-conflict', 'spc-bool-invalid', 'spc-user-assigned-id-invalid', 'spc-client-id-invalid', 'spc-secret-objects-invalid',
    'csi-driver-invalid', 'csi-volume-not-readonly', 'csi-spc-missing-attribute', 'csi-spc-not-found', 'volume-mount-unknown',
    'csi-volume-unmounted', 'csi-mount-not-readonly',
    'sp-secret-ref-missing', 'sp-secret-ref-unneeded', 'sp-secret-not-found', 'sp-secret-keys-missing', 'sp-secret-label-missing',
    'secret-committed', 'pod-identity-label-missing', 'pod-identity-binding-mismatch', 'pod-identity-deprecated', 'workload-identity-incomplete',
    'vvp-container-name', 'vvp-pods-and-templates', 'vvp-pods-volume-name-mismatch', 'vvp-extra-labels-unsupported', 'vvp-version-unknown',
    'vvp-chart-volume-platform-only', 'vvp-deployment-target-unknown',
    'kv-vault-not-found', 'kv-tenant-mismatch', 'kv-identity-not-found', 'grant-missing', 'grant-wrong-model', 'grant-excessive',
    'kv-network-restricted', 'kv-federated-credential-missing',
    'kv-object-not-found', 'kv-object-disabled', 'kv-object-expired', 'kv-object-version-not-found', 'kv-object-type-mismatch',
    'cluster-spc-crd-missing', 'cluster-csi-driver-missing', 'cluster-provider-missing', 'cluster-token-requests-missing', 'cluster-mount-failing',
    'suppression-reason-missing', 'suppression-unused', 'vvp-drift', 'cluster-drift',
  ];
  assert.equal(new Set(FIRST_RELEASE).size, 63);
  assert.deepEqual(FIRST_RELEASE.filter((id) => !Object.hasOwn(published.ids, id)), []);
});
