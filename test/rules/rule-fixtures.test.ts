// Every rule has fixture cases under test/fixtures/rules/<rule-id>/<case>/: cases named fail* must produce exactly
// the findings their `# expect:` markers declare (rule id, line, column; every other finding counts as a failure),
// cases named pass* must produce none at all. Each case directory is its own project root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { actualFromJson, readExpectations } from '../support/expectations.js';
import { RULE_FIXTURES, REPO_ROOT } from '../support/paths.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';

const ruleIds = readdirSync(join(REPO_ROOT, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));

for (const ruleId of existsSync(RULE_FIXTURES) ? readdirSync(RULE_FIXTURES).sort() : []) {
  const ruleDir = join(RULE_FIXTURES, ruleId);
  for (const caseName of readdirSync(ruleDir).filter((c) => statSync(join(ruleDir, c)).isDirectory()).sort()) {
    const caseDir = join(ruleDir, caseName);
    test(`${ruleId}/${caseName}`, async () => {
      const extra = existsSync(join(caseDir, 'args.txt')) ? (await import('node:fs')).readFileSync(join(caseDir, 'args.txt'), 'utf8').trim().split(/\s+/) : [];
      const run = await runCli(['--root', caseDir, '--format', 'json', '--fail-level', 'none', ...extra, caseDir], { cwd: caseDir });
      assert.equal(run.code, 0, run.stderr);
      const actual = actualFromJson(run.stdout);
      const expected = readExpectations(caseDir);
      if (caseName.startsWith('pass')) {
        assert.deepEqual(actual, [], `a pass case must produce no finding`);
      } else {
        assert.ok(expected.some((e) => e.ruleId === ruleId), `fail case must expect at least one ${ruleId}`);
        assert.deepEqual(actual, expected);
      }
    });
  }
}

// Rules that declare `requires` (Azure state, a live cluster, the VVP API) are covered against those sources:
// test/azure/ (state file and local ARM server), test/live/cluster-rules.test.ts, test/live-vvp/.
const NEEDS_OTHER_SOURCES = new Set(RULE_MODULES.filter((m) => m.definition.requires?.length).map((m) => m.id));

test('every rule has a failing and a passing fixture case', () => {
  const missing: string[] = [];
  for (const id of ruleIds.filter((r) => !NEEDS_OTHER_SOURCES.has(r))) {
    const dir = join(RULE_FIXTURES, id);
    const cases = existsSync(dir) ? readdirSync(dir) : [];
    if (!cases.some((c) => c.startsWith('fail'))) missing.push(`${id}: no fail* case`);
    if (!cases.some((c) => c.startsWith('pass'))) missing.push(`${id}: no pass* case`);
  }
  assert.deepEqual(missing, []);
});
