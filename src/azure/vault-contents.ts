// The objects of key vaults (names, enabled, expiry, content type, versions; never a value), from either list
// shape: the az CLI data plane (`az keyvault secret|key|certificate list [--include-managed]`, `list-versions`)
// and the ARM management plane (`Microsoft.KeyVault/vaults/secrets` and `.../keys`, what live reads and
// `snapshot` return). The vault of an entry comes from its id: `https://<vault>.vault.azure.net/...` or
// `.../vaults/<vault>/...`. Also: which vaults and pinned keys a live read must list for the SPCs in an inventory.
import type { Inventory } from '../model/inventory.js';
import { spcView } from '../model/spc.js';
import type { VaultContents, VaultItem } from '../model/azure-state.js';

type Obj = Record<string, unknown>;

/** The state-file keys of vault objects, and the kind each holds. */
export const ITEM_COLLECTIONS = {
  secrets: 'secrets',
  keys: 'keys',
  certificates: 'certificates',
  secretVersions: 'secrets',
  keyVersions: 'keys',
  certificateVersions: 'certificates',
} as const;

export type ItemCollection = keyof typeof ITEM_COLLECTIONS;
type Kind = (typeof ITEM_COLLECTIONS)[ItemCollection];

/** A problem in one entry, at a JSON pointer (the state-file loader turns it into an AzureStateError). */
export class VaultItemError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ParsedId {
  readonly vault: string;
  readonly name: string;
  readonly version?: string;
  /** True for an ARM resource id (`/subscriptions/...`): ARM lists include certificate-backed items. */
  readonly arm: boolean;
}

/** Vault, object name and version from a data-plane URL or an ARM resource id; undefined when it is neither. */
export function parseItemId(id: string): ParsedId | undefined {
  if (id.startsWith('/')) {
    const parts = id.split('/').filter(Boolean);
    const at = parts.findIndex((p, i) => p.toLowerCase() === 'vaults' && parts[i - 1]?.toLowerCase() === 'microsoft.keyvault');
    if (at < 0 || parts.length < at + 4) return undefined;
    const vault = parts[at + 1]!;
    const name = parts[at + 3]!;
    const versionAt = parts.findIndex((p, i) => i > at + 3 && p.toLowerCase() === 'versions');
    return { vault, name, ...(versionAt > 0 && parts[versionAt + 1] ? { version: parts[versionAt + 1] } : {}), arm: true };
  }
  let url: URL;
  try {
    url = new URL(id);
  } catch {
    return undefined;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const vault = url.hostname.split('.')[0];
  if (!vault || parts.length < 2) return undefined;
  return { vault, name: parts[1]!, ...(parts[2] ? { version: parts[2] } : {}), arm: false };
}

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** Unix seconds (ARM `exp`, also as a numeric string) or an ISO date (az `expires`). */
function date(v: unknown, pointer: string): Date | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const d = typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) ? new Date(Number(v) * 1000) : new Date(String(v));
  if (Number.isNaN(d.getTime())) throw new VaultItemError(pointer, 'is not a date (Unix seconds or ISO 8601)');
  return d;
}

function item(raw: Obj, name: string, pointer: string): VaultItem {
  const props = obj(raw['properties']);
  const attrs = obj(props?.['attributes']) ?? obj(raw['attributes']) ?? {};
  const attrPointer = `${pointer}${props?.['attributes'] ? '/properties' : ''}/attributes`;
  const expires = date(attrs['exp'] ?? attrs['expires'], `${attrPointer}/${attrs['exp'] !== undefined ? 'exp' : 'expires'}`);
  const contentType = props?.['contentType'] ?? raw['contentType'];
  return {
    name,
    ...(typeof attrs['enabled'] === 'boolean' ? { enabled: attrs['enabled'] } : {}),
    ...(expires ? { expires } : {}),
    ...(typeof contentType === 'string' && contentType ? { contentType } : {}),
    // The data plane prints `managed` (true, or null for a plain item); ARM has no such field.
    ...('managed' in raw ? { managed: raw['managed'] === true } : {}),
  };
}

interface Builder {
  vault: string;
  secrets?: Map<string, VaultItem>;
  keys?: Map<string, VaultItem>;
  certificates?: Map<string, VaultItem>;
  listsIncludeManaged: boolean;
  secretVersions: Map<string, Set<string>>;
  keyVersions: Map<string, Set<string>>;
  certificateVersions: Map<string, Set<string>>;
}

export type RawItems = Partial<Record<ItemCollection, Obj[]>> & { contentVaults?: string[]; generator?: string };

