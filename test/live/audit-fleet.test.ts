// `vvp-kv-lint audit` over several clusters, as a user runs it (the CLI, KUBECONFIG with one file per cluster),
// against two local API servers and one context whose server is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { schemaValidator } from '../report/sarif-validate.js';
import { FakeKube } from './fake-kube.js';
import { healthyCluster, deployment, podSpec, csiVolume, podsOf } from './cluster-fixtures.js';

interface Fleet {
  kubeconfig: string;
  home: string;
  healthy: FakeKube;
  broken: FakeKube;
  stop(): Promise<void>;
}

/** Context `prod` (clean), `staging` (a volume that is not readOnly) and `gone` (nothing listens any more). */
async function fleet(): Promise<Fleet> {
  const healthy = healthyCluster().kube;
  const broken = healthyCluster().kube;
  const bad = deployment('uami', 'app-writable', podSpec({ ...csiVolume('kv-uami'), csi: { ...csiVolume('kv-uami').csi, readOnly: false } }));
  broken.add('apps', 'v1', 'deployments', bad).add('', 'v1', 'pods', ...podsOf(bad, 1));
  const gone = new FakeKube();
  await Promise.all([healthy.start(), broken.start(), gone.start()]);
  const files = [healthy.kubeconfig('prod'), broken.kubeconfig('staging'), gone.kubeconfig('gone')];
  await gone.stop();
  return {
    kubeconfig: files.join(delimiter),
    home: mkdtempSync(join(tmpdir(), 'fleet-home-')),
    healthy,
    broken,
    stop: async () => {
      await Promise.all([healthy.stop(), broken.stop()]);
    },
  };
}

test('audit --all-contexts: one SARIF run per cluster, an unreachable cluster is only its own notification', async () => {
  const f = await fleet();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-out-'));
    const started = Date.now();
    const run = await runCli(['audit', '--all-contexts', '-A', '--format', 'sarif', '--timeout', '60', '-o', 'fleet.sarif'], { cwd: dir, env: { KUBECONFIG: f.kubeconfig, HOME: f.home } });
    const ms = Date.now() - started;
    assert.equal(run.code, 1, run.stderr); // staging has an error-level finding
    const log = JSON.parse(readFileSync(join(dir, 'fleet.sarif'), 'utf8'));
    assert.deepEqual(schemaValidator()(log), []);
    assert.deepEqual(log.runs.map((r: any) => r.automationDetails.id), ['vvp-kv-lint-audit/prod/', 'vvp-kv-lint-audit/staging/', 'vvp-kv-lint-audit/gone/']);
    const [prod, staging, gone] = log.runs;
    assert.equal(prod.invocations[0].executionSuccessful, true);
    assert.deepEqual(prod.results.filter((r: any) => r.level !== 'note'), []);
    assert.ok(staging.results.some((r: any) => r.ruleId === 'csi-volume-not-readonly' && r.locations[0].logicalLocations[0].fullyQualifiedName.startsWith('staging/uami/Deployment/app-writable')), JSON.stringify(staging.results.map((r: any) => r.locations[0].logicalLocations?.[0]?.fullyQualifiedName)));
    assert.equal(gone.invocations[0].executionSuccessful, false);
    assert.match(gone.invocations[0].toolExecutionNotifications[0].message.text, /^context gone: cannot reach the Kubernetes API at http:\/\/127\.0\.0\.1:\d+ .*ECONNREFUSED/);
    assert.deepEqual(gone.results, []);
    // Per-cluster summary lines on stderr, then the total.
    const lines = run.stderr.trim().split('\n');
    assert.match(lines[0]!, /^audit: context prod \(all namespaces\): 6 namespaces, \d+ objects read in \d+ requests; .*\[\d+\.\d+s\]$/);
    assert.match(lines[1]!, /^audit: context staging \(all namespaces\): .*1 error/);
    assert.match(lines[2]!, /^audit: context gone: not audited: cannot reach the Kubernetes API/);
    assert.equal(lines[3], 'audit: 3 clusters, 2 audited, 1 failed');
    // Read-only everywhere.
    for (const k of [f.healthy, f.broken]) assert.deepEqual([...k.methods()], ['GET']);
    console.log(`# fleet audit of 3 contexts (one unreachable): ${ms} ms`);
  } finally {
    await f.stop();
  }
});

test('audit --context a --context b: JSON per cluster, text in sections; --max-parallel 1 gives the same result', async () => {
  const f = await fleet();
  try {
    const env = { KUBECONFIG: f.kubeconfig, HOME: f.home };
    const json = await runCli(['audit', '--context', 'staging', '--context', 'prod', '-A', '--format', 'json'], { env });
    assert.equal(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(report.clusters.map((c: any) => [c.context, c.audited, c.exitCode]), [['staging', true, 1], ['prod', true, 0]]);
    assert.ok(report.clusters[0].report.findings.some((x: any) => x.ruleId === 'csi-volume-not-readonly'));
    const serial = await runCli(['audit', '--context', 'staging', '--context', 'prod', '-A', '--format', 'json', '--max-parallel', '1'], { env });
    const strip = (s: string) => JSON.parse(s).clusters.map((c: any) => c.report.findings.map((x: any) => `${x.ruleId} ${x.logical?.fullyQualifiedName}`));
    assert.deepEqual(strip(serial.stdout), strip(json.stdout));
    const text = await runCli(['audit', '--context', 'prod', '--context', 'staging', '-A'], { env });
    assert.match(text.stdout, /^== context prod ==\n[\s\S]*== context staging ==\n[\s\S]*csi-volume-not-readonly/);
    // Only unreachable clusters: nothing could be read, exit 2.
    const none = await runCli(['audit', '--context', 'gone', '--context', 'gone2', '--timeout', '60'], { env });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /context gone2: not audited: context "gone2" not found/);
    // Usage errors.
    assert.equal((await runCli(['audit', '--all-contexts', '--context', 'prod'], { env })).code, 2);
    assert.equal((await runCli(['audit', '--all-contexts', '--max-parallel', '0'], { env })).code, 2);
  } finally {
    await f.stop();
  }
});
