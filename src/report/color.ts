// Whether to colour text output: NO_COLOR (any non-empty value) wins, then FORCE_COLOR, then "is it a TTY".
// Reporters take the answer as a plain boolean so they stay pure; the CLI calls this once for its stream.
export interface ColorEnv {
  readonly isTTY?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function shouldColor({ isTTY, env }: ColorEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY === true && env['TERM'] !== 'dumb';
}
