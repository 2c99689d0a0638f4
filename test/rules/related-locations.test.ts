// Related locations are not asserted by the fixture harness: these tests read them from the JSON report of a few
// fixture cases (the SPC in another namespace and the DeploymentTarget that decided the pod namespace, the
// bindings a pod-identity label fails to match, the volume that uses an SP Secret lacking keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { RULE_FIXTURES } from '../support/paths.js';

interface Related {
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly message: string;
}
interface Finding {
  readonly ruleId: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly related?: Related[];
}

async function findings(ruleId: string, caseName: string): Promise<Finding[]> {
  const dir = join(RULE_FIXTURES, ruleId, caseName);
  const run = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', dir], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === ruleId);
}

function at(list: Finding[], file: string, line: number): Finding {
  const f = list.find((x) => x.file === file && x.startLine === line);
  assert.ok(f, `no finding at ${file}:${line}; have ${list.map((x) => `${x.file}:${x.startLine}`).join(', ')}`);
  return f;
}

/** file:line of each related location, in report order. */
const where = (f: Finding): string[] => (f.related ?? []).map((r) => `${r.file}:${r.startLine}`);

test('csi-spc-not-found: related SPC in the other namespace and the DeploymentTarget', async () => {
  const list = await findings('csi-spc-not-found', 'fail-wrong-namespace-or-name');
  // Template form, target by name; `pods` form, target by id: both resolve to the same target and SPC.
  for (const line of [25, 46]) {
    const f = at(list, 'vvp-deployments.yaml', line);
    assert.deepEqual(where(f), ['spc.yaml:6', 'targets.yaml:9']);
    assert.match(f.related![0]!.message, /namespace vvp\b/);
    assert.match(f.related![1]!.message, /DeploymentTarget puts the pods in namespace vvp-jobs/);
  }
  // A Kubernetes Job: no DeploymentTarget, and no SPC of the misspelt name anywhere.
  assert.deepEqual(where(at(list, 'job.yaml', 23)), []);
  // Helm values: the release namespace comes from config, so no DeploymentTarget either.
  assert.deepEqual(where(at(list, 'values-vvp.yaml', 16)), ['spc.yaml:6']);
});

test('csi-spc-not-found: a DeploymentTarget whose namespace is a placeholder is no related location (issue 29)', async () => {
  const list = await findings('csi-spc-not-found', 'fail-placeholder-namespace');
  // The target's namespace is "{{ .Values.jobsNamespace }}": it decides no namespace, so nothing says it "puts the
  // pods in namespace undefined"; the pods may be in any namespace, and no SPC of the name is in any.
  const f = at(list, 'vvp-deployment.yaml', 25);
  assert.deepEqual(where(f), []);
  for (const g of list) assert.doesNotMatch(JSON.stringify(g), /undefined|\$\(FLINK_NAMESPACE\)|\$\{NAMESPACE\}/);
});

test('pod-identity-binding-mismatch: related bindings, the binding elsewhere, the missing identity', async () => {
  const list = await findings('pod-identity-binding-mismatch', 'fail-selector-or-identity');
  // Binding name used as the label: the namespace's bindings' selectors, then the DeploymentTarget.
  assert.deepEqual(where(at(list, 'vvp-deployments.yaml', 15)), ['identities.yaml:18', 'identities.yaml:28', 'target.yaml:8']);
  // The binding that names a missing AzureIdentity: its spec.azureIdentity.
  const missing = at(list, 'vvp-deployments.yaml', 43);
  assert.deepEqual(where(missing), ['identities.yaml:27']);
  assert.match(missing.related![0]!.message, /flink-identity/);
  // The selector exists only in another namespace: that binding comes first.
  const other = at(list, 'deployment.yaml', 14);
  assert.deepEqual(where(other), ['identities.yaml:38', 'identities.yaml:18', 'identities.yaml:28']);
  assert.match(other.related![0]!.message, /namespace vvp\b/);
});

test('sp-secret-keys-missing: related volume that uses the Secret', async () => {
  const list = await findings('sp-secret-keys-missing', 'fail-wrong-keys');
  const k8s = at(list, 'secrets.yaml', 9);
  assert.deepEqual(where(k8s), ['k8s-sp-deployment.yaml:30']);
  assert.equal(k8s.related![0]!.startColumn, 21);
  assert.match(k8s.related![0]!.message, /Deployment orders-api/);
  const vvp = at(list, 'secrets.yaml', 16);
  assert.deepEqual(where(vvp), ['vvp-sp-deployment.yaml:27']);
  assert.match(vvp.related![0]!.message, /VVP Deployment top-speed-windowing jobManagerPodTemplate/);
});

test('sp-secret-not-found: related Secret in the other namespace and the DeploymentTarget', async () => {
  const list = await findings('sp-secret-not-found', 'fail-secret-elsewhere');
  assert.deepEqual(where(at(list, 'vvp-sp-deployment.yaml', 27)), ['sp-secret.yaml:18', 'target.yaml:8']);
  assert.deepEqual(where(at(list, 'k8s-sp-deployment.yaml', 30)), []);
});
