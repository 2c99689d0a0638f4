// `vvp-kv-lint [lint] [paths...]`: lint files, write the report, return the exit code.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Inventory } from '../../model/inventory.js';
import type { LintOptions } from '../../engine/lint.js';
import { lint, exceedsFailLevel } from '../../engine/lint.js';
import { parseRuleFlags } from '../../config/load.js';
import { printConfig } from './print-config.js';
import { releaseRestoredCaches } from '../../load/cache/restore.js';
import { heapReleased } from '../../heap-governor.js';
import { formatPieces, formatResult, type Format as ReportFormat } from '../../report/index.js';
import { GATE_OPTIONS, OUTPUT_OPTIONS, PROJECT_OPTIONS, SOURCE_OPTIONS, checkCommonFlags, formatOf, parseMaxWarnings } from '../options.js';
import type { LintResult } from '../../engine/types.js';
import type { Level } from '../../model/types.js';
import { hideBaselined } from '../../engine/baseline.js';
import { exitForError } from '../errors.js';
import { EXIT, writeOutput, UsageError, type CliIO, safeCommandLine } from '../io.js';
import { shouldColor } from '../../report/color.js';
import { loadPaint } from '../../report/paint.js';
import { failedReads, isActive, plural, skippedChecks } from '../../report/summary.js';
import { enrichFromFlags } from '../sources.js';
import { fixMode } from './fix-mode.js';
import { explainParseError } from '../args.js';
import { HELP_OPTION, type OptionTable } from '../option-table.js';
import { REMEDIATION_OPTIONS, applyRemediation, checkRemediationFlags } from '../remediation.js';
import { isInside } from '../../project-paths.js';

