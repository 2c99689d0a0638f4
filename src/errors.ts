// Typed errors every layer may raise: a stable `code` says what went wrong; only the CLI decides what a code means
// for the exit status and how it is worded for the user (src/cli/errors.ts). No layer below the CLI imports it.
export class ToolError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Bad flags or flag values. */
export class UsageError extends ToolError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** Any error with a string `code` of ours (also the older typed errors: ConfigError, TargetError, BaselineError, AzureStateError). */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' ? code : undefined;
}
