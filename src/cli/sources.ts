// Builds the `enrich` step of a lint run from CLI flags: Azure state (file or live ARM) and the VVP API.
// Live-mode modules are imported here only when their flag is given, so an offline lint never loads an SDK.
import { resolve } from 'node:path';
import type { Inventory } from '../model/inventory.js';
import { UsageError } from './io.js';
import { parseDurationSeconds } from './options.js';
import { SourceError } from '../source-error.js';
import { errorCode } from '../errors.js';

export interface SourceFlags {
  readonly 'azure-state'?: string;
  readonly azure?: boolean;
  readonly subscription?: string[];
  readonly 'node-resource-group'?: string[];
  readonly 'vvp-url'?: string;
  readonly 'vvp-token'?: string;
  readonly 'vvp-namespace'?: string[];
  readonly 'arm-endpoint'?: string;
  /** --timeout (lint, audit): overall deadline of the live Azure read; default 120 s. */
  readonly timeout?: string;
}

/** Default overall deadline of a live ARM read, seconds. */
const AZURE_DEFAULT_TIMEOUT_S = 120;

export type Enrich = (inventory: Inventory) => Promise<void>;

/**
 * Builds the enrich step. With `failures`, a source that fails as a whole (SourceError, an unusable state file) does
 * not abort the run: the error is recorded there and as an error notification, the other sources are still read,
 * and the caller writes the report of what was found before exiting 2 (so a CI step that uploads the SARIF
 * `if: always()` shows it). Without it the first such error is thrown, as before.
 */
export function enrichFromFlags(flags: SourceFlags, cwd: string, env: Readonly<Record<string, string | undefined>>, failures?: Error[]): Enrich | undefined {
  const steps: Enrich[] = [];
  if (flags['azure-state'] && flags.azure) throw new UsageError('--azure-state and --azure are exclusive: lint against a snapshot or live ARM, not both');
  if (flags['azure-state']) {
    const path = resolve(cwd, flags['azure-state']);
    steps.push(async (inv) => {
      const { readAzureStateFile } = await import('../azure/state-file.js');
      inv.azure = await readAzureStateFile(path, flags['azure-state']);
    });
  } else if (flags.azure) {
    const subscriptions = flags.subscription ?? (env['AZURE_SUBSCRIPTION_ID'] ? [env['AZURE_SUBSCRIPTION_ID']] : []);
    if (!subscriptions.length) throw new UsageError('--azure needs --subscription ID (repeatable) or AZURE_SUBSCRIPTION_ID');
    const armEndpoint = flags['arm-endpoint'];
    if (armEndpoint !== undefined && !/^https?:\/\/[^/]/.test(armEndpoint)) throw new UsageError(`--arm-endpoint must be an http(s) URL, got "${armEndpoint}"`);
    const timeoutSeconds = flags.timeout !== undefined ? parseDurationSeconds(flags.timeout) : AZURE_DEFAULT_TIMEOUT_S;
    if (timeoutSeconds === undefined) throw new UsageError(`--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
    steps.push(async (inv) => {
      const { readAzureLive } = await import('./azure-live.js');
      const { contentsWanted } = await import('../azure/vault-contents.js');
      // Only the vaults the SPCs name are listed (and only their pinned keys' versions).
      await readAzureLive(inv, { subscriptions, nodeResourceGroups: flags['node-resource-group'], armEndpoint, timeoutSeconds, vaultContents: contentsWanted(inv) });
    });
  } else if (flags['arm-endpoint'] !== undefined) {
    throw new UsageError('--arm-endpoint needs --azure');
  }
  // What the Azure rules could not check (a vault known only by its summary, a principal or roles that cannot be
  // resolved, vault objects without lists) is told by the rules themselves: ctx.skip, one note per cause.
  // --timeout bounds the VVP read too (default: the reader's own 60 s overall, 30 s per request).
  const vvpTimeoutS = flags.timeout !== undefined ? parseDurationSeconds(flags.timeout) : undefined;
  if (flags.timeout !== undefined && vvpTimeoutS === undefined) throw new UsageError(`--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
  const vvpTimeoutMs = vvpTimeoutS !== undefined ? vvpTimeoutS * 1000 : undefined;
  if (flags['vvp-url'] !== undefined || flags['vvp-token'] !== undefined || (flags['vvp-namespace']?.length ?? 0) > 0) {
    // The VVP client is loaded only when asked for; vvpEnricher validates the flags (UsageError) when it runs.
    steps.push(async (inv) => {
      const { vvpEnricher } = await import('../live/vvp/enrich.js');
      let read: { namespaces: readonly string[]; notifications: readonly { incomplete?: boolean; message: string }[] } | undefined;
      await vvpEnricher(flags, { onRead: (r) => (read = r), ...(vvpTimeoutMs !== undefined ? { timeoutMs: vvpTimeoutMs, requestTimeoutMs: vvpTimeoutMs } : {}) })?.(inv);
      if (read && read.namespaces.length === 0 && read.notifications.some((n) => n.incomplete)) {
        // Asked for the VVP API and read nothing from it: a gate must not pass on that (exit 2, with the cause).
        const causes = read.notifications.filter((n) => n.incomplete).map((n) => n.message);
        // "Nothing could be read" only when nothing was: a namespace list that came back is something.
        const listFailed = read.notifications.some((n) => n.incomplete && /\/namespaces\/v1\/namespaces[ :]/.test(n.message));
        const what = flags['vvp-namespace']?.length || listFailed ? 'nothing could be read from the VVP API' : 'the VVP namespaces were listed, but no Deployment, DeploymentTarget or SessionCluster could be read from them';
        throw new SourceError(`--vvp-url: ${what}: ${causes.slice(0, 3).join('; ')}${causes.length > 3 ? ` (and ${causes.length - 3} more)` : ''}`);
      }
    });
  }
  if (!steps.length) return undefined;
  return async (inv) => {
    for (const step of steps) {
      try {
        await step(inv);
      } catch (err) {
        if (!failures || !isSourceFailure(err)) throw err;
        failures.push(err as Error);
        inv.notifications.push({ id: 'source-failed', level: 'error', message: (err as Error).message, incomplete: true });
      }
    }
  };
}

/** A requested source that failed as a whole: nothing read from it (SourceError) or its state file unusable. */
export function isSourceFailure(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'SOURCE_FAILED' || (code !== undefined && code.startsWith('azure-state-'));
}
