// Scale: 10,000 pods (2,000 Deployments) spread over 1,000 namespaces, then the same over 10 namespaces.
// The request count must not depend on the number of namespaces. Wall time is printed, not asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCluster } from '../../src/live/kube/read-cluster.js';
import { FakeKube } from './fake-kube.js';
import { csiDriver, csiVolume, deployment, podSpec, podsOf, secret, spc, spcCrd, providerPod } from './cluster-fixtures.js';

function bigCluster(namespaces: number, pods: number): FakeKube {
  const kube = new FakeKube();
  const deploymentsPerNs = pods / 5 / namespaces;
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n}`;
    kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc(ns, 'kv', {}));
    kube.add('', 'v1', 'secrets', secret(ns, 'secrets-store-creds', { clientid: 'YQ==', clientsecret: 'Yg==' }), secret(ns, 'other', { x: 'eA==' }));
    kube.add('', 'v1', 'serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
    for (let d = 0; d < deploymentsPerNs; d++) {
      const dep = deployment(ns, `app-${d}`, podSpec(csiVolume('kv', 'secrets-store-creds')));
      kube.add('apps', 'v1', 'deployments', dep).add('', 'v1', 'pods', ...podsOf(dep, 5));
    }
  }
  kube.add('storage.k8s.io', 'v1', 'csidrivers', csiDriver()).add('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', spcCrd());
  kube.add('', 'v1', 'pods', providerPod(0)).add('', 'v1', 'events');
  return kube;
}

async function audit(namespaces: number): Promise<{ requests: number; objects: number; ms: number; perKind: Record<string, number> }> {
  const kube = bigCluster(namespaces, 10_000);
  await kube.start();
  try {
    const t0 = performance.now();
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, retries: 1, backoffMs: 5 });
    const ms = performance.now() - t0;
    assert.equal(r.fatal, undefined);
    assert.deepEqual([...kube.methods()], ['GET']);
    assert.deepEqual(r.notifications, []);
    const perKind: Record<string, number> = {};
    for (const q of kube.requests) {
      const plural = q.path.split('/').filter(Boolean).find((_, i, a) => i === a.length - 1)!;
      perKind[plural] = (perKind[plural] ?? 0) + 1;
    }
    return { requests: r.requests, objects: r.objects.length, ms, perKind };
  } finally {
    await kube.stop();
  }
}

test('scale: 1,000 namespaces / 10,000 pods; request count independent of the namespace count', async (t) => {
  const wide = await audit(1000);
  const narrow = await audit(10);
  t.diagnostic(
    `scale: 1000 namespaces, 10000 pods, 2000 deployments: ${wide.requests} GET requests, ${wide.objects} objects, ${wide.ms.toFixed(0)} ms`);
  t.diagnostic(`scale: 10 namespaces, 10000 pods, 2000 deployments: ${narrow.requests} GET requests, ${narrow.objects} objects, ${narrow.ms.toFixed(0)} ms`);
  t.diagnostic(`requests per resource (1000 ns): ${JSON.stringify(wide.perKind)}`);
  // Only the pagination of the per-namespace kinds (SPC, ServiceAccount, Secret: one per namespace here)
  // differs: ceil(1000/500) = 2 pages vs 1 page each.
  assert.equal(wide.requests - narrow.requests, 3);
  // 10,001 pods at 500 per page, plus the provider-pod label query.
  assert.equal(wide.perKind['pods'], 21 + 1);
  // 2,000 Deployments stand for the 10,000 pods; 1,000 SPCs, 1,000 Secrets, 1,000 SAs, 1 CSIDriver, 1 provider pod.
  assert.equal(wide.objects, 2000 + 3000 + 2);
});
