// `snapshot` in-process against the local ARM look-alike: the written file parses back (round trip), failures
// are recorded under `incomplete`, and usage errors are exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotCommand } from '../../src/cli/commands/snapshot.js';
import { readAzureStateFile } from '../../src/azure/state-file.js';
import { evaluateAccess } from '../../src/rules/support/azure/permissions.js';
import { startFakeArm, type FakeArmData } from './fake-arm.js';
import { fakeCredential, readFixtureJson } from './helpers.js';

const SUB = '11111111-1111-1111-1111-111111111111';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, cwd, env: {} },
  };
}

async function withArm(fn: (endpoint: string, arm: Awaited<ReturnType<typeof startFakeArm>>) => Promise<void>): Promise<void> {
  const data = { subscriptions: [SUB], ...readFixtureJson('live', 'azure-state.json') } as FakeArmData;
  data.vmss = [
    {
      id: `/subscriptions/${SUB}/resourceGroups/MC_rg_aks_westeurope/providers/Microsoft.Compute/virtualMachineScaleSets/aks-system-1234-vmss`,
      name: 'aks-system-1234-vmss',
      identity: { type: 'SystemAssigned', principalId: 'bbbbbbbb-0000-0000-0000-000000000001', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    },
    { id: `/subscriptions/${SUB}/resourceGroups/other/providers/Microsoft.Compute/virtualMachineScaleSets/unrelated`, name: 'unrelated' },
  ];
  const arm = await startFakeArm(data, { pageSize: 2 });
  try {
    await fn(arm.endpoint, arm);
  } finally {
    await arm.close();
  }
}

test('snapshot writes a state file that --azure-state reads back', async () => {
  await withArm(async (endpoint, arm) => {
    const dir = mkdtempSync(join(tmpdir(), 'snap-'));
    const { io: cli, out } = io(dir);
    const code = await snapshotCommand(
      ['--subscription', SUB, '--output', 'state.json', '--arm-endpoint', endpoint, '--node-resource-group', 'MC_rg_aks_westeurope'],
      cli,
      { credential: fakeCredential(), retryDelayMs: 1 },
    );
    assert.equal(code, 0, out.stderr);
    assert.match(out.stderr, /wrote state\.json: 2 vaults, 2 role assignments, 1 custom role definitions, 3 identities, 1 federated credentials/);
    // Issue 29: taken without paths, the file has no vault objects; the snapshot says so where paths can be given.
    assert.match(out.stderr, /note: no paths given, so no vault objects were listed: kv-object-\* checks will not run/);
    const written = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(written['generator'], 'vvp-kv-lint snapshot');
    // az CLI shapes: vault properties nested, assignments and identities flattened.
    const vault = (written['vaults'] as Record<string, unknown>[])[0]!;
    assert.equal((vault['properties'] as Record<string, unknown>)['enableRbacAuthorization'], true);
    assert.equal(vault['resourceGroup'], 'rg-app');
    const ra = (written['roleAssignments'] as Record<string, unknown>[])[0]!;
    assert.equal(typeof ra['principalId'], 'string');
    assert.equal(ra['properties'], undefined);
    const state = await readAzureStateFile(join(dir, 'state.json'));
    assert.deepEqual(state.vmss.map((v) => v.name), ['aks-system-1234-vmss']);
    const kv = state.vaults.find((v) => v.name === 'kv-rbac')!;
    const ev = evaluateAccess(state, kv, ['aaaaaaaa-0000-0000-0000-000000000001'], [{ objectType: 'secret', history: false }]);
    assert.equal(ev.results[0]!.effective, 'granted');
    assert.ok(arm.requests.every((r) => r.method === 'GET'));
    assert.ok(!existsSync(join(dir, 'state.json.tmp')));
  });
});

test('snapshot never writes through a link planted at a temporary name beside its output', async () => {
  await withArm(async (endpoint) => {
    const dir = mkdtempSync(join(tmpdir(), 'snap-'));
    // The old temporary name was `<output>.tmp`, predictable: a link there turned the write into one to any file.
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    symlinkSync(victim, join(dir, 'state.json.tmp'));
    const { io: cli, out } = io(dir);
    const code = await snapshotCommand(['--subscription', SUB, '-o', 'state.json', '--arm-endpoint', endpoint], cli, { credential: fakeCredential(), retryDelayMs: 1 });
    assert.equal(code, 0, out.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'untouched\n');
    assert.equal((JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as Record<string, unknown>)['generator'], 'vvp-kv-lint snapshot');
    assert.deepEqual(readdirSync(dir).sort(), ['state.json', 'state.json.tmp', 'victim.txt'], 'no temporary file of ours is left behind');
  });
});

test('a failed read is recorded in the file and makes the exit code 1', async () => {
  await withArm(async (endpoint, arm) => {
    arm.faults = [{ path: /kv-policy\/providers\/Microsoft\.Authorization\/roleAssignments$/i, status: 403 }];
    const dir = mkdtempSync(join(tmpdir(), 'snap-'));
    const { io: cli, out } = io(dir);
    const code = await snapshotCommand(['--subscription', SUB, '-o', 'state.json', '--arm-endpoint', endpoint, '--max-retries', '0'], cli, {
      credential: fakeCredential(),
    });
    assert.equal(code, 1);
    assert.match(out.stderr, /warning: Azure: could not read the role assignments of vault kv-policy \(HTTP 403/);
    const state = await readAzureStateFile(join(dir, 'state.json'));
    assert.equal(state.incomplete.vaultRoleAssignments.size, 1);
  });
});

test('nothing readable is exit 2; usage errors are exit 2', async () => {
  await withArm(async (endpoint, arm) => {
    arm.faults = [{ path: /.*/, status: 401 }];
    const dir = mkdtempSync(join(tmpdir(), 'snap-'));
    const { io: cli } = io(dir);
    assert.equal(await snapshotCommand(['--subscription', SUB, '-o', '-', '--arm-endpoint', endpoint, '--max-retries', '0'], cli, { credential: fakeCredential() }), 2);
  });
  const { io: cli, out } = io(tmpdir());
  assert.equal(await snapshotCommand(['--output', 'x.json'], cli), 2);
  assert.match(out.stderr, /--subscription is required/);
  assert.equal(await snapshotCommand(['--subscription', SUB, '-o', 'x', '--bogus'], cli), 2);
  assert.match(out.stderr, /unknown option --bogus/);
  assert.equal(await snapshotCommand(['--subscription', SUB, '-o', 'x', '--max-retry', '1'], cli), 2);
  assert.match(out.stderr, /unknown option --max-retry \(did you mean --max-retries\?\)/);
  const help = io(tmpdir());
  assert.equal(await snapshotCommand(['--help'], help.io), 0);
  assert.match(help.out.stdout, /Usage: vvp-kv-lint snapshot/);
});
