// Azure rules through a FlinkDeployment: the operator's pods run as spec.serviceAccount, or as the role's
// kubernetes.<role>.service-account, in the resource's namespace: those are the federated credential subjects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/engine/lint.js';
import { readAzureStateFile } from '../../src/azure/state-file.js';
import { fixturePath } from './helpers.js';

test('workload identity: each Flink pod\'s ServiceAccount needs a federated credential', async () => {
  const dir = fixturePath('flink-workload-identity');
  const azure = await readAzureStateFile(fixturePath('flink-workload-identity', 'azure-state.json'));
  const { result } = await lint({ cwd: dir, root: dir, targets: ['app.yaml'], enrich: async (inv) => { inv.azure = azure; } });
  const federated = result.findings.filter((f) => f.ruleId === 'kv-federated-credential-missing');
  assert.equal(federated.length, 1);
  assert.match(federated[0]!.message, /no federated credential for system:serviceaccount:flink-jobs:flink-tm \(it has: system:serviceaccount:flink-jobs:flink-kv\)/);
});

test('Flink native mode, namespace a placeholder (issue 29): the pods may be in any namespace', async () => {
  // kubernetes.namespace: $(FLINK_NAMESPACE). The SPC in flink-jobs is the one candidate (before: "not in the pod
  // namespace $(FLINK_NAMESPACE)"); flink-kv's credential in flink-jobs may be the task managers'; the job manager's
  // flink-jm has none in any namespace, and the subject it needs names no namespace.
  const dir = fixturePath('flink-native-placeholder-namespace');
  const azure = await readAzureStateFile(fixturePath('flink-native-placeholder-namespace', 'azure-state.json'));
  const { result } = await lint({ cwd: dir, root: dir, targets: ['.'], enrich: async (inv) => { inv.azure = azure; } });
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'csi-spc-not-found'), []);
  const federated = result.findings.filter((f) => f.ruleId === 'kv-federated-credential-missing');
  assert.equal(federated.length, 1);
  assert.match(federated[0]!.message, /no federated credential for system:serviceaccount:<namespace>:flink-jm \(it has: system:serviceaccount:flink-jobs:flink-kv\)/);
  assert.doesNotMatch(federated[0]!.message, /FLINK_NAMESPACE/);
});
