// The language server is a bundle of its own (scripts/bundle.mjs): lint's bundle never carries the protocol
// libraries, and `vvp-kv-lint lsp` loads dist/bundle/lsp.cjs only when run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { spawnCli, describe } from '../support/spawn-cli.js';

test("lint's bundle has no language server; lsp.cjs has it", () => {
  const cli = readFileSync(join(REPO_ROOT, 'dist/bundle/cli.cjs'), 'utf8');
  assert.ok(!cli.includes('vscode-languageserver') && !cli.includes('createConnection'), 'cli.cjs carries the protocol libraries');
  assert.ok(cli.includes("__vkl_import('./lsp.cjs')") || cli.includes('__vkl_import("./lsp.cjs")'), 'cli.cjs loads lsp.cjs for the lsp command');
  assert.ok(existsSync(join(REPO_ROOT, 'dist/bundle/lsp.cjs')));
});

test('lsp --help and a usage error', async () => {
  const help = await spawnCli(['lsp', '--help'], { cwd: REPO_ROOT });
  assert.equal(help.code, 0, describe(help));
  assert.match(help.stdout, /Usage: vvp-kv-lint lsp/);
  const bad = await spawnCli(['lsp', '--tcp'], { cwd: REPO_ROOT });
  assert.equal(bad.code, 2, describe(bad));
  assert.match(bad.stderr, /--tcp/);
});
