// The live ARM source with the real SDK clients against a local ARM look-alike: paging, custom role lookup,
// GET-only, and every failure (401/403/429/500/timeout) turned into a notification plus an `incomplete` mark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArm } from '../../src/azure/arm-source.js';
import { evaluateAccess } from '../../src/rules/support/azure/permissions.js';
import { parseAzureStateValue } from '../../src/azure/state-file.js';
import { startFakeArm, type FakeArmData } from './fake-arm.js';
import { FAKE_TOKEN, fakeCredential, readFixtureJson } from './helpers.js';

const SUB = '11111111-1111-1111-1111-111111111111';
const SUB2 = '22222222-2222-2222-2222-222222222222';

function data(): FakeArmData {
  return { subscriptions: [SUB, SUB2], ...(readFixtureJson('live', 'azure-state.json') as Omit<FakeArmData, 'subscriptions'>) };
}

async function withArm(
  fn: (arm: Awaited<ReturnType<typeof startFakeArm>>) => Promise<void>,
  pageSize = 1,
): Promise<void> {
  const arm = await startFakeArm(data(), { pageSize });
  try {
    await fn(arm);
  } finally {
    await arm.close();
  }
}

const fast = { maxRetries: 0, retryDelayMs: 1, timeoutMs: 5000 };

test('reads vaults, inherited assignments, custom roles, identities and federated credentials through paging', async () => {
  await withArm(async (arm) => {
    const cred = fakeCredential();
    const { raw, state, notifications } = await readArm({ subscriptions: [SUB, SUB2], endpoint: arm.endpoint, credential: cred, ...fast });
    assert.deepEqual(notifications, []);
    assert.deepEqual(
      state.vaults.map((v) => v.name),
      ['kv-rbac', 'kv-policy', 'kv-other'],
    );
    assert.equal(raw.incomplete, undefined);
    // The rg-app assignment is inherited by both rg-app vaults; the rg-app-other one never applies.
    assert.deepEqual(state.roleAssignments.map((a) => a.id?.split('/').pop()).sort(), [
      '0a000000-0000-0000-0000-000000000001',
      '0a000000-0000-0000-0000-000000000002',
    ]);
    const custom = state.roleDefinitions.get('c0c0c0c0-0000-0000-0000-000000000001');
    assert.equal(custom?.roleName, 'Custom KV reader without secrets');
    assert.equal(custom?.builtIn, false);
    assert.equal(state.identities.length, 3);
    assert.deepEqual(
      state.federatedCredentials.map((f) => f.subject),
      ['system:serviceaccount:vvp-jobs:flink'],
    );
    assert.match(state.federatedCredentials[0]!.identityId, /userAssignedIdentities\/id-vvp$/);
    // Read only, authenticated, and paged (page size 1 ⇒ nextLink followed).
    assert.ok(arm.requests.length > 0);
    assert.ok(arm.requests.every((r) => r.method === 'GET'), 'only GET requests');
    assert.ok(arm.requests.every((r) => r.authorization === `Bearer ${FAKE_TOKEN}`));
    assert.ok(arm.requests.some((r) => decodeURIComponent(r.url).includes('$skiptoken=1')));
    assert.ok(arm.requests.some((r) => /vaults\/kv-rbac\/providers\/Microsoft\.Authorization\/roleAssignments\?.*atScope\(\)/.test(decodeURIComponent(r.url))));
    assert.ok(!arm.requests.some((r) => r.url.startsWith('//')));
  });
});

test('the snapshot document parses back to the same state (round trip)', async () => {
  await withArm(async (arm) => {
    const { raw, state } = await readArm({ subscriptions: [SUB, SUB2], endpoint: arm.endpoint, credential: fakeCredential(), ...fast });
    const again = parseAzureStateValue(JSON.parse(JSON.stringify(raw)), 'snapshot.json');
    assert.deepEqual(again.vaults, state.vaults);
    assert.deepEqual(again.roleAssignments, state.roleAssignments);
    assert.deepEqual([...again.roleDefinitions.keys()].sort(), [...state.roleDefinitions.keys()].sort());
    assert.deepEqual(again.identities, state.identities);
    assert.deepEqual(again.federatedCredentials, state.federatedCredentials);
  });
});

