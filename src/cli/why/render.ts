// The chain for people (text: one link a line, ✓ ✗ ? and · for links not reached, the fix last) and for tools
// (JSON; SARIF built by the shared SARIF writer from the findings that broke the chain, with logical locations,
// and the chain itself in the run's properties).
import type { Paint } from '../../report/paint.js';
import type { LintResult } from '../../engine/types.js';
import { buildSarif } from '../../report/sarif.js';
import { escapeControls } from '../../report/escape.js';
import type { Chain, ChainLink } from './chain-types.js';

export interface WhyReport {
  readonly target: string;
  readonly context: string;
  readonly selection?: string;
  readonly chains: readonly Chain[];
  /** The pod has no secrets-store volume at all. */
  readonly noVolumes?: boolean;
  /** Every request `why` sent (GET only), in order. */
  readonly reads: readonly string[];
  readonly requests: number;
  readonly notifications: readonly { readonly id: string; readonly level: string; readonly message: string }[];
}

const MARK: Record<ChainLink['status'], string> = { ok: '✓', broken: '✗', unknown: '?', 'not-reached': '·' };

export function isWhole(report: WhyReport): boolean {
  return report.chains.every((c) => c.firstBroken === undefined);
}

/** The report for a terminal, in `c`'s styles (report/paint.ts: PLAIN, or chalk's when colouring). */
export function renderText(report: WhyReport, c: Paint): string {
  const out: string[] = [];
  out.push(c.bold(`why ${report.target}`) + c.dim(`  (context ${report.context})`));
  if (report.selection) out.push(c.dim(`  ${x(report.selection)}`));
  if (report.noVolumes) out.push('  the pod mounts no secrets-store CSI volume: nothing to explain');
  for (const chain of report.chains) {
    out.push('');
    out.push(c.bold(x(`${chain.pod}, volume "${chain.volume ?? '?'}"`)));
    const width = Math.max(...chain.links.map((l) => l.title.length));
    for (const l of chain.links) out.push(...renderLink(l, width, c));
    const broken = chain.links.find((l) => l.id === chain.firstBroken);
    if (broken?.contradiction) {
      out.push('');
      out.push(c.yellow(`contradiction: the event says ${x(broken.contradiction.event)}, but what was read shows ${broken.title} whole. What else explains it:`));
      for (const a of broken.contradiction.alternatives) out.push(`  - ${x(a)}`);
    }
    if (chain.history) out.push('', c.dim(`history: ${x(chain.history)}`));
    if (broken?.fix) {
      out.push('');
      const by = broken.fix.ruleId ?? broken.fix.checkId;
      out.push(c.bold(c.red(`fix (${broken.title}${by ? `, ${by}` : ''}):`)) + ` ${x(broken.fix.text)}`);
      if (broken.fix.objects.length) out.push(c.dim(`  change: ${x(broken.fix.objects.join(', '))}`));
      const azure = broken.fix.remediation;
      if (azure) {
        out.push(c.bold('fix (az):') + (azure.missing.length ? c.yellow(` needs ${x(azure.missing.join(', '))}`) : ''));
        for (const line of azure.az.split('\n')) out.push(`  ${x(line)}`);
        if (azure.alternative) out.push(c.dim(`  ${x(azure.alternative)}`));
        out.push(c.dim('  (Bicep or Terraform: --remediation bicep|terraform; nothing is run)'));
      }
    } else if (!chain.firstBroken) {
      const unknown = chain.links.filter((l) => l.status === 'unknown');
      out.push('', unknown.length ? c.green(`the chain is whole as far as it could be read; ${unknown.length} link${unknown.length === 1 ? '' : 's'} unknown (?): check them with the commands shown`) : c.green('the chain is whole'));
    }
  }
  for (const n of report.notifications) out.push(c.dim(`note: ${x(n.message)}`));
  out.push(c.dim(`${report.requests} GET requests`));
  return out.join('\n') + '\n';
}

function renderLink(l: ChainLink, width: number, c: Paint): string[] {
  const paint = l.status === 'ok' ? c.green : l.status === 'broken' ? c.red : l.status === 'unknown' ? c.yellow : c.dim;
  const head = `  ${paint(MARK[l.status])} ${l.title.padEnd(width)}  `;
  const lines: string[] = [];
  if (l.status === 'not-reached') return [`${head}${c.dim('not reached')}`];
  if (l.status === 'unknown' && l.unknown) {
    lines.push(`${head}${c.yellow(`could not be checked: ${x(l.unknown.what)}`)}`);
    lines.push(`      ${c.dim('check by hand:')} ${x(l.unknown.command)}`);
  }
  const evidence = l.status === 'broken' ? [...l.evidence].reverse() : l.evidence;
  evidence.forEach((e, i) => {
    const text = `${x(e.text)} ${c.dim(`[${x(e.source)}]`)}`;
    if (i === 0 && !(l.status === 'unknown' && l.unknown)) lines.push(`${head}${l.status === 'broken' ? c.red(x(e.text)) + ' ' + c.dim(`[${x(e.source)}]`) : text}`);
    else lines.push(`      ↳ ${text}`);
  });
  if (lines.length === 0) lines.push(head.trimEnd());
  for (const n of l.notes) lines.push(`      ${c.dim(`note: ${x(n)}`)}`);
  return lines;
}

/** Input text (names, event messages) with control characters made visible: it must not drive the terminal. */
function x(text: string): string {
  return escapeControls(text);
}

export function renderJson(report: WhyReport): string {
  return JSON.stringify({ version: 1, ...report, whole: isWhole(report) }, null, 2) + '\n';
}

/** SARIF 2.1.0 from the chain's own findings (logical locations), with the chain in runs[0].properties. */
export function renderSarif(report: WhyReport, result: LintResult, category?: string): string {
  const broken = new Set(report.chains.flatMap((ch) => ch.links.filter((l) => l.id === ch.firstBroken && l.fix?.ruleId).map((l) => l.fix!.ruleId!)));
  const findings = result.findings.filter((f) => broken.has(f.ruleId) || f.ruleId === 'cluster-mount-failing');
  const log = buildSarif({ ...result, findings }, { liveFindings: 'logical', ...(category ? { category } : {}) }) as { runs: Record<string, unknown>[] };
  const run = log.runs[0];
  if (run) run['properties'] = { ...(run['properties'] as object | undefined), whyTarget: report.target, whole: isWhole(report), chains: report.chains };
  return JSON.stringify(log, null, 2) + '\n';
}
