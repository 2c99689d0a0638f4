// `vvp-kv-lint audit`: read a running cluster (GET only) into the inventory and run every rule over it,
// optionally together with a repository (--with-repo DIR) and an Azure state file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../../engine/lint.js';
import type { Inventory } from '../../model/inventory.js';
import type { Level } from '../../model/types.js';
import type { LintResult } from '../../engine/types.js';
import { addClusterRead, readCluster, type ClusterReadResult } from '../../live/kube/read-cluster.js';
import { collectSecretRefs } from '../../live/kube/secret-refs.js';
import { EXIT, type CliIO, type OutStream, safeCommandLine } from '../io.js';
import { exitForError } from '../errors.js';
import { enrichFromFlags } from '../sources.js';
import { emit } from './lint.js';
import { explainParseError } from '../args.js';
import { fleetAuditCommand, isFleetAudit } from './audit-fleet.js';
import { checkCommonFlags, formatOf, parseMaxWarnings } from '../options.js';
import { AUDIT_OPTIONS } from './audit-options.js';
import { failedReads } from '../../report/summary.js';
import { applyRemediation, checkRemediationFlags } from '../remediation.js';

export { AUDIT_OPTIONS } from './audit-options.js';

/** What a fleet audit (audit-fleet.ts) learns from each cluster's run besides its report and exit code. */
export interface ClusterRunHooks {
  /** Leave --fail-on-incomplete to the caller: the cluster's report is still written and its exit stays 0/1. */
  readonly deferIncomplete?: boolean;
  /** Called once the cluster was read: how many reads failed, and whether the gate asked for exit 2 on that. */
  readonly onIncomplete?: (failed: number, failOnIncomplete: boolean) => void;
}