/** Normalises the vault-object keys of a (schema-valid) raw state. Throws VaultItemError for an unusable entry. */
export function normaliseVaultContents(raw: RawItems): Map<string, VaultContents> {
  const vaults = new Map<string, Builder>();
  const builder = (vault: string): Builder => {
    const key = vault.toLowerCase();
    let b = vaults.get(key);
    if (!b) {
      b = { vault, listsIncludeManaged: false, secretVersions: new Map(), keyVersions: new Map(), certificateVersions: new Map() };
      vaults.set(key, b);
    }
    return b;
  };
  // A vault named in contentVaults was listed, even if every list came back empty.
  for (const v of raw.contentVaults ?? []) {
    const b = builder(v);
    if (raw.secrets) b.secrets ??= new Map();
    // The ARM reader (live --azure and snapshot) writes contentVaults, and ARM lists always include the secret and
    // key behind each certificate: an empty ARM list is empty, not "made without --include-managed".
    if (raw.generator === 'vvp-kv-lint snapshot') b.listsIncludeManaged = true;
  }
  for (const [collection, kind] of Object.entries(ITEM_COLLECTIONS) as [ItemCollection, Kind][]) {
    const versions = collection.endsWith('Versions');
    (raw[collection] ?? []).forEach((entry, i) => {
      const pointer = `/${collection}/${i}`;
      const idField = typeof entry['id'] === 'string' ? 'id' : 'kid';
      if (typeof entry[idField] !== 'string') throw new VaultItemError(`${pointer}/id`, 'is required (the object id; az keyvault key list prints it as kid)');
      const id = entry[idField] as string;
      const parsed = parseItemId(id);
      if (!parsed) throw new VaultItemError(`${pointer}/${idField}`, `is neither a Key Vault URL (https://<vault>.vault.azure.net/${kind}/<name>) nor an ARM id (.../vaults/<vault>/${kind}/<name>)`);
      const b = builder(parsed.vault);
      const name = parsed.name.toLowerCase();
      if (versions) {
        if (!parsed.version) throw new VaultItemError(`${pointer}/${idField}`, 'names no version (list-versions prints ids that end with the version)');
        const map = kind === 'secrets' ? b.secretVersions : kind === 'keys' ? b.keyVersions : b.certificateVersions;
        let set = map.get(name);
        if (!set) map.set(name, (set = new Set()));
        set.add(parsed.version.toLowerCase());
        return;
      }
      const map = (b[kind] ??= new Map());
      const it = item(entry, parsed.name, pointer);
      map.set(name, it);
      if (kind !== 'certificates' && (parsed.arm || it.managed === true)) b.listsIncludeManaged = true;
    });
  }
  // The lists are made per vault, together (README recipe): a vault named in one list present in the state was
  // listed in the others too, so an empty answer (no certificates in that vault) is empty, not unknown.
  for (const b of vaults.values()) {
    if (!b.secrets && !b.keys && !b.certificates) continue;
    if (raw.secrets) b.secrets ??= new Map();
    if (raw.keys) b.keys ??= new Map();
    if (raw.certificates) b.certificates ??= new Map();
  }
  return new Map([...vaults].map(([k, b]) => [k, b as VaultContents]));
}

export interface ContentsWanted {
  /** Vault names (as the SPCs spell them) whose secrets and keys to list. */
  readonly vaultNames: readonly string[];
  /** Keys (and certificates, through their managed key) with a pinned objectVersion: list their versions. */
  readonly pinnedKeys: readonly { readonly vault: string; readonly name: string }[];
}

/** What a live read must list for the Azure SPCs of an inventory: their vaults, and the pinned keys/certs. */
export function contentsWanted(inventory: Inventory): ContentsWanted {
  const vaults = new Map<string, string>();
  const pinned = new Map<string, { vault: string; name: string }>();
  for (const o of inventory.ofClass('SecretProviderClass')) {
    const spc = spcView(o);
    if (!spc.isAzure) continue;
    const vault = spc.param('keyvaultName');
    if (!vault || !/^[A-Za-z0-9-]{3,24}$/.test(vault)) continue;
    vaults.set(vault.toLowerCase(), vault);
    for (const e of spc.objects.entries) {
      const name = typeof e.fields?.['objectName'] === 'string' ? e.fields['objectName'].trim() : '';
      const type = e.fields?.['objectType'];
      const version = typeof e.fields?.['objectVersion'] === 'string' ? e.fields['objectVersion'].trim() : '';
      if (!name || !version || version === 'latest' || (type !== 'key' && type !== 'cert' && type !== 'secret')) continue;
      pinned.set(`${vault}/${name}`.toLowerCase(), { vault, name });
    }
  }
  return { vaultNames: [...vaults.values()], pinnedKeys: [...pinned.values()] };
}
