// deploy/: every manifest is schema-valid for its kind (Kubernetes OpenAPI, via kubernetes-models), passes our own
// lint, the shipped admission policies are exactly what `policy --format vap --level Audit` writes today, and the
// fleet CronJob's arguments work as written against local API servers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { ValidatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy';
import { ValidatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { healthyCluster } from '../live/cluster-fixtures.js';

const DEPLOY = join(REPO_ROOT, 'deploy');
const MODELS: Record<string, new (d: never) => { validate(): void }> = {
  CronJob, Namespace, ServiceAccount, PersistentVolumeClaim, ClusterRole, ClusterRoleBinding, ValidatingAdmissionPolicy, ValidatingAdmissionPolicyBinding,
};

function manifests(): { file: string; doc: Record<string, any> }[] {
  return readdirSync(DEPLOY).filter((f) => f.endsWith('.yaml')).flatMap((file) =>
    parseAllDocuments(readFileSync(join(DEPLOY, file), 'utf8')).map((d) => ({ file, doc: d.toJS() as Record<string, any> })));
}

test('deploy/ manifests are schema-valid for their kinds', () => {
  for (const { file, doc } of manifests()) {
    const Model = MODELS[doc['kind']];
    assert.ok(Model, `${file}: no schema check for kind ${doc['kind']}`);
    new Model(doc as never).validate();
  }
});

test('deploy/ passes vvp-kv-lint itself', async () => {
  // deploy/ is its own project: this repository's config excludes deploy/**, so linting it from the repository
  // root would lint nothing (which is now, rightly, "no files matched").
  const run = await runCli(['--format', 'json', '--fail-level', 'note', '--root', '.', '.'], { cwd: join(REPO_ROOT, 'deploy') });
  assert.equal(JSON.parse(run.stdout).summary.filesLinted, readdirSync(join(REPO_ROOT, 'deploy')).filter((f) => /\.ya?ml$/.test(f)).length);
  assert.deepEqual(JSON.parse(run.stdout).findings, []);
  assert.equal(run.code, 0, run.stderr);
});

test('deploy/admission-policies-audit.yaml is what `policy --format vap --level Audit` writes', async () => {
  const run = await runCli(['policy', '--format', 'vap', '--level', 'Audit'], { cwd: mkdtempSync(join(tmpdir(), 'policy-')) });
  assert.equal(readFileSync(join(DEPLOY, 'admission-policies-audit.yaml'), 'utf8'), run.stdout, 'regenerate with: npx vvp-kv-lint policy --format vap --level Audit -o deploy/admission-policies-audit.yaml');
});

test('the fleet CronJob runs as written: its arguments audit every context and write the SARIF', async () => {
  const cron = manifests().find((m) => m.doc['kind'] === 'CronJob' && m.file === 'fleet-audit-cronjob.yaml')!.doc;
  const container = cron['spec'].jobTemplate.spec.template.spec.containers[0];
  const reports = mkdtempSync(join(tmpdir(), 'reports-'));
  const args = (container.args as string[]).map((a) => a.replace('/reports/', `${reports}/`));
  const a = healthyCluster().kube;
  const b = healthyCluster().kube;
  await Promise.all([a.start(), b.start()]);
  try {
    const kubeconfig = [a.kubeconfig('aks-weu'), b.kubeconfig('aks-neu')].join(process.platform === 'win32' ? ';' : ':');
    const run = await runCli(args, { env: { KUBECONFIG: kubeconfig, HOME: reports } });
    assert.equal(run.code, 0, run.stderr);
    const log = JSON.parse(readFileSync(join(reports, 'fleet.sarif'), 'utf8'));
    assert.deepEqual(log.runs.map((r: any) => r.automationDetails.id), ['vvp-kv-lint-audit/aks-weu/', 'vvp-kv-lint-audit/aks-neu/']);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
