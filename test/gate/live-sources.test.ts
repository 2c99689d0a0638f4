// Live sources say when the tool could not check: the real CLI process against local fakes on 127.0.0.1 (VVP
// gateway, ARM, Kubernetes API) and a stand-in `az` on PATH for the real DefaultAzureCredential chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, spawnCli, summaryLines } from '../support/spawn-cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { FakeVvp } from '../live-vvp/fake-vvp.js';
import { servedData, spcFiles } from '../live-vvp/seed.js';
import { startFakeArm, type FakeArmData } from '../azure/fake-arm.js';
import { readFixtureJson, fixturePath } from '../azure/helpers.js';
import { FakeKube } from '../live/fake-kube.js';
import { healthyCluster } from '../live/cluster-fixtures.js';

const TOKEN = 'vvp-token-for-127-0-0-1';
const SUB = '11111111-1111-1111-1111-111111111111';

function project(files: Record<string, string>, git = true): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-live-gate-'));
  if (git) execFileSync('git', ['init', '-q'], { cwd: dir });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function withVvp(fn: (vvp: FakeVvp) => Promise<void>, setup?: (vvp: FakeVvp) => void): Promise<void> {
  const data = { ...servedData(), team: { deployments: [], 'deployment-targets': [], sessionclusters: [] } };
  const vvp = new FakeVvp(data, TOKEN);
  setup?.(vvp);
  await vvp.start();
  try {
    await fn(vvp);
  } finally {
    await vvp.stop();
  }
}

test('--vvp-url that yields nothing is exit 2 with the cause: rejected token, dead server, timeout', async () => {
  const { dir, cleanup } = project(spcFiles);
  try {
    await withVvp(async (vvp) => {
      const rejected = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', 'wrong-token'], { cwd: dir });
      assert.equal(rejected.code, 2, describe(rejected));
      assert.match(rejected.stderr, /--vvp-url: nothing could be read from the VVP API: .*answered 401 Unauthorized: the API token was not accepted/);
      assert.doesNotMatch(rejected.stdout + rejected.stderr, /No problems found|wrong-token/);
    });
    // A server that is gone (the port-forward died).
    const gone = new FakeVvp({});
    await gone.start();
    const url = gone.url;
    await gone.stop();
    const dead = await spawnCli(['--vvp-url', url, '--vvp-token', TOKEN], { cwd: dir, timeoutMs: 60_000 });
    assert.equal(dead.code, 2, describe(dead));
    assert.match(dead.stderr, /could not be reached/);
    // A gateway that hangs: the wording says it timed out, --timeout bounds it.
    // The gateway never answers within the test's life: exit 2 with that wording can only come from --timeout (a
    // hang would be killed by spawnCli's deadline and fail on the exit code), so no wall-clock bound is needed.
    await withVvp(
      async (vvp) => {
        const slow = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', TOKEN, '--timeout', '1'], { cwd: dir, timeoutMs: 60_000 });
        assert.equal(slow.code, 2, describe(slow));
        assert.match(slow.stderr, /did not answer in time \(timed out: no answer within 1 s\)/);
      },
      (vvp) => vvp.faults.set('/namespaces/v1/namespaces', { delayMs: 600_000 }),
    );
  } finally {
    cleanup();
  }
});

test('VVP: a token that cannot list namespaces gets the --vvp-namespace hint; with it, the namespace is read', async () => {
  const { dir, cleanup } = project(spcFiles);
  try {
    await withVvp(
      async (vvp) => {
        const r = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', TOKEN], { cwd: dir });
        assert.equal(r.code, 2, describe(r));
        assert.match(r.stderr, /403 Forbidden: the API token may not list VVP namespaces .*pass the namespace\(s\) to read with --vvp-namespace NS/);
        const scoped = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', TOKEN, '--vvp-namespace', 'default', '-f', 'json'], { cwd: dir });
        assert.equal(scoped.code, 1, describe(scoped));
        assert.ok(JSON.parse(scoped.stdout).findings.some((f: { logical: unknown }) => f.logical !== null));
      },
      (vvp) => vvp.faults.set('/namespaces/v1/namespaces', { status: 403 }),
    );
  } finally {
    cleanup();
  }
});

