// Remediation from real fixture manifests and an az-shaped Azure state through the real lint pipeline: the plan
// (merged, ordered, principal ids, vault scopes, least-privilege roles, `get` only), the az script (bash syntax),
// the Terraform (parsed by a real HCL parser, only documented azurerm types and arguments) and the Bicep (only
// documented resource types, API versions and properties).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { lint } from '../../src/engine/lint.js';
import { readAzureStateFile } from '../../src/azure/state-file.js';
import type { Finding } from '../../src/engine/types.js';
import { planRemediation, remediate, renderFindingRemediation } from '../../src/remediation/index.js';
import { roleFor } from '../../src/remediation/plan.js';
import { BUILTIN_ROLES } from '../../src/azure/builtin-roles.js';
import { needSpecs, roleAllowsDataAction } from '../../src/rules/support/azure/permissions.js';
import type { ReadNeed } from '../../src/model/remedy.js';
import { fixturePath, REPO_ROOT } from '../support/paths.js';

const PLAN = fixturePath('remediation', 'plan');
const SUB = '11111111-1111-1111-1111-111111111111';
const KV_RBAC = `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-rbac`;

async function lintWith(dir: string, stateFile = 'azure-state.json'): Promise<Finding[]> {
  const azure = await readAzureStateFile(join(dir, stateFile));
  const { result } = await lint({ cwd: dir, root: dir, targets: ['app.yaml'], enrich: async (inv) => void (inv.azure = azure) });
  return [...result.findings];
}

