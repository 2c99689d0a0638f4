// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner, in three processes at a time. The
// files are shared into six chunks, each one process that imports its files one after another: starting a process per
// file (what `node --test` does) cost about a third of a second of CPU per file, and every file paid again for
// compiling and warming up the same engine, parser and rules; in one process the second file finds them hot. The
// files' top-level tests run one at a time in their process, as they did, and the files never share state through
// anything but modules (no test sets process.env, changes directory or installs a global hook).
// Pointing --test at dist/test/ would also execute the helper modules as tests. The runner's API (`run`) is used
// rather than the CLI so the chunks can be given in order (longest first); the report is the CLI's (spec on a
// terminal, else TAP).
// The tests run with TMPDIR set to a directory of this run's own, removed afterwards: whatever a test (or a tool it
// starts: git, pre-commit, the SARIF multitool) leaves in os.tmpdir(), a run leaves nothing behind.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';
import fg from 'fast-glob';

// The live modules' SDK imports resolve to the product's SDK bundles in the test processes (see the hooks' header).
const SDK_BUNDLE_HOOKS = new URL('./lib/sdk-bundle-hooks.mjs', import.meta.url).href;

const filter = process.argv.slice(2);
// `run-tests.mjs <rule-id> [...]`: everything about those rules — from the files that cover every rule, only their
// tests (RuleTester cases, fixture cases, documentation examples), selected by name — plus files named after them.
const ruleIds = filter.length && filter.every((a) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(a) && existsSync(`rules/${a}.yaml`)) ? filter : [];
const ALL_RULES_FILES = ['dist/test/rules/rule-tester-cases.test.js', 'dist/test/rules/rule-fixtures.test.js', 'dist/test/workflow/rule-docs.test.js'];
const files = fg
  .sync('dist/test/**/*.test.js')
  .sort()
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
const chunks = chunkFiles(files).map((chunk, i, all) => writeChunk(chunk, join(runTmp, `tests-${i + 1}-of-${all.length}.mjs`)));
let failed = false;
const stream = run({ files: chunks, concurrency: 3, testNamePatterns: namePatterns });
// A failing test, or a file that fails outside any test (it then counts as a failed test of its own).
stream.on('test:fail', () => (failed = true));
stream.on('end', () => {
  rmSync(runTmp, { recursive: true, force: true });
  process.exitCode = failed ? 1 : 0;
});
stream.compose(process.stdout.isTTY ? spec : tap).pipe(process.stdout);

/**
 * Shares the files into CHUNKS processes by their measured time (scripts/test-costs.json; a file not measured counts as
 * DEFAULT_COST): longest first, each into the chunk that ends soonest, then the chunks longest first. Three run at a
 * time on the two cores: many tests wait on a process they started (git, pre-commit, az, the multitool, the CLI),
 * and a third lane uses that time. Measured on the idle 2-core machine, the whole suite: 4 chunks 2 at a time 158 s;
 * 6 chunks 3 at a time 144 s (twice); 8 chunks 3 at a time 151 s; 3 chunks 3 at a time 160 s; 8 chunks 4 at a time
 * 163 s. A run of a few files gets one chunk per two files at most.
 */
function chunkFiles(selected) {
  const CHUNKS = 6;
  const DEFAULT_COST = 2;
  const table = JSON.parse(readFileSync(new URL('./test-costs.json', import.meta.url), 'utf8'));
  const costOf = (f) => table[f.replace(/^dist\/test\//, '')] ?? DEFAULT_COST;
  const count = Math.max(1, Math.min(CHUNKS, Math.ceil(selected.length / 2)));
  const bins = Array.from({ length: count }, () => ({ cost: 0, files: [] }));
  for (const f of [...selected].sort((a, b) => costOf(b) - costOf(a) || a.localeCompare(b))) {
    const bin = bins.reduce((least, b) => (b.cost < least.cost ? b : least));
    bin.cost += costOf(f);
    bin.files.push(f);
  }
  return bins.filter((b) => b.files.length).sort((a, b) => b.cost - a.cost).map((b) => b.files);
}

/**
 * A chunk: a module importing its test files one after another (each file's tests start as it is imported). A file
 * that fails to load becomes a failing test of that name, and the chunk goes on with the next file.
 */
function writeChunk(chunk, path) {
  const urls = chunk.map((f) => pathToFileURL(resolve(f)).href);
  writeFileSync(
    path,
    `import { test } from 'node:test';\n` +
      `import { register } from 'node:module';\n` +
      `register(${JSON.stringify(SDK_BUNDLE_HOOKS)});\n` +
      `for (const url of ${JSON.stringify(urls, null, 1)}) {\n` +
      `  try { await import(url); } catch (error) { test(\`loading \${url}\`, () => { throw error; }); }\n` +
      `}\n`,
  );
  return path;
}
