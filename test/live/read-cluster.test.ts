// readCluster against a local API server speaking the Kubernetes REST API, through the real client-node
// kubeconfig loader. Every test checks that only GETs were sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, delimiter } from 'node:path';
import { readCluster, type ClusterReadResult } from '../../src/live/kube/read-cluster.js';
import { FakeKube, kubeconfigText } from './fake-kube.js';
import { healthyCluster, failedMount, SECRET_VALUE, providerPod } from './cluster-fixtures.js';

const FAST = { retries: 2, backoffMs: 5, requestTimeoutMs: 2000 };

async function withKube<T>(kube: FakeKube, fn: (k: FakeKube) => Promise<T>): Promise<T> {
  await kube.start();
  try {
    return await fn(kube);
  } finally {
    await kube.stop();
  }
}

function onlyGets(kube: FakeKube): void {
  assert.deepEqual([...kube.methods()], ['GET'], 'only GET requests are sent');
}

function kinds(r: ClusterReadResult): string[] {
  return r.objects.map((o) => `${o.kind}/${o.namespace ?? ''}/${o.name}`).sort();
}

test('reads a healthy cluster: workloads stand for their pods, only referenced Secrets, values dropped', async () => {
  const { kube } = healthyCluster();
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.equal(r.fatal, undefined);
    onlyGets(kube);
    assert.equal(r.context, 'fake-ctx');
    assert.deepEqual(kinds(r), [
      'AzureIdentity/podid/kv-identity', 'AzureIdentityBinding/podid/kv-binding', 'CSIDriver//secrets-store.csi.k8s.io',
      'Deployment/podid/app-podid', 'Deployment/sami/app-sami', 'Deployment/sp/app-sp', 'Deployment/uami/app-uami', 'Deployment/wi/app-wi',
      // The provider pods belong to a DaemonSet that was listed and is empty here, so they stand for themselves (one per owner).
      'Pod/kube-system/csi-secrets-store-provider-azure-0',
      'Secret/sp/secrets-store-creds',
      'SecretProviderClass/podid/kv-podid', 'SecretProviderClass/sami/kv-sami', 'SecretProviderClass/sp/kv-sp', 'SecretProviderClass/uami/kv-uami', 'SecretProviderClass/wi/kv-wi',
      'ServiceAccount/sp/default', 'ServiceAccount/wi/app-wi',
    ]);
    // Secret: key names kept, clientid kept, every other value and the last-applied annotation gone.
    const s = r.objects.find((o) => o.kind === 'Secret')!;
    const data = s.body['data'] as Record<string, string>;
    assert.deepEqual(Object.keys(data).sort(), ['clientid', 'clientsecret']);
    assert.notEqual(data['clientsecret'], SECRET_VALUE);
    const everything = JSON.stringify(r.objects.map((o) => o.body)) + JSON.stringify(r.facts ?? {}, (k, v) => (k === 'object' ? undefined : v));
    assert.ok(!everything.includes(SECRET_VALUE), 'no secret value is kept');
    assert.ok(!everything.includes('managedFields'));
    // The Secret was asked for by name only: the unrelated Secret never crossed the wire.
    const secretCalls = kube.requests.filter((q) => q.path.endsWith('/secrets'));
    assert.deepEqual(secretCalls.map((q) => q.query['fieldSelector']), ['metadata.name=secrets-store-creds']);
    // Logical location, kubectl-style display.
    const dep = r.objects.find((o) => o.name === 'app-sp')!;
    const loc = dep.locator.locate(['spec', 'template', 'spec', 'volumes', 0]);
    assert.equal(loc.kind, 'logical');
    assert.equal(loc.kind === 'logical' && loc.fullyQualifiedName, 'fake-ctx/sp/Deployment/app-sp');
    assert.equal(loc.kind === 'logical' && loc.displayName, 'deployment/sp/app-sp');
    // Facts.
    assert.equal(r.facts?.spcCrdInstalled, true);
    assert.deepEqual(r.facts?.csiDriver?.present && r.facts.csiDriver.tokenAudiences, ['api://AzureADTokenExchange']);
    assert.deepEqual(r.facts?.providerPods, { ready: 2, total: 2, namespaces: ['kube-system'] });
    assert.deepEqual(r.facts?.failedMounts, []);
    assert.deepEqual(r.notifications, []);
    for (const k of ['Pod', 'Deployment', 'SecretProviderClass', 'Secret', 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding']) {
      assert.deepEqual([...(r.completeKinds.get(k) ?? [])], ['*'], `${k} complete`);
    }
    // Requests: CSIDriver, CRD, SPC, pods, 5 workload kinds, SAs, 2 pod-identity kinds, FlinkDeployments (404 here),
    // provider pods, events, 1 Secret name.
    assert.equal(r.requests, 16);
    assert.equal(r.requests, kube.requests.length);
    assert.ok(kube.requests.every((q) => q.auth === 'Bearer test-token-not-a-secret'), 'kubeconfig token used');
    assert.ok(kube.requests.filter((q) => !q.path.includes('/csidrivers/') && !q.path.includes('/customresourcedefinitions/')).every((q) => q.query['limit'] === '500'));
  });
});

