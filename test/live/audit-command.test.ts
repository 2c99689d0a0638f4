// `vvp-kv-lint audit` end to end, in-process, against a local API server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { auditCommand } from '../../src/cli/commands/audit.js';
import type { CliIO } from '../../src/cli/io.js';
import * as R from '../../src/live/kube/resources.js';
import { FakeKube } from './fake-kube.js';
import { healthyCluster, secret, deployment, podSpec, csiVolume, podsOf, failedMount, spc, CLIENT } from './cluster-fixtures.js';

function io(cwd = process.cwd(), tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: tty },
    cwd,
    env: { HOME: mkdtempSync(join(tmpdir(), 'home-')) },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

async function audit(kube: FakeKube, args: string[], cwd?: string) {
  await kube.start();
  try {
    const c = io(cwd);
    const code = await auditCommand(['--kubeconfig', kube.kubeconfig(), ...args], c.io);
    return { code, out: c.out(), err: c.err(), requests: kube.requests };
  } finally {
    await kube.stop();
  }
}

test('the seed modes and workload identity, as running objects, audit clean', async () => {
  const r = await audit(healthyCluster().kube, ['-A', '--format', 'json']);
  const json = JSON.parse(r.out);
  // Clean = no error or warning; the deprecation note on pod identity is by design.
  const notNotes = json.findings.filter((f: { level: string }) => f.level !== 'note');
  assert.deepEqual(notNotes.map((f: { ruleId: string; logical: { displayName: string } }) => `${f.ruleId} ${f.logical?.displayName}`), []);
  assert.ok(json.findings.every((f: { ruleId: string }) => f.ruleId === 'pod-identity-deprecated'));
  assert.equal(r.code, 0);
  assert.match(r.err, /^audit: context fake-ctx \(all namespaces\): 6 namespaces, 17 objects read in 16 requests; \d+ findings? \(0 errors, 0 warnings, \d+ notes?\)\n$/);
  assert.ok(r.requests.every((q) => q.method === 'GET'));
});

