// The GitHub Action's entry point (action.yml: `runs.using: node24`, `runs.main: dist/bundle/action.js`). The
// runner starts it with its own Node 24, so nothing is installed, nothing is built and the caller's Node (PATH,
// setup-node) is left alone. It runs the committed CLI twice with that same Node: once to write the report file
// (SARIF by default, under the `category` input, never deciding the result), once with `--format github` for the
// annotations and the exit code at `fail-level`.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

interface ActionInputs {
  readonly paths: readonly string[];
  readonly config: string;
  readonly failLevel: string;
  readonly format: string;
  readonly output: string;
  readonly baseline: string;
  readonly category: string;
}

/** Inputs as the runner passes them to a JavaScript action: INPUT_<NAME> (upper case, spaces as `_`, `-` kept). */
function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] ?? '').trim();
  const paths = input('paths').split(/\s+/).filter((p) => p !== '');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: input('config'),
    failLevel: input('fail-level') || 'error',
    format: input('format') || 'sarif',
    output: input('output') || 'vvp-kv-lint.sarif',
    baseline: input('baseline'),
    category: input('category') || 'vvp-kv-lint',
  };
}

/** The two CLI runs: the report file (fail level none) and the annotations that decide the step's result. */
function cliRuns(inputs: ActionInputs): { report: string[]; annotate: string[] } {
  const common: string[] = [];
  if (inputs.config !== '') common.push('--config', inputs.config);
  if (inputs.baseline !== '') common.push('--baseline', inputs.baseline);
  const category = inputs.format === 'sarif' ? ['--category', inputs.category] : [];
  return {
    report: [...common, '--format', inputs.format, '--output', inputs.output, ...category, '--fail-level', 'none', ...inputs.paths],
    annotate: [...common, '--format', 'github', '--fail-level', inputs.failLevel, ...inputs.paths],
  };
}

function runCli(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin/vvp-kv-lint.js'), ...args], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (run.error) {
    process.stderr.write(`vvp-kv-lint action: cannot run the CLI: ${run.error.message}\n`);
    return 2;
  }
  return run.status ?? 2;
}

function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): void {
  const file = env['GITHUB_OUTPUT'];
  if (file === undefined || file === '') return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
}

function runAction(env: NodeJS.ProcessEnv): number {
  const inputs = readInputs(env);
  const runs = cliRuns(inputs);
  const report = runCli(runs.report, env);
  if (report >= 2) {
    setOutputs(env, { output: inputs.output, category: inputs.category, 'exit-code': String(report) });
    return report;
  }
  const code = runCli(runs.annotate, env);
  setOutputs(env, { output: inputs.output, category: inputs.category, 'exit-code': String(code) });
  return code;
}

// Runs on load: this module is only ever started by the runner as a script.
process.exitCode = runAction(process.env);
