// Every option a command accepts is named in that command's --help: the help text is written by hand, the option
// tables are what the parser accepts, and this test keeps them from drifting apart (an option nobody can discover
// from --help is as good as missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINT_OPTIONS } from '../../src/cli/commands/lint.js';
import { AUDIT_OPTIONS } from '../../src/cli/commands/audit.js';
import { spawnCli } from '../support/spawn-cli.js';
import { REPO_ROOT } from '../support/paths.js';

for (const [command, options] of [['lint', LINT_OPTIONS], ['audit', AUDIT_OPTIONS]] as const) {
  test(`${command} --help names every option ${command} accepts`, async () => {
    const run = await spawnCli([command, '--help'], { cwd: REPO_ROOT });
    assert.equal(run.code, 0, run.stderr);
    const missing = Object.keys(options).filter((name) => !new RegExp(`--${name}(?![\\w-])`).test(run.stdout));
    assert.deepEqual(missing, [], `${command} --help does not mention: ${missing.map((m) => `--${m}`).join(', ')}`);
  });
}