test('VVP 2.1 (no /sessionclusters) is not a failed read; one malformed answer does not stop other namespaces', async () => {
  const { dir, cleanup } = project(spcFiles);
  try {
    await withVvp(
      async (vvp) => {
        const r = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', TOKEN, '-f', 'json'], { cwd: dir });
        assert.equal(r.code, 1, describe(r));
        assert.deepEqual(JSON.parse(r.stdout).notifications, []);
      },
      (vvp) => {
        vvp.faults.set('/api/v1/namespaces/default/sessionclusters', { status: 404 });
        vvp.faults.set('/api/v1/namespaces/team/sessionclusters', { status: 404 });
      },
    );
    await withVvp(
      async (vvp) => {
        const r = await spawnCli(['--vvp-url', vvp.url, '--vvp-token', TOKEN], { cwd: dir });
        assert.equal(r.code, 1, describe(r));
        assert.ok(vvp.requests.some((q) => q.path === '/api/v1/namespaces/team/deployments'), 'the next namespace was still read');
        assert.match(r.stdout, /not JSON/);
        assert.ok(summaryLines(r.stdout).includes('✖ incomplete: 1 read failed (vvp-bad-response)'), describe(r));
      },
      (vvp) => vvp.faults.set('/api/v1/namespaces/default/deployment-targets', { html: true }),
    );
  } finally {
    cleanup();
  }
});

test('lint --sarif-live-findings logical keeps VVP findings as logical locations (omit is the lint default)', async () => {
  const { dir, cleanup } = project(spcFiles);
  try {
    await withVvp(async (vvp) => {
      const args = ['--vvp-url', vvp.url, '--vvp-token', TOKEN, '-f', 'sarif'];
      const logical = JSON.parse((await spawnCli([...args, '--sarif-live-findings', 'logical'], { cwd: dir })).stdout);
      const omitted = JSON.parse((await spawnCli(args, { cwd: dir })).stdout);
      const live = (log: { runs: { results: { locations: { logicalLocations?: unknown }[] }[] }[] }) => log.runs[0]!.results.filter((r) => r.locations.some((l) => l.logicalLocations)).length;
      assert.ok(live(logical) > 0, 'logical keeps them');
      assert.equal(live(omitted), 0);
    });
  } finally {
    cleanup();
  }
});

