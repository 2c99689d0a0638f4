// readVvp against a local VVP API: what it requests, how it authenticates, and how faults become notifications.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readVvp, type ReadVvpOptions } from '../../src/live/vvp/read-vvp.js';
import { vvpEnricher } from '../../src/live/vvp/enrich.js';
import { classify } from '../../src/model/kinds.js';
import { FakeVvp, type VvpData } from './fake-vvp.js';
import { servedData } from './seed.js';

const TOKEN = 's3cr3t-vvp-token-value';

async function withVvp(data: VvpData, fn: (vvp: FakeVvp) => Promise<void>, token?: string): Promise<void> {
  const vvp = new FakeVvp(data, token);
  await vvp.start();
  try {
    await fn(vvp);
  } finally {
    await vvp.stop();
  }
}

const read = (vvp: FakeVvp, extra: Partial<ReadVvpOptions> = {}) => readVvp({ url: vvp.url, timeoutMs: 10_000, retries: 2, backoffMs: 5, env: {}, ...extra });

const twoNamespaces = (): VvpData => ({
  ...servedData(),
  team: { deployments: [], 'deployment-targets': [{ kind: 'DeploymentTarget', apiVersion: 'v1', metadata: { name: 't', namespace: 'team' }, spec: { kubernetes: { namespace: 'team-jobs' } } }], sessionclusters: [] },
});

test('lists VVP namespaces, then reads every resource list with GETs only', async () => {
  await withVvp(twoNamespaces(), async (vvp) => {
    const r = await read(vvp, { token: TOKEN });
    assert.deepEqual(r.notifications, []);
    assert.deepEqual(r.namespaces, ['default', 'team']);
    assert.deepEqual(vvp.requests.map((q) => q.path), [
      '/namespaces/v1/namespaces',
      '/api/v1/namespaces/default/deployment-targets',
      '/api/v1/namespaces/default/sessionclusters',
      '/api/v1/namespaces/default/deployments',
      '/api/v1/namespaces/default/deployment-defaults',
      '/api/v1/namespaces/team/deployment-targets',
      '/api/v1/namespaces/team/sessionclusters',
      '/api/v1/namespaces/team/deployments',
      '/api/v1/namespaces/team/deployment-defaults',
    ]);
    assert.ok(vvp.requests.every((q) => q.method === 'GET' && q.authorization === `Bearer ${TOKEN}`));
    assert.equal(r.requestCount, vvp.requests.length);
    assert.deepEqual(r.objects.map((o) => `${o.namespace}/${o.kind}/${o.name}:${classify(o)}`), [
      'default/DeploymentTarget/vvp-jobs:VvpDeploymentTarget',
      'default/Deployment/top-speed-sp:VvpDeployment',
      'default/Deployment/top-speed-bad:VvpDeployment',
      'default/Deployment/top-speed-podid:VvpDeployment',
      'default/Deployment/top-speed-pods:VvpDeployment',
      'team/DeploymentTarget/t:VvpDeploymentTarget',
    ]);
    const loc = r.objects[1]!.locator.locate(['spec', 'template']);
    assert.equal(loc.kind, 'logical');
    if (loc.kind === 'logical') {
      assert.equal(loc.source, 'vvp');
      assert.equal(loc.fullyQualifiedName, 'vvp/default/Deployment/top-speed-sp');
      assert.match(loc.uri ?? '', new RegExp(`^${vvp.url}/app/#/namespaces/default/deployments/[0-9a-f-]+/detail/overview$`));
    }
    const target = r.objects[0]!.locator.locate([]);
    assert.equal(target.kind === 'logical' && target.uri, `${vvp.url}/api/v1/namespaces/default/deployment-targets/vvp-jobs`);
  });
});

test('--vvp-namespace reads only the given namespaces; plain and namespaces/<n> names; VVP_TOKEN from env', async () => {
  await withVvp(
    twoNamespaces(),
    async (vvp) => {
      const r = await read(vvp, { namespaces: ['namespaces/team'], env: { VVP_TOKEN: TOKEN } });
      assert.deepEqual(r.notifications, []);
      assert.deepEqual(r.objects.map((o) => o.name), ['t']);
      assert.ok(!vvp.requests.some((q) => q.path.startsWith('/namespaces/')));
      assert.ok(vvp.requests.every((q) => q.path.startsWith('/api/v1/namespaces/team/')));
    },
    TOKEN,
  );
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.namespaceList = { namespaces: [{ name: 'team' }] };
    const r = await read(vvp);
    assert.deepEqual(r.namespaces, ['team']);
    assert.ok(vvp.requests.every((q) => q.authorization === undefined), 'no token, no Authorization header');
  });
});

test('items without kind/apiVersion still classify like files; deployment-defaults is read when present', async () => {
  const data = servedData() as unknown as Record<string, Record<string, unknown>>;
  const deployments = (data['default']!['deployments'] as Record<string, unknown>[]).map(({ kind: _k, apiVersion: _a, ...rest }) => rest);
  const defaults = { kind: 'DeploymentDefaults', apiVersion: 'v1', metadata: { namespace: 'default' }, spec: { template: { spec: { kubernetes: { pods: { labels: { a: 'b' } } } } } } };
  await withVvp({ default: { ...data['default'], deployments, 'deployment-defaults': defaults } } as VvpData, async (vvp) => {
    const r = await read(vvp, { namespaces: ['default'] });
    assert.deepEqual(r.notifications, []);
    assert.equal(r.objects.filter((o) => classify(o) === 'VvpDeployment').length, 4);
    const d = r.objects.find((o) => o.kind === 'DeploymentDefaults');
    assert.equal(d && classify(d), 'VvpDeploymentDefaults');
  });
});

