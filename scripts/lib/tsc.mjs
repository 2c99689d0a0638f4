// TypeScript's compiler, as the package installs it: `typescript` 7 is the native compiler (a Go executable in the
// platform package, started by the package's `bin/tsc`), with no JavaScript compiler API. The two scripts that need
// it (the type check and the emit's file list) run it as a process.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** The package's launcher, bin/tsc: it finds the platform's executable and replaces itself with it. */
export const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

/** `tsc ARGS` in `cwd`, waited for; output captured unless `stdio` says otherwise. */
export function runTsc(args, { cwd, stdio = 'pipe' }) {
  return spawnSync(process.execPath, [TSC, ...args], { cwd, stdio, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
