// Vault contents end to end with the real @azure/arm-keyvault client against the local ARM look-alike: a live
// lint and a lint against a `snapshot` of the same ARM give identical kv-object-* findings; only the vaults the
// SPCs name are listed, and only pinned keys' versions; a 403 on a vault's secrets list is a notification, the
// vault's contents are unknown (no finding) and the snapshot records it. Plus the state-file shapes (az and ARM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { readArm } from '../../src/azure/arm-source.js';
import { readAzureStateFile, parseAzureStateValue, AzureStateError } from '../../src/azure/state-file.js';
import { contentsWanted } from '../../src/azure/vault-contents.js';
import { snapshotCommand } from '../../src/cli/commands/snapshot.js';
import type { Finding } from '../../src/engine/types.js';
import type { AzureState } from '../../src/model/azure-state.js';
import type { ToolNotification } from '../../src/model/types.js';
import { startFakeArm, type FakeArm, type FakeArmData } from './fake-arm.js';
import { fakeCredential, fixturePath, readFixtureJson } from './helpers.js';

const SUB = '11111111-1111-1111-1111-111111111111';
const DIR = fixturePath('vault-contents');

/** `rule line:col message` of the kv-object-* findings (file locations only). */
function rows(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.ruleId.startsWith('kv-object-'))
    .map((f) => {
      assert.equal(f.location.kind, 'file');
      const loc = f.location as { file: { text: string }; span: { start: number } };
      const before = loc.file.text.slice(0, loc.span.start);
      const line = before.split('\n').length;
      const col = loc.span.start - before.lastIndexOf('\n');
      return `${f.ruleId} ${line}:${col} ${f.level} ${f.message}`;
    })
    .sort();
}

async function lintWith(source: (inv: import('../../src/model/inventory.js').Inventory) => Promise<AzureState>): Promise<{ rows: string[]; notifications: readonly ToolNotification[]; findings: readonly Finding[] }> {
  const { result } = await lint({
    cwd: DIR,
    root: DIR,
    targets: ['app.yaml'],
    baselinePath: false,
    enrich: async (inv) => {
      inv.azure = await source(inv);
    },
  });
  return { rows: rows(result.findings), notifications: result.notifications, findings: result.findings };
}

async function withArm(fn: (arm: FakeArm) => Promise<void>): Promise<void> {
  const data = { subscriptions: [SUB], ...readFixtureJson('vault-contents', 'arm.json') } as FakeArmData;
  const arm = await startFakeArm(data, { pageSize: 2 });
  try {
    await fn(arm);
  } finally {
    await arm.close();
  }
}

const fast = { maxRetries: 0, retryDelayMs: 1, timeoutMs: 5000 };

async function liveLint(arm: FakeArm): Promise<{ rows: string[]; notifications: ToolNotification[] }> {
  const notes: ToolNotification[] = [];
  const out = await lintWith(async (inv) => {
    const res = await readArm({ subscriptions: [SUB], endpoint: arm.endpoint, credential: fakeCredential(), ...fast, vaultContents: contentsWanted(inv) });
    notes.push(...res.notifications);
    return res.state;
  });
  return { rows: out.rows, notifications: notes };
}

async function snapshotLint(arm: FakeArm): Promise<{ rows: string[]; code: number; stderr: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'snap-contents-'));
  const out = { stderr: '' };
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((out.stderr += s), true) }, cwd: DIR, env: {} };
  const file = join(dir, 'state.json');
  const code = await snapshotCommand(['--subscription', SUB, '-o', file, '--arm-endpoint', arm.endpoint, '--max-retries', '0', '--root', '.', 'app.yaml'], io, {
    credential: fakeCredential(),
    retryDelayMs: 1,
  });
  const state = await readAzureStateFile(file);
  return { rows: (await lintWith(async () => state)).rows, code, stderr: out.stderr, file };
}

const EXPECTED = [
  /^kv-object-disabled 19:23 error secret s3-access-key is disabled in key vault kv-prod/,
  /^kv-object-expired 22:23 error secret kafka-password in key vault kv-prod expired on 2024-06-30/,
  /^kv-object-not-found 16:23 error secret db-pasword is not in key vault kv-prod \(4 secrets listed\); did you mean db-password\?/,
  /^kv-object-type-mismatch 30:23 error db-password exists in key vault kv-prod only as a plain secret, not as a key/,
  /^kv-object-version-not-found 27:26 error version 0{29}bad of certificate ingress-tls is not in key vault kv-prod \(versions listed: 1\)/,
];

