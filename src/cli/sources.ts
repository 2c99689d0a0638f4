// Builds the `enrich` step of a lint run from CLI flags: Azure state (file or live ARM) and the VVP API.
// Live-mode modules are imported here only when their flag is given, so an offline lint never loads an SDK.
import { resolve } from 'node:path';
import type { Inventory } from '../model/inventory.js';
import { UsageError } from './io.js';

export interface SourceFlags {
  readonly 'azure-state'?: string;
  readonly azure?: boolean;
  readonly subscription?: string[];
  readonly 'node-resource-group'?: string[];
  readonly 'vvp-url'?: string;
  readonly 'vvp-token'?: string;
  readonly 'vvp-namespace'?: string[];
}

export type Enrich = (inventory: Inventory) => Promise<void>;

export function enrichFromFlags(flags: SourceFlags, cwd: string, env: Readonly<Record<string, string | undefined>>): Enrich | undefined {
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
    steps.push(async (inv) => {
      const { readArm } = await import('../azure/arm-source.js');
      const { contentsWanted } = await import('../azure/vault-contents.js');
      // Only the vaults the SPCs name are listed (and only their pinned keys' versions).
      const res = await readArm({ subscriptions, nodeResourceGroups: flags['node-resource-group'], vaultContents: contentsWanted(inv) });
      inv.azure = res.state;
      inv.notifications.push(...res.notifications);
    });
  }
  if (flags['azure-state'] || flags.azure) {
    steps.push(async (inv) => {
      const { azureCoverageNotes } = await import('../azure/coverage.js');
      inv.notifications.push(...azureCoverageNotes(inv));
      const { vaultContentsNotes } = await import('../azure/object-check.js');
      inv.notifications.push(...vaultContentsNotes(inv));
    });
  }
  if (flags['vvp-url'] !== undefined || flags['vvp-token'] !== undefined || (flags['vvp-namespace']?.length ?? 0) > 0) {
    // The VVP client is loaded only when asked for; vvpEnricher validates the flags (UsageError) when it runs.
    steps.push(async (inv) => {
      const { vvpEnricher } = await import('../live/vvp/enrich.js');
      await vvpEnricher(flags)?.(inv);
    });
  }
  if (!steps.length) return undefined;
  return async (inv) => {
    for (const step of steps) await step(inv);
  };
}
