// Wires the VVP API source into a lint run: `--vvp-url URL [--vvp-token T] [--vvp-namespace NS]...` become an
// `enrich` hook that adds the VVP resources to the same inventory as the files, before the rules run.
import type { Inventory } from '../../model/inventory.js';
import { UsageError } from '../../errors.js';
import { readVvp, type ReadVvpResult } from './read-vvp.js';

/** The subset of the lint/audit flags this source reads (names as in LINT_OPTIONS). */
export interface VvpFlags {
  readonly 'vvp-url'?: string;
  readonly 'vvp-token'?: string;
  readonly 'vvp-namespace'?: readonly string[];
}

export interface VvpEnricherOptions {
  /** Time budget of the whole VVP read, ms (default 60 s). */
  readonly timeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  readonly fetch?: typeof fetch;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Receives the raw read result (request count, namespaces) after each run, e.g. for tests or verbose output. */
  readonly onRead?: (result: ReadVvpResult) => void;
}

type Enrich = (inventory: Inventory) => Promise<void>;

/**
 * Returns the `enrich` hook for lint()/audit, or undefined when no --vvp-url was given.
 * Throws UsageError for a URL that is not http(s) or that embeds credentials (use --vvp-token instead).
 */
export function vvpEnricher(flags: VvpFlags, options: VvpEnricherOptions = {}): Enrich | undefined {
  const url = flags['vvp-url'];
  if (url === undefined) {
    if (flags['vvp-token'] !== undefined || (flags['vvp-namespace']?.length ?? 0) > 0) throw new UsageError('--vvp-token and --vvp-namespace need --vvp-url');
    return undefined;
  }
  checkUrl(url);
  return async (inventory) => {
    const result = await readVvp({
      url,
      token: flags['vvp-token'],
      namespaces: flags['vvp-namespace'],
      timeoutMs: options.timeoutMs ?? 60_000,
      requestTimeoutMs: options.requestTimeoutMs,
      retries: options.retries,
      backoffMs: options.backoffMs,
      fetch: options.fetch,
      env: options.env,
    });
    for (const o of result.objects) inventory.add(o);
    inventory.notifications.push(...result.notifications);
    options.onRead?.(result);
  };
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got protocol "${parsed.protocol}"`);
  // Never echo the URL here: it holds credentials.
  if (parsed.username || parsed.password) throw new UsageError('--vvp-url must not contain credentials; pass the API token with --vvp-token or VVP_TOKEN');
  if (parsed.search || parsed.hash) throw new UsageError('--vvp-url must be the base URL of the VVP gateway, without a query or fragment');
}
