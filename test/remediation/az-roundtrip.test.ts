// The generated az script, run by Debian's real azure-cli (2.45; .ci/run installs it) against a local ARM
// look-alike on 127.0.0.1 (test/azure/fake-arm-az.ts: HTTPS with a test certificate, a managed-identity token
// endpoint for `az login --identity`, a cloud registered with loopback endpoints in an isolated AZURE_CONFIG_DIR).
// The server records the writes and applies them to its state; a second lint against that state no longer
// reports what the script fixed: a role assignment on an RBAC vault, an access policy (keeping the `list` the
// principal had) on an access-policy vault, and a federated credential.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeArmAz, type AzState } from '../azure/fake-arm-az.js';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/paths.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const FIXED = ['grant-missing', 'kv-federated-credential-missing', 'kv-object-disabled'];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Asynchronous: the fake ARM answers from this very process.
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function activeRules(dir: string, stateFile: string): Promise<string[]> {
  const r = await runCli(['app.yaml', '--root', '.', '--azure-state', stateFile, '--format', 'json'], { cwd: dir });
  const doc = JSON.parse(r.stdout) as { findings: { ruleId: string }[] };
  return doc.findings.map((f) => f.ruleId).sort();
}

test('az round trip: Debian azure-cli runs the script against a loopback ARM; the fixed findings are gone', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-az-roundtrip-'));
  copyFileSync(fixturePath('remediation', 'plan', 'app.yaml'), join(dir, 'app.yaml'));
  const initial = JSON.parse(readFileSync(fixturePath('remediation', 'plan', 'azure-state.json'), 'utf8')) as AzState;
  writeFileSync(join(dir, 'before.json'), JSON.stringify(initial, null, 2));

  const before = await activeRules(dir, 'before.json');
  assert.deepEqual(before.filter((r) => FIXED.includes(r)), ['grant-missing', 'grant-missing', 'grant-missing', 'grant-missing', 'grant-missing', 'kv-federated-credential-missing', 'kv-federated-credential-missing', 'kv-object-disabled']);

  const gen = await runCli(['app.yaml', '--root', '.', '--azure-state', 'before.json', '--remediation', 'az', '--remediation-output', 'fix.sh'], { cwd: dir });
  assert.equal(gen.code, 1, gen.stderr);
  const script = readFileSync(join(dir, 'fix.sh'), 'utf8');

  const fake = await startFakeArmAz(initial, dir, TENANT);
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: dir,
      AZURE_CONFIG_DIR: join(dir, 'azure-config'),
      // az login --identity: msrestazure posts to MSI_ENDPOINT (the fake's token endpoint).
      MSI_ENDPOINT: `${fake.endpoint}/msi/token`,
      // Trust the test certificate (requests reads it; nothing is disabled).
      REQUESTS_CA_BUNDLE: fake.caFile,
      // The data plane (https://<vault>.vault.azure.net) goes through the fake's CONNECT proxy to the fake itself.
      HTTPS_PROXY: fake.proxy,
      NO_PROXY: '127.0.0.1,localhost',
      AZURE_CORE_COLLECT_TELEMETRY: 'false',
      AZURE_CORE_NO_COLOR: 'true',
      // The active cloud: az reads any config option from AZURE_<SECTION>_<OPTION>, here [cloud] name, which is what
      // `az cloud set` writes (one az process fewer, about a second of CPU).
      AZURE_CLOUD_NAME: 'VvpKvLintLoopback',
    };
    const az = async (...args: string[]): Promise<void> => {
      const r = await run('az', args, env, dir);
      assert.equal(r.code, 0, `az ${args.join(' ')}\n${r.stderr}`);
    };
    await az(
      'cloud', 'register', '--name', 'VvpKvLintLoopback',
      '--endpoint-resource-manager', `${fake.endpoint}/`,
      '--endpoint-active-directory', `${fake.endpoint}/aad`,
      '--endpoint-active-directory-resource-id', 'https://management.core.windows.net/',
      '--endpoint-active-directory-graph-resource-id', 'https://graph.windows.net/',
      '--endpoint-management', 'https://management.core.windows.net/',
      '--suffix-keyvault-dns', '.vault.azure.net',
    );
    await az('login', '--identity');

    const ran = await run('bash', ['fix.sh'], env, dir);
    assert.equal(ran.code, 0, `${script}\n--- stderr\n${ran.stderr}`);

    // The writes, as ARM received them.
    const paths = fake.writes.map((w) => `${w.method} ${w.path.replace(/^\/subscriptions\/[^/]+/, '')}`);
    assert.equal(paths.length, 4, paths.join('\n'));
    assert.match(paths[0]!, /^PUT \/resourceGroups\/rg-app\/providers\/Microsoft\.KeyVault\/vaults\/kv-rbac\/providers\/Microsoft\.Authorization\/roleAssignments\/[0-9a-f-]{36}$/);
    assert.deepEqual((fake.writes[0]!.body as { properties: unknown }).properties, {
      roleDefinitionId: '/subscriptions/11111111-1111-1111-1111-111111111111/providers/Microsoft.Authorization/roleDefinitions/db79e9a7-68ee-4b58-9aeb-b90e7c24fcba',
      principalId: 'aaaaaaaa-0000-0000-0000-00000000000a',
      principalType: 'ServicePrincipal',
    });
    assert.equal(paths[1], 'PUT /resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-pol');
    const policies = ((fake.writes[1]!.body as { properties: { accessPolicies: { objectId: string; tenantId: string; permissions: Record<string, string[] | undefined> }[] } }).properties.accessPolicies);
    const b = policies.find((p) => p.objectId === 'aaaaaaaa-0000-0000-0000-00000000000b')!;
    assert.equal(b.tenantId, TENANT);
    assert.deepEqual([...(b.permissions['secrets'] ?? [])].sort(), ['get', 'list']);
    assert.deepEqual(b.permissions['keys'], ['get']);
    assert.equal(policies.length, 1, 'the existing policy was updated, not duplicated');
    assert.equal(paths[2], 'PUT /resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-wi/federatedIdentityCredentials/vvp-kv-lint-vvp-jobs-flink');
    assert.deepEqual((fake.writes[2]!.body as { properties: unknown }).properties, {
      issuer: 'https://oidc.example/tenant/cluster/',
      subject: 'system:serviceaccount:vvp-jobs:flink',
      audiences: ['api://AzureADTokenExchange'],
    });
    assert.equal(paths[3], 'PATCH https://kv-rbac.vault.azure.net/secrets/old-password/');
    assert.deepEqual(fake.writes[3]!.body, { attributes: { enabled: true } });
    // Nothing but these writes and reads: no Graph lookups, no other resource touched.
    assert.ok(fake.requests.every((r) => /^(POST \/msi\/token|GET \/subscriptions|GET \/subscriptions\/[^/]+\/resourceGroups\/rg-app\/providers\/Microsoft\.KeyVault\/vaults\/kv-pol|PUT |PATCH \/secrets\/old-password\/|CONNECT )/.test(r)), fake.requests.join('\n'));

    // Lint again against the state the writes produced.
    writeFileSync(join(dir, 'after.json'), JSON.stringify(fake.state, null, 2));
    const after = await activeRules(dir, 'after.json');
    assert.deepEqual(after.filter((r) => FIXED.includes(r)), []);
    // Nothing else changed: the findings that remain are those that were not Azure grants or credentials.
    assert.deepEqual(after, before.filter((r) => !FIXED.includes(r)));

    // Running the script again changes nothing (deterministic assignment name, same policy, same credential).
    const again = await run('bash', ['fix.sh'], env, dir);
    assert.equal(again.code, 0, again.stderr);
    writeFileSync(join(dir, 'again.json'), JSON.stringify(fake.state, null, 2));
    assert.equal(fake.state.roleAssignments.length, 2);
    assert.equal(fake.state.federatedCredentials.length, 2);
  } finally {
    await fake.close();
  }
});
