// --remediation az|bicep|terraform and --remediation-output FILE (lint, audit): the Azure findings' fixes as one
// script or file, and each finding's own fix rendered onto it for the report (text shows the az form, JSON and
// SARIF carry all three). src/remediation/ is imported only when a finding carries a remedy or the option is
// given: an offline run without Azure state never loads it. Nothing is ever executed.
import type { LintResult } from '../engine/types.js';
import type { OptionTable } from './option-table.js';
import { writeOutput, type CliIO } from './io.js';

const FORMATS = ['az', 'bicep', 'terraform'] as const;

export const REMEDIATION_OPTIONS = {
  remediation: {
    type: 'string',
    value: 'az|bicep|terraform',
    help: "write the Azure findings' fixes, computed from the Azure state, as az commands, Bicep or Terraform (stdout, or --remediation-output; nothing is run)",
  },
  'remediation-output': { type: 'string', value: 'FILE', help: 'write the --remediation script or file to FILE' },
} as const satisfies OptionTable;

interface RemediationFlags {
  readonly remediation?: string;
  readonly 'remediation-output'?: string;
}

/** A usage problem with the flags, or undefined. */
export function checkRemediationFlags(flags: RemediationFlags): string | undefined {
  const f = flags.remediation;
  if (f !== undefined && !(FORMATS as readonly string[]).includes(f)) return `--remediation must be one of ${FORMATS.join(', ')}, got "${f}"`;
  if (flags['remediation-output'] !== undefined && f === undefined) return `--remediation-output needs --remediation ${FORMATS.join('|')}`;
  return undefined;
}

/**
 * Renders the remedies onto the findings and writes the --remediation output. Returns the result to report and
 * the stream the report goes to (stderr when the script takes stdout and no --output is given), or false when the
 * script could not be written (the caller exits 2).
 */
export async function applyRemediation(
  result: LintResult,
  flags: RemediationFlags,
  io: CliIO,
  ctx: { readonly origin?: string; readonly reportToFile: boolean },
): Promise<{ result: LintResult; reportIo: CliIO } | false> {
  const format = flags.remediation as (typeof FORMATS)[number] | undefined;
  if (format === undefined && !result.findings.some((f) => f.remedy)) return { result, reportIo: io };
  const remediation = await import('../remediation/index.js');
  const shown = remediation.attachRemediation(result);
  if (format === undefined) return { result: shown, reportIo: io };
  if (ctx.origin === undefined) io.stderr.write('vvp-kv-lint: --remediation: no Azure state (--azure-state FILE or --azure), so there are no Azure findings to fix\n');
  const text = remediation.remediate(result.findings, format, ctx.origin);
  const out = flags['remediation-output'];
  if (!writeOutput(io, out, text)) return false;
  // The script owns stdout: a report that would go there goes to stderr instead, so `> fix.sh` stays a script.
  const reportIo = out === undefined && !ctx.reportToFile ? { ...io, stdout: io.stderr } : io;
  return { result: shown, reportIo };
}
