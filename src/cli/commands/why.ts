// `vvp-kv-lint why <pod/ns/name|deployment/…|statefulset/…|job/…|vvp/ns/deployment>`: from a stuck pod to the
// first broken link of its secrets-store mount and the fix. Reads the pod and only what its chain needs (GET
// only), runs every rule over those objects, and orders the verdicts as the provider meets them
// (src/live/why/chain.ts). Exit 0 the chain is whole, 1 a link is broken, 2 the pod cannot be read.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { lint } from '../../engine/lint.js';
import type { Inventory } from '../../model/inventory.js';
import { deriveViews } from '../../model/views.js';
import { EXIT, type CliIO, safeCommandLine, writeOutput } from '../io.js';
import { explainParseError } from '../args.js';
import { exitCodeForError } from '../errors.js';
import { enrichFromFlags } from '../sources.js';
import { parseDurationSeconds } from '../options.js';
import { shouldColor } from '../../report/color.js';
import { loadPaint, PLAIN } from '../../report/paint.js';
import { parseTarget } from '../../live/why/target.js';
import { readPodChain, secretsVolumes, type WhyRead } from '../../live/why/read-pod.js';
import { buildChain } from '../why/chain.js';
import { isWhole, renderJson, renderSarif, renderText, type WhyReport } from '../why/render.js';
import { vvpPodSelector } from '../../live/why/vvp-pods.js';
import { WHY_FORMATS, WHY_OPTIONS } from './why-options.js';
import { applyRemediation, checkRemediationFlags } from '../remediation.js';
import type { Finding, LintResult } from '../../engine/types.js';
import type { Chain } from '../why/chain-types.js';

export { WHY_OPTIONS } from './why-options.js';

/** Thrown from the enrich hook when the pod cannot be read. */
class WhyFatal extends Error {}

