// `vvp-kv-lint why` against a local Kubernetes API server (and Azure state): one scenario per class of the
// mount-message table, each asserting the first broken link and its fix; old events; a contradiction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Obj } from './fake-kube.js';
import { runWhy, type WhyRun } from './why-run.js';
import { FakeVvp } from '../live-vvp/fake-vvp.js';
import { schemaValidator } from '../report/sarif-validate.js';
import { csiVolume } from './cluster-fixtures.js';
import { MOUNT_PREFIX, NS, POD, failedMountEvent, podSpecFor, stuckPod, wholeChain } from './why-fixtures.js';

function describe(r: WhyRun): string {
  return `code ${r.code}\nstderr: ${r.err}\n${r.out.slice(0, 4000)}`;
}

for (const mode of ['sp', 'uami', 'wi', 'podid'] as const) {
  test(`a whole chain (${mode}) exits 0 with every link ✓`, async () => {
    const { kube, state } = wholeChain(mode);
    const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
    assert.equal(r.code, 0, describe(r));
    const links = r.json.chains[0].links as { id: string; status: string }[];
    assert.deepEqual(links.filter((l) => l.status !== 'ok').map((l) => `${l.id}:${l.status}`), [], describe(r));
    assert.ok(r.requests.every((q) => q.method === 'GET'));
  });
}

test('a pod that mounted after earlier failures is ✓, with the history noted', async () => {
  const { kube, state } = wholeChain('uami', { pod: { ...stuckPod(podSpecFor('uami')), status: { phase: 'Running', containerStatuses: [{ name: 'flink-main-container', ready: true, state: { running: { startedAt: '2026-12-07T10:01:00Z' } } }] } } });
  kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}keyvault.BaseClient#GetSecret: StatusCode=403 -- Original Error: Status=403 Code="Forbidden" InnerError={"code":"ForbiddenByRbac"}`, 7));
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 0, r.out);
  const chain = r.json.chains[0];
  assert.equal(chain.firstBroken, undefined);
  assert.match(chain.history, /mounted after 7 FailedMount events, last at 2026-12-07T09:58:00Z \(no Azure role assignment/);
  assert.ok(chain.links.every((l: { status: string }) => l.status === 'ok'));
  const text = await runWhy(wholeChain('uami', { pod: { ...stuckPod(podSpecFor('uami')), status: { phase: 'Running' } } }).kube, `pod/${NS}/${POD}`, { state, format: 'text' });
  assert.equal(text.code, 0, text.out);
  assert.match(text.out, /the chain is whole/);
});

test('a 403 event while the grant looks right is a contradiction, with what else explains it', async () => {
  const { kube, state } = wholeChain('wi');
  kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}failed to get objectType:secret, objectName:db-password, objectVersion:: Status=403 Code="Forbidden" Message="Caller is not authorized to perform action on resource." InnerError={"code":"ForbiddenByRbac"}`));
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 1);
  const chain = r.json.chains[0];
  assert.equal(chain.firstBroken, 'grant');
  const grant = chain.links.find((l: { id: string }) => l.id === 'grant');
  assert.match(grant.contradiction.event, /kv-forbidden-by-rbac/);
  const alternatives = grant.contradiction.alternatives.join('\n');
  for (const expected of [/last minutes/, /condition/, /deny assignment/, /wrong tenant/]) assert.match(alternatives, expected);
  assert.equal(grant.fix.ruleId, 'grant-missing');
  const text = await runWhy(wholeChain('wi').kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}Status=403 InnerError={"code":"ForbiddenByRbac"}`)), `pod/${NS}/${POD}`, { state, format: 'text' });
  assert.match(text.out, /✗ grant on the vault/);
  assert.match(text.out, /contradiction: the event says .* but what was read shows grant on the vault whole/);
});

