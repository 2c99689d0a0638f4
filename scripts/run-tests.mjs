// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner. Node 20's --test has no glob
// support, and pointing it at dist/test/ would also execute the helper modules as tests.
import { spawnSync } from 'node:child_process';
import fg from 'fast-glob';

const filter = process.argv.slice(2);
const files = fg.sync('dist/test/**/*.test.js').sort().filter((f) => !filter.length || filter.some((p) => f.includes(p)));
if (!files.length) {
  console.error('run-tests: no test files found under dist/test (did the build run?)');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
