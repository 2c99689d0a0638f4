// `why --azure` as a process, with the Azure state read live from the local ARM look-alike (the real SDK clients
// over HTTP on 127.0.0.1) and the chain's pod on the local Kubernetes API server: a federated credential whose
// subject is not the pod's ServiceAccount breaks the principal link; the fix names the rule. GET only, on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { startFakeArm, type FakeArmData } from '../azure/fake-arm.js';
import { describe, spawnCli } from '../support/spawn-cli.js';
import { azureState, NS, POD, SUB, wholeChain } from './why-fixtures.js';

/** A stand-in `az` for AzureCliCredential: prints a token for the local ARM. */
function fakeAz(): { env: Record<string, string>; cleanup: () => void } {
  const bin = mkdtempSync(join(tmpdir(), 'fake-az-'));
  writeFileSync(join(bin, 'az'), `#!/bin/sh\necho '{"accessToken":"fake-token-for-127-0-0-1","expires_on":4102444800,"expiresOn":"2100-01-01 00:00:00.000000","tokenType":"Bearer"}'\n`);
  chmodSync(join(bin, 'az'), 0o755);
  return {
    env: { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential', AZURE_CLIENT_ID: '', AZURE_TENANT_ID: '', AZURE_CLIENT_SECRET: '', AZURE_FEDERATED_TOKEN_FILE: '' },
    cleanup: () => rmSync(bin, { recursive: true, force: true }),
  };
}

test('why --azure: live ARM decides the principal link (federated credential for another ServiceAccount)', async () => {
  const { kube } = wholeChain('wi');
  const state = azureState();
  (state['federatedCredentials'] as Record<string, unknown>[])[0]!['subject'] = `system:serviceaccount:${NS}:flink-old`;
  const { servicePrincipals: _sp, ...arm } = state;
  const server = await startFakeArm({ subscriptions: [SUB], ...(arm as Omit<FakeArmData, 'subscriptions'>) });
  const az = fakeAz();
  const cwd = mkdtempSync(join(tmpdir(), 'why-arm-'));
  await kube.start();
  try {
    const args = ['why', `pod/${NS}/${POD}`, '--kubeconfig', kube.kubeconfig(), '--azure', '--subscription', SUB, '--arm-endpoint', server.endpoint, '-f', 'json', '--timeout', '60'];
    const r = await spawnCli(args, { cwd, env: { ...az.env, HOME: cwd } });
    assert.equal(r.code, 1, describe(r));
    const chain = JSON.parse(r.stdout).chains[0];
    assert.equal(chain.firstBroken, 'principal', describe(r));
    const principal = chain.links.find((l: { id: string }) => l.id === 'principal');
    assert.equal(principal.fix.ruleId, 'kv-federated-credential-missing');
    assert.ok(principal.evidence.some((e: { text: string }) => /subject system:serviceaccount:flink:flink-old/.test(e.text)), describe(r));
    assert.ok(server.requests.every((q) => q.method === 'GET'), 'ARM: GET only');
    assert.ok(kube.requests.every((q) => q.method === 'GET'), 'Kubernetes: GET only');
    assert.ok(server.requests.some((q) => /federatedIdentityCredentials/i.test(q.url)), 'the federated credentials were read live');
  } finally {
    await kube.stop();
    await server.close();
    az.cleanup();
    rmSync(cwd, { recursive: true, force: true });
  }
});
