// Measures how long each compiled test file takes on its own (wall seconds, `node --test <file>` one at a time) and
// writes scripts/test-costs.json, which scripts/run-tests.mjs uses to share the files fairly between its two test
// processes. Run after a build, on an idle machine, when files were added or grew a lot:
//   npm run build && node scripts/measure-test-costs.mjs
// A file missing from the table counts as DEFAULT_COST (run-tests.mjs), so a stale table only costs balance.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';

const files = fg.sync('dist/test/**/*.test.js').sort();
const runTmp = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-costs-'));
chmodSync(runTmp, 0o755);
const costs = {};
for (const file of files) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['--test', '--test-reporter=dot', file], { stdio: 'ignore', env: { ...process.env, TMPDIR: runTmp } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  costs[file.replace(/^dist\/test\//, '')] = Math.round(seconds * 100) / 100;
  process.stdout.write(`${seconds.toFixed(2)} s  ${file}\n`);
}
rmSync(runTmp, { recursive: true, force: true });
writeFileSync('scripts/test-costs.json', `${JSON.stringify(costs, null, 1)}\n`);
