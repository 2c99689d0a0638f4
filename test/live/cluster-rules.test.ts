// The Cluster rules over facts read from a local API server, run by the real engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Inventory } from '../../src/model/inventory.js';
import { runRules } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { readCluster, addClusterRead } from '../../src/live/kube/read-cluster.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';
import { FakeKube } from './fake-kube.js';
import { healthyCluster, csiDriver, failedMount, providerPod } from './cluster-fixtures.js';

const CLUSTER_RULE_IDS = ['cluster-spc-crd-missing', 'cluster-csi-driver-missing', 'cluster-provider-missing', 'cluster-token-requests-missing', 'cluster-mount-failing'];
const CLUSTER_RULES = RULE_MODULES.filter((m) => CLUSTER_RULE_IDS.includes(m.id));

async function findings(kube: FakeKube): Promise<Finding[]> {
  await kube.start();
  try {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, retries: 1, backoffMs: 5 });
    assert.equal(r.fatal, undefined);
    const inv = new Inventory();
    addClusterRead(inv, r);
    return runRules(inv, { rules: CLUSTER_RULES }).findings;
  } finally {
    await kube.stop();
  }
}

function logical(f: Finding): { fqn: string; display: string; path: string } {
  assert.equal(f.location.kind, 'logical');
  const l = f.location as Extract<Finding['location'], { kind: 'logical' }>;
  return { fqn: l.fullyQualifiedName, display: l.displayName, path: l.path.join('.') };
}

test('a healthy cluster raises no Cluster finding', async () => {
  assert.deepEqual(await findings(healthyCluster().kube), []);
});

test('driver, CRD and provider missing: three cluster-level findings on the cluster', async () => {
  const kube = new FakeKube();
  kube.add('', 'v1', 'pods', providerPod(0, false));
  const fs = await findings(kube);
  assert.deepEqual(fs.map((f) => f.ruleId).sort(), ['cluster-csi-driver-missing', 'cluster-provider-missing', 'cluster-spc-crd-missing']);
  for (const f of fs) assert.deepEqual(logical(f), { fqn: 'fake-ctx/_cluster/Cluster/fake-ctx', display: 'cluster/fake-ctx', path: '' });
  assert.match(fs.find((f) => f.ruleId === 'cluster-provider-missing')!.message, /1 provider pod \(namespace kube-system\), none Ready/);
});

test('workload-identity SPC without the token audience on the CSIDriver', async () => {
  const { kube } = healthyCluster(new FakeKube().add('storage.k8s.io', 'v1', 'csidrivers', csiDriver([])));
  const fs = await findings(kube);
  assert.equal(fs.length, 1);
  const f = fs[0]!;
  assert.equal(f.ruleId, 'cluster-token-requests-missing');
  assert.deepEqual(logical(f), { fqn: 'fake-ctx/_cluster/CSIDriver/secrets-store.csi.k8s.io', display: 'csidriver/secrets-store.csi.k8s.io', path: 'spec' });
  assert.match(f.message, /1 SecretProviderClass uses workload identity.*api:\/\/AzureADTokenExchange \(tokenRequests: none\)/);
  assert.equal(f.related.length, 1);
  assert.equal((f.related[0]!.location as { fullyQualifiedName: string }).fullyQualifiedName, 'fake-ctx/wi/SecretProviderClass/kv-wi');
});

test('FailedMount on two replicas: one finding on the Deployment, stable across pod names', async () => {
  const run = async (suffix: string) => {
    const { kube, pods } = healthyCluster();
    const sp = pods.filter((p) => p.metadata.namespace === 'sp');
    kube.add('', 'v1', 'events', ...sp.map((p) => failedMount('sp', p.metadata.name,
      `MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to get secretproviderclass sp/kv-sp${suffix}, error: not found`)));
    return findings(kube);
  };
  const a = await run('');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.ruleId, 'cluster-mount-failing');
  assert.deepEqual(logical(a[0]!), { fqn: 'fake-ctx/sp/Deployment/app-sp', display: 'deployment/sp/app-sp', path: 'spec.template.spec.volumes' });
  assert.match(a[0]!.message, /^2 pods \(app-sp-5d9f7c-xxxx0, app-sp-5d9f7c-xxxx1\) failed to mount volume "secrets-store" \(FailedMount 6 times, last at 2026-11-28T20:00:00Z\): cause: no SecretProviderClass of that name in the pod's namespace .*\(rule csi-spc-not-found\); the whole chain: vvp-kv-lint why pod\/sp\/app-sp-5d9f7c-xxxx0; event: MountVolume/);
  const b = await run('-x');
  assert.equal(b[0]!.objectFingerprint, a[0]!.objectFingerprint);
});

test('facts that could not be read never produce a Cluster finding', async () => {
  const kube = new FakeKube();
  kube.add('', 'v1', 'serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'a' } });
  kube.fault({ path: /csidrivers|customresourcedefinitions|secretproviderclasses|\/pods$|\/events$/, status: 403 });
  assert.deepEqual(await findings(kube), []);
});
