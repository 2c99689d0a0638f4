// `why` against an API server holding 5,000 pods (and their Deployments, SPCs, Secrets) in 100 namespaces: the
// reads do not grow with the cluster (the same 7-8 requests as on an empty one), and one chain takes well under
// 2 s. The bound asserted is CPU time (this process: the command and the fake API server), not wall-clock time,
// which a busy machine stretches; it is loose, the README quotes the measured time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeKube } from './fake-kube.js';
import { csiDriver, csiVolume, deployment, podSpec, podsOf, providerPod, secret, spc, spcCrd } from './cluster-fixtures.js';
import { runWhy } from './why-run.js';
import { failedMountEvent, stuckPod, podSpecFor, NS, POD, azureState, MODE_PARAMS, MOUNT_PREFIX } from './why-fixtures.js';

/** Milliseconds of CPU (user + system) this process spent since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function bigCluster(): FakeKube {
  const kube = new FakeKube();
  for (let n = 0; n < 100; n++) {
    const ns = `team-${n}`;
    kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc(ns, 'kv', {}));
    kube.add('', 'v1', 'secrets', secret(ns, 'secrets-store-creds', { clientid: 'YQ==', clientsecret: 'Yg==' }));
    kube.add('', 'v1', 'serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
    for (let d = 0; d < 10; d++) {
      const dep = deployment(ns, `app-${d}`, podSpec(csiVolume('kv', 'secrets-store-creds')));
      kube.add('apps', 'v1', 'deployments', dep).add('', 'v1', 'pods', ...podsOf(dep, 5));
      kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}noise`, 1, `app-${d}-x`));
    }
  }
  kube.add('storage.k8s.io', 'v1', 'csidrivers', csiDriver()).add('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', spcCrd());
  kube.add('', 'v1', 'pods', providerPod(0), providerPod(1));
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc(NS, 'kv-flink', MODE_PARAMS.uami));
  kube.add('', 'v1', 'serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: NS } });
  kube.add('', 'v1', 'pods', stuckPod(podSpecFor('uami')));
  return kube;
}

test('why on one pod among 5,000: the same few reads, well under 2 s', async () => {
  const kube = bigCluster();
  const state = azureState();
  state['roleAssignments'] = [];
  kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}Status=403 InnerError={"code":"ForbiddenByRbac"}`));
  // Warm-up (module loading), then the measured run.
  await runWhy(bigCluster(), `pod/${NS}/${POD}`, { state });
  const c0 = process.cpuUsage();
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  const ms = cpuMs(c0);
  assert.equal(r.code, 1, r.err);
  assert.equal(r.json.chains[0].firstBroken, 'grant');
  assert.equal(r.requests.length, 6, r.requests.map((q) => q.path).join('\n'));
  // Only the provider pods are asked for across namespaces, narrowed by their labels.
  assert.ok(r.requests.filter((q) => !q.path.includes(`/namespaces/${NS}/`)).every((q) => q.path === '/api/v1/pods' ? q.query['labelSelector']?.startsWith('app in (') : /csidrivers|secretproviderclasses/.test(q.path)), r.requests.map((q) => q.path).join('\n'));
  console.log(`# why on 1 of 5,001 pods: ${ms.toFixed(0)} ms of CPU, ${r.requests.length} requests`);
  assert.ok(ms < 6000, `${ms} ms of CPU`);

  // A workload: one label-selected list of its pods in its namespace.
  const big = bigCluster();
  const c1 = process.cpuUsage();
  const w = await runWhy(big, 'deployment/team-42/app-3', {});
  const wms = cpuMs(c1);
  assert.equal(w.code, 0, w.err + w.out);
  assert.match(w.json.selection, /5 pods \(selector app=app-3\)/);
  console.log(`# why deployment/team-42/app-3 among 5,001 pods: ${wms.toFixed(0)} ms of CPU, ${w.requests.length} requests`);
  assert.ok(wms < 6000, `${wms} ms of CPU`);
});
