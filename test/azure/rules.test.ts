// The Azure rule group end to end: fixture manifests + azure-state.json through the real lint pipeline, and
// one case again with the state read live from the local ARM look-alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/engine/lint.js';
import { readAzureStateFile } from '../../src/azure/state-file.js';
import { readArm } from '../../src/azure/arm-source.js';
import type { AzureState } from '../../src/model/azure-state.js';
import { startFakeArm, type FakeArmData } from './fake-arm.js';
import { fakeCredential, fixturePath, readFixtureJson } from './helpers.js';

const AZURE_RULES = new Set([
  'kv-vault-not-found',
  'kv-tenant-mismatch',
  'kv-identity-not-found',
  'grant-missing',
  'grant-wrong-model',
  'grant-excessive',
  'kv-network-restricted',
  'kv-federated-credential-missing',
]);

/** `ruleId spc-name` per finding (the SPC named by the finding's file location), sorted. */
async function findings(caseName: string, state?: AzureState): Promise<{ keys: string[]; messages: Map<string, string> }> {
  const dir = fixturePath(caseName);
  const azure = state ?? (await readAzureStateFile(fixturePath(caseName, 'azure-state.json')));
  const { result } = await lint({
    cwd: dir,
    root: dir,
    targets: ['app.yaml'],
    enrich: async (inv) => {
      inv.azure = azure;
    },
  });
  const messages = new Map<string, string>();
  const keys = result.findings
    .filter((f) => AZURE_RULES.has(f.ruleId))
    .map((f) => {
      assert.equal(f.location.kind, 'file');
      const loc = f.location as { file: { text: string }; span: { start: number } };
      // The SPC the finding sits in: the nearest `name:` above the region.
      const before = loc.file.text.slice(0, loc.span.start);
      const name = [...before.matchAll(/^ {2}name: (\S+)$/gm)].pop()?.[1] ?? '?';
      const key = `${f.ruleId} ${name}`;
      messages.set(key, f.message);
      return key;
    })
    .sort();
  return { keys, messages };
}

test('RBAC, inherited scope: resource-group Secrets User covers secrets, not certificates', async () => {
  const { keys, messages } = await findings('rbac-inherited');
  assert.deepEqual(keys, ['grant-missing needs-cert']);
  assert.match(messages.get('grant-missing needs-cert')!, /user-assigned identity id-vvp .* cannot read certificates in key vault kv-rbac \(Azure RBAC\); assign a role that includes Microsoft\.KeyVault\/vaults\/certificates\/read/);
});

test('wrong model both ways: policy on an RBAC vault, role on an access-policy vault', async () => {
  const { keys, messages } = await findings('wrong-model');
  assert.deepEqual(keys, ['grant-wrong-model policy-on-rbac', 'grant-wrong-model role-on-policy']);
  assert.match(messages.get('grant-wrong-model policy-on-rbac')!, /only through an access policy, which an RBAC vault ignores/);
  assert.match(messages.get('grant-wrong-model role-on-policy')!, /only through Key Vault Secrets User at the vault, which an access-policy vault ignores/);
});

test('custom role: wildcard grants keys and certs, notDataActions removes secrets; an unknown role stays silent', async () => {
  const { keys, messages } = await findings('custom-role');
  // vaults/* minus secrets/* still allows key and certificate writes: excessive, and reported as such.
  assert.deepEqual(keys, ['grant-excessive key-and-cert', 'grant-excessive secret-denied', 'grant-missing secret-denied']);
  assert.match(messages.get('grant-excessive key-and-cert')!, /KV all but secrets at subscription .*allows keys\/create\/action/);
});

test('vault not found, tenant mismatch, identity not found, other-tenant access policy', async () => {
  const { keys, messages } = await findings('lookup');
  assert.deepEqual(keys, ['grant-missing wrong-tenant', 'kv-identity-not-found unknown-client', 'kv-tenant-mismatch wrong-tenant', 'kv-vault-not-found typo-vault']);
  assert.match(messages.get('grant-missing wrong-tenant')!, /names another tenant/);
  assert.match(messages.get('kv-vault-not-found typo-vault')!, /"kv-polcy" is not in the Azure state/);
});

