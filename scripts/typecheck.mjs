// `tsc -p tsconfig.json --noEmit`: the strict type check of src/, test/ and bench/, reported as tsc reports it (exit 1
// on an error). scripts/compile.mjs emits dist/ without it (esbuild); `npm run build` runs this after the emit, and
// `npm test` runs it as a test (test/workflow/typecheck.test.ts), beside the others.
// TypeScript 7 (the native compiler) checks the project in about 4 s of CPU, where TypeScript 5.9 took 16-18 s.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTsc } from './lib/tsc.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = ['-p', 'tsconfig.json', '--noEmit', '--pretty', process.stdout.isTTY ? 'true' : 'false'];
const result = runTsc(args, { cwd: root, stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`typecheck: could not start tsc (${result.error.message}); run npm ci\n`);
  process.exit(2);
}
process.exit(result.status ?? 1);
