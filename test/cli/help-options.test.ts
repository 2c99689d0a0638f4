// Every command's --help is generated from the table its parser reads (src/cli/option-table.ts). Through the CLI's
// `main`, in this process (the help text and the answers are all made there; that the process prints them and exits
// 0 or 2 is test/gate/conventions.test.ts's): each option a command accepts has its line (with its short form and
// value name) in that command's help, no help text names an option that no command accepts, and a mistyped option is
// answered with the closest one of that same table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINT_OPTIONS } from '../../src/cli/commands/lint.js';
import { AUDIT_OPTIONS } from '../../src/cli/commands/audit.js';
import { FLEET_OPTIONS } from '../../src/cli/commands/audit-options.js';
import { RULES_OPTIONS } from '../../src/cli/commands/rules.js';
import { BASELINE_OPTIONS } from '../../src/cli/commands/baseline.js';
import { POLICY_OPTIONS } from '../../src/cli/commands/policy.js';
import { SNAPSHOT_OPTIONS } from '../../src/cli/commands/snapshot.js';
import { optionLabel, renderOptions, type OptionTable } from '../../src/cli/option-table.js';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/paths.js';

const TABLES: readonly (readonly [string, OptionTable])[] = [
  ['lint', LINT_OPTIONS],
  ['audit', AUDIT_OPTIONS],
  ['audit', FLEET_OPTIONS],
  ['rules', RULES_OPTIONS],
  ['baseline', BASELINE_OPTIONS],
  ['policy', POLICY_OPTIONS],
  ['snapshot', SNAPSHOT_OPTIONS],
];

async function helpOf(command: string): Promise<string> {
  const run = await runCli([command, '--help'], { cwd: REPO_ROOT });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

for (const [command, table] of TABLES) {
  test(`${command} --help has a line for every option of its parser table (${Object.keys(table).length})`, async () => {
    const help = await helpOf(command);
    const missing = Object.entries(table)
      .filter(([name, o]) => !help.split('\n').some((l) => l.startsWith(optionLabel(name, o))))
      .map(([name]) => `--${name}`);
    assert.deepEqual(missing, [], `${command} --help lacks: ${missing.join(', ')}`);
    for (const [name, o] of Object.entries(table)) {
      assert.ok(o.help.trim().length > 0, `--${name} has no description`);
      if (o.type === 'string') assert.ok(o.value, `--${name} takes a value but names none for the help`);
      if (o.multiple) assert.match(renderOptions({ [name]: o }), /repeatable/, `--${name} is repeatable`);
    }
  });
}

test('no help text names an option that no command accepts', async () => {
  const known = new Set(TABLES.flatMap(([, t]) => Object.keys(t)).concat('version'));
  const texts = await Promise.all([runCli(['--help'], { cwd: REPO_ROOT }).then((r) => r.stdout), ...['lint', 'audit', 'rules', 'explain', 'baseline', 'policy', 'snapshot'].map(helpOf)]);
  const named = new Set(texts.flatMap((t) => [...t.matchAll(/(?<![\w-])--([a-z][a-z-]*[a-z])/g)].map((m) => m[1]!)));
  assert.deepEqual([...named].filter((n) => !known.has(n)), []);
});

test('a mistyped option is answered from the same table, for every command', async () => {
  const cases: [string[], RegExp][] = [
    [['policy', '--formt', 'vap'], /unknown option --formt \(did you mean --format\?\)/],
    [['snapshot', '--subscripton', 'x'], /unknown option --subscripton \(did you mean --subscription\?\)/],
    [['audit', '--context', 'a', '--context', 'b', '--max-paralel', '2'], /unknown option --max-paralel \(did you mean --max-parallel\?\)/],
    [['baseline', 'write', 'b.json', '--vvp-verison', '2.7'], /unknown option --vvp-verison \(did you mean --vvp-version\?\)/],
  ];
  for (const [args, re] of cases) {
    const run = await runCli(args, { cwd: REPO_ROOT });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, re);
  }
});
