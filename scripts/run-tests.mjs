// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner, two files at a time, each in a
// process of its own (what `node --test --test-concurrency=2` does). Pointing --test at dist/test/ would also execute
// the helper modules as tests. The runner's API (`run`) is used rather than the CLI because the CLI sorts the files
// by name, and the order matters here (LONGEST_FIRST below); the report is the CLI's (spec on a terminal, else TAP).
// The tests run with TMPDIR set to a directory of this run's own, removed afterwards: whatever a test (or a tool it
// starts: git, pre-commit, the SARIF multitool) leaves in os.tmpdir(), a run leaves nothing behind.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';
import fg from 'fast-glob';

const filter = process.argv.slice(2);
// `run-tests.mjs <rule-id> [...]`: everything about those rules — from the files that cover every rule, only their
// tests (RuleTester cases, fixture cases, documentation examples), selected by name — plus files named after them.
const ruleIds = filter.length && filter.every((a) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(a) && existsSync(`rules/${a}.yaml`)) ? filter : [];
const ALL_RULES_FILES = ['dist/test/rules/rule-tester-cases.test.js', 'dist/test/rules/rule-fixtures.test.js', 'dist/test/workflow/rule-docs.test.js'];
// The longest files start first. Two files run at a time in the order given; in alphabetical order the pre-commit,
// Action and package tests (tens of seconds each, much of it waiting for git, pre-commit and npm) came last, and the
// run ended with one of them alone while the other core idled. A file missing from this list runs in its turn.
const LONGEST_FIRST = [
  'workflow/pre-commit', 'remediation/az-roundtrip', 'load/parse-workers', 'security/cache-gate', 'security/hostile-inputs',
  'lsp/protocol', 'live/audit-gates', 'gate/live-sources', 'policy/parity', 'start/code-cache', 'load/context-cache',
  'hostile/filesystem', 'rules/rule-fixtures', 'property/engine', 'workflow/package', 'workflow/rule-docs',
  'realworld/realworld', 'workflow/action', 'security/secrets-property',
].map((name) => `dist/test/${name}.test.js`);
const rank = (f) => (LONGEST_FIRST.includes(f) ? LONGEST_FIRST.indexOf(f) : LONGEST_FIRST.length);
const files = fg
  .sync('dist/test/**/*.test.js')
  .sort()
  .sort((a, b) => rank(a) - rank(b))
  .filter((f) => !filter.length || filter.some((p) => f.includes(p)) || (ruleIds.length && ALL_RULES_FILES.includes(f)));
const namePatterns = ruleIds.length ? [new RegExp(`(^|[^a-z0-9-])(${ruleIds.join('|')})([^a-z0-9-]|$)`)] : undefined;
if (!files.length) {
  console.error('run-tests: no test files found under dist/test (did the build run?)');
  process.exit(1);
}
const runTmp = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-tests-'));
// Traversable by others (mkdtemp makes it 0700): the hostile-filesystem tests lint a temp repository as `nobody`.
chmodSync(runTmp, 0o755);
// The test processes inherit this environment.
process.env.TMPDIR = runTmp;
let failed = false;
const stream = run({ files: files.map((f) => resolve(f)), concurrency: 2, testNamePatterns: namePatterns });
// A failing test, or a file that fails outside any test (it then counts as a failed test of its own).
stream.on('test:fail', () => (failed = true));
stream.on('end', () => {
  rmSync(runTmp, { recursive: true, force: true });
  process.exitCode = failed ? 1 : 0;
});
stream.compose(process.stdout.isTTY ? spec : tap).pipe(process.stdout);
