// Where vvp-kv-lint keeps what it caches for the user (the context cache, the code cache): one answer for both.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** VVP_KV_LINT_CACHE=off (or 0, false, no) turns every cache off. */
export function cachesOff(env: Readonly<Record<string, string | undefined>>): boolean {
  const off = env['VVP_KV_LINT_CACHE']?.trim().toLowerCase();
  return off === 'off' || off === '0' || off === 'false' || off === 'no';
}

/** `$XDG_CACHE_HOME/vvp-kv-lint` (an absolute XDG path only), else `~/.cache/vvp-kv-lint`; undefined without a home. */
export function userCacheDirectory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env['XDG_CACHE_HOME'];
  let home: string | undefined;
  try {
    home = homedir();
  } catch {
    home = undefined;
  }
  const base = xdg && xdg.startsWith('/') ? xdg : home ? join(home, '.cache') : undefined;
  return base ? join(base, 'vvp-kv-lint') : undefined;
}
