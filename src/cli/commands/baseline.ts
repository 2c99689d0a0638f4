// `vvp-kv-lint baseline write FILE [paths...]`: lint as usual and record every unsuppressed finding by its
// line-independent fingerprint, so later runs with `--baseline FILE` report only new findings.
import { parseArgs } from 'node:util';
import { lint } from '../../engine/lint.js';
import { createBaseline, serializeBaseline } from '../../engine/baseline.js';
import { EXIT, writeOutput, type CliIO, safeCommandLine } from '../io.js';
import { exitForError } from '../errors.js';
import { explainParseError } from '../args.js';
import { HELP_OPTION, type OptionTable } from '../option-table.js';
import { PROJECT_OPTIONS } from '../options.js';

export const BASELINE_OPTIONS = {
  ...PROJECT_OPTIONS,
  root: { type: 'string', value: 'DIR', help: 'project root whose files resolve references (as for lint)' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

const OPTIONS = BASELINE_OPTIONS;

const USAGE = 'usage: vvp-kv-lint baseline write FILE [paths...] [options]; vvp-kv-lint baseline --help lists them';

export async function baselineCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return usage(io, explainParseError(err, OPTIONS));
  }
  const [action, file, ...targets] = parsed.positionals;
  if (action !== 'write') return usage(io, action === undefined ? 'missing subcommand' : `unknown subcommand "${action}"`);
  if (file === undefined) return usage(io, 'missing baseline FILE');
  const flags = parsed.values;
  let run;
  try {
    run = await lint({
      cwd: io.cwd,
      targets,
      configPath: flags.config,
      root: flags.root,
      vvpVersion: flags['vvp-version'],
      // Today's findings as they are: never filtered by an older baseline, and unused-suppression noise is not debt.
      baselinePath: false,
      reportUnusedDisables: false,
      commandLine: safeCommandLine(['vvp-kv-lint', 'baseline', ...args]),
    });
  } catch (err) {
    return exitForError(err, io.stderr);
  }
  const { result } = run;
  if (!result.executionSuccessful) {
    // A baseline written from a partial run would later report the unread findings as "new".
    for (const n of result.notifications) if (n.incomplete) io.stderr.write(`vvp-kv-lint: ${n.message}\n`);
    io.stderr.write('vvp-kv-lint: some input could not be analysed; baseline not written\n');
    return EXIT.ERROR;
  }
  const baseline = createBaseline(result);
  if (!writeOutput(io, file, serializeBaseline(baseline))) return EXIT.ERROR;
  const n = baseline.entries.reduce((sum, e) => sum + (e.count ?? 1), 0);
  io.stderr.write(`vvp-kv-lint: wrote ${n} finding${n === 1 ? '' : 's'} to ${file}\n`);
  return EXIT.OK;
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`vvp-kv-lint: ${message}\n${USAGE}\n`);
  return EXIT.ERROR;
}