function assertExpected(actual: string[]): void {
  assert.equal(actual.length, EXPECTED.length, actual.join('\n'));
  EXPECTED.forEach((re, i) => assert.match(actual[i]!, re));
}

test('live and snapshot give identical kv-object findings; only named vaults and pinned keys are listed', async () => {
  await withArm(async (arm) => {
    const live = await liveLint(arm);
    assert.deepEqual(live.notifications, []);
    assertExpected(live.rows);
    const urls = arm.requests.map((r) => decodeURIComponent(r.url));
    assert.ok(arm.requests.every((r) => r.method === 'GET'));
    assert.ok(urls.some((u) => /vaults\/kv-prod\/secrets\?/.test(u)));
    assert.ok(urls.some((u) => /vaults\/kv-prod\/keys\?/.test(u)));
    assert.ok(!urls.some((u) => /vaults\/kv-other\/(secrets|keys)/.test(u)), 'a vault no SPC names is not listed');
    // Versions of the pinned key and of the pinned certificate's managed key, nothing else.
    assert.deepEqual(urls.filter((u) => /\/versions\?/.test(u)).map((u) => /keys\/([^/]+)\/versions/.exec(u)![1]).sort(), ['ingress-tls', 'orders-signing-key']);

    const snap = await snapshotLint(arm);
    assert.equal(snap.code, 0, snap.stderr);
    assert.match(snap.stderr, /4 secrets and 2 keys of 1 vault/);
    assert.deepEqual(snap.rows, live.rows);
    // The snapshot holds names and attributes in the ARM shape, never a value.
    const written = JSON.parse(readFileSync(snap.file, 'utf8')) as { secrets: { properties: Record<string, unknown> }[]; contentVaults: string[] };
    assert.deepEqual(written.contentVaults, ['kv-prod']);
    assert.equal(written.secrets.find((s) => (s as unknown as { name: string }).name === 'kafka-password')!.properties['attributes'] !== undefined, true);
    assert.ok(written.secrets.every((s) => !('value' in s.properties)));
  });
});

