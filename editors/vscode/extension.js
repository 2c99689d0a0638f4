// VS Code client for `vvp-kv-lint lsp`. Client only: it starts the CLI's bundled server (bin/vvp-kv-lint.js, which
// runs dist/bundle/) over stdio and lets vscode-languageclient do the rest. Not published to the marketplace:
// `npm install` here, then `npx @vscode/vsce package` for a .vsix, or open this folder in VS Code and press F5.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

let client;

/** The server command: the setting, else the workspace's installed CLI, else this checkout's, else `vvp-kv-lint` on PATH. */
function serverCommand(settings, workspaceDirs, extensionDir) {
  const node = settings.nodePath || 'node';
  const candidates = [
    settings.serverPath,
    ...workspaceDirs.map((d) => join(d, 'node_modules', 'vvp-kv-lint', 'bin', 'vvp-kv-lint.js')),
    join(extensionDir, '..', '..', 'bin', 'vvp-kv-lint.js'),
  ].filter(Boolean);
  const script = candidates.find((p) => existsSync(p));
  return script ? { command: node, args: [script, 'lsp', '--stdio'] } : { command: 'vvp-kv-lint', args: ['lsp', '--stdio'] };
}

function activate(context) {
  const vscode = require('vscode');
  const { LanguageClient } = require('vscode-languageclient/node');
  const config = vscode.workspace.getConfiguration('vvpKvLint');
  const settings = { serverPath: config.get('serverPath'), nodePath: config.get('nodePath') };
  const dirs = (vscode.workspace.workspaceFolders || []).map((f) => f.uri.fsPath);
  const run = serverCommand(settings, dirs, context.extensionPath);
  client = new LanguageClient(
    'vvpKvLint',
    'vvp-kv-lint',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'yaml' },
        { scheme: 'file', language: 'json' },
      ],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}') },
      initializationOptions: { debounceMs: config.get('debounceMs') },
    },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverCommand };
