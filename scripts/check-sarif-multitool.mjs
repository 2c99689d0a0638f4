// Makes @microsoft/sarif-multitool's Linux binary runnable and smoke-tests it, before the tests use it.
// Its package's postinstall (`chmod u+x Sarif.Multitool`) may be skipped by npm (install scripts not allowed, or
// --ignore-scripts), so we set the mode ourselves. Prints one line; never fails the test run on other platforms or
// when the optional binary package is absent (the SARIF tests then skip their multitool part).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binary = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

function main() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `sarif-multitool: skipped (no Linux x64 binary for ${process.platform}-${process.arch})`;
  }
  if (!existsSync(binary)) return 'sarif-multitool: skipped (@microsoft/sarif-multitool-linux is not installed)';
  let chmodded = '';
  if ((statSync(binary).mode & 0o100) === 0) {
    chmodSync(binary, 0o755);
    chmodded = ', made executable';
  }
  try {
    // `--version` prints its banner on stderr and exits 0; a non-zero exit throws.
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`exit status ${run.status}`);
    const out = `${run.stdout}\n${run.stderr}`;
    const version = out.split(/\r?\n/).find((l) => /multitool/i.test(l)) ?? 'unknown version';
    return `sarif-multitool: ok (${version.trim()}${chmodded})`;
  } catch (err) {
    process.exitCode = 1;
    return `sarif-multitool: FAILED to run ${binary}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

console.log(main());
