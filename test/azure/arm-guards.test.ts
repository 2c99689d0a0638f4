// A hostile or broken ARM endpoint against the real SDK clients: a nextLink repeated forever and a body larger than
// the cap each end the one read with a notification (never a hang until the deadline, never unbounded memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArm } from '../../src/azure/arm-source.js';
import { startFakeArm, type FakeArmData } from './fake-arm.js';
import { fakeCredential, readFixtureJson } from './helpers.js';

const SUB = '11111111-1111-1111-1111-111111111111';

function data(): FakeArmData {
  return { subscriptions: [SUB], ...(readFixtureJson('live', 'azure-state.json') as Omit<FakeArmData, 'subscriptions'>) };
}

const fast = { maxRetries: 0, retryDelayMs: 1, timeoutMs: 20_000 };

test('a server repeating the same nextLink is stopped with a notification, long before the timeout', async () => {
  const arm = await startFakeArm(data(), { pageSize: 1 });
  try {
    arm.faults = [{ path: /Microsoft\.KeyVault\/vaults$/i, repeatNextLink: true }];
    // "Long before the timeout" without a clock: a read that ran into the 20 s deadline would end in a timeout
    // notification, not this one, and the request count below shows the loop was cut at the first repeat.
    const { notifications, raw } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast });
    const n = notifications.find((x) => /vaults of subscription/.test(x.message));
    assert.ok(n, JSON.stringify(notifications));
    assert.equal(n.id, 'arm-bad-response');
    assert.match(n.message, /nextLink it had already sent/);
    assert.ok(n.incomplete);
    assert.deepEqual(raw.incomplete?.['subscriptions'], [SUB]);
    // The first page plus at most one repeat was requested, not thousands.
    assert.ok(arm.requests.filter((r) => /KeyVault\/vaults/i.test(r.url)).length <= 2);
    // Other reads still happened.
    assert.ok((raw.identities ?? []).length > 0);
  } finally {
    await arm.close();
  }
});

test('a repeated nextLink on the generic (VMSS) list is stopped the same way', async () => {
  const arm = await startFakeArm(data(), { pageSize: 1 });
  try {
    arm.faults = [{ path: /virtualMachineScaleSets$/i, repeatNextLink: true }];
    const { notifications } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, nodeResourceGroups: ['mc_rg'] });
    const n = notifications.find((x) => /scale sets/.test(x.message));
    assert.ok(n, JSON.stringify(notifications));
    assert.match(n.message, /nextLink it had already sent/);
  } finally {
    await arm.close();
  }
});

test('a response body over the cap is abandoned with a notification; the rest is still read', async () => {
  const arm = await startFakeArm(data(), { pageSize: 1 });
  try {
    arm.faults = [{ path: /userAssignedIdentities$/i, oversizeBytes: 8 * 1024 * 1024 }];
    const before = process.memoryUsage().rss;
    const { notifications, raw } = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, maxResponseBytes: 1024 * 1024 });
    const n = notifications.find((x) => /identities of subscription/.test(x.message));
    assert.ok(n, JSON.stringify(notifications));
    assert.equal(n.id, 'arm-bad-response');
    assert.match(n.message, /larger than 1 MiB/);
    assert.ok((raw.vaults ?? []).length > 0);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
  } finally {
    await arm.close();
  }
});