test('a 403 on the secrets list: a notification, the vault stays silent, the snapshot records it', async () => {
  await withArm(async (arm) => {
    arm.faults = [{ path: /vaults\/kv-prod\/secrets$/i, status: 403 }];
    const live = await liveLint(arm);
    assert.deepEqual(live.rows, []);
    assert.deepEqual(live.notifications.map((n) => n.id), ['arm-forbidden']);
    assert.match(live.notifications[0]!.message, /could not read the secrets of vault kv-prod \(HTTP 403/);
    assert.equal(live.notifications[0]!.incomplete, true);
    const snap = await snapshotLint(arm);
    assert.equal(snap.code, 1, snap.stderr);
    assert.deepEqual(snap.rows, []);
    const state = await readAzureStateFile(snap.file);
    assert.ok(state.incomplete.vaultContents.has('kv-prod'));
  });
});

test('state file: az data-plane lists (ISO dates, kid, managed) and ARM lists (Unix seconds) normalise alike', () => {
  const az = parseAzureStateValue(
    {
      secrets: [
        { id: 'https://kv-a.vault.azure.net/secrets/db', attributes: { enabled: false, expires: '2030-01-02T03:04:05+00:00' }, managed: null, name: 'db' },
        { id: 'https://kv-a.vault.azure.net/secrets/tls', attributes: { enabled: true }, managed: true, contentType: 'application/x-pkcs12' },
      ],
      keys: [{ kid: 'https://kv-a.vault.azure.net/keys/sign', attributes: { enabled: true, expires: null } }],
      secretVersions: [{ id: 'https://kv-a.vault.azure.net/secrets/db/ABCDEF0123456789abcdef0123456789', attributes: { enabled: true } }],
    },
    'az.json',
  );
  const arm = parseAzureStateValue(
    {
      secrets: [
        { id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-a/secrets/db`, properties: { attributes: { enabled: false, exp: 1893553445 } } },
      ],
      keys: [],
      contentVaults: ['kv-b'],
    },
    'arm.json',
  );
  const a = az.vaultContents.get('kv-a')!;
  assert.equal(a.secrets!.get('db')!.enabled, false);
  assert.equal(a.secrets!.get('db')!.expires!.toISOString(), '2030-01-02T03:04:05.000Z');
  assert.equal(a.secrets!.get('tls')!.managed, true);
  assert.equal(a.listsIncludeManaged, true);
  assert.ok(a.keys!.has('sign'));
  assert.ok(a.secretVersions.get('db')!.has('abcdef0123456789abcdef0123456789'));
  assert.equal(a.certificates, undefined, 'no certificates key: unknown, not empty');
  const b = arm.vaultContents.get('kv-a')!;
  assert.deepEqual(b.secrets!.get('db'), a.secrets!.get('db') && { name: 'db', enabled: false, expires: new Date(1893553445 * 1000) });
  assert.equal(b.listsIncludeManaged, true);
  assert.equal(arm.vaultContents.get('kv-b')!.secrets!.size, 0, 'contentVaults: listed and empty');
  assert.ok(arm.provided.has('secrets') && !arm.provided.has('certificates'));
});

test('state file: an entry whose id names no vault object is an error at its JSON pointer', () => {
  assert.throws(
    () => parseAzureStateValue({ secrets: [{ id: 'db-password' }] }, 'bad.json'),
    (e: unknown) => e instanceof AzureStateError && e.pointer === '/secrets/0/id' && /neither a Key Vault URL/.test(e.message),
  );
  assert.throws(
    () => parseAzureStateValue({ keys: [{ kid: 'https://kv.vault.azure.net/keys/k', attributes: { expires: 'soon' } }] }, 'bad.json'),
    (e: unknown) => e instanceof AzureStateError && e.pointer === '/keys/0/attributes/expires',
  );
  assert.throws(() => parseAzureStateValue({ secretz: [] }, 'bad.json'), (e: unknown) => e instanceof AzureStateError && /secretVersions/.test(e.message));
});

test('CLI: a vault without lists, or lists that may miss certificates, are skipped checks (one note per cause, --fail-on-incomplete exits 2), not findings; objectExpiryWarningDays is validated', async () => {
  const { runCli } = await import('../support/run-cli.js');
  const { RULE_FIXTURES } = await import('../support/paths.js');
  const dir = join(RULE_FIXTURES, 'kv-object-not-found', 'pass-present-or-unknown');
  const run = await runCli(['--root', dir, '--azure-state', 'azure-state.json', '--format', 'json', dir], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: unknown[]; notifications: { id: string; message: string }[] };
  assert.deepEqual(report.findings, []);
  // Each cause is one note with the count of checks it cost and the command that lets them run (issue 29).
  const skipped = report.notifications.filter((n) => n.id === 'check-skipped') as unknown as { message: string; skippedChecks: number; remedy: string }[];
  assert.deepEqual(
    skipped.map((n) => [n.skippedChecks, n.remedy]),
    [
      [5, '`az keyvault secret list --include-managed --vault-name kv-other`, `az keyvault key list --include-managed --vault-name kv-other` and `az keyvault certificate list --vault-name kv-other` into the state\'s secrets, keys and certificates'],
      [5, '`az keyvault certificate list --vault-name kv-plain` into the state\'s certificates (or the secret and key lists with --include-managed)'],
    ],
  );
  assert.match(skipped[0]!.message, /^5 checks not run \(kv-object-disabled, kv-object-expired, kv-object-not-found, kv-object-type-mismatch, kv-object-version-not-found on 1 object\): the Azure state has no secret, key or certificate list for key vault kv-other; to run them: /);
  assert.match(skipped[1]!.message, /key vault kv-plain: .* a name missing from them may be a certificate/);
  // --fail-on-incomplete covers checks that could not run.
  const strict = await runCli(['--root', dir, '--azure-state', 'azure-state.json', '--fail-on-incomplete', dir], { cwd: dir });
  assert.equal(strict.code, 2, strict.stderr);
  assert.match(strict.stderr, /10 checks not run for lack of input \(2 causes/);
  assert.match(strict.stdout, /10 checks not run for lack of input/);
  const tmp = mkdtempSync(join(tmpdir(), 'expiry-config-'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(tmp, '.vvp-kv-lint.yaml'), 'objectExpiryWarningDays: -5\n');
  const bad = await runCli(['--root', tmp, tmp], { cwd: tmp });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /objectExpiryWarningDays/);
});