test('plan: grants merged per identity and vault, least privilege, principal ids, vault scope, ordered', async () => {
  const findings = await lintWith(PLAN);
  const plan = planRemediation(findings);
  const actions = plan.blocks.map((b) => b.step.action);
  assert.deepEqual(actions, ['assign-role', 'add-access-policy', 'create-federated-credential', 'enable-object']);

  // Three SPCs of id-a on kv-rbac (secret; secret+cert; the first again in another namespace): one assignment.
  const role = plan.blocks[0]!;
  assert.equal(role.fixes.length, 3);
  assert.ok(role.fixes.every((f) => f.ruleId === 'grant-missing' && /^app\.yaml:\d+:\d+$/.test(f.where)));
  const az = remediate(findings, 'az');
  const assign = az.split('\n').filter((l) => l.startsWith('az rest --method put'));
  assert.equal(assign.length, 1);
  assert.match(assign[0]!, new RegExp(`^az rest --method put --url '${KV_RBAC}/providers/Microsoft\\.Authorization/roleAssignments/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\?api-version=2022-04-01' --body `));
  const body = JSON.parse(/--body '(.*)'$/.exec(assign[0]!)![1]!) as { properties: Record<string, string> };
  assert.deepEqual(body.properties, {
    roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/db79e9a7-68ee-4b58-9aeb-b90e7c24fcba`,
    principalId: 'aaaaaaaa-0000-0000-0000-00000000000a',
    principalType: 'ServicePrincipal',
  });
  assert.match(az, /# note: same as: az role assignment create --assignee-object-id aaaaaaaa-0000-0000-0000-00000000000a --assignee-principal-type ServicePrincipal --role db79e9a7-68ee-4b58-9aeb-b90e7c24fcba --scope /);
  // The principal id, never the client id the SPC names.
  assert.ok(!az.includes('--assignee-object-id cccccccc'));

  // Access-policy vault: the existing `list` is kept (set-policy replaces a kind's list), `get` added; keys: get.
  assert.match(az, /^az keyvault set-policy --subscription 11111111-1111-1111-1111-111111111111 --resource-group rg-app --name kv-pol --object-id aaaaaaaa-0000-0000-0000-00000000000b --secret-permissions list get --key-permissions get$/m);
  // Federated credential: the issuer of the identity's existing credential, the pods' ServiceAccount.
  assert.match(az, /^az identity federated-credential create --subscription 11111111-1111-1111-1111-111111111111 --resource-group rg-id --identity-name id-wi --name vvp-kv-lint-vvp-jobs-flink --issuer https:\/\/oidc\.example\/tenant\/cluster\/ --subject system:serviceaccount:vvp-jobs:flink --audiences api:\/\/AzureADTokenExchange$/m);
  assert.match(az, /^az rest --method patch --url https:\/\/kv-rbac"\$\{KV_DNS\}"'\/secrets\/old-password\/\?api-version=7\.4' --resource "https:\/\/\$\{KV_DNS#\.\}" --body '\{"attributes":\{"enabled":true\}\}'$/m);
  assert.match(az, /# note: same as: az keyvault secret set-attributes --vault-name kv-rbac --name old-password --enabled true/);
  // Each block names what it fixes.
  assert.match(az, /# fixes: kv-federated-credential-missing at app\.yaml:\d+:\d+; kv-federated-credential-missing at app\.yaml:\d+:\d+/);

  const bash = spawnSync('bash', ['-n'], { input: az, encoding: 'utf8' });
  assert.equal(bash.status, 0, bash.stderr);
});

test('roles: the chosen built-in role grants exactly what the reads need and no write', () => {
  const cases: ReadNeed[][] = [[{ objectType: 'secret', history: true }], [{ objectType: 'cert', history: false }], [{ objectType: 'key', history: true }, { objectType: 'secret', history: false }]];
  for (const needs of cases) {
    const role = roleFor(needs);
    const def = BUILTIN_ROLES.find((r) => r.guid === role.guid)!;
    assert.equal(def.roleName, role.name);
    for (const n of needs) for (const s of needSpecs(n)) assert.ok(roleAllowsDataAction(def, s.dataAction), `${role.name} allows ${s.dataAction}`);
    for (const w of ['secrets/setSecret/action', 'secrets/delete', 'keys/create/action', 'certificates/create/action', 'keys/sign/action', 'keys/decrypt/action']) {
      assert.ok(!roleAllowsDataAction(def, `Microsoft.KeyVault/vaults/${w}`), `${role.name} must not allow ${w}`);
    }
  }
  assert.equal(roleFor([{ objectType: 'secret', history: false }]).name, 'Key Vault Secrets User');
});

test('a finding shows its own fix in all three forms; no secret value anywhere', async () => {
  const findings = await lintWith(PLAN);
  const disabled = findings.find((f) => f.ruleId === 'kv-object-disabled')!;
  const r = renderFindingRemediation(disabled)!;
  assert.equal(r.summary, 'enable secret old-password in key vault kv-rbac');
  assert.match(r.az, /^az rest --method patch --url https:\/\/kv-rbac"\$\{KV_DNS\}"'\/secrets\/old-password\/\?api-version=7\.4'/m);
  assert.match(r.bicep, /not expressible here: Bicep can only redeploy the secret with its value/);
  assert.match(r.terraform, /not expressible here: azurerm_key_vault_secret manages the secret with its value/);
  assert.equal(r.alternative, 'or mount another object');
  const grant = renderFindingRemediation(findings.find((f) => f.ruleId === 'grant-missing')!)!;
  assert.deepEqual(grant.missing, []);
  assert.match(grant.bicep, /Microsoft\.Authorization\/roleAssignments@2022-04-01/);
  assert.match(grant.terraform, /resource "azurerm_role_assignment"/);
});

test('what the state lacks is named, and the command is not run', async () => {
  const finding = (remedy: Finding['remedy']): Finding => ({
    ruleId: 'grant-missing',
    level: 'error',
    message: 'x.',
    location: { kind: 'logical', source: 'azure', fullyQualifiedName: 'azure/x', displayName: 'x', path: [] } as unknown as Finding['location'],
    related: [],
    objectFingerprint: 'f',
    remedy,
  });
  const pool = finding({ steps: [{ action: 'assign-role', vault: { id: KV_RBAC, name: 'kv-rbac' }, principal: { label: 'node pool np1, which has no system-assigned identity' }, needs: [{ objectType: 'secret', history: false }] }] });
  const az = remediate([pool], 'az');
  assert.match(az, /# not run: needs the principal \(object\) id of node pool np1/);
  assert.match(az, /^# az rest --method put --url .*<principal-id>/m);
  assert.doesNotMatch(az, /^az /m);
  const noRg = finding({ steps: [{ action: 'add-access-policy', vault: { name: 'kv-x', tenantId: 't' }, principal: { principalId: 'p', label: 'id' }, needs: [{ objectType: 'key', history: false }] }] });
  const tf = remediate([noRg], 'terraform');
  assert.match(tf, /not expressible here: needs the full resource id of key vault kv-x/);
  assert.doesNotMatch(tf, /^resource /m);
  const fic = finding({ steps: [{ action: 'create-federated-credential', identity: { id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/i', name: 'i', resourceGroup: 'rg' }, subject: 'system:serviceaccount:ns:sa', audiences: ['api://AzureADTokenExchange'] }] });
  assert.match(remediate([fic], 'az'), /# not run: needs the cluster's OIDC issuer URL/);
  assert.match(remediate([fic], 'bicep'), /not expressible here: needs the cluster's OIDC issuer URL/);
});

const AZURERM = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/remediation/azurerm-documented.json'), 'utf8')) as {
  resources: Record<string, { doc: string; arguments: string[]; permissionValues?: Record<string, string[]> }>;
};

test('Terraform: parses with a real HCL parser; only documented azurerm resources, arguments and permission values', async () => {
  const findings = await lintWith(PLAN);
  const excessive = await lintWith(fixturePath('azure', 'excessive'));
  const hcl = remediate([...findings, ...excessive], 'terraform');
  const doc = (await parseHcl('remediation.tf', hcl)) as { resource?: Record<string, Record<string, Record<string, unknown>[]>>; import?: { to: string; id: string }[]; terraform?: unknown[] };
  assert.ok(doc.terraform, 'required_providers block');
  const types = Object.keys(doc.resource ?? {}).sort();
  assert.deepEqual(types, ['azurerm_federated_identity_credential', 'azurerm_key_vault_access_policy', 'azurerm_role_assignment']);
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    const documented = AZURERM.resources[type];
    assert.ok(documented, `${type} is documented`);
    for (const [name, [body]] of Object.entries(byName)) {
      for (const arg of Object.keys(body!)) assert.ok(documented.arguments.includes(arg), `${type}.${name}: argument ${arg} is documented (${documented.doc})`);
      for (const [arg, allowed] of Object.entries(documented.permissionValues ?? {})) {
        for (const v of (body![arg] as string[] | undefined) ?? []) assert.ok(allowed.includes(v), `${type}.${arg}: ${v} is a documented value`);
      }
    }
  }
  // The access policy the excessive fixture reduces already exists: it is imported, not created twice.
  // Existing access policies (kv-policy's excessive one, kv-pol's `list` one) are imported, not created twice.
  assert.deepEqual(doc.import?.map((i) => i.id.replace(/^.*\/vaults\//, '')).sort(), ['kv-pol/objectId/aaaaaaaa-0000-0000-0000-00000000000b', 'kv-policy/objectId/aaaaaaaa-0000-0000-0000-000000000001']);
  const policies = doc.resource!['azurerm_key_vault_access_policy']!;
  const reduced = Object.values(policies).map(([b]) => b!).find((b) => String(b['key_vault_id']).endsWith('/kv-policy'))!;
  assert.deepEqual(reduced['secret_permissions'], ['Get']);
  const added = Object.values(policies).map(([b]) => b!).find((b) => String(b['key_vault_id']).endsWith('/kv-pol'))!;
  assert.deepEqual(added['secret_permissions'], ['List', 'Get']);
  assert.deepEqual(added['key_permissions'], ['Get']);

  // Federated credentials too (another plan: hcl2json sees azurerm_federated_identity_credential).
  const wi = await lintWith(fixturePath('azure', 'workload-identity'));
  const wiDoc = (await parseHcl('wi.tf', remediate(wi, 'terraform'))) as { resource?: Record<string, Record<string, Record<string, unknown>[]>> };
  const fics = Object.values(wiDoc.resource?.['azurerm_federated_identity_credential'] ?? {}).map(([b]) => b!);
  assert.equal(fics.length, 2);
  for (const b of fics) {
    for (const arg of Object.keys(b)) assert.ok(AZURERM.resources['azurerm_federated_identity_credential']!.arguments.includes(arg), arg);
    assert.deepEqual(b['audience'], ['api://AzureADTokenExchange']);
  }
});

const BICEP = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/remediation/bicep-documented.json'), 'utf8')) as { types: Record<string, { apiVersions: string[]; doc: string; properties: string[] }> };

test('Bicep: only documented resource types, API versions and properties; braces balance', async () => {
  const findings = [...(await lintWith(PLAN)), ...(await lintWith(fixturePath('azure', 'workload-identity')))];
  const bicep = remediate(findings, 'bicep');
  const decls = [...bicep.matchAll(/^resource (\w+) '([^'@]+)@([^']+)'( existing)? = \{$/gm)];
  assert.ok(decls.length >= 6, bicep);
  const seen = new Set<string>();
  for (const [, , type, version] of decls) {
    const doc = BICEP.types[type!];
    assert.ok(doc, `${type} is documented`);
    assert.ok(doc.apiVersions.includes(version!), `${type}@${version} is a documented API version (${doc.doc})`);
    seen.add(type!);
  }
  assert.deepEqual([...seen].sort(), Object.keys(BICEP.types).sort());
  // Every property key written inside a resource body is one the type documents.
  const code = bicep.split('\n').filter((l) => !l.trimStart().startsWith('//'));
  let type: string | undefined;
  for (const line of code) {
    const d = /^resource \w+ '([^'@]+)@/.exec(line);
    if (d) type = d[1];
    const key = /^\s+(\w+):/.exec(line)?.[1];
    if (type && key) assert.ok(BICEP.types[type]!.properties.includes(key) || BICEP.types[type]!.properties.includes(`properties.${key}`), `${type}: property ${key} is documented`);
    if (line === '}') type = undefined;
  }
  const text = code.join('\n').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  assert.equal((text.match(/\{/g) ?? []).length, (text.match(/\}/g) ?? []).length);
  assert.equal((text.match(/\[/g) ?? []).length, (text.match(/\]/g) ?? []).length);
  // Two resource groups (the vaults' rg-app, the identities' rg-id): two file sections, each with its target scope.
  assert.equal((bicep.match(/^targetScope = 'resourceGroup'$/gm) ?? []).length, 2);
  assert.match(bicep, /^\/\/ deploy: az deployment group create --subscription 11111111-1111-1111-1111-111111111111 --resource-group rg-app --template-file <this file>$/m);
  // One 'add' access-policy resource per vault with the principal's entry (get and list for version history).
  assert.match(bicep, /name: 'add'\n {2}properties: \{\n {4}accessPolicies: \[\n {6}\{\n {8}tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47'\n {8}objectId: 'aaaaaaaa-0000-0000-0000-00000000000b'/);
});

test('names from a foreign state cannot break out of the script, the Bicep or the Terraform', async () => {
  const evil = "kv'; touch /tmp/pwned; echo '${x}\"\n";
  const f: Finding = {
    ruleId: 'kv-object-disabled',
    level: 'error',
    message: 'x.',
    location: { kind: 'logical', source: 'azure', fullyQualifiedName: 'azure/x', displayName: 'x', path: [] } as unknown as Finding['location'],
    related: [],
    objectFingerprint: 'f',
    remedy: {
      steps: [
        { action: 'enable-object', vault: { name: evil }, objectKind: 'secret', name: evil },
        { action: 'create-federated-credential', identity: { id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${evil}`, name: evil, resourceGroup: evil }, subject: `system:serviceaccount:${evil}:sa`, issuer: `https://x/${evil}`, audiences: ['api://AzureADTokenExchange'] },
      ],
    },
  };
  const az = remediate([f], 'az', `state\n${evil}`);
  const bash = spawnSync('bash', ['-n'], { input: az, encoding: 'utf8' });
  assert.equal(bash.status, 0, bash.stderr);
  // Run it with a stub `az` that records its arguments: the names arrive whole, nothing else runs.
  const dir = mkdtempSync(join(tmpdir(), 'vvp-remediation-evil-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'az'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done >> ${JSON.stringify(join(dir, 'args'))}\nprintf '\\n' >> ${JSON.stringify(join(dir, 'args'))}\n`, { mode: 0o755 });
  const script = az.replace(/\/tmp\/pwned/g, join(dir, 'pwned'));
  const ran = spawnSync('bash', ['-s'], { input: script, encoding: 'utf8', cwd: dir, env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env['PATH']}` } });
  assert.equal(ran.status, 0, ran.stderr);
  assert.ok(!existsSync(join(dir, 'pwned')), 'no injected command ran');
  const calls = readFileSync(join(dir, 'args'), 'utf8').split('\0\n').filter(Boolean).map((c) => c.split('\0'));
  assert.equal(calls.length, 3);
  assert.deepEqual(calls[0]!.slice(0, 7), ['identity', 'federated-credential', 'create', '--subscription', 's', '--resource-group', evil.replace(/\/tmp\/pwned/g, join(dir, 'pwned'))]);
  const named = evil.replace(/\/tmp\/pwned/g, join(dir, 'pwned'));
  assert.deepEqual(calls[1], ['cloud', 'show', '--query', 'suffixes.keyvaultDns', '-o', 'tsv']);
  // The stub prints no DNS suffix: the URL is exactly the names, literally.
  assert.deepEqual(calls[2], ['rest', '--method', 'patch', '--url', `https://${named}/secrets/${named}/?api-version=7.4`, '--resource', 'https://', '--body', '{"attributes":{"enabled":true}}']);
  const hcl = remediate([f], 'terraform');
  const doc = (await parseHcl('evil.tf', hcl)) as { resource?: Record<string, Record<string, Record<string, unknown>[]>> };
  const fic = Object.values(doc.resource!['azurerm_federated_identity_credential']!)[0]![0]!;
  assert.equal(fic['resource_group_name'], evil);
  const bicep = remediate([f], 'bicep');
  assert.ok(bicep.includes(`name: 'kv\\'; touch /tmp/pwned; echo \\'\\\${x}"\\n'`), bicep);
});

test('excessive: the least-privilege grant first, the broader grant removed after it (inherited ones left to a human); wrong model names the switch', async () => {
  const az = remediate(await lintWith(fixturePath('azure', 'excessive')), 'az');
  const order = az.split('\n').filter((l) => /^(# )?az /.test(l)).map((l) => l.split(' --')[0]);
  assert.deepEqual(order, ['az rest', 'az keyvault delete-policy', 'az keyvault set-policy', '# az rest']);
  assert.match(az, /# note: assigned at \/subscriptions\/11111111-1111-1111-1111-111111111111, above the vault: removing it changes access to everything under that scope; decide, then run it yourself\n# az rest --method delete --url '\/subscriptions\/11111111-1111-1111-1111-111111111111\/providers\/Microsoft\.Authorization\/roleAssignments\/0a000000-0000-0000-0000-000000000001\?api-version=2022-04-01'/);
  const wrong = remediate(await lintWith(fixturePath('azure', 'wrong-model')), 'az');
  assert.match(wrong, /# alternative: or switch key vault kv-rbac to access policies \(az keyvault update --enable-rbac-authorization false\)/);
  assert.match(wrong, /# alternative: or switch key vault kv-policy to Azure RBAC \(az keyvault update --enable-rbac-authorization true\)/);
});

test('kv-identity-not-found: a principal id where the client id belongs is a certain fix in the manifest; an unknown id has none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-remediation-idnf-'));
  const spc = (name: string, clientId: string): string =>
    `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata: {name: ${name}, namespace: vvp-jobs}\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv-rbac\n    tenantID: 72f988bf-86f1-41af-91ab-2d7cd011db47\n    useVMManagedIdentity: "true"\n    userAssignedIdentityID: "${clientId}"\n    objects: |\n      array:\n        - |\n          objectName: db-password\n          objectType: secret\n`;
  writeFileSync(join(dir, 'app.yaml'), `${spc('principal-id', 'aaaaaaaa-0000-0000-0000-00000000000a')}---\n${spc('unknown', '99999999-0000-0000-0000-000000000009')}`);
  writeFileSync(join(dir, 'azure-state.json'), readFileSync(join(PLAN, 'azure-state.json')));
  const findings = (await lintWith(dir)).filter((f) => f.ruleId === 'kv-identity-not-found');
  assert.equal(findings.length, 2);
  const fixes = findings.map((f) => renderFindingRemediation(f)?.summary);
  assert.deepEqual(fixes, [
    'in the manifests: set userAssignedIdentityID to cccccccc-0000-0000-0000-00000000000a: aaaaaaaa-0000-0000-0000-00000000000a is the principal (object) id of user-assigned identity id-a, the provider needs its client id',
    undefined,
  ]);
});