/** A stand-in `az` for AzureCliCredential: logs its arguments, prints a token or az's own login error. */
function fakeAz(): { env: Record<string, string>; log: () => string; cleanup: () => void } {
  const bin = mkdtempSync(join(tmpdir(), 'fake-az-'));
  const logFile = join(bin, 'az.log');
  writeFileSync(
    join(bin, 'az'),
    `#!/bin/sh\necho "$@" >> "${logFile}"\nif [ -n "$FAKE_AZ_FAIL" ]; then echo "ERROR: Please run 'az login' to setup account." >&2; exit 1; fi\n` +
      `echo '{"accessToken":"fake-token-for-127-0-0-1","expires_on":4102444800,"expiresOn":"2100-01-01 00:00:00.000000","tokenType":"Bearer"}'\n`,
  );
  chmodSync(join(bin, 'az'), 0o755);
  return {
    env: { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential', AZURE_CLIENT_ID: '', AZURE_TENANT_ID: '', AZURE_CLIENT_SECRET: '', AZURE_FEDERATED_TOKEN_FILE: '' },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    cleanup: () => rmSync(bin, { recursive: true, force: true }),
  };
}

const APP = readFileSync(fixturePath('rbac-inherited', 'app.yaml'), 'utf8');

test('--azure reads only what the SPCs need, within one overall --timeout; no credential is exit 2 with its own error', async () => {
  const az = fakeAz();
  const { dir, cleanup } = project({ 'app.yaml': APP });
  const arm = await startFakeArm({ subscriptions: [SUB], ...(readFixtureJson('live', 'azure-state.json') as Omit<FakeArmData, 'subscriptions'>) });
  try {
    const args = ['--azure', '--subscription', SUB, '--arm-endpoint', arm.endpoint, '-f', 'json'];
    const r = await spawnCli(args, { cwd: dir, env: az.env });
    assert.ok(r.code === 0 || r.code === 1, describe(r));
    const assignmentReads = arm.requests.filter((q) => /roleAssignments/i.test(q.url));
    assert.ok(assignmentReads.length > 0, describe(r));
    assert.ok(assignmentReads.every((q) => /vaults\/kv-rbac\//i.test(q.url)), `only kv-rbac: ${assignmentReads.map((q) => q.url).join('\n')}`);
    assert.ok(!arm.requests.some((q) => /federatedIdentityCredentials/i.test(q.url) && !/id-vvp/i.test(q.url)), 'federated credentials only of identities the SPCs name');

    // A failed live read is a failed read (summary "incomplete"); no advice to add keys to a state file.
    arm.faults = [{ path: /roleAssignments/i, status: 403 }];
    const forbidden = await spawnCli(args, { cwd: dir, env: az.env });
    const doc = JSON.parse(forbidden.stdout) as { summary: { failedReads: number }; notifications: { id: string; message: string }[] };
    assert.ok(doc.notifications.some((n) => n.id === 'arm-forbidden'), describe(forbidden));
    assert.ok(doc.summary.failedReads > 0);
    assert.ok(!doc.notifications.some((n) => /az role assignment list|az role definition list|the state has/.test(n.message)), describe(forbidden));
    assert.ok(doc.notifications.some((n) => /could not be read from ARM/.test(n.message)), describe(forbidden));
    arm.faults = [];

    // No working credential: exit 2 with the credential's own words, not only "ChainedTokenCredential ...".
    const noCred = await spawnCli(args, { cwd: dir, env: { ...az.env, FAKE_AZ_FAIL: '1' } });
    assert.equal(noCred.code, 2, describe(noCred));
    assert.match(noCred.stderr, /--azure: nothing could be read from Azure Resource Manager .*no working Azure credential: Please run 'az login'/);
    assert.doesNotMatch(noCred.stdout, /No problems found/);

    // A hung ARM (it never answers within the test's life) costs the --timeout once: without it the CLI would be
    // killed at spawnCli's deadline and fail on the exit code; no wall-clock bound needed.
    arm.faults = [{ path: /./, delayMs: 600_000 }];
    const hung = await spawnCli([...args, '--timeout', '2'], { cwd: dir, env: az.env, timeoutMs: 60_000 });
    assert.equal(hung.code, 2, describe(hung));
    assert.match(hung.stderr, /timed out/);
  } finally {
    await arm.close();
    cleanup();
    az.cleanup();
  }
});

test('--azure: an SPC cloudName selects the sovereign cloud; a non-JSON answer is named as such', async () => {
  const az = fakeAz();
  const china = APP.replace(/keyvaultName: "kv-rbac"/g, 'keyvaultName: "kv-rbac"\n    cloudName: "AzureChinaCloud"');
  const { dir, cleanup } = project({ 'app.yaml': china });
  const html = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>proxy login</html>');
  });
  await new Promise<void>((r) => html.listen(0, '127.0.0.1', r));
  try {
    const r = await spawnCli(['--azure', '--subscription', SUB], { cwd: dir, env: { ...az.env, FAKE_AZ_FAIL: '1' } });
    assert.equal(r.code, 2, describe(r));
    assert.match(r.stderr, /Azure Resource Manager \(https:\/\/management\.chinacloudapi\.cn\)/);
    assert.match(az.log(), /chinacloudapi\.cn/, 'the token is asked for the China cloud');

    const endpoint = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;
    const bad = await spawnCli(['--azure', '--subscription', SUB, '--arm-endpoint', endpoint], { cwd: dir, env: az.env });
    assert.equal(bad.code, 2, describe(bad));
    assert.match(bad.stderr, /the response was not JSON/);
    assert.doesNotMatch(bad.stderr, /PARSE_ERROR/);
  } finally {
    html.closeAllConnections();
    await new Promise<void>((r) => html.close(() => r()));
    cleanup();
    az.cleanup();
  }
});

function kubeconfig(server: string, withUser: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'kc-'));
  const file = join(dir, 'config');
  writeFileSync(
    file,
    ['apiVersion: v1', 'kind: Config', 'current-context: proxy', 'clusters:', '- name: proxied', '  cluster:', `    server: ${server}`, ...(withUser ? ['users:', '- name: u', '  user:', '    token: not-a-secret'] : []), 'contexts:', '- name: proxy', '  context:', '    cluster: proxied', ...(withUser ? ['    user: u'] : []), ''].join('\n'),
  );
  return file;
}

