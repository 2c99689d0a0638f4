// The one table from typed error codes (raised anywhere below the CLI) to exit codes. Every command's catch asks it;
// an error without a known code is a bug and is rethrown (bin/ prints it and exits 2).
import { errorCode } from '../errors.js';
import { EXIT } from './io.js';

/** Codes of errors that are the user's input or environment, not a bug: usage, config, targets, baseline, sources. */
const EXIT_BY_CODE: Readonly<Record<string, number>> = {
  USAGE: EXIT.ERROR,
  CONFIG_INVALID: EXIT.ERROR,
  TARGET_NOT_FOUND: EXIT.ERROR,
  BASELINE: EXIT.ERROR,
  // A source the user asked for (--vvp-url, --azure, audit's cluster) yielded nothing (src/cli/source-error.ts).
  SOURCE_FAILED: EXIT.ERROR,
  'azure-state-unreadable': EXIT.ERROR,
  'azure-state-not-json': EXIT.ERROR,
  'azure-state-invalid': EXIT.ERROR,
};

/** The exit code for a known input error, else undefined (the caller rethrows). */
export function exitCodeForError(err: unknown): number | undefined {
  const code = errorCode(err);
  return code !== undefined ? EXIT_BY_CODE[code] : undefined;
}

/**
 * For a command's catch: a known input error is written to stderr as `vvp-kv-lint: <message>` and its exit code
 * returned; anything else is a bug and is rethrown.
 */
export function exitForError(err: unknown, stderr: { write(s: string): unknown }): number {
  const exit = exitCodeForError(err);
  if (exit === undefined) throw err;
  stderr.write(`vvp-kv-lint: ${(err as Error).message}\n`);
  return exit;
}
