// Pre-commit runs on Flink files: a staged native pod-template file is checked as a Flink pod template although
// the configuration that names it (an unchanged flink-conf.yaml) is only read for context, with the context cache
// on (second run: the configuration's objects come from the cache, its file is not re-read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { RULE_FIXTURES } from '../support/paths.js';

function findings(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { ruleId: string; file: string; startLine: number }[] }).findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId}`);
}

test('a staged pod-template file is a Flink pod template through an unchanged flink-conf.yaml', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flink-staged-'));
  const cache = mkdtempSync(join(tmpdir(), 'flink-staged-cache-'));
  try {
    cpSync(join(RULE_FIXTURES, 'flink-container-name/fail-operator-and-native'), dir, { recursive: true });
    const env = { VVP_KV_LINT_CACHE_DIR: cache };
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', join(dir, 'pod-templates/taskmanager.yaml')], { cwd: dir, env });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(findings(r.stdout), ['pod-templates/taskmanager.yaml:7 flink-container-name'], `run ${run + 1}`);
    }
    // The configuration alone: nothing of its own to report.
    const conf = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', join(dir, 'flink-conf.yaml')], { cwd: dir, env });
    assert.deepEqual(findings(conf.stdout), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});
