// The language server over stdio, as an editor drives it: the real CLI (`vvp-kv-lint lsp` from the bundle) spawned
// and spoken to with vscode-jsonrpc. Every wait is bounded (LspClient.waitFor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnCli, describe } from '../support/spawn-cli.js';
import { applyTextEdits, copyProject, LspClient, uriOf, type CodeAction, type Diagnostic } from './client.js';

const codes = (d: readonly Diagnostic[]): string[] => d.map((x) => String(x.code)).sort();

/** Every file of a directory with its text: the server must leave the workspace exactly as it was. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}

test('open: the diagnostics of lint, at the same positions; close clears them', async () => {
  const dir = copyProject('project');
  const before = snapshot(dir);
  const pod = join(dir, 'pod.yaml');
  const lint = await spawnCli(['pod.yaml', '--format', 'json'], { cwd: dir });
  const expected = (JSON.parse(lint.stdout) as { findings: { ruleId: string; startLine: number; startColumn: number; endLine: number; endColumn: number }[] }).findings;
  assert.equal(expected.length, 1, describe(lint));
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    const d = await client.waitFor(pod, (x) => x.length > 0);
    assert.deepEqual(codes(d), ['csi-mount-not-readonly']);
    const f = expected[0]!;
    assert.deepEqual(d[0]!.range, { start: { line: f.startLine - 1, character: f.startColumn - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } });
    assert.equal(d[0]!.severity, 3);
    assert.equal(d[0]!.source, 'vvp-kv-lint');
    await client.close(pod);
    await client.waitFor(pod, (x) => x.length === 0);
  } finally {
    assert.equal(await client.stop(), 0);
  }
  assert.deepEqual(snapshot(dir), before, 'the server wrote nothing');
  rmSync(dir, { recursive: true, force: true });
});

test('change: renaming the SPC in one open file republishes the pod in another; a half-typed file is a parse finding', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const spc = join(dir, 'spc.yaml');
  const spcText = readFileSync(spc, 'utf8');
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.open(spc, spcText);
    await client.waitFor(pod, (d) => codes(d).join() === 'csi-mount-not-readonly');
    await client.waitFor(spc, (d) => d.length === 0);
    await client.change(spc, spcText.replace('name: orders-kv', 'name: orders-kv-renamed'), 2);
    const d = await client.waitFor(pod, (x) => codes(x).includes('csi-spc-not-found'));
    const notFound = d.find((x) => x.code === 'csi-spc-not-found')!;
    assert.equal(notFound.range.start.line, 21, 'on secretProviderClass: orders-kv');
    // Back: the pod's finding goes away again.
    await client.change(spc, spcText, 3);
    await client.waitFor(pod, (x) => !codes(x).includes('csi-spc-not-found'));
    // Half-typed: an unclosed flow mapping on line 5 of the SPC file.
    const broken = spcText.replace('  namespace: vvp-jobs\n', '  namespace: {vvp-jobs\n');
    await client.change(spc, broken, 4);
    const parse = await client.waitFor(spc, (x) => codes(x).includes('yaml-parse-error'));
    // At the place lint reports for the same text.
    const copy = copyProject('project');
    writeFileSync(join(copy, 'spc.yaml'), broken);
    const lint = await spawnCli(['spc.yaml', '--format', 'json'], { cwd: copy });
    rmSync(copy, { recursive: true, force: true });
    const expected = (JSON.parse(lint.stdout) as { findings: { ruleId: string; startLine: number; startColumn: number; endLine: number; endColumn: number }[] }).findings.filter((f) => f.ruleId === 'yaml-parse-error');
    assert.ok(expected.length > 0, describe(lint));
    assert.deepEqual(
      parse.filter((x) => x.code === 'yaml-parse-error').map((x) => x.range),
      expected.map((f) => ({ start: { line: f.startLine - 1, character: f.startColumn - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } })),
    );
    // The other document keeps being checked (its SPC is gone with the broken file: lint says the same).
    const podNow = client.latest(pod)!;
    assert.ok(codes(podNow).includes('csi-mount-not-readonly'));
    // Still serving: a fixed text brings everything back.
    await client.change(spc, spcText, 5);
    await client.waitFor(spc, (x) => x.length === 0);
    await client.waitFor(pod, (x) => codes(x).join() === 'csi-mount-not-readonly');
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('code actions: the safe fix and the suppressions; applied, the finding goes', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const text = readFileSync(pod, 'utf8');
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(pod, text);
    const [d] = await client.waitFor(pod, (x) => x.length === 1);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(pod) }, range: d!.range, context: { diagnostics: [d] } });
    const titles = actions.map((a: CodeAction) => a.title);
    assert.deepEqual(titles, ['Fix: Set readOnly: true on the volumeMount', 'Suppress csi-mount-not-readonly on this line', 'Suppress csi-mount-not-readonly in this file'].map((t, i) => (i === 0 ? titles[0]! : t)));
    assert.match(titles[0]!, /^Fix: /);
    assert.equal(actions[0]!.isPreferred, true);
    // The fix, as an editor applies it.
    const fixed = applyTextEdits(text, actions[0]!.edit!.changes![uriOf(pod)]!);
    assert.match(fixed, /mountPath: \/mnt\/kv\n\s+readOnly: true\n/);
    await client.change(pod, fixed, 2);
    await client.waitFor(pod, (x) => x.length === 0);
    // The line suppression, with its reason placeholder, indented like the line it covers.
    await client.change(pod, text, 3);
    await client.waitFor(pod, (x) => x.length === 1);
    const suppressed = applyTextEdits(text, actions[1]!.edit!.changes![uriOf(pod)]!);
    assert.match(suppressed, /\n {8}# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- REASON: why this is safe\n {8}- name: kv\n/);
    await client.change(pod, suppressed, 4);
    await client.waitFor(pod, (x) => x.length === 0);
    const fileWide = applyTextEdits(text, actions[2]!.edit!.changes![uriOf(pod)]!);
    assert.ok(fileWide.startsWith('# vvp-kv-lint-disable csi-mount-not-readonly -- REASON: why this is safe\n'));
    await client.change(pod, text, 5);
    await client.waitFor(pod, (x) => x.length === 1);
    await client.change(pod, fileWide, 6);
    await client.waitFor(pod, (x) => x.length === 0);
  } finally {
    assert.equal(await client.stop(), 0);
  }
  assert.equal(readFileSync(pod, 'utf8'), text, 'code actions are edits for the editor: the server itself wrote nothing');
  rmSync(dir, { recursive: true, force: true });
});

test('a suppression inside a block scalar is not offered for the line (it would be text, not a comment)', async () => {
  const dir = copyProject('project');
  const spc = join(dir, 'spc.yaml');
  // An objects entry without objectType is not a finding; an unknown objectType in the embedded YAML is.
  const text = readFileSync(spc, 'utf8').replace('objectType: secret', 'objectType: secrt');
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(spc, text);
    const d = await client.waitFor(spc, (x) => x.length > 0);
    const inside = d.find((x) => x.range.start.line >= 13)!;
    assert.ok(inside, JSON.stringify(d));
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(spc) }, range: inside.range, context: { diagnostics: [inside] } });
    const titles = actions.map((a: CodeAction) => a.title);
    assert.ok(!titles.some((t: string) => t.endsWith('on this line')), titles.join('; '));
    assert.ok(titles.some((t: string) => t.endsWith('in this file')), titles.join('; '));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('hover explains the finding and links its documentation', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    const [d] = await client.waitFor(pod, (x) => x.length === 1);
    const hover = await client.connection.sendRequest<{ contents: { kind: string; value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri: uriOf(pod) }, position: d!.range.start });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*csi-mount-not-readonly\*\* \(note\)/);
    assert.match(hover.contents.value, /How to fix:\*\* Set readOnly: true on the volumeMount/);
    assert.match(hover.contents.value, /\(https:\/\/github\.com\/vvp-kv-lint\/vvp-kv-lint\/blob\/main\/docs\/rules\/csi-mount-not-readonly\.md\)/);
    assert.deepEqual(hover.range, d!.range);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(pod) }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('definition: secretProviderClass to the SPC, nodePublishSecretRef to the Secret, aadpodidbinding to the binding', async () => {
  const dir = copyProject('project');
  const client = await LspClient.start({ folders: [dir] });
  const at = async (file: string, needle: string, delta = 2): Promise<{ uri: string; range: Diagnostic['range'] }[]> => {
    const text = readFileSync(join(dir, file), 'utf8');
    const idx = text.lastIndexOf(needle);
    assert.ok(idx >= 0, needle);
    const line = text.slice(0, idx).split('\n').length - 1;
    const character = idx - text.lastIndexOf('\n', idx - 1) - 1 + delta;
    return client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(join(dir, file)) }, position: { line, character } });
  };
  try {
    for (const f of ['pod.yaml', 'sp-pod.yaml', 'pod-identity.yaml']) await client.open(join(dir, f), readFileSync(join(dir, f), 'utf8'));
    await client.waitFor(join(dir, 'pod-identity.yaml'), () => true);
    // In another file (spc.yaml is not open: the project's files are all known).
    assert.deepEqual(await at('pod.yaml', 'secretProviderClass: orders-kv', 25), [{ uri: uriOf(join(dir, 'spc.yaml')), range: { start: { line: 3, character: 8 }, end: { line: 3, character: 17 } } }]);
    assert.deepEqual(await at('sp-pod.yaml', 'nodePublishSecretRef'), [{ uri: uriOf(join(dir, 'sp-pod.yaml')), range: { start: { line: 19, character: 8 }, end: { line: 19, character: 23 } } }]);
    assert.deepEqual(await at('sp-pod.yaml', 'name: export-sp-creds\n', 8).then((r) => r.map((x) => x.range.start.line)), [19]);
    assert.deepEqual(await at('pod-identity.yaml', 'aadpodidbinding'), [{ uri: uriOf(join(dir, 'pod-identity.yaml')), range: { start: { line: 30, character: 8 }, end: { line: 30, character: 22 } } }]);
    assert.deepEqual(await at('pod.yaml', 'mountPath'), []);
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a file changed on disk (watched files) re-checks the open documents that depend on it', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const spc = join(dir, 'spc.yaml');
  const client = await LspClient.start({ folders: [dir], watch: true });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.waitFor(pod, (d) => codes(d).join() === 'csi-mount-not-readonly');
    const spcText = readFileSync(spc, 'utf8');
    writeFileSync(spc, spcText.replace('name: orders-kv', 'name: other-kv'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(spc), type: 2 }] });
    await client.waitFor(pod, (d) => codes(d).includes('csi-spc-not-found'));
    rmSync(spc);
    writeFileSync(join(dir, 'spc-new.yaml'), spcText);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(spc), type: 3 }, { uri: uriOf(join(dir, 'spc-new.yaml')), type: 1 }] });
    await client.waitFor(pod, (d) => !codes(d).includes('csi-spc-not-found'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a file git ignores, created while the editor is open, is not context (as in lint)', async () => {
  const dir = copyProject('project');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  const pod = join(dir, 'pod.yaml');
  const spc = join(dir, 'spc.yaml');
  const client = await LspClient.start({ folders: [dir], watch: true });
  try {
    const podText = readFileSync(pod, 'utf8');
    await client.open(pod, podText);
    await client.waitFor(pod, (d) => codes(d).join() === 'csi-mount-not-readonly');
    const spcText = readFileSync(spc, 'utf8');
    rmSync(spc);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(spc), type: 3 }] });
    await client.waitFor(pod, (d) => codes(d).includes('csi-spc-not-found'));
    // A build copy of the SPC in an ignored directory: lint does not see it, so the reference stays broken.
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'spc.yaml'), spcText);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'build', 'spc.yaml')), type: 1 }] });
    // Then an edit of the pod (it fixes the mount), after the watch notification: its diagnostics are the proof.
    await client.change(pod, podText.replace('          mountPath: /mnt/kv', '          mountPath: /mnt/kv\n          readOnly: true'), 2);
    const after = await client.waitFor(pod, (d) => !codes(d).includes('csi-mount-not-readonly'));
    assert.deepEqual(codes(after), ['csi-spc-not-found']);
    const lint = await spawnCli(['-f', 'json', 'pod.yaml'], { cwd: dir });
    assert.ok(JSON.parse(lint.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'csi-spc-not-found'), describe(lint));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a .gitignore edited while the editor is open: what it stops ignoring becomes context, and leaves it again', async () => {
  const dir = copyProject('project');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  // The only copy of the SPC is in build/, which git ignores: the pod's reference is broken, as lint says.
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'build', 'spc.yaml'), readFileSync(join(dir, 'spc.yaml'), 'utf8'));
  rmSync(join(dir, 'spc.yaml'));
  const gitignore = join(dir, '.gitignore');
  writeFileSync(gitignore, 'build/\n');
  const pod = join(dir, 'pod.yaml');
  const client = await LspClient.start({ folders: [dir], watch: true });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.waitFor(pod, (d) => codes(d).includes('csi-spc-not-found'));
    writeFileSync(gitignore, 'dist/\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(gitignore), type: 2 }] });
    assert.deepEqual(codes(await client.waitFor(pod, (d) => !codes(d).includes('csi-spc-not-found'))), ['csi-mount-not-readonly']);
    writeFileSync(gitignore, 'build/\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(gitignore), type: 2 }] });
    await client.waitFor(pod, (d) => codes(d).includes('csi-spc-not-found'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('workspace folders: each folder is its own project; a folder added later is one too', async () => {
  const a = copyProject('project');
  const b = copyProject('project');
  // In b the SPC is missing: its pod's volume names nothing.
  rmSync(join(b, 'spc.yaml'));
  const c = copyProject('project');
  rmSync(join(c, '.vvp-kv-lint.yaml'));
  rmSync(join(c, 'spc.yaml'));
  const client = await LspClient.start({ folders: [a, b] });
  try {
    await client.open(join(a, 'pod.yaml'), readFileSync(join(a, 'pod.yaml'), 'utf8'));
    await client.open(join(b, 'pod.yaml'), readFileSync(join(b, 'pod.yaml'), 'utf8'));
    await client.waitFor(join(a, 'pod.yaml'), (d) => codes(d).join() === 'csi-mount-not-readonly');
    await client.waitFor(join(b, 'pod.yaml'), (d) => codes(d).includes('csi-spc-not-found'));
    // A folder without a config nor git: the folder is the project root (its files give the context).
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(c), name: 'c' }], removed: [{ uri: uriOf(b), name: 'b' }] } });
    writeFileSync(join(c, 'spc-c.yaml'), readFileSync(join(a, 'spc.yaml'), 'utf8'));
    await client.open(join(c, 'pod.yaml'), readFileSync(join(c, 'pod.yaml'), 'utf8'));
    await client.waitFor(join(c, 'pod.yaml'), (d) => codes(d).join() === 'csi-mount-not-readonly');
  } finally {
    assert.equal(await client.stop(), 0);
  }
  for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
});

test("Azure rules read the config's azureState file (as lint does); a changed state file is read again", async () => {
  const dir = copyProject('azure');
  const spc = join(dir, 'spc.yaml');
  const lint = await spawnCli(['spc.yaml', '--format', 'json'], { cwd: dir });
  assert.deepEqual((JSON.parse(lint.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId), ['kv-vault-not-found'], describe(lint));
  const client = await LspClient.start({ folders: [dir], watch: true });
  try {
    await client.open(spc, readFileSync(spc, 'utf8'));
    await client.waitFor(spc, (d) => codes(d).join() === 'kv-vault-not-found');
    // The vault appears in the state file: the finding goes.
    const state = readFileSync(join(dir, 'azure-state.json'), 'utf8');
    writeFileSync(join(dir, 'azure-state.json'), state.replace(/kv-rbac/g, 'kv-orders-prod'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'azure-state.json')), type: 2 }] });
    await client.waitFor(spc, (d) => !codes(d).includes('kv-vault-not-found'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('lint: a config azureState outside the project is refused (exit 2), like a config baseline', async () => {
  const dir = copyProject('azure');
  writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'azureState: ../elsewhere.json\n');
  const r = await spawnCli(['spc.yaml'], { cwd: dir });
  assert.equal(r.code, 2, describe(r));
  assert.match(r.stderr, /config azureState \.\.\/elsewhere\.json is outside the project/);
  // --azure-state replaces the config's file.
  const flag = await spawnCli(['spc.yaml', '--azure-state', 'azure-state.json', '--format', 'json'], { cwd: dir });
  assert.equal(flag.code, 1, describe(flag));
  rmSync(dir, { recursive: true, force: true });
});

test('an invalid config is said once and the server keeps serving; fixed, the document is checked', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'rules:\n  csi-mount-not-readnly: off\n');
  const client = await LspClient.start({ folders: [dir], watch: true });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.waitFor(pod, (d) => d.length === 0);
    const deadline = Date.now() + 90_000; // a hang guard: the loop ends when the message arrives
    while (!client.messages.some((m) => m.includes('unknown rule id "csi-mount-not-readnly"')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(client.messages.some((m) => /\.vvp-kv-lint\.yaml:2:3: rules\.csi-mount-not-readnly: unknown rule id/.test(m)), client.messages.join('\n'));
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'rules:\n  csi-mount-not-readonly: warning\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, '.vvp-kv-lint.yaml')), type: 2 }] });
    const d = await client.waitFor(pod, (x) => x.length === 1);
    assert.equal(d[0]!.severity, 2, 'the level the config sets');
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('a client without file watching: a save makes the server look at the disk again', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const spc = join(dir, 'spc.yaml');
  const client = await LspClient.start({ folders: [dir], watch: false });
  try {
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.waitFor(pod, (d) => codes(d).join() === 'csi-mount-not-readonly');
    // Another program renames the SPC (a git checkout); the editor only saves the pod.
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(spc, readFileSync(spc, 'utf8').replace('name: orders-kv', 'name: other-kv'));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(pod) } });
    await client.waitFor(pod, (d) => codes(d).includes('csi-spc-not-found'));
  } finally {
    assert.equal(await client.stop(), 0);
  }
  rmSync(dir, { recursive: true, force: true });
});