test('common breaks are caught on live objects, named as kubectl would', async () => {
  const { kube } = healthyCluster();
  // A Secret without clientsecret and without the used label, referenced by a new deployment.
  kube.add('', 'v1', 'secrets', secret('sp', 'broken-creds', { clientid: 'YQ==' }, {}));
  const dep = deployment('sp', 'app-broken', podSpec(csiVolume('kv-sp', 'broken-creds')));
  // A volume naming an SPC that only exists in another namespace.
  const wrongNs = deployment('uami', 'app-wrong-ns', podSpec(csiVolume('kv-sp')));
  const pods = podsOf(wrongNs, 1);
  kube.add('apps', 'v1', 'deployments', dep, wrongNs).add('', 'v1', 'pods', ...podsOf(dep, 1), ...pods);
  kube.add('', 'v1', 'events', failedMount('uami', pods[0]!.metadata.name, 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to get secretproviderclass uami/kv-sp, error: secretproviderclasses.secrets-store.csi.x-k8s.io "kv-sp" not found'));
  const r = await audit(kube, ['-A', '--format', 'json']);
  const got = new Set<string>(JSON.parse(r.out).findings.map((f: { ruleId: string; logical: { displayName: string } }) => `${f.ruleId} ${f.logical.displayName}`));
  assert.ok(got.has('cluster-mount-failing deployment/uami/app-wrong-ns'), [...got].join('\n'));
  // Rules owned by the lead; checked when they exist.
  for (const expected of ['csi-spc-not-found deployment/uami/app-wrong-ns', 'sp-secret-keys-missing secret/sp/broken-creds', 'sp-secret-label-missing secret/sp/broken-creds']) {
    const id = expected.split(' ')[0]!;
    if (existsRule(id)) assert.ok(got.has(expected), `${expected} in\n${[...got].join('\n')}`);
  }
  assert.equal(r.code, 1);
});

test('exit 2 with a one-line cause when nothing can be read', async () => {
  const kube = new FakeKube();
  await kube.start();
  const cfg = kube.kubeconfig();
  await kube.stop();
  const c = io();
  const code = await auditCommand(['--kubeconfig', cfg, '-A', '--timeout', '60'], c.io);
  assert.equal(code, 2);
  assert.match(c.err(), /^vvp-kv-lint: audit: cannot reach the Kubernetes API at http:\/\/127\.0\.0\.1:\d+ \(context "fake-ctx"\): ECONNREFUSED\n$/);
  const bad = io();
  assert.equal(await auditCommand(['--kubeconfig', '/nonexistent/kubeconfig'], bad.io), 2);
  assert.equal(bad.err(), 'vvp-kv-lint: audit: kubeconfig file /nonexistent/kubeconfig does not exist\n');
  // An empty kubeconfig is an empty config, as kubectl reads it: no context to use, said so.
  const empty = io();
  assert.equal(await auditCommand(['--kubeconfig', '/dev/null'], empty.io), 2);
  assert.doesNotMatch(empty.err(), /undefined|TypeError/);
  assert.match(empty.err(), /context/);
  const usage = io();
  assert.equal(await auditCommand(['-n', 'a', '-A'], usage.io), 2);
});

test('a partial read still reports, and says so', async () => {
  const { kube } = healthyCluster();
  kube.fault({ path: /\/serviceaccounts$/, status: 403 });
  const r = await audit(kube, ['-A', '--format', 'sarif']);
  const sarif = JSON.parse(r.out);
  const inv = sarif.runs[0].invocations[0];
  assert.equal(inv.executionSuccessful, false);
  assert.ok(inv.toolExecutionNotifications.some((n: { message: { text: string } }) => /verb "list", resource "serviceaccounts"/.test(n.message.text)));
  assert.match(r.err, /incomplete: 1 kind could not be read/);
});

test('deploy/audit-rbac.yaml grants get/list on exactly the resources read, and nothing else', () => {
  const docs = readFileSync(new URL('../../../deploy/audit-rbac.yaml', import.meta.url), 'utf8').split(/^---$/m).map((d) => parse(d)).filter(Boolean);
  const role = docs.find((d) => d.kind === 'ClusterRole');
  assert.ok(role);
  const granted = new Set<string>();
  for (const rule of role.rules) {
    assert.deepEqual([...rule.verbs].sort(), ['get', 'list']);
    assert.equal(rule.resourceNames, undefined);
    for (const g of rule.apiGroups) for (const res of rule.resources) granted.add(`${g}/${res}`);
  }
  const read = [R.SPC_V1, R.POD, R.SECRET, R.SERVICE_ACCOUNT, R.EVENT, ...R.WORKLOADS, R.AZURE_IDENTITY, R.AZURE_IDENTITY_BINDING, R.FLINK_DEPLOYMENT, R.CSI_DRIVER, R.CRD];
  assert.deepEqual([...granted].sort(), [...new Set(read.map((r) => `${r.group}/${r.plural}`))].sort());
  assert.ok(docs.some((d) => d.kind === 'ServiceAccount'));
  assert.ok(docs.some((d) => d.kind === 'ClusterRoleBinding' && d.roleRef.name === role.metadata.name));
});

test('progress goes to stderr only when it is a terminal', async () => {
  const { kube } = healthyCluster();
  await kube.start();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'tty-'));
    writeFileSync(join(dir, 'x'), '');
    const c = io(dir, true);
    await auditCommand(['--kubeconfig', kube.kubeconfig(), '-A', '--format', 'json'], c.io);
    assert.match(c.err(), /\r\x1b\[K/);
    JSON.parse(c.out()); // stdout untouched by progress
  } finally {
    await kube.stop();
  }
});

function existsRule(id: string): boolean {
  try {
    readFileSync(new URL(`../../src/rules/${id}.js`, import.meta.url));
    return true;
  } catch {
    return false;
  }
}

