// Which vault of the Azure state an SPC names. The rules and `why` both ask, so it lives in the model.
import type { AzureState, Vault } from './azure-state.js';
import type { SpcView } from './spc.js';
import { concrete } from './placeholder.js';

/** The SPC's vault in the state (vault names are global and case-insensitive), if listed. */
export function vaultOf(state: AzureState, spc: SpcView): Vault | undefined {
  const name = spc.param('keyvaultName');
  if (!concrete(name)) return undefined;
  const n = name.toLowerCase();
  return state.vaults.find((v) => v.name.toLowerCase() === n);
}
