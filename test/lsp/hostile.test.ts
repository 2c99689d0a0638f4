// Bad input never crashes the server: binary text, nesting past the parser's limit, requests about documents it
// does not know and positions past the end, other URI schemes. It keeps serving the good documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, LspClient, uriOf } from './client.js';

test('binary and deeply nested documents are parse findings; odd requests get empty answers; the server survives', async () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const binary = join(dir, 'binary.yaml');
  const deep = join(dir, 'deep.yaml');
  const client = await LspClient.start({ folders: [dir] });
  try {
    await client.open(binary, 'kind: Pod\nmetadata:\n  name: x\u0000\u0001\n');
    await client.open(deep, `${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'yaml', version: 1, text: 'kind: [' } });
    const b = await client.waitFor(binary, (d) => d.length > 0);
    assert.deepEqual(b.map((d) => d.code), ['yaml-parse-error']);
    assert.deepEqual(b[0]!.range.start, { line: 2, character: 9 }, 'at the first NUL');
    const d = await client.waitFor(deep, (x) => x.length > 0);
    assert.deepEqual(d.map((x) => x.code), ['yaml-parse-error']);
    for (const uri of [uriOf(join(dir, 'not-open.yaml')), 'untitled:Untitled-1', uriOf(binary)]) {
      const far = { line: 10_000, character: 10_000 };
      assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [] } }), []);
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: far }), null);
      assert.deepEqual(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: far }), []);
    }
    assert.equal(client.publications('untitled:Untitled-1'), 0);
    // Still serving the good document.
    await client.open(pod, readFileSync(pod, 'utf8'));
    await client.waitFor(pod, (x) => x.map((y) => y.code).join() === 'csi-mount-not-readonly');
  } finally {
    assert.equal(await client.stop(), 0);
  }
  assert.doesNotMatch(client.stderr, /internal error|TypeError|RangeError/);
  assert.ok(!client.messages.some((m) => /internal error/.test(m)), client.messages.join('\n'));
  rmSync(dir, { recursive: true, force: true });
});
