// `--azure`: reads live ARM for the SecretProviderClasses in the inventory, and nothing more: their vaults' role
// assignments and the federated credentials of the identities they name. The cloud comes from the SPCs'
// `cloudName` (sovereign clouds have their own ARM endpoint and Entra authority) unless --arm-endpoint is given.
// One overall deadline bounds the read. A read that yields nothing is a SourceError (exit 2) with the cause.
import type { Inventory } from '../model/inventory.js';
import type { ToolNotification } from '../model/types.js';
import { spcView } from '../model/spc.js';
import { concrete } from '../model/placeholder.js';
import { AZURE_CLOUDS, cloudByName, type AzureCloud } from '../azure/clouds.js';
import { OPTIONAL_PACKAGES, SourceError, isMissingModule, missingPackagesError } from '../source-error.js';

export interface AzureLiveOptions {
  readonly subscriptions: readonly string[];
  readonly nodeResourceGroups?: readonly string[];
  /** --arm-endpoint: overrides the cloud chosen from the SPCs. */
  readonly armEndpoint?: string;
  /** Overall deadline of the whole ARM read, seconds (--timeout). */
  readonly timeoutSeconds: number;
  /** Vault contents (secret/key metadata) the SPCs mount, for the kv-object-* rules. */
  readonly vaultContents?: import('../azure/arm-source.js').ArmSourceOptions['vaultContents'];
}

/** What the Azure rules will look at: vault names, identity client ids, and the clouds the SPCs name. */
export function azureNeeds(inventory: Inventory): { vaultNames: string[]; clientIds: string[]; clouds: Map<string, AzureCloud>; unknownClouds: string[] } {
  const vaultNames = new Set<string>();
  const clientIds = new Set<string>();
  const clouds = new Map<string, AzureCloud>();
  const unknownClouds = new Set<string>();
  for (const o of inventory.ofClass('SecretProviderClass')) {
    const spc = spcView(o);
    if (!spc.isAzure) continue;
    const vault = spc.param('keyvaultName');
    if (concrete(vault)) vaultNames.add(vault.toLowerCase());
    for (const key of ['clientID', 'userAssignedIdentityID']) {
      const id = spc.param(key);
      if (concrete(id)) clientIds.add(id.toLowerCase());
    }
    const name = spc.param('cloudName');
    const cloud = cloudByName(name);
    if (cloud) clouds.set(cloud.name, cloud);
    else if (name) unknownClouds.add(name);
  }
  return { vaultNames: [...vaultNames], clientIds: [...clientIds], clouds, unknownClouds: [...unknownClouds] };
}

export async function readAzureLive(inventory: Inventory, opts: AzureLiveOptions): Promise<void> {
  const needs = azureNeeds(inventory);
  const notes: ToolNotification[] = [];
  let endpoint = opts.armEndpoint;
  let authorityHost: string | undefined;
  if (endpoint === undefined) {
    const clouds = [...needs.clouds.values()];
    const cloud = clouds[0] ?? AZURE_CLOUDS[0]!;
    if (clouds.length > 1) {
      notes.push({ id: 'azure-cloud-mixed', level: 'warning', incomplete: true, message: `Azure: the SecretProviderClasses name several clouds (${clouds.map((c) => c.name).join(', ')}); only ${cloud.name} was read (lint each cloud's manifests separately, or pass --arm-endpoint)` });
    }
    for (const u of needs.unknownClouds) notes.push({ id: 'azure-cloud-unknown', level: 'warning', message: `Azure: cloudName "${u}" names no cloud with a fixed ARM endpoint (AzureStackCloud needs --arm-endpoint); reading ${cloud.name}` });
    endpoint = cloud.armEndpoint;
    if (cloud.name !== 'AzurePublicCloud') authorityHost = cloud.authorityHost;
  }
  let mod: typeof import('../azure/arm-source.js');
  try {
    mod = await import('../azure/arm-source.js');
  } catch (err) {
    if (isMissingModule(err)) throw missingPackagesError('--azure', OPTIONAL_PACKAGES.azure, err);
    throw err;
  }
  let res: Awaited<ReturnType<typeof mod.readArm>>;
  try {
    res = await mod.readArm({
      subscriptions: opts.subscriptions,
      nodeResourceGroups: opts.nodeResourceGroups,
      vaultContents: opts.vaultContents,
      endpoint,
      authorityHost,
      // Only what the SPCs need: a subscription with 200 vaults must not cost 200 role assignment reads.
      vaultNames: needs.vaultNames,
      federatedForClientIds: needs.clientIds,
      overallTimeoutMs: opts.timeoutSeconds * 1000,
      timeoutMs: Math.min(60_000, opts.timeoutSeconds * 1000),
    });
  } catch (err) {
    if (isMissingModule(err)) throw missingPackagesError('--azure', OPTIONAL_PACKAGES.azure, err);
    throw err;
  }
  const failedSubs = res.raw.incomplete?.['subscriptions'];
  if (Array.isArray(failedSubs) && failedSubs.length === opts.subscriptions.length) {
    // Not one vault list could be read: the Azure rules would have nothing to check. Say why, with the cause.
    const cause = res.notifications.find((n) => n.incomplete)?.message ?? 'no key vault list could be read';
    // "Nothing could be read" only when nothing was: identities or scale sets may have come back without vaults.
    const raw = res.raw as unknown as Record<string, unknown>;
    const read = ['identities', 'roleAssignments', 'roleDefinitions', 'federatedCredentials', 'vmss', 'servicePrincipals'].reduce((n, k) => n + (Array.isArray(raw[k]) ? (raw[k] as unknown[]).length : 0), 0);
    throw new SourceError(
      read > 0
        ? `--azure: no key vault list could be read from Azure Resource Manager (${endpoint}), so the Azure rules have nothing to check (${read} other item${read === 1 ? '' : 's'} were read): ${cause}`
        : `--azure: nothing could be read from Azure Resource Manager (${endpoint}): ${cause}`,
    );
  }
  inventory.azure = res.state;
  inventory.notifications.push(...notes, ...res.notifications);
}