export async function auditCommand(args: string[], io: CliIO, hooks: ClusterRunHooks = {}): Promise<number> {
  // Several clusters (--context a --context b, --all-contexts): src/cli/commands/audit-fleet.ts.
  if (isFleetAudit(args)) return fleetAuditCommand(args, io);
  let flags;
  try {
    flags = parseArgs({ args, options: AUDIT_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    return usage(io, explainParseError(err, AUDIT_OPTIONS));
  }
  const problem = checkCommonFlags(flags) ?? checkRemediationFlags(flags);
  if (problem) return usage(io, problem);
  const format = formatOf(flags);
  const maxWarnings = parseMaxWarnings(flags['max-warnings']);
  if (typeof maxWarnings === 'string') return usage(io, maxWarnings);
  if (flags.namespace !== undefined && flags['all-namespaces']) return usage(io, '-n/--namespace and -A/--all-namespaces exclude each other');
  let timeoutSeconds: number | undefined;
  if (flags.timeout !== undefined) {
    timeoutSeconds = parseDuration(flags.timeout);
    if (timeoutSeconds === undefined) return usage(io, `--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
  }

  const progress = new Progress(io.stderr);
  let read: ClusterReadResult | undefined;
  const repo = flags['with-repo'];
  let run;
  let fatal: string | undefined;
  const sourceFailures: Error[] = [];
  try {
    run = await lint({
      cwd: repo !== undefined ? resolve(io.cwd, repo) : io.cwd,
      targets: repo !== undefined ? ['.'] : [],
      configPath: flags.config,
      root: repo !== undefined ? resolve(io.cwd, repo) : undefined,
      vvpVersion: flags['vvp-version'],
      noFiles: repo === undefined,
      commandLine: safeCommandLine(['vvp-kv-lint', 'audit', ...args]),
      enrich: async (inventory: Inventory) => {
        // Secrets a repository volume names must be read too, or a repo-only reference would look "not found".
        const extraSecretNames = new Set<string>();
        for (const o of inventory.objects) collectSecretRefs(o.body, extraSecretNames);
        read = await readCluster({
          kubeconfig: flags.kubeconfig !== undefined ? resolve(io.cwd, flags.kubeconfig) : undefined,
          context: flags.context,
          namespace: flags.namespace,
          allNamespaces: flags['all-namespaces'] === true,
          timeoutSeconds,
          extraSecretNames,
          env: io.env as NodeJS.ProcessEnv,
          onProgress: (m) => progress.update(m),
        });
        progress.done();
        if (read.fatal) {
          // Nothing could be read from the cluster: exit 2, but the report (the repository's findings with
          // --with-repo, the failure, executionSuccessful false) is still written, as for lint.
          fatal = read.fatal;
          inventory.notifications.push({ id: 'source-failed', level: 'error', message: `audit: ${read.fatal}`, incomplete: true });
        } else {
          addClusterRead(inventory, read);
          // Live objects are the documents of an audit (the "nothing analysed" exit check counts them).
          inventory.documentCount += read.objects.length;
        }
        // Azure state and the VVP API join the same inventory, exactly as for `lint`.
        await enrichFromFlags(flags, io.cwd, io.env, sourceFailures)?.(inventory);
      },
    });
  } catch (err) {
    progress.done();
    return exitForError(err, io.stderr);
  }
  const { config } = run;
  const remediated = await applyRemediation(run.result, flags, io, { origin: run.inventory.azure?.origin, reportToFile: flags.output !== undefined });
  if (remediated === false) return EXIT.ERROR;
  const result = remediated.result;
  const failLevel = (flags['fail-level'] ?? config.config.failLevel ?? 'error') as Level | 'none';
  const failOnIncomplete = flags['fail-on-incomplete'] ?? config.config.failOnIncomplete ?? false;
  hooks.onIncomplete?.(failedReads(result).count, failOnIncomplete);
  const code = await emit(result, remediated.reportIo, {
    format,
    category: flags.category,
    // An audit is about live objects: keep them in SARIF unless asked to make the log uploadable to GitHub.
    sarifLiveFindings: (flags['sarif-live-findings'] as 'omit' | 'logical' | undefined) ?? 'logical',
    output: flags.output,
    quiet: flags.quiet === true,
    colorFlag: flags.color ? true : flags['no-color'] ? false : undefined,
    failLevel,
    failOnIncomplete: failOnIncomplete && !hooks.deferIncomplete,
    maxWarnings: maxWarnings ?? config.config.maxWarnings,
  });
  if (fatal !== undefined || sourceFailures.length > 0) {
    // emit() echoes error notifications on stderr for the machine formats; text says it here, once.
    if (format === 'text') for (const m of [...(fatal !== undefined ? [`audit: ${fatal}`] : []), ...new Set(sourceFailures.map((e) => e.message))]) io.stderr.write(`vvp-kv-lint: ${m}\n`);
    return EXIT.ERROR;
  }
  if (read) io.stderr.write(summaryLine(read, result) + '\n');
  return code;
}

/** One line: where, how much was read, with how many requests, and what was found. */
export function summaryLine(read: ClusterReadResult, result: LintResult): string {
  const namespaces = [...read.perNamespace.keys()].filter((n) => n !== '').length;
  const objects = [...read.perNamespace.values()].reduce((a, b) => a + b, 0);
  const by = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings) by[f.level]++;
  const incomplete = read.notifications.filter((n) => n.incomplete).length;
  const scope = read.namespace === undefined ? 'all namespaces' : `namespace ${read.namespace}`;
  return (
    `audit: context ${read.context} (${scope}): ${namespaces} namespace${namespaces === 1 ? '' : 's'}, ${objects} objects read ` +
    `in ${read.requests} requests; ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} ` +
    `(${plural(by.error, 'error')}, ${plural(by.warning, 'warning')}, ${plural(by.note, 'note')})` +
    (incomplete ? `; incomplete: ${incomplete} kind${incomplete === 1 ? '' : 's'} could not be read` : '')
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `30`, `30s`, `2m` → seconds. */
function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(s.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
  return n > 0 ? n : undefined;
}

/** A single status line on stderr, only when stderr is a terminal; silent otherwise. */
class Progress {
  private shown = false;
  private last = 0;
  constructor(private readonly stream: OutStream) {}
  update(message: string): void {
    if (this.stream.isTTY !== true) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r\x1b[K${message.slice(0, 100)}`);
    this.shown = true;
  }
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`vvp-kv-lint: ${message}\nRun vvp-kv-lint audit --help for usage.\n`);
  return EXIT.ERROR;
}
