// --fix-dry-run lints its own in-memory output through the loader's overlay, so a fix that only becomes possible
// after another one (a second pass) is shown too: the dry run's diff is exactly what --fix writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { unifiedDiff } from '../../src/engine/fix-diff.js';

// apiVersion with the driver name as group AND v1alpha1: pass 1 fixes the group (spc-api-version, driver name), only
// then does the v1alpha1 finding (and its fix) exist: pass 2.
const SPC = `apiVersion: secrets-store.csi.k8s.io/v1alpha1
kind: SecretProviderClass
metadata:
  name: kv
  namespace: jobs
spec:
  provider: azure
  parameters:
    keyvaultName: kv-prod
    tenantID: "11111111-2222-3333-4444-555555555555"
    useVMManagedIdentity: "true"
    userAssignedIdentityID: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

test('fix: --fix-dry-run shows every pass, exactly what --fix writes, and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-dry-'));
  try {
    const file = join(dir, 'spc.yaml');
    writeFileSync(file, SPC);
    const dry = await runCli(['--root', dir, '--fail-level', 'none', '--fix-dry-run', dir], { cwd: dir });
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(readFileSync(file, 'utf8'), SPC, 'a dry run writes nothing');
    assert.match(dry.stderr, /2 fixes in 1 file would be applied/);
    assert.doesNotMatch(dry.stderr, /may apply after these/);

    const fix = await runCli(['--root', dir, '--fail-level', 'none', '--fix', dir], { cwd: dir });
    assert.equal(fix.code, 0, fix.stderr);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /^apiVersion: secrets-store\.csi\.x-k8s\.io\/v1\n/);
    assert.equal(dry.stdout, unifiedDiff('spc.yaml', SPC, fixed));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
