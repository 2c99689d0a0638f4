// A pre-commit run of one file with a warm context cache: input problems of context files (a repeated key) are not
// findings, and their files' text is not read to word one (yaml-duplicate-key reads the key from the text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { readBackReads } from '../../src/load/load-files.js';

const STAGED = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: staged, namespace: vvp}\ndata:\n  a: "1"\n';
// A kind the rules read (the loader keeps only those), repeating a key.
const REPEATED = 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata: {name: ctx, namespace: vvp}\nspec:\n  provider: azure\n  provider: azure\n';

test('a context file with a repeated key: no finding on it, and its text is not read back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-context-problems-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
  try {
    writeFileSync(join(dir, 'staged.yaml'), STAGED);
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `ctx${i}.yaml`), REPEATED);
    // Files changed within the last second are never recorded by stat (test/load/context-cache.test.ts): aged, the
    // second run below restores the context files from the cache without reading them.
    const past = new Date(Date.now() - 3600 * 1000);
    for (const f of readdirSync(dir)) utimesSync(join(dir, f), past, past);
    await new Promise((r) => setTimeout(r, 1100));
    const all = await lint({ cwd: dir, root: dir, targets: ['.'], env });
    const where = (f: (typeof all.result.findings)[number]): string | undefined => (f.location.kind === 'file' ? f.location.file.relPath : undefined);
    assert.deepEqual(all.result.findings.filter((f) => f.ruleId === 'yaml-duplicate-key').map(where).sort(), ['ctx0.yaml', 'ctx1.yaml', 'ctx2.yaml']);
    await lint({ cwd: dir, root: dir, targets: ['staged.yaml'], env }); // writes the context cache
    const before = readBackReads();
    const staged = await lint({ cwd: dir, root: dir, targets: ['staged.yaml'], env });
    assert.deepEqual(staged.result.findings.filter((f) => f.ruleId === 'yaml-duplicate-key').map(where), []);
    assert.ok(staged.inventory.inputProblems.some((p) => p.kind === 'duplicate-key'), 'the context files came with their problems');
    assert.equal(readBackReads() - before, 0, 'no context file was read for its text');
    // Restored from the cache, a context object tells from its JSON what its body cannot contain.
    const restored = staged.inventory.objects.find((o) => o.name === 'ctx');
    assert.equal(restored?.mayContain?.('pod-template-file'), false);
    assert.equal(restored?.mayContain?.('SecretProviderClass'), true);
    assert.deepEqual(restored?.body['spec'], { provider: 'azure' });
    // Linted, the same file is reported as before.
    const one = await lint({ cwd: dir, root: dir, targets: ['ctx1.yaml'], env });
    assert.deepEqual(one.result.findings.filter((f) => f.ruleId === 'yaml-duplicate-key').map(where), ['ctx1.yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