test('audit against `server: http://…` without insecure-skip-tls-verify (kubectl proxy) and a context with no user', async () => {
  const { kube } = healthyCluster();
  await kube.start();
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  try {
    for (const withUser of [true, false]) {
      const cfg = kubeconfig(`http://127.0.0.1:${kube.port}`, withUser);
      const r = await spawnCli(['audit', '--kubeconfig', cfg, '-A', '-f', 'json'], { cwd: home, env: { HOME: home, KUBECONFIG: undefined } });
      assert.equal(r.code, 0, describe(r));
      assert.doesNotMatch(r.stderr, /HTTP protocol is not allowed/);
      assert.ok(JSON.parse(r.stdout).summary.documents > 0);
      rmSync(dirname(cfg), { recursive: true, force: true });
    }
    assert.deepEqual([...kube.methods()], ['GET']);
  } finally {
    await kube.stop();
    rmSync(home, { recursive: true, force: true });
  }
});

test('--omit=optional installs: --azure and audit work without the SDK packages (their parts are bundled)', async () => {
  // An installation without optional dependencies: the shipped entry point and bundle, no node_modules/@azure or
  // node_modules/@kubernetes (the bundle carries every required dependency, and the SDKs' parts the live commands
  // use: dist/bundle/kube-sdk.cjs and azure-sdk.cjs).
  const inst = mkdtempSync(join(tmpdir(), 'vvp-omit-optional-'));
  try {
    cpSync(join(REPO_ROOT, 'bin'), join(inst, 'bin'), { recursive: true });
    cpSync(join(REPO_ROOT, 'dist', 'bundle'), join(inst, 'dist', 'bundle'), { recursive: true });
    writeFileSync(join(inst, 'package.json'), JSON.stringify({ name: 'vvp-kv-lint', type: 'module' }));
    const { dir, cleanup } = project({ 'app.yaml': APP });
    try {
      const bin = join(inst, 'bin', 'vvp-kv-lint.js');
      // A real read through the bundled Azure SDK: the credential chain (a stand-in `az`) and the ARM clients.
      const az = fakeAz();
      const arm = await startFakeArm({ subscriptions: [SUB], ...(readFixtureJson('live', 'azure-state.json') as Omit<FakeArmData, 'subscriptions'>) });
      try {
        const azure = await spawnCli(['--azure', '--subscription', SUB, '--arm-endpoint', arm.endpoint, '-f', 'json'], { cwd: dir, bin, env: az.env });
        assert.ok(azure.code === 0 || azure.code === 1, describe(azure));
        assert.doesNotMatch(azure.stderr, /optional package|ERR_MODULE_NOT_FOUND|Cannot find package/);
        assert.ok(arm.requests.some((q) => /roleAssignments/i.test(q.url)), describe(azure));
      } finally {
        await arm.close();
        az.cleanup();
      }
      const audit = await spawnCli(['audit', '--kubeconfig', kubeconfig('http://127.0.0.1:9', true)], { cwd: dir, bin });
      // It reads the kubeconfig and tries the cluster, which is not there: unreachable, not a missing package.
      assert.equal(audit.code, 2, describe(audit));
      assert.doesNotMatch(audit.stderr, /optional package|ERR_MODULE_NOT_FOUND|Cannot find package/);
      assert.match(audit.stderr + audit.stdout, /127\.0\.0\.1:9/);
    } finally {
      cleanup();
    }
  } finally {
    rmSync(inst, { recursive: true, force: true });
  }
});
