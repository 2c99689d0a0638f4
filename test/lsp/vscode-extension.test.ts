// The VS Code extension (editors/vscode/) is a client only: it starts the CLI's bundled server. Its server lookup
// is checked here without VS Code (the `vscode` module is only required inside activate()): from this checkout it
// finds bin/vvp-kv-lint.js, and the command it builds answers an LSP initialize.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { REPO_ROOT } from '../support/paths.js';

const EXT = join(REPO_ROOT, 'editors/vscode');

test('the extension manifest names its entry, its settings and the client library it needs', () => {
  const pkg = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8')) as { main: string; private: boolean; activationEvents: string[]; dependencies: Record<string, string>; contributes: { configuration: { properties: Record<string, unknown> } } };
  assert.equal(pkg.main, './extension.js');
  assert.equal(pkg.private, true, 'not published');
  assert.ok(pkg.activationEvents.includes('onLanguage:yaml'));
  assert.ok(pkg.dependencies['vscode-languageclient']);
  assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), ['vvpKvLint.debounceMs', 'vvpKvLint.nodePath', 'vvpKvLint.serverPath']);
});

test("the extension's server command, from this checkout, starts the bundled language server", async () => {
  const ext = createRequire(import.meta.url)(join(EXT, 'extension.js')) as { serverCommand: (s: { serverPath?: string; nodePath?: string }, dirs: string[], extDir: string) => { command: string; args: string[] } };
  const cmd = ext.serverCommand({ serverPath: '', nodePath: 'node' }, ['/nonexistent-workspace'], EXT);
  assert.deepEqual(cmd, { command: 'node', args: [join(REPO_ROOT, 'bin/vvp-kv-lint.js'), 'lsp', '--stdio'] });
  assert.deepEqual(ext.serverCommand({}, [], '/nowhere/editors/vscode'), { command: 'vvp-kv-lint', args: ['lsp', '--stdio'] }, 'else vvp-kv-lint on PATH');
  const child = spawn(process.execPath, cmd.args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.listen();
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  try {
    const init = await conn.sendRequest<{ serverInfo: { name: string }; capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'vvp-kv-lint');
    assert.ok(init.capabilities['codeActionProvider'] && init.capabilities['hoverProvider'] && init.capabilities['definitionProvider']);
    await conn.sendRequest('shutdown');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    clearTimeout(timer);
    conn.dispose();
  }
});
