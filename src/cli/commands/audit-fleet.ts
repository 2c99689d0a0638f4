// `vvp-kv-lint audit --context a --context b ...` and `audit --all-contexts`: the single-cluster audit run for each
// context, a bounded number at a time, combined into one report: SARIF with one run per cluster (automationDetails
// per cluster), JSON with one entry per cluster, text in sections. A cluster that cannot be audited is that cluster's
// notification (its own SARIF run with executionSuccessful false); the other clusters are reported as usual.
// Exit: 2 when no cluster could be audited (or on usage errors), or with --fail-on-incomplete (or a config's
// failOnIncomplete) when any cluster could not be audited or was read only in part; else 1 when any cluster has
// findings at or above the fail level, else 0.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TOOL_VERSION } from '../../version.js';
import { EXIT, writeOutput, type CliIO } from '../io.js';
import { auditCommand } from './audit.js';
import { FLEET_OPTIONS } from './audit-options.js';
import { explainParseError } from '../args.js';
import { checkCommonFlags } from '../options.js';
import { escapeJsonControls } from '../../report/escape.js';

/** True when the arguments ask for more than one cluster: then this module runs the audit. */
export function isFleetAudit(args: readonly string[]): boolean {
  return args.includes('--all-contexts') || args.filter((a) => a === '--context' || a.startsWith('--context=')).length > 1;
}

interface ClusterOutcome {
  readonly context: string;
  readonly code: number;
  readonly stdout: string;
  /** The child's stderr without its progress output: the summary line, or the failure's one-line cause. */
  readonly stderr: string;
  readonly ms: number;
  /** Reads that failed in an audited cluster (its notifications that make the input incomplete). */
  readonly failedReads: number;
  /** The cluster's own gate (--fail-on-incomplete or its config) asked for exit 2 on a failed read. */
  readonly failOnIncomplete: boolean;
}

export async function fleetAuditCommand(args: string[], io: CliIO): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ args, options: FLEET_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    return usage(io, explainParseError(err, FLEET_OPTIONS));
  }
  const problem = checkCommonFlags(flags) ?? (flags.remediation !== undefined || flags['remediation-output'] !== undefined ? '--remediation is for one cluster: audit each context on its own to get its fixes' : undefined);
  if (problem) return usage(io, problem);
  const format = flags.format ?? 'text';
  if (flags['all-contexts'] && flags.context?.length) return usage(io, '--all-contexts and --context exclude each other');
  const maxParallel = flags['max-parallel'] === undefined ? 4 : Number(flags['max-parallel']);
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 64) return usage(io, `--max-parallel must be a whole number from 1 to 64, got "${flags['max-parallel']}"`);

  let contexts = [...new Set(flags.context ?? [])];
  if (flags['all-contexts']) {
    const { listContexts, KubeconfigError } = await import('../../live/kube/kubeconfig.js');
    try {
      contexts = await listContexts({ file: flags.kubeconfig !== undefined ? resolve(io.cwd, flags.kubeconfig) : undefined, env: io.env as NodeJS.ProcessEnv });
    } catch (err) {
      if (!(err instanceof KubeconfigError)) throw err;
      io.stderr.write(`vvp-kv-lint: audit: ${err.message}\n`);
      return EXIT.ERROR;
    }
    if (contexts.length === 0) {
      io.stderr.write('vvp-kv-lint: audit: the kubeconfig has no contexts\n');
      return EXIT.ERROR;
    }
  }

  // Each cluster is the ordinary audit, fed the same arguments with its own --context and no --output.
  const base = withoutFlags(args, ['--context', '--all-contexts', '--max-parallel', '--output', '-o', '--format', '-f', '--category']);
  const category = flags.category ?? 'vvp-kv-lint-audit';
  const outcomes = await mapBounded(contexts, maxParallel, async (context): Promise<ClusterOutcome> => {
    const out: string[] = [];
    const err: string[] = [];
    const started = Date.now();
    const childArgs = [...base, '--context', context, '--format', format, ...(format === 'sarif' ? ['--category', `${category}/${context}/`] : [])];
    let code: number;
    let failedReads = 0;
    let failOnIncomplete = false;
    try {
      // The gate is applied to the fleet below: a cluster read in part keeps its report (exit 0/1 here).
      code = await auditCommand(childArgs, {
        stdout: { write: (s: string) => out.push(s), isTTY: false },
        stderr: { write: (s: string) => err.push(s), isTTY: false },
        cwd: io.cwd,
        env: io.env,
      }, { deferIncomplete: true, onIncomplete: (n, gate) => ((failedReads = n), (failOnIncomplete = gate)) });
    } catch (e) {
      // Never let one cluster's unexpected error take the others down.
      err.push(`vvp-kv-lint: ${(e as Error).message ?? String(e)}\n`);
      code = EXIT.ERROR;
    }
    return { context, code, stdout: out.join(''), stderr: err.join('').trim(), ms: Date.now() - started, failedReads, failOnIncomplete };
  });

  const text = format === 'sarif' ? sarifLog(outcomes, category) : format === 'json' ? jsonReport(outcomes) : textReport(outcomes);
  if (!writeOutput(io, flags.output, text)) return EXIT.ERROR;

  for (const o of outcomes) io.stderr.write(`${summaryOf(o)}\n`);
  const failed = outcomes.filter((o) => o.code === EXIT.ERROR).length;
  io.stderr.write(`audit: ${outcomes.length} cluster${outcomes.length === 1 ? '' : 's'}, ${outcomes.length - failed} audited, ${failed} failed\n`);
  if (failed === outcomes.length) return EXIT.ERROR;
  // --fail-on-incomplete: a fleet with a cluster not audited, or audited from a partial read, is not a pass.
  const partial = outcomes.filter((o) => o.code !== EXIT.ERROR && o.failedReads > 0);
  if ((flags['fail-on-incomplete'] === true || outcomes.some((o) => o.failOnIncomplete)) && (failed > 0 || partial.length > 0)) {
    const what = [...(failed ? [`${failed} not audited`] : []), ...(partial.length ? [`${partial.length} read in part (${partial.map((o) => o.context).join(', ')})`] : [])];
    io.stderr.write(`vvp-kv-lint: incomplete: ${what.join(', ')} of ${outcomes.length} clusters; exit 2 because of --fail-on-incomplete / failOnIncomplete\n`);
    return EXIT.ERROR;
  }
  return outcomes.some((o) => o.code === EXIT.FINDINGS) ? EXIT.FINDINGS : EXIT.OK;
}