test('401 stops the read with vvp-unauthorized and never reveals the token', async () => {
  await withVvp(
    twoNamespaces(),
    async (vvp) => {
      const r = await read(vvp, { token: 'wrong-' + TOKEN });
      assert.deepEqual(r.notifications.map((n) => [n.id, n.incomplete]), [['vvp-unauthorized', true]]);
      assert.match(r.notifications[0]!.message, /token was not accepted/);
      assert.equal(vvp.requests.length, 1, '401 is not retried and nothing else is tried');
      assert.ok(!JSON.stringify(r.notifications).includes(TOKEN));
      const anon = await read(vvp);
      assert.match(anon.notifications[0]!.message, /--vvp-token or VVP_TOKEN/);
    },
    TOKEN,
  );
});

test('403 and 404 on one list become notifications; the rest is read', async () => {
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/api/v1/namespaces/default/deployments', { status: 403 });
    const r = await read(vvp, { namespaces: ['default', 'team', 'gone'], token: TOKEN });
    assert.deepEqual(r.notifications.map((n) => n.id), ['vvp-forbidden', 'vvp-not-found']);
    assert.match(r.notifications[1]!.message, /VVP namespace "gone" does not exist/);
    assert.match(r.notifications[0]!.message, /default\/deployments answered 403/);
    assert.deepEqual(r.objects.map((o) => o.name), ['vvp-jobs', 't']);
    assert.deepEqual(r.namespaces, ['default', 'team']);
    assert.ok(!JSON.stringify(r.notifications).includes(TOKEN));
  });
});

test('5xx and dropped connections are retried with backoff; persistent 5xx becomes vvp-unreachable', async () => {
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/api/v1/namespaces/default/deployments', { status: 503, times: 2 });
    vvp.faults.set('/api/v1/namespaces/team/deployments', { destroy: true, times: 1 });
    const r = await read(vvp);
    assert.deepEqual(r.notifications, []);
    assert.equal(r.objects.length, 6);
    assert.equal(vvp.requests.filter((q) => q.path === '/api/v1/namespaces/default/deployments').length, 3);
  });
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/api/v1/namespaces/default/sessionclusters', { status: 500 });
    const r = await read(vvp, { retries: 1 });
    assert.deepEqual(r.notifications.map((n) => n.id), ['vvp-unreachable']);
    assert.equal(vvp.requests.filter((q) => q.path === '/api/v1/namespaces/default/sessionclusters').length, 2, 'bounded: 1 retry');
    assert.equal(r.objects.length, 6, 'other lists are still read');
  });
});

// The slow API never answers within the test's life: the read can only end through its own request timeout, so no
// wall-clock bound is needed (a busy machine cannot make it flaky); the test's timeout only catches a hang.
test('a slow API hits the request timeout; an unreachable URL stops after bounded retries', { timeout: 60_000 }, async () => {
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/namespaces/v1/namespaces', { delayMs: 600_000 });
    const r = await read(vvp, { requestTimeoutMs: 100, retries: 1 });
    assert.deepEqual(r.notifications.map((n) => n.id), ['vvp-timeout']);
    assert.match(r.notifications[0]!.message, /did not answer in time \(timed out: no answer within 0\.1 s\)/);
  });
  const vvp = new FakeVvp({});
  await vvp.start();
  const url = vvp.url;
  await vvp.stop();
  const r = await readVvp({ url, namespaces: ['default', 'team'], timeoutMs: 5_000, retries: 2, backoffMs: 5, env: {} });
  assert.deepEqual(r.notifications.map((n) => n.id), ['vvp-unreachable']);
  assert.equal(r.requestCount, 3, 'one endpoint, first attempt + 2 retries, then stop');
});

test('an HTML page instead of the API, and a missing namespaces API', async () => {
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/namespaces/v1/namespaces', { html: true });
    const r = await read(vvp);
    assert.deepEqual(r.notifications.map((n) => n.id), ['vvp-bad-response']);
    assert.match(r.notifications[0]!.message, /not JSON/);
  });
  await withVvp(twoNamespaces(), async (vvp) => {
    vvp.faults.set('/namespaces/v1/namespaces', { status: 404 });
    const r = await read(vvp);
    assert.deepEqual(r.notifications.map((n) => [n.id, n.level]), [['vvp-namespaces-unavailable', 'note']]);
    assert.deepEqual(r.namespaces, ['default']);
  });
});

test('vvpEnricher: no URL means no source; bad URLs are usage errors that do not echo credentials', () => {
  assert.equal(vvpEnricher({}), undefined);
  assert.throws(() => vvpEnricher({ 'vvp-token': 'x' }), /need --vvp-url/);
  assert.throws(() => vvpEnricher({ 'vvp-url': 'localhost:8080' }), /http\(s\) URL/);
  assert.throws(() => vvpEnricher({ 'vvp-url': 'not a url' }), /http\(s\) URL/);
  assert.throws(
    () => vvpEnricher({ 'vvp-url': `http://admin:${TOKEN}@localhost:8080` }),
    (err: Error) => /must not contain credentials/.test(err.message) && !err.message.includes(TOKEN),
  );
  assert.equal(typeof vvpEnricher({ 'vvp-url': 'http://localhost:8080' }), 'function');
});
