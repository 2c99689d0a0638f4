// Go-template placeholders outside Helm (`name: {{.Name}}`) are YAML flow maps with a map as key: the yaml library
// warns about them through process.emitWarning, which a user would see on stderr. Run as a process, the CLI must
// print nothing there, and read the template as the placeholder text it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, fixturePath } from '../support/paths.js';

test('a Go-template file: no library warning on stderr, placeholders reported', () => {
  const dir = fixturePath('rules', 'unresolved-placeholder', 'fail-every-field');
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'vvp-kv-lint.js'), '--root', dir, '--format', 'json', '--fail-level', 'none', dir], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0);
  assert.equal(run.stderr, '');
  const findings = (JSON.parse(run.stdout) as { findings: { file: string; startLine: number; ruleId: string; message: string }[] }).findings;
  const volume = findings.find((f) => f.file === 'pod.yaml' && f.startLine === 21);
  assert.equal(volume?.ruleId, 'unresolved-placeholder');
  assert.match(volume.message, /\{\{\.Name\}\}/);
});