test('without Azure state the Azure links are ?, each with the command that checks it; the event decides the link it names', async () => {
  const { kube } = wholeChain('uami');
  const r0 = await runWhy(kube, `pod/${NS}/${POD}`);
  assert.equal(r0.code, 0, r0.out);
  const unknown = r0.json.chains[0].links.filter((l: { status: string }) => l.status === 'unknown');
  assert.deepEqual(unknown.map((l: { id: string }) => l.id), ['principal', 'grant', 'objects', 'network']);
  const grant = unknown.find((l: { id: string }) => l.id === 'grant');
  assert.match(grant.unknown.command, /^az keyvault show --name kv-prod-01 .* az role assignment list --assignee 66666666-7777-8888-9999-000000000000 --scope \$\(az keyvault show --name kv-prod-01 --query id -o tsv\)/);
  assert.match(unknown.find((l: { id: string }) => l.id === 'objects').unknown.command, /^az keyvault secret show --vault-name kv-prod-01 --name db-password --query attributes$/);

  const withEvent = wholeChain('uami').kube;
  withEvent.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}Status=403 Code="Forbidden" Message="Client address is not authorized and caller is not a trusted service.\\r\\nClient address: 20.1.2.3" InnerError={"code":"ForbiddenByFirewall"}`));
  const r = await runWhy(withEvent, `pod/${NS}/${POD}`, { format: 'text' });
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /\? principal in Azure +could not be checked: no Azure state/);
  assert.match(r.out, /check by hand: az identity list --query "\[\?clientId=='66666666-7777-8888-9999-000000000000'\]"/);
  assert.match(r.out, /✗ network path to the vault +the event says: the vault's firewall does not admit/);
  assert.match(r.out, /fix \(network path to the vault, kv-network-restricted\):/);
});

test('a read the chain needs that is refused makes its link ?, not ✗', async () => {
  const { kube } = wholeChain('sp');
  kube.fault({ path: /\/namespaces\/flink\/secrets$/, status: 403 });
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { args: ['--timeout', '60'] });
  assert.equal(r.code, 0, r.out);
  const pieces = r.json.chains[0].links.find((l: { id: string }) => l.id === 'identity-pieces');
  assert.equal(pieces.status, 'unknown');
  assert.equal(pieces.unknown.command, 'kubectl describe secret kv-creds -n flink');
});

test('deployment/, statefulset/, job/ and a FlinkDeployment pick their pods by selector; the stuck one is explained', async () => {
  const running = { ...stuckPod(podSpecFor('uami'), { app: 'vvp-job' }, 'vvp-job-aaaaa'), status: { phase: 'Running' } };
  const stuck = stuckPod(podSpecFor('uami', csiVolume('kv-missing')), { app: 'vvp-job' }, 'vvp-job-bbbbb');
  const workload = (kind: string, apiVersion: string): Obj => ({ apiVersion, kind, metadata: { name: 'vvp-job', namespace: NS }, spec: { selector: { matchLabels: { app: 'vvp-job' } }, template: { spec: podSpecFor('uami') } } });
  for (const [target, group, version, plural, kind] of [
    ['deployment', 'apps', 'v1', 'deployments', 'Deployment'],
    ['statefulset', 'apps', 'v1', 'statefulsets', 'StatefulSet'],
    ['job', 'batch', 'v1', 'jobs', 'Job'],
  ] as const) {
    const { kube, state } = wholeChain('uami', { pod: running, extraPods: [stuck] });
    kube.add(group, version, plural, workload(kind, `${group}/${version}`));
    const r = await runWhy(kube, `${target}/${NS}/vvp-job`, { state });
    assert.equal(r.code, 1, `${target}: ${r.err}${r.out}`);
    assert.match(r.json.selection, /2 pods \(selector app=vvp-job\); explaining vvp-job-bbbbb, the first that is not running/);
    assert.equal(r.json.chains[0].firstBroken, 'spc');
    assert.ok(r.requests.some((q) => q.path === `/api/v1/namespaces/${NS}/pods` && q.query['labelSelector'] === 'app=vvp-job'));
  }
  // The Apache Flink Kubernetes Operator: no apps/v1 Deployment of that name, a FlinkDeployment whose pods carry app=<name>.
  const flinkPod = stuckPod(podSpecFor('uami'), { app: 'orders' }, 'orders-taskmanager-1-1');
  const { kube, state } = wholeChain('uami', { pod: flinkPod });
  kube.add('apps', 'v1', 'deployments');
  kube.add('flink.apache.org', 'v1beta1', 'flinkdeployments', { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', metadata: { name: 'orders', namespace: NS }, spec: {} });
  const r = await runWhy(kube, `deployment/${NS}/orders`, { state });
  assert.equal(r.code, 0, r.err + r.out);
  assert.match(r.json.selection, /^FlinkDeployment flink\/orders: 1 pod \(selector app=orders\)/);
});

test('exit 2 when the pod cannot be read; usage errors name the form', async () => {
  const { kube } = wholeChain('uami');
  const r = await runWhy(kube, `pod/${NS}/nope`);
  assert.equal(r.code, 2);
  assert.match(r.err, /^vvp-kv-lint: why: pod flink\/nope not found in context "fake-ctx"\n$/);
  const bad = await runWhy(wholeChain('uami').kube, 'pods-flink-x');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /expected pod\/<namespace>\/<name>/);
  const vvp = await runWhy(wholeChain('uami').kube, 'vvp/default/orders');
  assert.equal(vvp.code, 2);
  assert.match(vvp.err, /needs --vvp-url/);
});

test('reads: the pod, then only what its chain needs; no cluster-wide list but the provider pods (by label)', async () => {
  const { kube, state } = wholeChain('sp');
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 0, r.out);
  assert.deepEqual([...r.json.reads].sort(), [
    'GET /api/v1/namespaces/flink/events?fieldSelector=involvedObject.kind=Pod,involvedObject.name=flink-jobmanager-0',
    'GET /api/v1/namespaces/flink/pods/flink-jobmanager-0',
    'GET /api/v1/namespaces/flink/secrets?fieldSelector=metadata.name=kv-creds',
    'GET /api/v1/namespaces/flink/serviceaccounts?fieldSelector=metadata.name=default',
    'GET /api/v1/pods?labelSelector=app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)',
    'GET /apis/secrets-store.csi.x-k8s.io/v1/namespaces/flink/secretproviderclasses/kv-flink',
    'GET /apis/storage.k8s.io/v1/csidrivers/secrets-store.csi.k8s.io',
  ]);
  assert.equal(r.requests.length, 7);
});

test('SARIF: the findings that break the chain, with logical locations, and the chain in the run properties', async () => {
  const { kube, state } = wholeChain('uami');
  state['roleAssignments'] = [];
  kube.add('', 'v1', 'events', failedMountEvent(`${MOUNT_PREFIX}Status=403 InnerError={"code":"ForbiddenByRbac"}`));
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state, format: 'sarif' });
  assert.equal(r.code, 1);
  assert.deepEqual(schemaValidator()(r.json), [], 'valid against the OASIS SARIF 2.1.0 schema');
  const run = r.json.runs[0];
  const ids = run.results.map((x: { ruleId: string }) => x.ruleId).sort();
  assert.deepEqual(ids, ['cluster-mount-failing', 'grant-missing']);
  for (const res of run.results) assert.ok(res.locations[0].logicalLocations[0].fullyQualifiedName.startsWith('fake-ctx/'), JSON.stringify(res.locations));
  assert.equal(run.properties.chains[0].firstBroken, 'grant');
  const mf = run.results.find((x: { ruleId: string }) => x.ruleId === 'cluster-mount-failing');
  assert.match(mf.message.text, /cause: no Azure role assignment lets the identity read the object on this RBAC vault \(rule grant-missing\); the whole chain: vvp-kv-lint why pod\/flink\/flink-jobmanager-0; event: /);
});

test('vvp/<namespace>/<deployment>: the VVP API names the Kubernetes namespace and the id its pods are labelled with', async () => {
  const vvp = new FakeVvp({
    default: {
      deployments: [{ kind: 'Deployment', apiVersion: 'v1', metadata: { id: 'a1b2c3d4-0000-0000-0000-000000000001', name: 'orders', namespace: 'default' }, spec: { deploymentTargetId: 'a1b2c3d4-0000-0000-0000-0000000000aa', state: 'RUNNING', template: { spec: {} } } }],
      'deployment-targets': [{ kind: 'DeploymentTarget', apiVersion: 'v1', metadata: { id: 'a1b2c3d4-0000-0000-0000-0000000000aa', name: 'flink-target', namespace: 'default' }, spec: { kubernetes: { namespace: NS } } }],
    },
  });
  await vvp.start();
  try {
    const jm = stuckPod(podSpecFor('uami', csiVolume('kv-flink-missing')), { deploymentId: 'a1b2c3d4-0000-0000-0000-000000000001' }, 'job-a1b2-jobmanager-1');
    const { kube, state } = wholeChain('uami', { pod: jm });
    const r = await runWhy(kube, 'vvp/default/orders', { state, args: ['--vvp-url', vvp.url] });
    assert.equal(r.code, 1, r.err + r.out);
    assert.match(r.json.selection, /^VVP Deployment default\/orders \(id a1b2c3d4-0000-0000-0000-000000000001, DeploymentTarget flink-target\): 1 pod \(selector deploymentId=a1b2c3d4-0000-0000-0000-000000000001\)/);
    assert.equal(r.json.chains[0].firstBroken, 'spc');
    assert.ok(vvp.requests.every((q) => q.method === 'GET'));
    const missing = await runWhy(wholeChain('uami').kube, 'vvp/default/nope', { args: ['--vvp-url', vvp.url] });
    assert.equal(missing.code, 2);
    assert.match(missing.err, /VVP Deployment default\/nope not found/);
  } finally {
    await vvp.stop();
  }
});

test('a pod without a secrets-store volume has nothing to explain (exit 0); text output marks every link', async () => {
  const { kube } = wholeChain('uami', { pod: stuckPod({ containers: [{ name: 'c', image: 'busybox' }] }) });
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { format: 'text' });
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /mounts no secrets-store CSI volume/);
  const broken = wholeChain('uami', { tokenAudiences: null });
  const t = await runWhy(broken.kube, `pod/${NS}/${POD}`, { state: broken.state, format: 'text' });
  assert.equal(t.code, 1);
  const lines = t.out.split('\n');
  for (const [mark, title] of [['✓', 'pod'], ['✓', 'CSI volume'], ['✗', 'CSI driver'], ['·', 'SecretProviderClass'], ['·', 'network path to the vault']]) {
    assert.ok(lines.some((l) => l.startsWith(`  ${mark} ${title}`)), `${mark} ${title} in\n${t.out}`);
  }
  assert.match(t.out, /\nfix \(CSI driver, cluster-csi-driver-missing\): /);
  assert.ok(lines.findIndex((l) => l.startsWith('fix (')) > lines.findIndex((l) => l.includes('network path to the vault')), 'the fix comes last');
});

test('an SPC that cannot be read leaves the links that hang on it unknown, not ✓', async () => {
  const { kube, state } = wholeChain('uami');
  kube.fault({ path: /secretproviderclasses\/kv-flink$/, status: 403 });
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 0, r.out);
  const status = Object.fromEntries(r.json.chains[0].links.map((l: { id: string; status: string }) => [l.id, l.status]));
  assert.deepEqual(status, { pod: 'ok', volume: 'ok', 'csi-driver': 'ok', spc: 'unknown', provider: 'ok', 'identity-mode': 'unknown', 'identity-pieces': 'unknown', principal: 'unknown', grant: 'unknown', objects: 'unknown', network: 'unknown' });
  assert.equal(r.json.chains[0].links[3].unknown.command, 'kubectl get secretproviderclass kv-flink -n flink -o yaml');
});

test('a pod with two secrets-store volumes gets one chain per volume; findings of one do not break the other', async () => {
  const second = { ...csiVolume('kv-other'), name: 'secrets-store-2' };
  const spec = podSpecFor('uami');
  spec['volumes'] = [...(spec['volumes'] as Obj[]), second];
  const { kube, state } = wholeChain('uami', { pod: stuckPod(spec) });
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 1, r.out);
  assert.deepEqual(r.json.chains.map((c: { volume: string; firstBroken?: string }) => `${c.volume}:${c.firstBroken ?? 'whole'}`), ['secrets-store:whole', 'secrets-store-2:spc']);
});
