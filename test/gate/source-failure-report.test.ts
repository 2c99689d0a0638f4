// Issue 29: when a requested source fails as a whole (exit 2), the report file is still written — SARIF and JSON —
// with the offline findings, the failure as an error notification and executionSuccessful false, so a CI step
// that uploads the SARIF `if: always()` shows what was found. Before, the run stopped at the source and wrote no
// report at all. The wording says "nothing could be read" only when nothing was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';

const SPC = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: app
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    usePodIdentity: false
    keyvaultName: kv-prod
    tenantID: 00000000-0000-0000-0000-000000000002
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

function project(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'source-failure-'));
  writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'rules: {}\n');
  writeFileSync(join(dir, 'spc.yaml'), SPC);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A loopback port nobody listens on: the VVP API "server" that is gone. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

interface SarifLog {
  runs: { results: { ruleId: string }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; descriptor: { id: string } }[] }[] }[];
}

test('an unusable --azure-state: exit 2, and the SARIF file holds the offline findings and the failure', async () => {
  const { dir, cleanup } = project();
  try {
    // Outside the project, so it is not linted itself.
    const state = join(mkdtempSync(join(tmpdir(), 'source-failure-state-')), 'azure-state.json');
    writeFileSync(state, '{ "vaults": [ }');
    const run = await runCli(['--azure-state', state, '--format', 'sarif', '-o', 'out.sarif', '.'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.ok(existsSync(join(dir, 'out.sarif')), 'the report is written although the run fails');
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as SarifLog;
    assert.deepEqual(log.runs[0]!.results.map((r) => r.ruleId), ['spc-parameter-not-string']);
    const inv = log.runs[0]!.invocations[0]!;
    assert.equal(inv.executionSuccessful, false);
    const failed = inv.toolExecutionNotifications.filter((n) => n.descriptor.id === 'source-failed');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.level, 'error');
    assert.match(failed[0]!.message.text, /azure-state\.json/);
    assert.match(run.stderr, /azure-state\.json/);
  } finally {
    cleanup();
  }
});

test('a dead --vvp-url: exit 2, the JSON report is written with the findings; text names the failure and never says clean', async () => {
  const { dir, cleanup } = project();
  try {
    const url = `http://127.0.0.1:${await deadPort()}`;
    const run = await runCli(['--vvp-url', url, '--vvp-token', 'token-for-127-0-0-1', '--timeout', '60', '--format', 'json', '-o', 'out.json', '.'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    const doc = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { executionSuccessful: boolean; findings: { ruleId: string }[]; notifications: { id: string; level: string; message: string; incomplete: boolean }[] };
    assert.equal(doc.executionSuccessful, false);
    assert.deepEqual(doc.findings.map((f) => f.ruleId), ['spc-parameter-not-string']);
    const failed = doc.notifications.find((n) => n.id === 'source-failed');
    assert.ok(failed, JSON.stringify(doc.notifications));
    assert.equal(failed.incomplete, true);
    assert.match(failed.message, /^--vvp-url: nothing could be read from the VVP API: /);
    assert.doesNotMatch(JSON.stringify(doc), /token-for-127-0-0-1/);
    const text = await runCli(['--vvp-url', url, '--vvp-token', 'token-for-127-0-0-1', '--timeout', '60', '.'], { cwd: dir });
    assert.equal(text.code, 2);
    assert.match(text.stdout, /spc-parameter-not-string/);
    assert.match(text.stdout, /✖ incomplete: 2 reads failed \(vvp-unreachable, source-failed\)/);
    assert.doesNotMatch(text.stdout, /No problems found/);
    assert.match(text.stderr, /--vvp-url: nothing could be read from the VVP API/);
  } finally {
    cleanup();
  }
});

test('audit --with-repo of an unreachable cluster: exit 2, and the SARIF file holds the repository findings and the failure', async () => {
  const { FakeKube } = await import('../live/fake-kube.js');
  const kube = new FakeKube();
  await kube.start();
  const cfg = kube.kubeconfig();
  await kube.stop();
  const { dir, cleanup } = project();
  try {
    const run = await runCli(['audit', '--kubeconfig', cfg, '-A', '--timeout', '60', '--with-repo', dir, '--format', 'sarif', '-o', join(dir, 'audit.sarif')], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^vvp-kv-lint: audit: cannot reach the Kubernetes API at http:\/\/127\.0\.0\.1:\d+ \(context "fake-ctx"\): ECONNREFUSED\n$/);
    const log = JSON.parse(readFileSync(join(dir, 'audit.sarif'), 'utf8')) as SarifLog;
    assert.deepEqual(log.runs[0]!.results.map((r) => r.ruleId), ['spc-parameter-not-string']);
    const inv = log.runs[0]!.invocations[0]!;
    assert.equal(inv.executionSuccessful, false);
    assert.ok(inv.toolExecutionNotifications.some((n) => n.descriptor.id === 'source-failed' && /^audit: cannot reach the Kubernetes API/.test(n.message.text)));
  } finally {
    cleanup();
  }
});

test('--vvp-url whose namespaces list but whose resources are all forbidden: the wording says what was read', async () => {
  const { FakeVvp } = await import('../live-vvp/fake-vvp.js');
  const vvp = new FakeVvp({ team: { deployments: [], 'deployment-targets': [], sessionclusters: [] } } as never);
  for (const r of ['deployments', 'deployment-targets', 'sessionclusters']) vvp.faults.set(`/api/v1/namespaces/team/${r}`, { status: 403 } as never);
  await vvp.start();
  const { dir, cleanup } = project();
  try {
    const run = await runCli(['--vvp-url', vvp.url, '--timeout', '60', '--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    const doc = JSON.parse(run.stdout) as { notifications: { id: string; message: string }[] };
    const failed = doc.notifications.find((n) => n.id === 'source-failed');
    assert.ok(failed, JSON.stringify(doc.notifications));
    assert.match(failed.message, /^--vvp-url: the VVP namespaces were listed, but no Deployment, DeploymentTarget or SessionCluster could be read from them: /);
    assert.doesNotMatch(failed.message, /nothing could be read/);
  } finally {
    await vvp.stop();
    cleanup();
  }
});