test('excessive grants under the enforced model; a minimal grant is silent', async () => {
  const { keys, messages } = await findings('excessive');
  assert.deepEqual(keys, ['grant-excessive officer', 'grant-excessive policy-set']);
  assert.match(messages.get('grant-excessive officer')!, /Key Vault Secrets Officer at subscription/);
  assert.match(messages.get('grant-excessive policy-set')!, /access policy secrets: set, purge/);
});

test('system-assigned: every node pool must be granted', async () => {
  const { keys, messages } = await findings('system-assigned');
  assert.deepEqual(keys, ['grant-missing system']);
  assert.match(messages.get('grant-missing system')!, /node pool aks-flink-2-vmss/);
});

test('workload identity: federated credential subject must match the pods\' ServiceAccount; network restriction warned', async () => {
  const { keys, messages } = await findings('workload-identity');
  assert.deepEqual(keys, ['kv-federated-credential-missing wi-ok', 'kv-federated-credential-missing wi-wrong-subject', 'kv-network-restricted wi-ok', 'kv-network-restricted wi-wrong-subject']);
  assert.match(messages.get('kv-federated-credential-missing wi-wrong-subject')!, /system:serviceaccount:vvp-jobs:flink \(it has: system:serviceaccount:default:flink\)/);
  // A pod without serviceAccountName runs as the namespace's default ServiceAccount: that is the subject it needs.
  assert.match(messages.get('kv-federated-credential-missing wi-ok')!, /no federated credential for system:serviceaccount:vvp-jobs:default \(it has: system:serviceaccount:vvp-jobs:flink\)/);
});

test('no Azure state: the Azure rules are silent', async () => {
  const dir = fixturePath('lookup');
  const { result } = await lint({ cwd: dir, root: dir, targets: ['app.yaml'] });
  assert.deepEqual(result.findings.filter((f) => AZURE_RULES.has(f.ruleId)), []);
});

test('live: the same findings from the local ARM server; a 403 on assignments silences grant-missing', async () => {
  const data = { subscriptions: ['11111111-1111-1111-1111-111111111111'], ...readFixtureJson('rbac-inherited', 'azure-state.json') } as FakeArmData;
  const arm = await startFakeArm(data, { pageSize: 1 });
  try {
    const opts = { subscriptions: data.subscriptions, endpoint: arm.endpoint, credential: fakeCredential(), maxRetries: 0 };
    const live = await readArm(opts);
    assert.deepEqual((await findings('rbac-inherited', live.state)).keys, ['grant-missing needs-cert']);
    arm.faults = [{ path: /roleAssignments$/i, status: 403 }];
    const failed = await readArm(opts);
    assert.equal(failed.notifications[0]?.id, 'arm-forbidden');
    assert.deepEqual((await findings('rbac-inherited', failed.state)).keys, []);
  } finally {
    await arm.close();
  }
});

test('grant checks that cannot run are one check-skipped note per cause, with the command that lets them run', async () => {
  const dir = fixturePath('custom-role');
  const { result } = await lint({
    cwd: dir,
    root: dir,
    targets: ['app.yaml'],
    enrich: async (inv) => {
      inv.azure = await readAzureStateFile(fixturePath('custom-role', 'azure-state.json'));
    },
  });
  const notes = result.notifications.filter((n) => n.id === 'check-skipped' && /grant-/.test(n.message));
  assert.equal(notes.length, 1, JSON.stringify(result.notifications, null, 1));
  assert.match(notes[0]!.message, /^2 checks not run \(grant-missing, grant-wrong-model on 1 object\): role definition\(s\) dddddddd-0000-0000-0000-000000000009 assigned on key vault .* are not in the state; to run them: /);
  assert.equal(notes[0]!.remedy, "`az role definition list --custom-role-only true` into the state's roleDefinitions");
});