test('--with-repo: repository and cluster in one inventory; Secrets the repository names are read too', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'repo-'));
  writeFileSync(join(repo, 'app.yaml'), [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: repo-app, namespace: sp }',
    'spec:',
    '  selector: { matchLabels: { app: repo-app } }',
    '  template:',
    '    metadata: { labels: { app: repo-app } }',
    '    spec:',
    '      containers: [{ name: app, image: busybox, volumeMounts: [{ name: secrets-store, mountPath: /mnt, readOnly: true }] }]',
    '      volumes:',
    '        - name: secrets-store',
    '          csi:',
    '            driver: secrets-store.csi.k8s.io',
    '            readOnly: true',
    '            volumeAttributes: { secretProviderClass: kv-sp }',
    '            nodePublishSecretRef: { name: repo-creds }',
    '',
  ].join('\n'));
  const { kube } = healthyCluster();
  kube.add('', 'v1', 'secrets', secret('sp', 'repo-creds', { clientid: 'YQ==', clientsecret: 'Yg==' }));
  const r = await audit(kube, ['-A', '--format', 'json', '--with-repo', repo]);
  const secretNames = r.requests.filter((q) => q.path === '/api/v1/secrets').map((q) => q.query['fieldSelector']).sort();
  assert.deepEqual(secretNames, ['metadata.name=repo-creds', 'metadata.name=secrets-store-creds']);
  const json = JSON.parse(r.out);
  // The repo volume resolves to the SPC that only exists in the cluster, and its Secret exists there too.
  const onRepo = json.findings.filter((f: { file: string | null }) => f.file === 'app.yaml').map((f: { ruleId: string }) => f.ruleId);
  assert.ok(!onRepo.includes('csi-spc-not-found'), JSON.stringify(onRepo));
  assert.ok(!onRepo.includes('sp-secret-not-found'), JSON.stringify(onRepo));
  assert.equal(r.code, 0, r.err + JSON.stringify(json.findings.map((f: { ruleId: string; message: string }) => f.message)));
});

test('--with-repo: cluster-drift names the SPC fields that differ between the repository and the cluster', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'repo-drift-'));
  // The same SPC as the cluster's uami/kv-uami, but committed with another vault name.
  const committed = spc('uami', 'kv-uami', { useVMManagedIdentity: 'true', userAssignedIdentityID: CLIENT });
  const params = (committed['spec'] as { parameters: Record<string, string> }).parameters;
  params['keyvaultName'] = 'kv-committed';
  writeFileSync(join(repo, 'spc.json'), JSON.stringify(committed, null, 2));
  const { kube } = healthyCluster();
  const r = await audit(kube, ['-A', '--format', 'json', '--with-repo', repo]);
  const json = JSON.parse(r.out);
  const drift = json.findings.filter((f: { ruleId: string }) => f.ruleId === 'cluster-drift');
  assert.equal(drift.length, 1, JSON.stringify(json.findings.map((f: { ruleId: string; message: string }) => f.message)));
  assert.equal(drift[0].file, 'spc.json');
  assert.match(drift[0].message, /spec\.parameters\.keyvaultName/);
  assert.ok(drift[0].related[0].logical, 'the related location is the live object');
});

test('--with-repo: no cluster-drift when the repository matches the cluster', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'repo-same-'));
  writeFileSync(join(repo, 'spc.json'), JSON.stringify(spc('uami', 'kv-uami', { useVMManagedIdentity: 'true', userAssignedIdentityID: CLIENT }), null, 2));
  const { kube } = healthyCluster();
  const r = await audit(kube, ['-A', '--format', 'json', '--with-repo', repo]);
  const json = JSON.parse(r.out);
  assert.deepEqual(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'cluster-drift'), []);
});

test('audit SARIF keeps live findings as logical locations (schema-valid, stable fingerprints); omit makes it GitHub-uploadable', async () => {
  const { schemaValidator } = await import('../report/sarif-validate.js');
  const validate = schemaValidator();
  const first = JSON.parse((await audit(healthyCluster().kube, ['-A', '--format', 'sarif'])).out);
  assert.deepEqual(validate(first), []);
  type Result = { locations: { logicalLocations?: { fullyQualifiedName: string }[] }[] };
  const liveOf = (log: { runs: { results: Result[] }[] }): Result[] => log.runs[0]!.results.filter((r) => r.locations[0]?.logicalLocations);
  const live = liveOf(first);
  assert.ok(live.length > 0, 'the pod-identity deprecation note is a live finding');
  const fqn = live[0]!.locations[0]!.logicalLocations![0]!.fullyQualifiedName;
  assert.match(fqn, /^[^/]+\/podid\/SecretProviderClass\/kv-podid$/);
  const again = JSON.parse((await audit(healthyCluster().kube, ['-A', '--format', 'sarif'])).out);
  const prints = (log: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) => log.runs[0].results.map((r) => r.partialFingerprints['vvpKvLintObject/v1']);
  assert.deepEqual(prints(again), prints(first));
  const omitted = JSON.parse((await audit(healthyCluster().kube, ['-A', '--format', 'sarif', '--sarif-live-findings', 'omit'])).out);
  assert.equal(liveOf(omitted).length, 0);
});
