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
