// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner. Node 20's --test has no glob
// support, and pointing it at dist/test/ would also execute the helper modules as tests.
// The tests run with TMPDIR set to a directory of this run's own, removed afterwards: whatever a test (or a tool it
// starts: git, pre-commit, the SARIF multitool) leaves in os.tmpdir(), a run leaves nothing behind.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';

const filter = process.argv.slice(2);
// `run-tests.mjs <rule-id> [...]`: everything about those rules — from the files that cover every rule, only their
// tests (RuleTester cases, fixture cases, documentation examples), selected by name — plus files named after them.
const ruleIds = filter.length && filter.every((a) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(a) && existsSync(`rules/${a}.yaml`)) ? filter : [];
const ALL_RULES_FILES = ['dist/test/rules/rule-tester-cases.test.js', 'dist/test/rules/rule-fixtures.test.js', 'dist/test/workflow/rule-docs.test.js'];
const files = fg.sync('dist/test/**/*.test.js').sort().filter((f) => !filter.length || filter.some((p) => f.includes(p)) || (ruleIds.length && ALL_RULES_FILES.includes(f)));
const namePattern = ruleIds.length ? [`--test-name-pattern=(^|[^a-z0-9-])(${ruleIds.join('|')})([^a-z0-9-]|$)`] : [];
if (!files.length) {
  console.error('run-tests: no test files found under dist/test (did the build run?)');
  process.exit(1);
}
const runTmp = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-tests-'));
// Traversable by others (mkdtemp makes it 0700): the hostile-filesystem tests lint a temp repository as `nobody`.
chmodSync(runTmp, 0o755);
let result;
try {
  result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...namePattern, ...files], { stdio: 'inherit', env: { ...process.env, TMPDIR: runTmp } });
} finally {
  rmSync(runTmp, { recursive: true, force: true });
}
process.exit(result.status ?? 1);
