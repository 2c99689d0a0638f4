// The state file parser: az CLI shapes accepted as printed, malformed files rejected with the JSON pointer at fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureStateError, parseAzureState, parseAzureStateValue, readAzureStateFile } from '../../src/azure/state-file.js';
import { readFixtureJson } from './helpers.js';

const T = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const VAULT_ID = '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1';

function errorOf(value: unknown): AzureStateError {
  try {
    parseAzureStateValue(value, 'state.json');
  } catch (err) {
    assert.ok(err instanceof AzureStateError);
    return err;
  }
  assert.fail('expected an AzureStateError');
}

test('accepts the live fixture and normalises it', () => {
  const s = parseAzureStateValue(readFixtureJson('live', 'azure-state.json'), 'f.json');
  assert.equal(s.vaults.length, 3);
  const policy = s.vaults.find((v) => v.name === 'kv-policy')!;
  assert.equal(policy.enableRbacAuthorization, false);
  assert.deepEqual(policy.accessPolicies[0]!.permissions.secrets, ['get', 'list'], 'mixed-case permission names lower-cased');
  assert.equal(policy.subscription, '11111111-1111-1111-1111-111111111111');
  assert.equal(policy.resourceGroup, 'rg-app');
  assert.equal(s.roleAssignments[0]!.roleDefinitionGuid, '4633458b-17de-408a-b874-0445c86b69e6');
  assert.equal(s.roleAssignments[2]!.roleDefinitionGuid, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', 'bare roleDefinitionId');
  assert.ok(s.roleDefinitions.get('4633458b-17de-408a-b874-0445c86b69e6')?.builtIn, 'built-in roles known without a list');
  assert.equal(s.federatedCredentials[0]!.identityId.split('/').pop(), 'id-vvp', 'identityId derived from the credential id');
  assert.ok(s.provided.has('roleAssignments'));
  assert.ok(!s.provided.has('vmss'));
});

test('an empty object is a valid state that knows nothing', () => {
  const s = parseAzureState('{}', 'empty.json');
  assert.equal(s.provided.size, 0);
  assert.ok(s.roleDefinitions.size >= 12);
});

test('enableRbacAuthorization null or absent means access policies; extra fields are fine', () => {
  const s = parseAzureStateValue(
    {
      vaults: [{ id: VAULT_ID, name: 'kv1', somethingNew: 1, properties: { tenantId: T, enableRbacAuthorization: null, accessPolicies: null, sku: {} } }],
    },
    'x',
  );
  assert.equal(s.vaults[0]!.enableRbacAuthorization, false);
  assert.deepEqual(s.vaults[0]!.accessPolicies, []);
});

test('a vault without properties (az keyvault list summary) is kept but flagged', () => {
  const s = parseAzureStateValue({ vaults: [{ id: VAULT_ID, name: 'kv1', location: 'x', resourceGroup: 'rg' }] }, 'x.json');
  assert.equal(s.vaults[0]!.detailed, false);
  assert.equal(s.notifications[0]!.id, 'azure-state-vault-summary');
  assert.match(s.notifications[0]!.message, /az keyvault show/);
});

test('older az ad sp show output (objectId) is accepted', () => {
  const s = parseAzureStateValue({ servicePrincipals: [{ objectId: 'AAAA', appId: 'BBBB' }] }, 'x');
  assert.deepEqual(s.servicePrincipals[0], { id: 'aaaa', appId: 'bbbb', displayName: undefined });
});

test('type errors carry the JSON pointer at fault', () => {
  const good = { principalId: 'p', roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6', scope: '/subscriptions/s' };
  const e = errorOf({ roleAssignments: [good, good, good, { ...good, principalId: 42 }] });
  assert.equal(e.code, 'azure-state-invalid');
  assert.equal(e.pointer, '/roleAssignments/3/principalId');
  assert.equal(e.message, 'state.json: /roleAssignments/3/principalId: must be string');
});

test('missing required fields point at the missing key', () => {
  const e = errorOf({ identities: [{ clientId: 'c' }] });
  assert.equal(e.pointer, '/identities/0/principalId');
  assert.match(e.detail, /is required/);
});

test('an unknown top-level key (a typo) is rejected, naming the known ones', () => {
  const e = errorOf({ roleassignments: [] });
  assert.equal(e.pointer, '/roleassignments');
  assert.match(e.detail, /roleAssignments/);
});

test('a top-level array (raw az output not wrapped by jq) is rejected', () => {
  const e = errorOf([{ id: VAULT_ID }]);
  assert.equal(e.pointer, '/');
  assert.match(e.detail, /must be object/);
});

test('a federated credential without identityId or a derivable id is rejected', () => {
  const e = errorOf({ federatedCredentials: [{ issuer: 'i', subject: 's' }] });
  assert.equal(e.pointer, '/federatedCredentials/0/identityId');
});

test('not JSON / unreadable files are typed errors too', async () => {
  assert.throws(() => parseAzureState('{ nope', 'bad.json'), (e: unknown) => e instanceof AzureStateError && e.code === 'azure-state-not-json');
  await assert.rejects(readAzureStateFile('/nonexistent/state.json'), (e: unknown) => e instanceof AzureStateError && e.code === 'azure-state-unreadable');
  const dir = mkdtempSync(join(tmpdir(), 'azstate-'));
  const f = join(dir, 's.json');
  writeFileSync(f, '\ufeff{"vaults": []}');
  const s = await readAzureStateFile(f);
  assert.ok(s.provided.has('vaults'), 'BOM tolerated (PowerShell writes one)');
});
