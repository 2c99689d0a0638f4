// An offline lint never loads the Kubernetes or Azure SDKs (start-up time, and no live code on the offline path):
// a module-resolution hook records every ES module the CLI process loads while linting the example repository, and a
// preloaded script every CommonJS module (bin/ and the bundle are CommonJS; the SDKs would come through `import()`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

test('lint of fixtures/ loads no Kubernetes or Azure SDK module', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-imports-'));
  const log = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const r = await next(specifier, context);\n  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');\n  return r;\n}\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + hooks)});\n`);
  const commonjs = join(dir, 'commonjs.cjs');
  writeFileSync(commonjs, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n'));\n`);
  const run = spawnSync(process.execPath, ['--import', register, '--require', commonjs, join(REPO_ROOT, 'bin/vvp-kv-lint.js'), 'fixtures/', '--format', 'sarif'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  assert.ok(loaded.some((u) => u.includes('/dist/bundle/main.cjs')), 'the log saw the CLI modules');
  const sdk = loaded.filter((u) => /node_modules\/(@azure|@kubernetes|@azure-rest|@typespec)\//.test(u));
  assert.deepEqual(sdk, []);
});
