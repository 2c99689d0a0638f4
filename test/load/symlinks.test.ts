// Symlinked manifests: a link to a file inside the project is linted once, under the real path (what GitHub shows);
// a link to a file outside it is linted under the link's path; links to directories are not walked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';

const SPC = (name: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata: { name: ${name}, namespace: jobs }
spec:
  provider: azure
  parameters:
    usePodIdentity: false
    keyvaultName: kv-prod
    tenantID: 3b6a9c41-2f0e-4d7b-9a51-6c2e8f1d0a93
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

test('symlinked files: inside the project once under the real path, outside under the link path', async () => {
  const base = mkdtempSync(join(tmpdir(), 'vvp-links-'));
  const repo = join(base, 'repo');
  try {
    mkdirSync(join(repo, 'overlay'), { recursive: true });
    writeFileSync(join(repo, 'real.yaml'), SPC('inside'));
    writeFileSync(join(base, 'shared.yaml'), SPC('outside'));
    symlinkSync('../real.yaml', join(repo, 'overlay', 'link.yaml'));
    symlinkSync(join(base, 'shared.yaml'), join(repo, 'outside.yaml'));
    symlinkSync('..', join(repo, 'overlay', 'parent'));
    const run = await runCli(['--root', repo, repo, '--format', 'json'], { cwd: repo });
    const files = (JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => `${f.file} ${f.ruleId}`).sort();
    assert.deepEqual(files, ['outside.yaml spc-parameter-not-string', 'real.yaml spc-parameter-not-string']);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a root reached through a symlink: explicit files keep their project-relative paths', async () => {
  const base = mkdtempSync(join(tmpdir(), 'vvp-linked-root-'));
  try {
    mkdirSync(join(base, 'real'));
    writeFileSync(join(base, 'real', 'spc.yaml'), SPC('linked'));
    symlinkSync(join(base, 'real'), join(base, 'link'));
    const root = join(base, 'link');
    const run = await runCli(['--root', root, '--format', 'json', 'spc.yaml'], { cwd: root });
    const files = (JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => `${f.file} ${f.ruleId}`);
    assert.deepEqual(files, ['spc.yaml spc-parameter-not-string']);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
