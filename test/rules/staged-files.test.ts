// A pre-commit run passes only the staged files: the whole repository (root = the directory of its
// .vvp-kv-lint.yaml) still resolves references, and only the given file is reported on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../support/run-cli.js';

interface Finding {
  readonly ruleId: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

const FILES: Record<string, string> = {
  '.vvp-kv-lint.yaml': 'exclude:\n  - "charts/**"\n',
  // The SPC lives in an unchanged file, in the namespace the DeploymentTarget maps to.
  'k8s/secret-provider-class.yaml': `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: azure-kv-msi
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: "true"
    userAssignedIdentityID: ""
    keyvaultName: kv-flink-prod
    tenantID: 72f988bf-86f1-41af-91ab-2d7cd011db47
    objects: |
      array:
        - |
          objectName: kafka-password
          objectType: secret
`,
  'vvp/deployment-target.yaml': `apiVersion: v1
kind: DeploymentTarget
metadata:
  name: aks-jobs
  namespace: default
spec:
  kubernetes:
    namespace: vvp-jobs
`,
  // The staged file: its volume resolves through the target and the SPC above. One deliberate slip (a mount
  // without readOnly) proves that findings in it are reported.
  'vvp/top-speed-windowing.yaml': `apiVersion: v1
kind: Deployment
metadata:
  name: top-speed-windowing
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  template:
    spec:
      kubernetes:
        jobManagerPodTemplate:
          spec:
            containers:
              - name: flink-jobmanager
                volumeMounts:
                  - name: azkvsecret
                    mountPath: /azkvsecret
            volumes:
              - name: azkvsecret
                csi:
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: azure-kv-msi
`,
  // Unchanged and broken: a wrong driver, an SPC that does not exist, and a file that does not parse.
  'k8s/legacy-job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: legacy-export
  namespace: vvp-jobs
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: export
          image: myregistry.azurecr.io/export:1.0.0
          volumeMounts:
            - name: kv
              mountPath: /mnt/kv
              readOnly: true
      volumes:
        - name: kv
          csi:
            driver: secrets-store.csi.x-k8s.io
            readOnly: true
            volumeAttributes:
              secretProviderClass: azure-kv-old
`,
  'k8s/half-edited.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n',
};

let repo = '';

before(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'vvp-kv-lint-staged-')));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(repo, rel)), { recursive: true });
    writeFileSync(join(repo, rel), text);
  }
});

after(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

async function lint(args: string[]): Promise<{ root: string; findings: Finding[] }> {
  const run = await runCli(['--format', 'json', '--fail-level', 'none', ...args], { cwd: repo });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as { root: string; findings: Finding[] };
}

const rows = (list: Finding[]): string[] => list.map((f) => `${f.ruleId} ${f.file}:${f.startLine}:${f.startColumn}`).sort();

test('one staged file: references resolve across the repository, only that file is reported', async () => {
  const report = await lint(['vvp/top-speed-windowing.yaml']);
  assert.equal(realpathSync(report.root), repo);
  // No csi-spc-not-found (the SPC is in an unchanged file), no vvp-deployment-target-unknown (nor the target);
  // nothing from the broken unchanged files.
  assert.deepEqual(rows(report.findings), ['csi-mount-not-readonly vvp/top-speed-windowing.yaml:16:21']);
});

test('the same file given as ./path', async () => {
  const report = await lint(['./vvp/top-speed-windowing.yaml']);
  assert.deepEqual(rows(report.findings), ['csi-mount-not-readonly vvp/top-speed-windowing.yaml:16:21']);
});

test('the whole repository does report the broken files (so the staged run really left them out)', async () => {
  const report = await lint([]);
  const list = rows(report.findings);
  assert.ok(list.includes('csi-mount-not-readonly vvp/top-speed-windowing.yaml:16:21'), list.join('\n'));
  assert.ok(list.some((r) => r.startsWith('csi-driver-invalid k8s/legacy-job.yaml:')), list.join('\n'));
  assert.ok(list.some((r) => r.startsWith('csi-spc-not-found k8s/legacy-job.yaml:')), list.join('\n'));
  assert.ok(list.some((r) => r.startsWith('yaml-parse-error k8s/half-edited.yaml:')), list.join('\n'));
});