test('403 on a vault\'s role assignments marks it incomplete: access is unknown, never missing', async () => {
  await withArm(async (arm) => {
    arm.faults = [{ path: /vaults\/kv-rbac\/providers\/Microsoft\.Authorization\/roleAssignments$/i, status: 403 }];
    const { state, notifications } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast });
    assert.equal(notifications.length, 1);
    assert.equal(notifications[0]!.id, 'arm-forbidden');
    assert.equal(notifications[0]!.incomplete, true);
    assert.match(notifications[0]!.message, /role assignments of vault kv-rbac/);
    const vault = state.vaults.find((v) => v.name === 'kv-rbac')!;
    assert.ok(state.incomplete.vaultRoleAssignments.has(vault.id.toLowerCase()));
    // id-three has no grant on kv-rbac in the fixture, but since the listing failed the answer is "unknown".
    const ev = evaluateAccess(state, vault, ['aaaaaaaa-0000-0000-0000-000000000003'], [{ objectType: 'secret', history: false }]);
    assert.equal(ev.results[0]!.effective, 'unknown');
  });
});

test('401 and 500 become notifications naming what could not be read', async () => {
  await withArm(async (arm) => {
    arm.faults = [
      { path: /Microsoft\.KeyVault\/vaults$/i, status: 500 },
      { path: /userAssignedIdentities$/i, status: 401 },
    ];
    const { state, notifications } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast });
    assert.deepEqual(notifications.map((n) => n.id).sort(), ['arm-server-error', 'arm-unauthorized']);
    assert.ok(state.incomplete.subscriptions.has(SUB));
    assert.ok(state.incomplete.identitySubscriptions.has(SUB));
    assert.ok(notifications.every((n) => !n.message.includes(FAKE_TOKEN)));
  });
});

test('429 is retried within the bound, then reported', async () => {
  await withArm(async (arm) => {
    arm.faults = [{ path: /Microsoft\.KeyVault\/vaults$/i, status: 429, times: 1, retryAfter: '0' }];
    const ok = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, maxRetries: 2 });
    assert.deepEqual(ok.notifications, []);
    assert.equal(ok.state.vaults.length, 2);
    arm.faults = [{ path: /Microsoft\.KeyVault\/vaults$/i, status: 429, retryAfter: '0' }];
    const before = arm.requests.length;
    const bad = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, maxRetries: 2 });
    assert.equal(bad.notifications[0]?.id, 'arm-throttled');
    const vaultCalls = arm.requests.slice(before).filter((r) => /KeyVault\/vaults\?/.test(r.url)).length;
    assert.equal(vaultCalls, 3, 'one try plus two retries');
  });
});

// The slow endpoint never answers within the test's life: only the read's own timeout can end it (no wall-clock
// bound that a busy machine could break); the test's timeout catches a hang.
test('a slow response times out into a notification', { timeout: 60_000 }, async () => {
  await withArm(async (arm) => {
    arm.faults = [{ path: /userAssignedIdentities$/i, delayMs: 600_000 }];
    const { notifications } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, timeoutMs: 300 });
    // The hung read ends in its timeout notification. The 300 ms budget is every read's, and a loaded machine can
    // stretch a healthy one past it too: so the others are not required to succeed, only never to fail otherwise.
    assert.ok(notifications.some((n) => n.id === 'arm-timeout' && /identities/.test(n.message)), JSON.stringify(notifications));
    assert.deepEqual([...new Set(notifications.map((n) => n.id))], ['arm-timeout']);
  });
});

test('an unreadable custom role definition is recorded, so its assignments count as unknown', async () => {
  await withArm(async (arm) => {
    arm.faults = [{ path: /roleDefinitions\/c0c0c0c0/i, status: 403 }];
    const { state, notifications } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast });
    assert.deepEqual(notifications.map((n) => n.id), ['arm-forbidden']);
    assert.ok(state.incomplete.roleDefinitions.has('c0c0c0c0-0000-0000-0000-000000000001'));
    const vault = state.vaults.find((v) => v.name === 'kv-rbac')!;
    const ev = evaluateAccess(state, vault, ['aaaaaaaa-0000-0000-0000-000000000002'], [{ objectType: 'key', history: false }]);
    assert.equal(ev.results[0]!.effective, 'unknown');
  });
});

test('vaultNames and federatedForClientIds narrow the reads', async () => {
  await withArm(async (arm) => {
    await readArm({
      subscriptions: [SUB],
      endpoint: arm.endpoint,
      credential: fakeCredential(),
      ...fast,
      vaultNames: ['KV-POLICY'],
      federatedForClientIds: ['cccccccc-0000-0000-0000-000000000002'],
    });
    const urls = arm.requests.map((r) => decodeURIComponent(r.url));
    assert.ok(urls.some((u) => u.includes('vaults/kv-policy/providers/Microsoft.Authorization')));
    assert.ok(!urls.some((u) => u.includes('vaults/kv-rbac/providers/Microsoft.Authorization')));
    assert.ok(urls.some((u) => u.includes('id-custom/federatedIdentityCredentials')));
    assert.ok(!urls.some((u) => u.includes('id-vvp/federatedIdentityCredentials')));
  }, 10);
});
