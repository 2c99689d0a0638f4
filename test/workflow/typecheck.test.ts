// The strict type check of src/, test/ and bench/ (scripts/typecheck.mjs, tsc with --noEmit). `npm test` compiles
// with esbuild, which only strips types, and checks them here, as one test among the others: the check's 4 s of CPU
// (TypeScript 7, the native compiler) then share the two cores with the rest of the suite instead of holding every
// test up. `npm run build` runs the
// same check before it bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

test('the sources type-check (tsc --noEmit, tsconfig.json)', { timeout: 300_000 }, async () => {
  // As package.json runs the build scripts: V8 without background threads (scripts/lib/finish.mjs says why).
  const child = spawn(process.execPath, ['--single-threaded', join(REPO_ROOT, 'scripts/typecheck.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `type errors (fix them, or run node scripts/typecheck.mjs):\n${output}`);
});