/** The per-cluster line: the audit's own summary, or why the cluster could not be audited. */
function summaryOf(o: ClusterOutcome): string {
  if (o.code === EXIT.ERROR) return `audit: context ${o.context}: not audited: ${failureText(o)}`;
  const line = o.stderr.split('\n').reverse().find((l) => l.startsWith('audit: context ')) ?? `audit: context ${o.context}: done`;
  return `${line} [${(o.ms / 1000).toFixed(1)}s]`;
}

function failureText(o: ClusterOutcome): string {
  const lines = o.stderr.split('\n').map((l) => l.replace(/^vvp-kv-lint: (audit: )?/, '').trim()).filter(Boolean);
  return lines[0] ?? `exit ${o.code}`;
}

type Json = Record<string, unknown>;

function sarifLog(outcomes: readonly ClusterOutcome[], category: string): string {
  const runs: Json[] = [];
  for (const o of outcomes) {
    const parsed = o.code !== EXIT.ERROR ? tryJson(o.stdout) : undefined;
    const run = (parsed?.['runs'] as Json[] | undefined)?.[0];
    if (run) {
      runs.push(run);
      continue;
    }
    runs.push({
      tool: { driver: { name: 'vvp-kv-lint', version: TOOL_VERSION, informationUri: 'https://github.com/vvp-kv-lint/vvp-kv-lint', rules: [] } },
      invocations: [{
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: `context ${o.context}: ${failureText(o)}` }, descriptor: { id: 'cluster-not-audited' } }],
      }],
      results: [],
      automationDetails: { id: `${category}/${o.context}/` },
    });
  }
  return `${escapeJsonControls(JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2))}\n`;
}

function jsonReport(outcomes: readonly ClusterOutcome[]): string {
  const clusters = outcomes.map((o) => ({
    context: o.context,
    exitCode: o.code,
    audited: o.code !== EXIT.ERROR,
    summary: summaryOf(o),
    ...(o.code === EXIT.ERROR ? { error: failureText(o) } : { report: tryJson(o.stdout) ?? null }),
  }));
  return `${escapeJsonControls(JSON.stringify({ clusters }, null, 2))}\n`;
}

function textReport(outcomes: readonly ClusterOutcome[]): string {
  return outcomes.map((o) => `== context ${o.context} ==\n${o.code === EXIT.ERROR ? `not audited: ${failureText(o)}\n` : o.stdout || 'no findings\n'}`).join('\n');
}

function tryJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; results keep the order of `items`. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The arguments without the given flags (and their values when they take one). */
function withoutFlags(args: readonly string[], flags: readonly string[]): string[] {
  const takesValue = new Set(['--context', '--max-parallel', '--output', '-o', '--format', '-f', '--category']);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const name = a.includes('=') && a.startsWith('--') ? a.slice(0, a.indexOf('=')) : a;
    if (flags.includes(name)) {
      if (takesValue.has(name) && !a.includes('=')) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`vvp-kv-lint: ${message}\nRun vvp-kv-lint --help for usage.\n`);
  return EXIT.ERROR;
}
