// The bundled example repository (fixtures/): every deliberate mistake is reported exactly once, at the marked
// line and column, and nothing else is — run as a newcomer does, from the repository root with its config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from './support/run-cli.js';
import { actualFromJson, readExpectations, compare } from './support/expectations.js';
import { REPO_ROOT } from './support/paths.js';

test('fixtures/ reports exactly the marked mistakes', async () => {
  const run = await runCli(['fixtures/', '--format', 'json'], { cwd: REPO_ROOT });
  assert.equal(run.code, 1, run.stderr);
  const expected = readExpectations(join(REPO_ROOT, 'fixtures')).map((e) => ({ ...e, file: `fixtures/${e.file}` })).sort(compare);
  assert.deepEqual(actualFromJson(run.stdout), expected);
});

test('fixtures/ text output names files with line:col and a summary', async () => {
  const run = await runCli(['fixtures/'], { cwd: REPO_ROOT });
  assert.match(run.stdout, /fixtures\/vvp\/orders-enrichment\.yaml/);
  assert.match(run.stdout, /31:42\s+error\s+.*csi-spc-not-found/);
  assert.match(run.stdout, /✖ 9 problems \(5 errors, 1 warning, 3 notes\)/);
});
