// audit and FlinkDeployments (Apache Flink Kubernetes Operator): read when the CRD is served, linted where they are
// written (findings on flinkdeployment/<ns>/<name>), and a 404 (operator not installed) says nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand } from '../../src/cli/commands/audit.js';
import type { CliIO } from '../../src/cli/io.js';
import { readCluster } from '../../src/live/kube/read-cluster.js';
import { FakeKube } from './fake-kube.js';
import { healthyCluster, csiVolume } from './cluster-fixtures.js';

const FAST = { retries: 2, backoffMs: 5, requestTimeoutMs: 2000 };

function flinkDeployment(ns: string, name: string, spcName: string): Record<string, unknown> {
  return {
    apiVersion: 'flink.apache.org/v1beta1',
    kind: 'FlinkDeployment',
    metadata: { name, namespace: ns, uid: `uid-${name}` },
    spec: {
      image: 'flink:1.20',
      flinkVersion: 'v1_20',
      serviceAccount: 'flink',
      // The volume is common, the task manager mounts it: one pod after the operator's merge.
      podTemplate: { spec: { volumes: [csiVolume(spcName)] } },
      jobManager: { resource: { memory: '2048m', cpu: 1 } },
      taskManager: { resource: { memory: '2048m', cpu: 1 }, podTemplate: { spec: { containers: [{ name: 'flink-main-container', volumeMounts: [{ name: 'secrets-store', mountPath: '/mnt/kv', readOnly: true }] }] } } },
    },
    status: { jobStatus: { state: 'RUNNING' } },
  };
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    cwd: process.cwd(),
    env: { HOME: mkdtempSync(join(tmpdir(), 'home-')) },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

test('FlinkDeployments are read when the CRD is served, and their merged pod templates are audited', async () => {
  const { kube } = healthyCluster();
  // kv-sp exists only in namespace sp: the task manager pod of this FlinkDeployment (namespace uami) cannot mount it.
  kube.add('flink.apache.org', 'v1beta1', 'flinkdeployments', flinkDeployment('uami', 'fraud-detection', 'kv-sp'), flinkDeployment('uami', 'orders', 'kv-uami'));
  await kube.start();
  try {
    const c = io();
    const code = await auditCommand(['--kubeconfig', kube.kubeconfig(), '-A', '--format', 'json'], c.io);
    assert.equal(code, 1, c.err());
    const findings = (JSON.parse(c.out()) as { findings: { ruleId: string; logical?: { displayName: string } }[] }).findings
      .filter((f) => f.logical?.displayName.startsWith('flinkdeployment/'))
      .map((f) => `${f.ruleId} ${f.logical!.displayName}`);
    assert.deepEqual(findings, ['csi-spc-not-found flinkdeployment/uami/fraud-detection']);
    assert.ok(kube.requests.every((q) => q.method === 'GET'));
    assert.ok(kube.requests.some((q) => q.path === '/apis/flink.apache.org/v1beta1/flinkdeployments'));
  } finally {
    await kube.stop();
  }
});

test('no FlinkDeployment CRD (404): no notification, nothing incomplete', async () => {
  const kube = healthyCluster(new FakeKube()).kube;
  await kube.start();
  try {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    assert.deepEqual(r.notifications, []);
    assert.ok(!r.objects.some((o) => o.kind === 'FlinkDeployment'));
    assert.deepEqual([...(r.completeKinds.get('FlinkDeployment') ?? [])], ['*']);
  } finally {
    await kube.stop();
  }
});

test('Flink TaskManager pods owned by the JobManager Deployment stand for themselves, not for its template', async () => {
  const kube = new FakeKube();
  const jm = {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'fraud-detection', namespace: 'flink-jobs', uid: 'uid-jm', labels: { app: 'fraud-detection', type: 'flink-native-kubernetes', component: 'jobmanager' } },
    spec: { selector: { matchLabels: { app: 'fraud-detection', component: 'jobmanager' } }, template: { metadata: { labels: { app: 'fraud-detection', component: 'jobmanager' } }, spec: { containers: [{ name: 'flink-main-container', image: 'flink:1.20' }] } } },
  };
  const tm = (i: number) => ({
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: `fraud-detection-taskmanager-1-${i}`, namespace: 'flink-jobs',
      labels: { app: 'fraud-detection', type: 'flink-native-kubernetes', component: 'taskmanager' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'fraud-detection', uid: 'uid-jm', controller: true, blockOwnerDeletion: true }],
    },
    spec: { containers: [{ name: 'flink-main-container', image: 'flink:1.20', volumeMounts: [{ name: 'secrets-store', mountPath: '/mnt/kv', readOnly: true }] }], volumes: [csiVolume('kv-tm')] },
  });
  kube.add('apps', 'v1', 'deployments', jm).add('', 'v1', 'pods', tm(1), tm(2));
  await kube.start();
  try {
    const r = await readCluster({ kubeconfig: kube.kubeconfig(), allNamespaces: true, env: {}, ...FAST });
    const names = r.objects.filter((o) => o.kind === 'Pod' || o.kind === 'Deployment').map((o) => `${o.kind}/${o.name}`).sort();
    // The JobManager Deployment for its pods, one TaskManager pod for all (same owner, same spec).
    assert.deepEqual(names, ['Deployment/fraud-detection', 'Pod/fraud-detection-taskmanager-1-1']);
  } finally {
    await kube.stop();
  }
});
