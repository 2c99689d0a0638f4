// Iteration and value helpers shared by the SecretProviderClass rules.
import type { Inventory } from '../../model/inventory.js';
import { spcView, type SpcView } from '../../model/spc.js';

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

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isGuid(s: string): boolean {
  return GUID.test(s);
}

/** Placeholders left over from docs and scripts: ${name}, a whole-value $name or <name>, {{ ... }}. */
const PLACEHOLDERS = [/\$\{[^}\s]+\}/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /^<[^<>\n]+>$/, /\{\{[^}]*\}\}/];

export function findPlaceholder(s: string): string | undefined {
  const t = s.trim();
  for (const re of PLACEHOLDERS) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

export function isPlaceholder(s: string | undefined): boolean {
  return typeof s === 'string' && findPlaceholder(s) !== undefined;
}

/** A short, safe rendering of a user value for messages (never used for Secret values). */
export function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}
