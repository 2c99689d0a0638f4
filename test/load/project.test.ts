// Loading a project from disk: Helm templates are skipped with a note, unusable files become input problems,
// and the files to report on are separated from the context files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/load/project.js';

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-project-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

const SPC = 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata: {name: kv, namespace: vvp}\nspec: {provider: azure}\n';

test('Helm templates are skipped with a note; the rest is loaded', async () => {
  const dir = project({
    'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
    'chart/templates/spc.yaml': 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: {{ .Release.Name }}-kv\n',
    'chart/templates/plain.yaml': SPC,
    'manifests/spc.yaml': SPC,
  });
  try {
    const { inventory, reportFiles } = await loadProject({ root: dir, cwd: dir, targets: [] });
    assert.deepEqual([...reportFiles].sort(), ['chart/Chart.yaml', 'chart/templates/plain.yaml', 'chart/templates/spc.yaml', 'manifests/spc.yaml']);
    assert.equal(inventory.ofClass('SecretProviderClass').length, 2);
    assert.deepEqual(inventory.inputProblems, []);
    const notes = inventory.notifications.filter((n) => n.id === 'helm-template-skipped');
    assert.deepEqual(notes.map((n) => [n.file, n.level]), [['chart/templates/spc.yaml', 'note']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unusable files become input problems; nothing throws', async () => {
  const dir = project({
    'a-binary.yaml': Uint8Array.from([0x6b, 0x3a, 0x20, 0, 1, 2]),
    'b-latin1.yaml': Uint8Array.from([0x23, 0x20, 0xfc, 0x0a]),
    'c-big.yaml': `kind: ConfigMap\ndata:\n${'  k: v\n'.repeat(100)}`,
    'd-ok.yaml': SPC,
  });
  try {
    const { inventory } = await loadProject({ root: dir, cwd: dir, targets: [], maxFileSize: 500 });
    assert.deepEqual(
      inventory.inputProblems.map((p) => [p.file.relPath, p.kind]),
      [['a-binary.yaml', 'parse-error'], ['b-latin1.yaml', 'parse-error'], ['c-big.yaml', 'parse-error']],
    );
    assert.equal(inventory.ofClass('SecretProviderClass').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a target file is reported on; the whole root gives context', async () => {
  const dir = project({ 'pods/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: vvp}\n', 'spcs/spc.yaml': SPC });
  try {
    const { inventory, reportFiles } = await loadProject({ root: dir, cwd: dir, targets: ['pods/pod.yaml'] });
    assert.deepEqual([...reportFiles], ['pods/pod.yaml']);
    assert.equal(inventory.ofClass('SecretProviderClass').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
