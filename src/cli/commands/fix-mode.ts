// `--fix` and `--fix-dry-run` for the lint command: apply fixes (or show them as a diff), then report.
import { fixProject } from '../../engine/fix.js';
import { unifiedDiff } from '../../engine/fix-diff.js';
import { lineMasker } from '../../engine/redact.js';
import { escapeControls } from '../../report/escape.js';
import type { LintResult } from '../../engine/types.js';
import { EXIT, type CliIO } from '../io.js';

export interface FixModeOptions {
  readonly dryRun: boolean;
  /** Writes the report and returns the exit code (the lint command's `emit`). */
  readonly emit: (result: LintResult, io: CliIO) => Promise<number>;
  /** True when the report goes to a file (--output): a dry run still writes it there. */
  readonly reportToFile: boolean;
}

/** How a diff shows a line of `text`: secret values masked, control characters visible, the line ending kept. */
function shown(text: string): (index: number, line: string) => string {
  const mask = lineMasker(text);
  return (index, line) => {
    const masked = mask(index, line);
    const eol = /\r?\n$/.exec(masked)?.[0] ?? '';
    return escapeControls(masked.slice(0, masked.length - eol.length)) + eol;
  };
}

export async function fixMode(initial: LintResult, relint: (overlay?: ReadonlyMap<string, string>) => Promise<LintResult>, io: CliIO, opts: FixModeOptions): Promise<number> {
  const outcome = await fixProject(initial, { write: !opts.dryRun, relint });
  for (const n of outcome.notifications) io.stderr.write(`vvp-kv-lint: ${escapeControls(n.message)}\n`);
  const count = outcome.files.reduce((n, f) => n + f.applied.length, 0);
  const files = outcome.files.length;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : w.endsWith('x') ? 'es' : 's'}`;
  if (opts.dryRun) {
    // stdout carries the diff alone, so it can be piped to `git apply`; the report only goes to --output.
    io.stdout.write(outcome.files.map((f) => unifiedDiff(escapeControls(f.relPath), f.original, f.fixed, { showBefore: shown(f.original), showAfter: shown(f.fixed) })).join(''));
    io.stderr.write(`vvp-kv-lint: --fix-dry-run: ${plural(count, 'fix')} in ${plural(files, 'file')} would be applied; nothing was written${outcome.pending ? ` (${plural(outcome.pending, 'more fix')} may apply after these, run --fix)` : ''}\n`);
    const silent: CliIO = opts.reportToFile ? io : { ...io, stdout: { write: () => true } };
    return opts.emit(initial, silent);
  }
  if (files) {
    io.stderr.write(`vvp-kv-lint: fixed ${plural(count, 'problem')} in ${plural(files, 'file')}: ${outcome.files.map((f) => escapeControls(f.relPath)).join(', ')}\n`);
  }
  if (outcome.pending) io.stderr.write(`vvp-kv-lint: ${plural(outcome.pending, 'fix')} could not be applied within ${outcome.passes} passes\n`);
  const code = await opts.emit(outcome.result, io);
  // pre-commit's fixers fail when they changed a file, so the user reviews and re-stages it.
  if (files && io.env['PRE_COMMIT'] === '1' && code === EXIT.OK) return EXIT.FINDINGS;
  return code;
}
