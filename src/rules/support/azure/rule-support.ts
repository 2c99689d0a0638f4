// Shared helpers for the Azure rule group: which SPCs to check, their vault in the state, what they mount,
// and the vault as a related (logical) location.
import type { Inventory } from '../../../model/inventory.js';
import type { ManifestObject } from '../../../model/types.js';
import { spcView, type SpcView } from '../../../model/spc.js';
import { liveObject } from '../../../model/live-object.js';
import type { Need, ObjectType } from './permissions.js';
import type { AzureState, Vault } from '../../../model/azure-state.js';
export { vaultOf } from '../../../model/vault-of.js';
import { concrete } from '../../../model/placeholder.js';

export { isGuid } from '../spc.js';

// Lives in the model (the CLI uses it too); re-exported for the rules that import it from here.
export { concrete };

/** Azure SPCs (provider exactly `azure`) with the Azure state they can be checked against. */
export function azureChecks(inventory: Inventory): { spc: SpcView; state: AzureState }[] {
  const state = inventory.azure;
  if (!state) return [];
  return inventory
    .ofClass('SecretProviderClass')
    .map(spcView)
    .filter((s) => s.isAzure)
    .map((spc) => ({ spc, state }));
}

/** What the mount reads, by object type; invalid entries are left to spc-objects-invalid. */
export function needsOf(spc: SpcView): Need[] {
  const byType = new Map<ObjectType, boolean>();
  for (const e of spc.objects.entries) {
    const t = e.fields?.['objectType'];
    if (t !== 'secret' && t !== 'key' && t !== 'cert') continue;
    const h = Number(e.fields?.['objectVersionHistory'] ?? 0);
    byType.set(t, (byType.get(t) ?? false) || h > 1);
  }
  return [...byType].map(([objectType, history]) => ({ objectType, history }));
}

const vaultObjects = new WeakMap<Vault, ManifestObject>();

/** The vault as an inventory-style object with a logical Azure location, for related locations. */
export function vaultObject(vault: Vault): ManifestObject {
  let o = vaultObjects.get(vault);
  if (!o) {
    o = liveObject(
      { apiVersion: 'Microsoft.KeyVault', kind: 'Vault', metadata: { name: vault.name, namespace: vault.resourceGroup }, id: vault.id },
      { live: 'azure', scope: vault.subscription ?? 'azure', resource: 'keyvault', uri: `https://portal.azure.com/#@/resource${vault.id}` },
    );
    vaultObjects.set(vault, o);
  }
  return o;
}

export const TYPE_LABEL: Record<ObjectType, string> = { secret: 'secrets', key: 'keys', cert: 'certificates' };