export async function whyCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: WHY_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return usage(io, explainParseError(err, WHY_OPTIONS));
  }
  const flags = parsed.values;
  if (parsed.positionals.length !== 1) return usage(io, parsed.positionals.length ? `one target only, got ${parsed.positionals.length}` : 'which pod? e.g. vvp-kv-lint why pod/<namespace>/<name>');
  const target = parseTarget(parsed.positionals[0]!);
  if (typeof target === 'string') return usage(io, target);
  const format = flags.format ?? 'text';
  if (!(WHY_FORMATS as readonly string[]).includes(format)) return usage(io, `unknown format "${format}" (expected ${WHY_FORMATS.join(', ')})`);
  let timeoutSeconds: number | undefined;
  if (flags.timeout !== undefined) {
    timeoutSeconds = parseDurationSeconds(flags.timeout);
    if (timeoutSeconds === undefined) return usage(io, `--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
  }
  if (target.kind === 'vvp' && flags['vvp-url'] === undefined) return usage(io, `${target.text}: a VVP Deployment needs --vvp-url`);
  const remediationProblem = checkRemediationFlags(flags);
  if (remediationProblem) return usage(io, remediationProblem);

  let read: WhyRead | undefined;
  let run;
  try {
    const vvp = target.kind === 'vvp' ? await vvpPodSelector(target, flags, io.env, timeoutSeconds) : undefined;
    if (typeof vvp === 'string') {
      io.stderr.write(`vvp-kv-lint: why: ${vvp}\n`);
      return EXIT.ERROR;
    }
    // Azure only: the VVP API served to find the pods, its objects are not part of the chain.
    const azure = enrichFromFlags({ ...flags, 'vvp-url': undefined, 'vvp-token': undefined, 'vvp-namespace': undefined }, io.cwd, io.env);
    run = await lint({
      cwd: io.cwd,
      targets: [],
      noFiles: true,
      baselinePath: false,
      commandLine: safeCommandLine(['vvp-kv-lint', 'why', ...args]),
      enrich: async (inventory: Inventory) => {
        read = await readPodChain(target, {
          kubeconfig: flags.kubeconfig !== undefined ? resolve(io.cwd, flags.kubeconfig) : undefined,
          context: flags.context,
          timeoutSeconds,
          env: io.env as NodeJS.ProcessEnv,
        }, vvp);
        if (read.fatal) throw new WhyFatal(read.fatal);
        for (const o of read.objects) inventory.add(o);
        inventory.cluster = read.facts;
        inventory.notifications.push(...read.notifications);
        for (const [kind, set] of read.completeKinds) inventory.completeLiveKinds.set(kind, new Set(set));
        inventory.documentCount += read.objects.length;
        await azure?.(inventory);
      },
    });
  } catch (err) {
    if (err instanceof WhyFatal) {
      io.stderr.write(`vvp-kv-lint: why: ${err.message}\n`);
      return EXIT.ERROR;
    }
    const exit = exitCodeForError(err);
    if (exit !== undefined) {
      io.stderr.write(`vvp-kv-lint: ${(err as Error).message}\n`);
      return exit;
    }
    throw err;
  }
  const r = read!;
  const { result, inventory } = run;
  const views = deriveViews(inventory);
  const spec = (r.pod!['spec'] ?? {}) as Record<string, unknown>;
  const vols = secretsVolumes(spec);
  const chains = vols.map((v) => buildChain(r, inventory, views, result.findings, result.rules, v));
  const meta = r.pod!['metadata'] as Record<string, unknown>;
  const report: WhyReport = {
    target: target.kind === 'pod' ? target.text : `${target.text} → pod/${String(meta['namespace'])}/${String(meta['name'])}`,
    context: r.context,
    ...(r.selection ? { selection: r.selection } : {}),
    chains,
    ...(vols.length === 0 ? { noVolumes: true } : {}),
    reads: r.reads,
    requests: r.requests,
    notifications: result.notifications.map((n) => ({ id: n.id, level: n.level, message: n.message })),
  };
  const toFile = flags.output !== undefined;
  // The Azure change that repairs each chain's first broken link: shown under its fix, and with --remediation
  // written as one script or file (only the broken links' findings: the rest of the cluster is audit's job).
  const remediated = await applyRemediation({ ...result, findings: breakingFindings(chains, result) }, flags, io, { origin: inventory.azure?.origin, reportToFile: toFile });
  if (remediated === false) return EXIT.ERROR;
  attachToFixes(chains, remediated.result.findings);
  const out = remediated.reportIo;
  const color = format === 'text' && !toFile && (flags.color ? true : flags['no-color'] ? false : shouldColor({ isTTY: out.stdout.isTTY, env: io.env }));
  const text = format === 'json' ? renderJson(report) : format === 'sarif' ? renderSarif(report, { ...result, findings: mergeRendered(result.findings, remediated.result.findings) }, flags.category) : renderText(report, color ? await loadPaint() : PLAIN);
  if (!writeOutput(out, flags.output, text)) return EXIT.ERROR;
  return isWhole(report) ? EXIT.OK : EXIT.FINDINGS;
}

/** The findings that broke a chain's first broken link (the fix names its rule and quotes its message). */
function breakingFindings(chains: readonly Chain[], result: LintResult): Finding[] {
  const fixes = chains.flatMap((ch) => ch.links.filter((l) => l.id === ch.firstBroken && l.fix?.ruleId !== undefined && l.fix.finding !== undefined).map((l) => l.fix!));
  return result.findings.filter((f) => fixes.some((x) => x.ruleId === f.ruleId && x.finding === f.message));
}

/** Each broken link's fix gets its finding's rendered remediation, when the rule computed one. */
function attachToFixes(chains: readonly Chain[], findings: readonly Finding[]): void {
  for (const ch of chains) {
    for (const l of ch.links) {
      if (l.id !== ch.firstBroken || !l.fix) continue;
      const fix = l.fix;
      const f = findings.find((x) => x.remediation && x.ruleId === fix.ruleId && x.message === fix.finding);
      if (f?.remediation) l.fix = { ...fix, remediation: f.remediation };
    }
  }
}

/** The run's findings, the breaking ones replaced by their copies with the remediation rendered onto them. */
function mergeRendered(all: readonly Finding[], rendered: readonly Finding[]): Finding[] {
  return all.map((f) => rendered.find((r) => r.remediation && r.ruleId === f.ruleId && r.message === f.message && r.location === f.location) ?? f);
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`vvp-kv-lint: ${message}\nRun vvp-kv-lint why --help for usage.\n`);
  return EXIT.ERROR;
}