/** Every option of lint, in --help order; parseArgs and the help (src/cli/command-help.ts) both read it. */
export const LINT_OPTIONS = {
  ...OUTPUT_OPTIONS,
  'sarif-live-findings': { ...OUTPUT_OPTIONS['sarif-live-findings'], defaultText: 'omit, which GitHub code scanning needs' },
  ...PROJECT_OPTIONS,
  root: { type: 'string', value: 'DIR', help: 'project root whose files resolve references', defaultText: 'config dir, git root, cwd' },
  ...SOURCE_OPTIONS,
  timeout: { type: 'string', value: '90s', help: 'overall deadline of the live Azure read (--azure)', defaultText: '120s' },
  baseline: { type: 'string', value: 'FILE', help: 'report only findings not in the baseline (vvp-kv-lint baseline write FILE)' },
  'report-unused-disables': { type: 'boolean', help: 'report suppression comments that suppress nothing', defaultText: 'on in CI' },
  'no-report-unused-disables': { type: 'boolean', help: 'do not report them, also in CI' },
  fix: { type: 'boolean', help: 'apply the safe automatic fixes' },
  'fix-dry-run': { type: 'boolean', help: 'show the safe automatic fixes as a diff' },
  ...REMEDIATION_OPTIONS,
  ...GATE_OPTIONS,
  rule: { type: 'string', multiple: true, value: 'ID:LEVEL', help: "override a rule's level (error|warning|note|off)" },
  'print-config': { type: 'string', value: 'FILE', help: 'print the configuration that applies to FILE, then exit' },
  'stdin-filename': { type: 'string', value: 'NAME', help: 'with "-": the name stdin is linted as (for messages and config globs)' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

export type LintFlags = ReturnType<typeof parseLintArgs>['values'];

export function parseLintArgs(args: string[]) {
  try {
    return parseArgs({ args, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${explainParseError(err, LINT_OPTIONS)}\nRun vvp-kv-lint lint --help for usage.`);
  }
}

export async function lintCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseLintArgs(args);
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: ${(err as Error).message}\n`);
    return EXIT.ERROR;
  }
  const { values: flags, positionals } = parsed;
  const problem = checkCommonFlags(flags) ?? checkRemediationFlags(flags);
  if (problem) return usage(io, problem);
  const format = formatOf(flags);

  if (flags.fix && flags['fix-dry-run']) return usage(io, '--fix and --fix-dry-run cannot be used together');
  const maxWarnings = parseMaxWarnings(flags['max-warnings']);
  if (typeof maxWarnings === 'string') return usage(io, maxWarnings);
  const ruleOverrides = parseRuleFlags(flags.rule ?? []);
  if (typeof ruleOverrides === 'string') return usage(io, ruleOverrides);
  if (flags['print-config'] !== undefined) return printConfig(io, flags['print-config'], { config: flags.config, root: flags.root, ruleOverrides });
  const fromStdin = positionals.includes('-');
  if (flags['stdin-filename'] !== undefined && !fromStdin) return usage(io, '--stdin-filename needs "-" among the paths (stdin is read only for "-")');
  if (fromStdin && (flags.fix || flags['fix-dry-run'])) return usage(io, '--fix and --fix-dry-run cannot change stdin; lint the file itself');
  if (positionals.filter((p) => p === '-').length > 1) return usage(io, '"-" (stdin) may be given once');
  let stdin: { text: (maxBytes: number) => Promise<string>; filename?: string } | undefined;
  if (fromStdin) {
    const readStdin = io.readStdin;
    if (!readStdin) return usage(io, 'stdin is not available');
    // Read once, when the config's size limit is known (the reader stops past it); a re-lint reuses the text.
    let text: Promise<string> | undefined;
    stdin = { text: (maxBytes) => (text ??= readStdin(maxBytes)), filename: flags['stdin-filename'] };
  }
  let run;
  let lintOptions: Parameters<typeof lint>[0] | undefined;
  // Sources that fail as a whole: the report of the rest is still written, then the exit is 2 (see below).
  const sourceFailures: Error[] = [];
  try {
    const enrich = enrichFromFlags(flags, io.cwd, io.env, sourceFailures);
    run = await lint(lintOptions = {
      enrich: withConfigAzureState(flags, enrich),
      cwd: io.cwd,
      targets: positionals,
      configPath: flags.config,
      root: flags.root,
      vvpVersion: flags['vvp-version'],
      commandLine: safeCommandLine(['vvp-kv-lint', ...args]),
      baselinePath: flags.baseline,
      reportUnusedDisables: flags['report-unused-disables'] ? true : flags['no-report-unused-disables'] ? false : undefined,
      ci: isCi(io.env),
      stdin,
      ruleOverrides,
      env: io.env,
      // No report format writes a finding's message data: not kept (about 14 MB at 100,000 documents of findings).
      messageData: false,
    });
    if (run.rootOrigin === 'paths') {
      io.stderr.write(`vvp-kv-lint: no .vvp-kv-lint.yaml and no git work tree: project root ${run.result.root}; only the paths given were read, references resolve among them (--root DIR to widen)\n`);
    }
  } catch (err) {
    return exitForError(err, io.stderr);
  }
  const { config } = run;
  // Azure findings' fixes: rendered onto the findings, and written as a script with --remediation (remediation.ts).
  const remediated = await applyRemediation(run.result, flags, io, { origin: run.inventory.azure?.origin, reportToFile: flags.output !== undefined });
  if (remediated === false) return EXIT.ERROR;
  // Past the last reader of the inventory (rules, suppressions, redaction, remediation): the report needs only the
  // findings, so the objects, their bodies and hints are let go before it is written (at 100,000 documents about a
  // third of the heap; a fix run lints again from its own options).
  run = undefined;
  releaseRestoredCaches();
  heapReleased();
  const result = remediated.result;
  const reportIo = remediated.reportIo;
  const failLevel = (flags['fail-level'] ?? config.config.failLevel ?? 'error') as Level | 'none';
  const emitOptions: EmitOptions = {
    format,
    output: flags.output,
    quiet: flags.quiet === true,
    colorFlag: flags.color ? true : flags['no-color'] ? false : undefined,
    category: flags.category,
    failLevel,
    sarifLiveFindings: flags['sarif-live-findings'] as 'omit' | 'logical' | undefined,
    failOnIncomplete: flags['fail-on-incomplete'] ?? config.config.failOnIncomplete ?? false,
    maxWarnings: maxWarnings ?? config.config.maxWarnings,
  };
  if (flags.fix || flags['fix-dry-run']) {
    // Fixes, then the report of what remains (see fix-mode.ts); the re-lint uses exactly the same options.
    const again = lintOptions!;
    const code = await fixMode(result, async (overlay) => (await lint(overlay ? { ...again, overlay } : again)).result, reportIo, { dryRun: !flags.fix, reportToFile: flags.output !== undefined, emit: (r, out) => emit(r, out, emitOptions) });
    return sourceFailed(io, sourceFailures, format) ?? code;
  }
  const code = await emit(result, reportIo, emitOptions);
  return sourceFailed(io, sourceFailures, format) ?? code;
}

/**
 * A requested source failed as a whole: the report (with the offline findings, the failure as an error
 * notification and executionSuccessful false) is written by now; the run is still a tool error, exit 2.
 */
function sourceFailed(io: CliIO, failures: readonly Error[], format: ReportFormat): number | undefined {
  if (failures.length === 0) return undefined;
  // emit() echoes error notifications on stderr for the machine formats; text shows them under Tool problems.
  if (format === 'text') for (const f of new Set(failures.map((e) => e.message))) io.stderr.write(`vvp-kv-lint: ${f}\n`);
  return EXIT.ERROR;
}

/**
 * The config's `azureState` file, when neither --azure-state nor --azure is given (a flag replaces it). Like a
 * config baseline, a file named in the committed config must stay inside the project.
 */
function withConfigAzureState(flags: LintFlags, enrich: ((inventory: Inventory) => Promise<void>) | undefined): LintOptions['enrich'] {
  if (flags['azure-state'] !== undefined || flags.azure) return enrich ? (inventory) => enrich(inventory) : undefined;
  return async (inventory, { root, config }) => {
    const name = config.config.azureState;
    if (name !== undefined) {
      const path = resolve(config.dir, name);
      if (!isInside(path, root)) throw new UsageError(`config azureState ${name} is outside the project ${root}; give it with --azure-state to use it`);
      const { readAzureStateFile } = await import('../../azure/state-file.js');
      inventory.azure = await readAzureStateFile(path, name);
    }
    if (enrich) await enrich(inventory);
  };
}

export interface EmitOptions {
  readonly format: ReportFormat;
  readonly output?: string;
  readonly quiet: boolean;
  readonly colorFlag?: boolean;
  readonly category?: string;
  readonly failLevel: Level | 'none';
  /** SARIF: findings on live objects as logical locations, or left out (GitHub rejects results without a file). */
  readonly sarifLiveFindings?: 'omit' | 'logical';
  /** Strict gate: any failed read (incomplete input) exits 2 instead of being only reported. */
  readonly failOnIncomplete?: boolean;
  /** Exit 1 when more than this many active warnings remain (ESLint's --max-warnings). */
  readonly maxWarnings?: number;
}

/** Writes the report and computes the exit code; shared by lint and audit. */
export async function emit(result: LintResult, io: CliIO, opts: EmitOptions): Promise<number> {
  let shown: LintResult = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.level === 'error') } : result;
  // Text and annotations show only findings the baseline does not accept (json/sarif keep all, with baselineState).
  const baselined = opts.format === 'text' || opts.format === 'github' ? hideBaselined(shown) : { result: shown, hidden: 0 };
  shown = baselined.result;
  const toFile = opts.output !== undefined;
  const color = !toFile && opts.format === 'text' && (opts.colorFlag ?? shouldColor({ isTTY: io.stdout.isTTY, env: io.env }));
  const formatOptions = { ...(color ? { paint: await loadPaint() } : {}), category: opts.category, liveFindings: opts.sarifLiveFindings, width: toFile ? undefined : terminalWidth(io) };
  // A SARIF log is written result by result (formatPieces): a large one is never held whole.
  const hiddenNote = opts.format === 'text' && baselined.hidden > 0 ? `  ${baselined.hidden} finding${baselined.hidden === 1 ? '' : 's'} in the baseline not shown\n` : '';
  const text = hiddenNote ? formatResult(shown, opts.format, formatOptions) + hiddenNote : formatPieces(shown, opts.format, formatOptions);
  if (!writeOutput(io, opts.output, text)) return EXIT.ERROR;
  for (const n of result.notifications) {
    if (n.level === 'error' && opts.format !== 'text') io.stderr.write(`vvp-kv-lint: ${n.message}\n`);
  }
  // Nothing could be analysed at all (every requested input unreadable): that is a tool error, not "clean".
  const incomplete = result.notifications.some((n) => n.incomplete);
  if (incomplete && result.filesRead === 0 && result.documentsRead === 0 && !result.findings.length) return EXIT.ERROR;
  const failed = failedReads(result);
  if (failed.count > 0 && opts.failOnIncomplete) {
    io.stderr.write(`vvp-kv-lint: incomplete: ${failed.count} read${failed.count === 1 ? '' : 's'} failed (${failed.detail}); exit 2 because of --fail-on-incomplete / failOnIncomplete\n`);
    return EXIT.ERROR;
  }
  const skipped = skippedChecks(result);
  if (skipped.checks > 0 && opts.failOnIncomplete) {
    io.stderr.write(`vvp-kv-lint: incomplete: ${plural(skipped.checks, 'check')} not run for lack of input (${plural(skipped.causes, 'cause')}: see the check-skipped notes); exit 2 because of --fail-on-incomplete / failOnIncomplete\n`);
    return EXIT.ERROR;
  }
  if (exceedsFailLevel(result, opts.failLevel)) return EXIT.FINDINGS;
  if (opts.maxWarnings !== undefined) {
    const warnings = result.findings.filter((f) => f.level === 'warning' && isActive(f) && f.baselineState !== 'unchanged').length;
    if (warnings > opts.maxWarnings) {
      io.stderr.write(`vvp-kv-lint: too many warnings: ${warnings} (maximum: ${opts.maxWarnings})\n`);
      return EXIT.FINDINGS;
    }
  }
  return EXIT.OK;
}

/** The width text output must fit: the terminal's, or COLUMNS (set by shells and by users for piped output). */
function terminalWidth(io: CliIO): number | undefined {
  const fromEnv = Number(io.env['COLUMNS']);
  if (Number.isInteger(fromEnv) && fromEnv >= 40) return fromEnv;
  return io.stdout.isTTY && typeof io.stdout.columns === 'number' && io.stdout.columns >= 40 ? io.stdout.columns : undefined;
}

/** CI mode: the CI variable most CI systems set (GitHub Actions, GitLab, Azure Pipelines via CI=true...). */
export function isCi(env: CliIO['env']): boolean {
  const v = env['CI'];
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`vvp-kv-lint: ${message}\nRun vvp-kv-lint --help for usage.\n`);
  return EXIT.ERROR;
}
