// The Azure provider's own examples (Azure/secrets-store-csi-driver-provider-azure `examples/`, MIT), linted in
// place: the tool must report exactly what is really wrong with them. Judged by hand:
// - every SPC uses the documentation placeholder tenant `tid` under the deprecated key `tenantId`: not a GUID
//   (error) and deprecated key (note);
// - keyvault-secrets sets `objectEncoding: "SECRET_ALIAS"`, a copy-paste slip: the provider rejects it;
// - the secret-sync example keeps `$SECRET_NAME`-style placeholders inside the objects block, and the
//   user-assigned example `<client id of user assigned identity>`;
// - the pod-identity SPC uses AAD Pod Identity, deprecated since 2022-10-24 (note).
// Nothing else: `kvname` is a valid vault name, the pods mount their volumes read-only, the SP-mode pods carry
// nodePublishSecretRef, and the synced secrets name mounted files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/paths.js';

const EXAMPLES = join(REPO_ROOT, '..', 'shared', 'realworld', 'provider-azure-examples');

const tenant = (file: string, line: number): string[] => [`${file}:${line} spc-tenant-id-deprecated-key`, `${file}:${line} spc-tenant-id-invalid`];

const EXPECTED = [
  ...tenant('keyvault-certs/v1alpha1_secretproviderclass_certs.yaml', 41),
  ...tenant('keyvault-keys/v1alpha1_secretproviderclass_keys.yaml', 22),
  'keyvault-secrets/v1alpha1_secretproviderclass_secrets.yaml:26 spc-objects-invalid',
  ...tenant('keyvault-secrets/v1alpha1_secretproviderclass_secrets.yaml', 27),
  'pod-identity/v1alpha1_secretproviderclass_pod_identity.yaml:9 pod-identity-deprecated',
  ...tenant('pod-identity/v1alpha1_secretproviderclass_pod_identity.yaml', 22),
  ...tenant('service-principal/v1alpha1_secretproviderclass_service_principal.yaml', 22),
  ...tenant('sync-as-kubernetes-secret/dockerconfigjson_synck8s_v1alpha1_secretproviderclass.yaml', 21),
  'sync-as-kubernetes-secret/synck8s_v1alpha1_secretproviderclass.yaml:21 unresolved-placeholder',
  'sync-as-kubernetes-secret/synck8s_v1alpha1_secretproviderclass.yaml:24 unresolved-placeholder',
  'sync-as-kubernetes-secret/synck8s_v1alpha1_secretproviderclass.yaml:26 unresolved-placeholder',
  'sync-as-kubernetes-secret/synck8s_v1alpha1_secretproviderclass.yaml:28 unresolved-placeholder',
  ...tenant('sync-as-kubernetes-secret/synck8s_v1alpha1_secretproviderclass.yaml', 29),
  ...tenant('sync-as-kubernetes-secret/tls_synck8s_v1alpha1_secretproviderclass.yaml', 23),
  ...tenant('system-assigned-managed-identity/v1alpha1_secretproviderclass_system_assigned_identity.yaml', 24),
  'user-assigned-managed-identity/v1alpha1_secretproviderclass_user_assigned_identity.yaml:11 unresolved-placeholder',
  ...tenant('user-assigned-managed-identity/v1alpha1_secretproviderclass_user_assigned_identity.yaml', 24),
];

test('provider-azure examples: exactly the true findings', { skip: existsSync(EXAMPLES) ? false : `real-world examples not found at ${EXAMPLES} (../shared is absent)` }, async () => {
  const run = await runCli(['--root', EXAMPLES, '--format', 'json', '--fail-level', 'none', EXAMPLES], { cwd: EXAMPLES });
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file?: string; startLine?: number }[] };
  const actual = report.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId}`).sort();
  // Exactly the list: a finding that disappears (a rule deleted or broken) fails this as much as a new one.
  assert.deepEqual(actual, [...EXPECTED].sort());
});

test('provider-azure examples: the one genuine mistake is explained', { skip: existsSync(EXAMPLES) ? false : 'real-world examples absent' }, async () => {
  const run = await runCli(['--root', EXAMPLES, '--format', 'json', '--fail-level', 'none', join(EXAMPLES, 'keyvault-secrets')], { cwd: EXAMPLES });
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string; startColumn?: number }[] };
  const encoding = report.findings.find((f) => f.ruleId === 'spc-objects-invalid');
  assert.ok(encoding);
  assert.equal(encoding.startColumn, 27);
  assert.match(encoding.message, /objectEncoding "SECRET_ALIAS" must be utf-8, hex or base64/);
});
