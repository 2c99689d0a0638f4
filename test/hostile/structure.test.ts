// Hostile input, YAML structure: extreme nesting, billion-laughs aliases, many documents, duplicate and merge keys,
// YAML 1.1 booleans, unusual tags. The risky ones run in a spawned CLI with a hard timeout: a stack overflow or a
// hang must fail the test, not take the runner down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANARY, canaryFound, describeRun, findingsIn, lintJson, spawnLint, tmpRepo, writeCanary } from './helpers.js';

/** A hang guard, not a speed bound: a run killed at it fails on its exit code; a loaded machine only makes runs slower. */
const SPAWN_TIMEOUT = 60_000;

test('10,000-level nesting (flow and block) is refused with a parse error, quickly', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    const n = 10_000;
    writeFileSync(join(dir, 'flow-seq.yaml'), `deep: ${'['.repeat(n)}${']'.repeat(n)}\n`);
    writeFileSync(join(dir, 'flow-map.yaml'), `deep: ${'{a: '.repeat(n)}x${'}'.repeat(n)}\n`);
    writeFileSync(join(dir, 'block-seq.yaml'), `${'- '.repeat(n)}x\n`);
    // Block mappings nested one space per level: 10,000 levels = 50 MB of indentation, so 2,000 levels here.
    writeFileSync(join(dir, 'block-map.yaml'), Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x\n');
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: SPAWN_TIMEOUT });
    assert.equal(r.code, 1, describeRun(r));
    for (const name of ['flow-seq.yaml', 'flow-map.yaml', 'block-seq.yaml', 'block-map.yaml']) {
      const f = findingsIn(r.report, name);
      assert.ok(f.length >= 1 && f.every((x) => x.ruleId === 'yaml-parse-error'), `${name}: ${describeRun(r)}`);
    }
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('billion-laughs aliases are refused at the first alias, without expanding them', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
    writeFileSync(join(dir, 'laughs.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    // The same trick inside an SPC's embedded objects block.
    writeFileSync(
      join(dir, 'laughs-spc.yaml'),
      CANARY.replace('name: canary', 'name: laughs').replace('useVMManagedIdentity: true', 'useVMManagedIdentity: "true"').replace(
        /objects: \|[\s\S]*$/,
        `objects: |\n      x0: &x0 [a,a,a,a,a,a,a,a,a,a]\n${Array.from({ length: 8 }, (_, i) => `      x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(',')}]`).join('\n')}\n      array: *x8\n`,
      ),
    );
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: SPAWN_TIMEOUT });
    assert.equal(r.code, 1, describeRun(r));
    const f = findingsIn(r.report, 'laughs.yaml');
    assert.equal(f.length, 1, describeRun(r));
    assert.equal(f[0]!.ruleId, 'yaml-parse-error');
    assert.match(f[0]!.message, /alias/i);
    assert.ok(findingsIn(r.report, 'laughs-spc.yaml').length >= 1, `the SPC's objects block is reported: ${describeRun(r)}`);
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('10,000 documents in one file: a defect in the last one is found at its line', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    const docs: string[] = [];
    for (let i = 0; i < 9_999; i++) docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: apps\ndata:\n  k: "v${i}"\n`);
    docs.push(CANARY);
    writeFileSync(join(dir, 'many.yaml'), docs.join('---\n'));
    const r = await spawnLint(['--root', dir, dir, '--format', 'json'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 1, describeRun(r));
    const expectedLine = 9_999 * 8 + 11;
    assert.ok(r.report!.findings.some((f) => f.file === 'many.yaml' && f.ruleId === 'spc-parameter-not-string' && f.startLine === expectedLine), describeRun(r));
  } finally {
    cleanup();
  }
});

test('duplicate keys: a yaml-duplicate-key warning at the second key; the object is still checked', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, 'dup.yaml'), CANARY.replace('name: canary', 'name: dup').replace('    keyvaultName: "kv-canary"\n', '    keyvaultName: "kv-first"\n    keyvaultName: "kv-canary"\n'));
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    const dup = findingsIn(r.report, 'dup.yaml');
    const d = dup.find((f) => f.ruleId === 'yaml-duplicate-key');
    assert.ok(d, describeRun(r));
    assert.equal(d.level, 'warning');
    assert.equal(d.startLine, 10, 'the second keyvaultName');
    assert.ok(dup.some((f) => f.ruleId === 'spc-parameter-not-string'), `rules still ran on the object: ${describeRun(r)}`);
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('merge keys (<<) are resolved: merged parameters are checked, regions stay inside the file', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    const text = `defaults: &defaults
  keyvaultName: "kv-merged"
  tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"
  useVMManagedIdentity: true
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: merged
  namespace: apps
spec:
  provider: azure
  parameters:
    <<: *defaults
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;
    // Anchors do not cross documents: the alias in document 2 is an error there, not a crash.
    writeFileSync(join(dir, 'cross-doc.yaml'), text);
    writeFileSync(join(dir, 'merged.yaml'), text.replace('---\n', '').replace(/^defaults:/, 'x-defaults:').replace('apiVersion:', 'apiVersion:'));
    writeFileSync(
      join(dir, 'merged-ok.yaml'),
      `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: merged-ok
  namespace: apps
spec:
  provider: azure
  parameters:
    <<: {keyvaultName: "kv-ok", tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47", useVMManagedIdentity: "true"}
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`,
    );
    writeCanary(dir);
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(findingsIn(r.report, 'cross-doc.yaml').some((f) => f.ruleId === 'yaml-parse-error'), describeRun(r));
    const lines = text.split('\n').length;
    for (const f of r.report!.findings) assert.ok((f.startLine ?? 1) >= 1 && (f.endLine ?? 1) <= lines + 1, `region inside the file: ${JSON.stringify(f)}`);
    assert.deepEqual(findingsIn(r.report, 'merged-ok.yaml').filter((f) => f.level === 'error'), [], describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('YAML 1.1 booleans (yes/on): unquoted is a non-string to Kubernetes, quoted is not a Go bool', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    // kubectl reads YAML 1.1: an unquoted `yes` arrives as a boolean, so the parameter is not a string.
    writeFileSync(join(dir, 'yes.yaml'), CANARY.replace('name: canary', 'name: yes-spc').replace('useVMManagedIdentity: true', 'useVMManagedIdentity: yes'));
    // Quoted, it is a string the provider hands to strconv.ParseBool, which refuses `on` and `yes`.
    writeFileSync(join(dir, 'on.yaml'), CANARY.replace('name: canary', 'name: on-spc').replace('useVMManagedIdentity: true', 'usePodIdentity: "on"'));
    writeFileSync(join(dir, 'quoted-yes.yaml'), CANARY.replace('name: canary', 'name: qyes-spc').replace('useVMManagedIdentity: true', "useVMManagedIdentity: 'yes'"));
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(findingsIn(r.report, 'yes.yaml').some((f) => f.ruleId === 'spc-parameter-not-string' && f.startLine === 11), describeRun(r));
    for (const name of ['on.yaml', 'quoted-yes.yaml']) {
      assert.ok(findingsIn(r.report, name).some((f) => f.ruleId === 'spc-bool-invalid' && f.startLine === 11), `${name}: ${describeRun(r)}`);
    }
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('unusual tags (!!binary, custom tags) do not crash the run', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, 'binary.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bin\nbinaryData:\n  blob: !!binary |\n    R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n`);
    writeFileSync(join(dir, 'custom.yaml'), CANARY.replace('name: canary', 'name: tagged').replace('useVMManagedIdentity: true', 'useVMManagedIdentity: !vault "true"').replace('keyvaultName: "kv-canary"', 'keyvaultName: !!str kv-tagged'));
    writeFileSync(join(dir, 'weird.yaml'), `!<tag:example.com,2024:thing> {a: !!set {x, y}, b: !!omap [{k: v}], c: !!timestamp 2001-12-14, d: !!float .inf}\n`);
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(!r.report!.notifications.some((n) => n.id === 'rule-failed'), describeRun(r));
    assert.deepEqual(findingsIn(r.report, 'binary.yaml'), [], describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});
