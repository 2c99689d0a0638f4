// Effective permissions: wildcards, notDataActions, inherited scopes, tenant-matched policies, excessive grants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actionMatches, evaluateAccess, excessiveGrants, roleAllowsDataAction, scopeCovers, type Need } from '../../src/rules/support/azure/permissions.js';
import { parseAzureStateValue } from '../../src/azure/state-file.js';
import { BUILTIN_ROLES } from '../../src/azure/builtin-roles.js';

const T = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_T = '00000000-0000-0000-0000-00000000beef';
const SUB = '/subscriptions/11111111-1111-1111-1111-111111111111';
const KV = `${SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv1`;
const P = 'aaaaaaaa-0000-0000-0000-000000000001';
const role = (name: string) => BUILTIN_ROLES.find((r) => r.roleName === name)!;

const secret: Need = { objectType: 'secret', history: false };
const cert: Need = { objectType: 'cert', history: false };
const key: Need = { objectType: 'key', history: false };

function rbacState(assignments: { role: string; scope: string }[], defs: unknown[] = []) {
  return parseAzureStateValue(
    {
      vaults: [{ id: KV, name: 'kv1', properties: { tenantId: T, enableRbacAuthorization: true } }],
      roleAssignments: assignments.map((a) => ({
        principalId: P.toUpperCase(),
        roleDefinitionId: a.role.includes('/') ? a.role : `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${a.role}`,
        scope: a.scope,
      })),
      roleDefinitions: defs,
    },
    't',
  );
}

test('actionMatches: case-insensitive, * spans segments', () => {
  assert.ok(actionMatches('Microsoft.KeyVault/vaults/*', 'microsoft.keyvault/vaults/secrets/getSecret/action'));
  assert.ok(actionMatches('Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/keys/read'));
  assert.ok(!actionMatches('Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'));
  assert.ok(actionMatches('*', 'anything/at/all'));
  assert.ok(!actionMatches('Microsoft.KeyVault/vaults/secrets/*', 'Microsoft.KeyVault/vaults/keys/read'));
  assert.ok(actionMatches('Microsoft.KeyVault/*/secrets/*/action', 'Microsoft.KeyVault/vaults/secrets/getSecret/action'));
});

test('actionMatches agrees with a regex translation (property)', () => {
  const seg = fc.constantFrom('Microsoft.KeyVault', 'vaults', 'secrets', 'keys', 'read', 'getSecret', 'action', '*', 'a*b');
  fc.assert(
    fc.property(fc.array(seg, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom('Microsoft.KeyVault', 'vaults', 'secrets', 'keys', 'read', 'ab', 'axb'), { minLength: 1, maxLength: 5 }), (p, a) => {
      const pattern = p.join('/');
      const action = a.join('/');
      const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
      return actionMatches(pattern, action) === re.test(action);
    }),
  );
});

test('built-in roles: Secrets User reads secrets only; Reader reads key/cert material but not secrets', () => {
  assert.ok(roleAllowsDataAction(role('Key Vault Secrets User'), 'Microsoft.KeyVault/vaults/secrets/getSecret/action'));
  assert.ok(!roleAllowsDataAction(role('Key Vault Secrets User'), 'Microsoft.KeyVault/vaults/certificates/read'));
  assert.ok(roleAllowsDataAction(role('Key Vault Reader'), 'Microsoft.KeyVault/vaults/keys/read'));
  assert.ok(!roleAllowsDataAction(role('Key Vault Reader'), 'Microsoft.KeyVault/vaults/secrets/getSecret/action'));
  assert.ok(roleAllowsDataAction(role('Key Vault Administrator'), 'Microsoft.KeyVault/vaults/secrets/getSecret/action'));
  assert.ok(!roleAllowsDataAction(role('Owner'), 'Microsoft.KeyVault/vaults/secrets/getSecret/action'), 'control plane only');
});

test('scopeCovers: whole segments, case-insensitive, management groups and root inherited', () => {
  assert.ok(scopeCovers(SUB, KV));
  assert.ok(scopeCovers(`${SUB}/resourcegroups/RG-APP`, KV));
  assert.ok(!scopeCovers(`${SUB}/resourceGroups/rg-ap`, KV), 'prefix of a segment is not an ancestor');
  assert.ok(!scopeCovers(`${SUB}/resourceGroups/rg-app-other`, KV));
  assert.ok(scopeCovers(KV.toUpperCase(), KV));
  assert.ok(!scopeCovers(`${KV}/secrets/s1`, KV), 'below the vault does not cover the vault');
  assert.ok(scopeCovers('/', KV));
  assert.ok(scopeCovers('/providers/Microsoft.Management/managementGroups/mg1', KV));
});

