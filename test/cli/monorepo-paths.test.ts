// A project whose config sits in a folder of a larger git repository: text and JSON paths are relative to the
// project, but SARIF and GitHub annotations must be relative to the repository, because GitHub resolves them
// against the checkout (it ignores SARIF uriBaseId).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';

test('config in a monorepo folder: SARIF and annotations are repository-relative, JSON project-relative', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'vvp-mono-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const project = join(repo, 'platform', 'flink');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, '.vvp-kv-lint.yaml'), 'vvpVersion: "2.7"\n');
    writeFileSync(join(project, 'spc.yaml'), 'apiVersion: secrets-store.csi.x-k8s.io/v1alpha1\nkind: SecretProviderClass\nmetadata: { name: kv }\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv-prod\n    tenantID: 3b6a9c41-2f0e-4d7b-9a51-6c2e8f1d0a93\n    objects: |\n      array:\n        - |\n          objectName: a\n          objectType: secret\n');
    const sarif = JSON.parse((await runCli(['spc.yaml', '--format', 'sarif'], { cwd: project })).stdout);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'platform/flink/spc.yaml');
    assert.match(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, /vvp-mono-[^/]+\/$/);
    const gh = (await runCli(['spc.yaml', '--format', 'github'], { cwd: project })).stdout;
    assert.match(gh, /file=platform\/flink\/spc\.yaml,/);
    const json = JSON.parse((await runCli(['spc.yaml', '--format', 'json'], { cwd: project })).stdout);
    assert.equal(json.findings[0].file, 'spc.yaml');
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