test('-n reads one namespace with namespaced paths; cluster facts stay cluster-wide', async () => {
  const { kube } = healthyCluster();
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), namespace: 'sp', env: {}, ...FAST });
    onlyGets(kube);
    assert.deepEqual(kinds(r).filter((k) => !k.startsWith('CSIDriver')), [
      'Deployment/sp/app-sp', 'Secret/sp/secrets-store-creds', 'SecretProviderClass/sp/kv-sp', 'ServiceAccount/sp/default',
    ]);
    assert.deepEqual([...(r.completeKinds.get('SecretProviderClass') ?? [])], ['sp']);
    assert.ok(kube.requests.some((q) => q.path === '/api/v1/namespaces/sp/pods'));
    assert.ok(kube.requests.some((q) => q.path === '/api/v1/pods' && q.query['labelSelector']?.includes('provider-azure')));
  });
});

test('without -n or -A, the context namespace is audited, like kubectl', async () => {
  const { kube } = healthyCluster();
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig('ctx2', 'wi'), env: {}, ...FAST });
    assert.equal(r.namespace, 'wi');
    assert.ok(kinds(r).includes('Deployment/wi/app-wi'));
  });
});

test('pagination follows metadata.continue across pages', async () => {
  const kube = new FakeKube();
  const pods = Array.from({ length: 1234 }, (_, i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}`, namespace: `ns${i % 7}` }, spec: { containers: [] } }));
  kube.add('', 'v1', 'pods', ...pods);
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.equal(r.objects.filter((o) => o.kind === 'Pod').length, 1234);
    const podLists = kube.requests.filter((q) => q.path === '/api/v1/pods' && !q.query['labelSelector']);
    assert.equal(podLists.length, 3);
    assert.equal(podLists[1]!.query['continue'] !== undefined, true);
    assert.equal(r.perNamespace.size, 7);
  });
});

test('403 on Secrets: a notification names the permission, the rest goes on, Secret is not complete', async () => {
  const { kube } = healthyCluster();
  kube.fault({ path: /\/secrets$/, status: 403 });
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    onlyGets(kube);
    assert.equal(r.fatal, undefined);
    assert.equal(r.notifications.length, 1);
    const n = r.notifications[0]!;
    assert.equal(n.id, 'k8s-forbidden');
    assert.equal(n.incomplete, true);
    assert.match(n.message, /verb "list", resource "secrets", apiGroup ""/);
    assert.equal(r.completeKinds.has('Secret'), false);
    assert.ok(kinds(r).includes('Deployment/sp/app-sp'));
    // 403 is not retried.
    assert.equal(kube.requests.filter((q) => q.path.endsWith('/secrets')).length, 1);
  });
});

test('404 for the pod-identity CRDs: skipped silently, the kinds count as complete (none can exist)', async () => {
  const kube = new FakeKube();
  kube.add('', 'v1', 'pods').add('storage.k8s.io', 'v1', 'csidrivers');
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.deepEqual(r.notifications, []);
    assert.ok(r.completeKinds.has('AzureIdentityBinding'));
    // No CRD and no SPC versions served: the CRD is not installed; the CSIDriver is missing.
    assert.equal(r.facts?.spcCrdInstalled, false);
    assert.deepEqual(r.facts?.csiDriver, { present: false });
    assert.deepEqual(r.facts?.providerPods, { ready: 0, total: 0, namespaces: [] });
  });
});

test('CRDs forbidden: SPCs are still listed, falling back from v1 to v1alpha1', async () => {
  const kube = new FakeKube();
  kube.add('secrets-store.csi.x-k8s.io', 'v1alpha1', 'secretproviderclasses', { apiVersion: 'secrets-store.csi.x-k8s.io/v1alpha1', kind: 'SecretProviderClass', metadata: { name: 'old', namespace: 'a' }, spec: { provider: 'azure' } });
  kube.fault({ path: /customresourcedefinitions/, status: 403 });
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.equal(r.facts?.spcCrdInstalled, true);
    const spc = r.objects.find((o) => o.kind === 'SecretProviderClass');
    assert.equal(spc?.apiVersion, 'secrets-store.csi.x-k8s.io/v1alpha1');
    assert.deepEqual(r.facts?.readErrors, {});
    // The CRD 403 is still worth a notification (the permission is missing).
    assert.ok(r.notifications.some((n) => n.id === 'k8s-forbidden' && /customresourcedefinitions/.test(n.message)));
  });
});

test('429 and 500 are retried with backoff; a persistent 500 ends in a notification', async () => {
  const { kube } = healthyCluster();
  kube.fault({ path: /^\/api\/v1\/pods$/, status: 429, times: 2, retryAfter: 0 });
  kube.fault({ path: /\/serviceaccounts$/, status: 500 });
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    onlyGets(kube);
    assert.ok(kinds(r).includes('Deployment/sp/app-sp'));
    assert.equal(kube.requests.filter((q) => q.path === '/api/v1/serviceaccounts').length, 3, 'first try + 2 retries, then stop');
    const n = r.notifications.find((x) => /serviceaccounts/.test(x.message));
    assert.equal(n?.id, 'k8s-unavailable');
    assert.equal(r.completeKinds.has('ServiceAccount'), false);
    assert.ok(r.completeKinds.has('Pod'), 'pods succeeded after the 429s');
  });
});

// Slow endpoints below never answer within the test's life: a read can only end through its own timeouts, so the
// tests need no wall-clock bound (which a busy machine broke); the test's timeout only catches a hang.
test('a slow kind times out (per request), is retried, then reported; the rest is read', { timeout: 60_000 }, async () => {
  const { kube } = healthyCluster();
  kube.fault({ path: /\/events$/, delayMs: 600_000 });
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, retries: 1, backoffMs: 5, requestTimeoutMs: 200 });
    assert.equal(r.facts?.failedMounts, undefined, 'unknown, so cluster-mount-failing cannot fire');
    assert.match(r.facts?.readErrors.failedMounts ?? '', /timed out/);
    assert.ok(r.notifications.some((n) => n.id === 'k8s-timeout'));
  });
});

test('the global --timeout bounds the whole audit', { timeout: 60_000 }, async () => {
  const { kube } = healthyCluster();
  kube.fault({ path: /^\/apis\/apps/, delayMs: 600_000 });
  await withKube(kube, async () => {
    // No per-request timeout is given: only the global deadline can end the hung reads (4 tries each otherwise).
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, timeoutSeconds: 0.8, retries: 3, backoffMs: 5 });
    assert.ok(r.notifications.some((n) => n.id === 'k8s-timeout' && /deployments/.test(n.message)));
    assert.equal(r.completeKinds.has('Deployment'), false);
  });
});

test('FailedMount events: only secrets-store ones, attributed to the owner, message redacted', async () => {
  const { kube, pods } = healthyCluster();
  const p = pods.find((x) => x.metadata.namespace === 'sp')!;
  kube.add('', 'v1', 'events',
    failedMount('sp', p.metadata.name, 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod sp/x, err: could not parse clientsecret=hunter2 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc'),
    failedMount('sp', p.metadata.name, 'MountVolume.SetUp failed for volume "config" : configmap "cfg" not found'),
  );
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    const fm = r.facts?.failedMounts ?? [];
    assert.equal(fm.length, 1);
    assert.equal(fm[0]!.volume, 'secrets-store');
    assert.deepEqual(fm[0]!.owner, { kind: 'Deployment', apiVersion: 'apps/v1', name: 'app-sp', resource: 'deployment' });
    assert.ok(!fm[0]!.message.includes('hunter2'));
    assert.ok(!fm[0]!.message.includes('eyJ'));
    assert.match(fm[0]!.message, /clientsecret \[redacted\]$/);
    const ev = kube.requests.find((q) => q.path === '/api/v1/events');
    assert.equal(ev?.query['fieldSelector'], 'involvedObject.kind=Pod,reason=FailedMount');
  });
});

test('provider pods: none ready is a fact; the AKS add-on label is recognised too', async () => {
  const kube = new FakeKube();
  kube.add('', 'v1', 'pods', providerPod(0, false), providerPod(1, true, 'secrets-store-provider-azure'));
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.deepEqual(r.facts?.providerPods, { ready: 1, total: 2, namespaces: ['kube-system'] });
  });
});

test('unreachable API: one request cause, fatal, no hammering', async () => {
  const kube = new FakeKube();
  await kube.start();
  const cfg = kube.kubeconfig();
  await kube.stop(); // the port is now closed
  const r = await readCluster({ kubeconfig: cfg, allNamespaces: true, env: {}, ...FAST });
  assert.match(r.fatal ?? '', /^cannot reach the Kubernetes API at http:\/\/127\.0\.0\.1:\d+ \(context "fake-ctx"\): ECONNREFUSED$/);
  assert.equal(r.requests, 3, 'the probe and its retries only');
});

test('every kind forbidden: nothing could be read is fatal', async () => {
  const kube = new FakeKube();
  kube.fault({ path: /./, status: 403 });
  await withKube(kube, async () => {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.match(r.fatal ?? '', /^nothing could be read .*forbidden/);
    onlyGets(kube);
  });
});

test('kubeconfig resolution: KUBECONFIG list merged like kubectl (first wins), --context, missing context, no config', async () => {
  const { kube } = healthyCluster();
  await withKube(kube, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-'));
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    writeFileSync(a, kubeconfigText(`http://127.0.0.1:${kube.port}`, 'first'));
    // Same cluster name as in `a` but a dead server: kubectl keeps the first definition.
    writeFileSync(b, kubeconfigText('http://127.0.0.1:1', 'first').replace('current-context: first', 'current-context: second'));
    const env = { KUBECONFIG: [join(dir, 'missing'), a, b].join(delimiter), HOME: dir };
    const r = await readCluster({ allNamespaces: true, env, ...FAST });
    assert.equal(r.fatal, undefined);
    assert.equal(r.context, 'first');
    const bad = await readCluster({ allNamespaces: true, env, context: 'nope', ...FAST });
    assert.equal(bad.fatal, `context "nope" not found in ${a}${delimiter}${b}`);
    const none = await readCluster({ allNamespaces: true, env: { HOME: dir }, ...FAST });
    assert.match(none.fatal ?? '', /^no kubeconfig found/);
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(home, '.kube'));
    writeFileSync(join(home, '.kube', 'config'), kubeconfigText(`http://127.0.0.1:${kube.port}`, 'homectx'));
    const viaHome = await readCluster({ allNamespaces: true, env: { HOME: home }, ...FAST });
    assert.equal(viaHome.context, 'homectx');
  });
});
