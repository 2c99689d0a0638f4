// A real editor as the client: Debian's Neovim (0.7, headless, its built-in LSP client) starts `vvp-kv-lint lsp`,
// opens a fixture, receives the diagnostics, applies the fix code action and writes the buffer
// (test/fixtures/lsp/neovim.lua). The test then reads what Neovim reported and the file it wrote. .ci/run installs
// the `neovim` package; without `nvim` on PATH this test fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../support/spawn-cli.js';
import { fixturePath } from '../support/paths.js';
import { copyProject } from './client.js';

interface Report {
  ok: boolean;
  msg: string;
  steps: string[];
  before?: { lnum: number; col: number; code?: string; source?: string; message: string }[];
  actions?: string[];
  after?: unknown[];
}

test('Neovim (headless, built-in LSP client) shows the finding, applies the fix and writes the file', () => {
  const dir = copyProject('project');
  const pod = join(dir, 'pod.yaml');
  const out = join(dir, '..', `${dir.split('/').pop()}-nvim.json`);
  const original = readFileSync(pod, 'utf8');
  const home = mkdtempSync(join(tmpdir(), 'vvp-nvim-home-'));
  const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${fixturePath('lsp', 'neovim.lua')}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000, // a hang guard above the script's own bounded waits (60 + 30 + 60 s)
    // Neovim's own state, data, cache (its lsp.log) and config in a directory of the test's, not in HOME or the project.
    env: { ...process.env, LSP_OUT: out, LSP_FIXTURE: pod, LSP_ROOT: dir, LSP_BIN: BIN, LSP_NODE: process.execPath, XDG_STATE_HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home, XDG_CONFIG_HOME: home, VVP_KV_LINT_CACHE: 'off' },
  });
  assert.equal(run.error, undefined, `nvim could not run (is the Debian package neovim installed?): ${run.error?.message}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  assert.ok(report.ok, `${report.msg}\n${JSON.stringify(report, null, 2)}\n${run.stderr}`);
  assert.deepEqual(report.steps, ['attached', 'diagnostics', 'applied', 'cleared']);
  assert.deepEqual(report.before?.map((d) => [d.code, d.lnum, d.col, d.source]), [['csi-mount-not-readonly', 13, 10, 'vvp-kv-lint']]);
  assert.ok(report.actions?.some((t) => t.startsWith('Suppress csi-mount-not-readonly')), JSON.stringify(report.actions));
  const written = readFileSync(pod, 'utf8');
  assert.notEqual(written, original);
  assert.match(written, /mountPath: \/mnt\/kv\n\s+readOnly: true\n/);
  rmSync(out, { force: true });
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});