test('RBAC: inherited assignment at resource group grants secrets but not certs', () => {
  const s = rbacState([{ role: '4633458b-17de-408a-b874-0445c86b69e6', scope: `${SUB}/resourceGroups/rg-app` }]);
  const ev = evaluateAccess(s, s.vaults[0]!, [P], [secret, cert]);
  assert.equal(ev.model, 'rbac');
  assert.equal(ev.results[0]!.effective, 'granted');
  assert.deepEqual(ev.results[0]!.rbacVia, ['Key Vault Secrets User at resource group rg-app']);
  assert.equal(ev.results[1]!.effective, 'missing');
  assert.deepEqual(ev.results[1]!.missingRbac, ['Microsoft.KeyVault/vaults/certificates/read']);
});

test('RBAC: custom role with wildcard minus notDataActions', () => {
  const guid = 'c0c0c0c0-0000-0000-0000-000000000001';
  const s = rbacState(
    [{ role: guid, scope: KV }],
    [{ id: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`, roleName: 'custom', permissions: [{ dataActions: ['Microsoft.KeyVault/vaults/*'], notDataActions: ['Microsoft.KeyVault/vaults/secrets/*'] }] }],
  );
  const ev = evaluateAccess(s, s.vaults[0]!, [P], [secret, key, cert]);
  assert.deepEqual(ev.results.map((r) => r.effective), ['missing', 'granted', 'granted']);
});

test('RBAC: an assignment to an unknown custom role makes a missing need unknown', () => {
  const s = rbacState([{ role: 'dddddddd-0000-0000-0000-000000000009', scope: KV }]);
  const ev = evaluateAccess(s, s.vaults[0]!, [P], [secret]);
  assert.equal(ev.results[0]!.effective, 'unknown');
  assert.equal(ev.unresolvedRoles.length, 1);
});

test('RBAC: no roleAssignments in the state means unknown, not missing', () => {
  const s = parseAzureStateValue({ vaults: [{ id: KV, name: 'kv1', properties: { tenantId: T, enableRbacAuthorization: true } }] }, 't');
  assert.equal(evaluateAccess(s, s.vaults[0]!, [P], [secret]).results[0]!.effective, 'unknown');
});

test('objectVersionHistory > 1 also needs list (policy) / readMetadata (RBAC)', () => {
  const s = parseAzureStateValue(
    {
      vaults: [{ id: KV, name: 'kv1', properties: { tenantId: T, accessPolicies: [{ tenantId: T, objectId: P, permissions: { secrets: ['Get'] } }] } }],
    },
    't',
  );
  const ev = evaluateAccess(s, s.vaults[0]!, [P], [{ objectType: 'secret', history: true }]);
  assert.equal(ev.results[0]!.effective, 'missing');
  assert.deepEqual(ev.results[0]!.missingPolicy, ['secrets list']);
});

test('access policies: case-insensitive, `all` counts, other tenant never counts, roles ignored', () => {
  const s = parseAzureStateValue(
    {
      vaults: [
        {
          id: KV,
          name: 'kv1',
          properties: {
            tenantId: T,
            accessPolicies: [
              { tenantId: T, objectId: P, permissions: { keys: ['All'], certificates: [] } },
              { tenantId: OTHER_T, objectId: P, permissions: { certificates: ['get'] } },
            ],
          },
        },
      ],
      roleAssignments: [{ principalId: P, roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/db79e9a7-68ee-4b58-9aeb-b90e7c24fcba', scope: KV }],
    },
    't',
  );
  const ev = evaluateAccess(s, s.vaults[0]!, [P], [key, cert]);
  assert.equal(ev.model, 'accessPolicy');
  assert.equal(ev.results[0]!.effective, 'granted');
  assert.equal(ev.results[1]!.effective, 'missing');
  assert.equal(ev.results[1]!.rbac, 'granted', 'the role would grant it, but the vault ignores roles');
  assert.equal(ev.otherTenantPolicies.length, 1);
});

test('excessive: officer roles and write data actions under RBAC; set/delete/purge/all under policies', () => {
  const s = rbacState([
    { role: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', scope: `${SUB}` },
    { role: '4633458b-17de-408a-b874-0445c86b69e6', scope: KV },
  ]);
  const ex = excessiveGrants(s, s.vaults[0]!, [P]);
  assert.equal(ex.length, 1);
  assert.match(ex[0]!.description, /Key Vault Secrets Officer at subscription .*setSecret/);

  const p = parseAzureStateValue(
    { vaults: [{ id: KV, name: 'kv1', properties: { tenantId: T, accessPolicies: [{ tenantId: T, objectId: P, permissions: { secrets: ['Get', 'List', 'Set', 'Purge'], keys: ['get', 'decrypt'] } }] } }] },
    't',
  );
  const ex2 = excessiveGrants(p, p.vaults[0]!, [P]);
  assert.deepEqual(ex2.map((e) => e.description), ['access policy secrets: set, purge']);

  const readOnly = rbacState([{ role: '4633458b-17de-408a-b874-0445c86b69e6', scope: KV }]);
  assert.deepEqual(excessiveGrants(readOnly, readOnly.vaults[0]!, [P]), []);
});
