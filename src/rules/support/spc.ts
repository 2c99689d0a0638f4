// Iteration and value helpers shared by the SecretProviderClass rules.
import { isScalar, Scalar } from 'yaml';
import type { Inventory } from '../../model/inventory.js';
import { scalarAt, spcView, type SpcView } from '../../model/spc.js';

/** SPCs meant for the Azure provider: provider azure, a misspelling of it, or none at all. Other providers are skipped. */
export function azureSpcs(inventory: Inventory): SpcView[] {
  const out: SpcView[] = [];
  for (const o of inventory.ofClass('SecretProviderClass')) {
    const view = spcView(o);
    if (meantForAzure(view.provider)) out.push(view);
  }
  return out;
}

export function meantForAzure(provider: unknown): boolean {
  if (provider === undefined || provider === null) return true;
  if (typeof provider !== 'string') return true;
  return provider.trim() === '' || /azure|akv|keyvault/i.test(provider);
}

// The GUID and placeholder notions live in the model (the loader, masking and policies need them too); rules keep
// importing them from here.
export { isGuid } from '../../model/guid.js';
export { findPlaceholder, isPlaceholder } from '../../model/placeholder.js';

/** A short, safe rendering of a user value for messages (never used for Secret values). */
export function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

/** Plain scalars that YAML 1.1 (kubectl, sigs.k8s.io/yaml) reads as a bool, null or number, though YAML 1.2 says string. */
const YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * True when a parameter is a string to our parser but an unquoted scalar kubectl would turn into a bool or number
 * (`usePodIdentity: yes`): spc-parameter-not-string owns that value, so the value checks leave it alone.
 */
export function isYaml11NonString(spc: SpcView, key: string): boolean {
  const value = spc.parameters?.[key];
  if (typeof value !== 'string') return false;
  const node = scalarAt(spc.object, spc.paramPath(key));
  return node !== undefined && isScalar(node) && node.type === Scalar.PLAIN && YAML11_NON_STRING.test(String(node.source ?? value));
}

/** A parameter key that differs from `name` only by case (`keyVaultName` for keyvaultName), for hints. */
export function caseVariant(spc: SpcView, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(spc.parameters ?? {}).find((k) => k !== name && k.toLowerCase() === lower);
}
