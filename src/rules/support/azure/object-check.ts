// The vault-contents decision shared by the kv-object-* rules: for each entry of an Azure SPC's `objects` whose
// vault's lists were read, is the object there under the type the provider will fetch, enabled, unexpired, with
// the pinned version? Whatever cannot be known (a list not read, a 403, a data-plane list without the
// certificate-backed items) yields no finding but a
// skipped check (ctx.skip): one note per cause with the command that lets the check run.
//
// What the provider fetches (AKV provider pkg/provider/keyvault.go, provider.go): objectType secret → GetSecret
// (a certificate's secret: private key and certificate), key → GetKey (public key; a certificate's managed key
// too), cert → GetCertificate (public certificate only). A certificate therefore exists under all three types.
import type { RelatedReport, RuleContext } from '../../contract.js';
import type { Inventory } from '../../../model/inventory.js';
import type { Level } from '../../../model/types.js';
import { liveObject } from '../../../model/live-object.js';
import { similarIds } from '../../../similar-ids.js';
import type { SpcObjectEntry, SpcView } from '../../../model/spc.js';
import { azureChecks, concrete, vaultObject } from './rule-support.js';
import type { AzureState, VaultContents, VaultItem } from '../../../model/azure-state.js';
import type { Remedy, VaultRef } from '../../../model/remedy.js';
import { vaultRef } from './remedy.js';

export type ObjectProblemKind = 'not-found' | 'disabled' | 'expired' | 'version-not-found' | 'type-mismatch';

/**
 * The message ids each kv-object-* rule declares for its kind of problem (the wording lives in the rule module;
 * this module only decides and hands over data: names, vault, counts, dates, never a value).
 */
export interface ObjectMessageIds {
  readonly 'not-found': 'notFound' | 'notFoundSuggestion';
  readonly disabled: 'disabled';
  readonly expired: 'expired' | 'expiresSoon';
  readonly 'version-not-found': 'versionNotFound';
  readonly 'type-mismatch': 'onlyAsOtherType' | 'certWithoutPrivateKey';
}

export interface ObjectProblem<K extends ObjectProblemKind = ObjectProblemKind> {
  readonly kind: K;
  readonly spc: SpcView;
  readonly entry: SpcObjectEntry;
  /** The field of the entry the finding points at. */
  readonly field: 'objectName' | 'objectVersion' | 'objectType';
  readonly messageId: ObjectMessageIds[K];
  readonly data: Readonly<Record<string, string | number>>;
  /** Only where the rule reports below its default level (expiring soon: warning; the private-key hint: note). */
  readonly level?: Level;
  readonly related: RelatedReport[];
  /** What to do in the vault or the manifest (src/rules/support/azure/remedy.ts has the grant remedies). */
  readonly remedy?: Remedy;
}

/** Default of the `objectExpiryWarningDays` config key. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

/** Content types Key Vault gives the secret that backs a certificate. */
const CERT_CONTENT_TYPES = new Set(['application/x-pkcs12', 'application/x-pem-file']);

type Presence = 'yes' | 'no' | 'unknown';
type ObjectType = 'secret' | 'key' | 'cert';

/** Is `n` (lower-case) a certificate? */
function certPresence(c: VaultContents, n: string): Presence {
  if (c.certificates?.has(n)) return 'yes';
  const s = c.secrets?.get(n);
  const k = c.keys?.get(n);
  if (s?.managed || k?.managed) return 'yes';
  // A plain item of that name: a certificate's secret and key carry its name and are managed.
  if (s?.managed === false || k?.managed === false) return 'no';
  if (c.certificates) return 'no';
  if (!c.listsIncludeManaged) return 'unknown';
  // ARM lists: a certificate shows as a secret and a key of its name, the secret with a certificate content type.
  if ((c.secrets && !s) || (c.keys && !k)) return 'no';
  if (s && k) return s.contentType === undefined ? 'unknown' : CERT_CONTENT_TYPES.has(s.contentType.toLowerCase()) ? 'yes' : 'no';
  return 'unknown';
}

/** Can the provider fetch `n` as `type`? */
function presence(c: VaultContents, n: string, type: ObjectType): Presence {
  const cert = certPresence(c, n);
  if (type === 'cert') return cert;
  const list = type === 'secret' ? c.secrets : c.keys;
  if (list?.has(n) || cert === 'yes') return 'yes';
  if (!list) return 'unknown';
  // Without the certificate-backed items in the list, absence says nothing unless it is known not to be a certificate.
  return c.listsIncludeManaged || cert === 'no' ? 'no' : 'unknown';
}

/** The list entry whose attributes the provider's GET meets. */
function itemFor(c: VaultContents, n: string, type: ObjectType): VaultItem | undefined {
  if (type === 'secret') return c.secrets?.get(n) ?? c.certificates?.get(n);
  if (type === 'key') return c.keys?.get(n) ?? c.certificates?.get(n);
  return c.certificates?.get(n) ?? c.secrets?.get(n);
}

/** Known versions; a certificate's secret, key and certificate share version ids. */
function versionsFor(c: VaultContents, n: string, type: ObjectType): ReadonlySet<string> | undefined {
  const own = type === 'secret' ? c.secretVersions : type === 'key' ? c.keyVersions : c.certificateVersions;
  if (own.has(n)) return own.get(n);
  if (certPresence(c, n) !== 'yes') return undefined;
  return c.certificateVersions.get(n) ?? c.keyVersions.get(n) ?? c.secretVersions.get(n);
}

function originalNames(c: VaultContents, type: ObjectType): Map<string, string> {
  const out = new Map<string, string>();
  const lists = type === 'secret' ? [c.secrets, c.certificates] : type === 'key' ? [c.keys, c.certificates] : [c.certificates];
  for (const l of lists) for (const [k, v] of l ?? []) if (!out.has(k)) out.set(k, v.name);
  return out;
}

/** The vault as a logical location; `path` names the list consulted (`secrets`, `keys/<name>/versions`...). */
function vaultRelated(state: AzureState, c: VaultContents, path: string[], what: string): RelatedReport {
  const vault = state.vaults.find((v) => v.name.toLowerCase() === c.vault.toLowerCase());
  const object =
    vault !== undefined
      ? vaultObject(vault)
      : liveObject({ apiVersion: 'Microsoft.KeyVault', kind: 'Vault', metadata: { name: c.vault } }, { live: 'azure', scope: 'azure', resource: 'keyvault' });
  return { object, path, message: `${what} of key vault ${c.vault} (${state.origin})` };
}

const LABEL: Record<ObjectType, string> = { secret: 'secret', key: 'key', cert: 'certificate' };
const LIST: Record<ObjectType, 'secrets' | 'keys' | 'certificates'> = { secret: 'secrets', key: 'keys', cert: 'certificates' };
/** The provider's call for each objectType, and the error Key Vault answers when the name has no such object. */
const PROVIDER_CALL: Record<ObjectType, string> = { secret: 'GetSecret', key: 'GetKey', cert: 'GetCertificate' };
const NOT_FOUND_ERROR: Record<ObjectType, string> = { secret: 'SecretNotFound', key: 'KeyNotFound', cert: 'CertificateNotFound' };

/**
 * A check of one entry that could not run (ctx.skip): which kv-object-* kinds it silences, and why. The cause,
 * reason and remedy are the same for every entry with the same cause in one vault, so they make one notification.
 */
export interface ObjectSkip {
  readonly kinds: readonly ObjectProblemKind[];
  readonly spc: SpcView;
  readonly entry: SpcObjectEntry;
  readonly cause: string;
  readonly reason: string;
  readonly remedy: string;
}

const ALL_KINDS: readonly ObjectProblemKind[] = ['not-found', 'disabled', 'expired', 'version-not-found', 'type-mismatch'];

interface ObjectChecks {
  readonly problems: ObjectProblem[];
  readonly skips: ObjectSkip[];
}

const cache = new WeakMap<Inventory, Map<string, ObjectChecks>>();

/**
 * The whole `create` of a kv-object-* rule: report this kind of problem at the object's entry inside `objects`,
 * under the message ids of ObjectMessageIds[kind], which the rule module words.
 */
export function reportObjectProblems<K extends ObjectProblemKind>(ctx: RuleContext<ObjectMessageIds[K]>, kind: K): void {
  const checks = objectChecks(ctx.inventory, ctx.options.objectExpiryWarningDays);
  for (const k of checks.skips) {
    if (!k.kinds.includes(kind)) continue;
    ctx.skip({ cause: k.cause, reason: k.reason, remedy: k.remedy, subject: entrySubject(k.spc, k.entry), object: k.spc.object });
  }
  for (const p of checks.problems) {
    if (p.kind !== kind) continue;
    ctx.report({
      object: p.spc.object,
      path: p.spc.paramPath('objects'),
      location: p.entry.locate(p.field),
      discriminator: String(p.entry.index),
      messageId: p.messageId as ObjectMessageIds[K],
      data: p.data,
      ...(p.level ? { level: p.level } : {}),
      related: p.related,
      ...(p.remedy ? { remedy: p.remedy } : {}),
    });
  }
}

/** Every problem of every checked entry; cached per inventory and clock window. */
export function objectProblems(inventory: Inventory, warningDays = DEFAULT_EXPIRY_WARNING_DAYS, now = new Date()): ObjectProblem[] {
  return objectChecks(inventory, warningDays, now).problems;
}

function objectChecks(inventory: Inventory, warningDays = DEFAULT_EXPIRY_WARNING_DAYS, now = new Date()): ObjectChecks {
  let byKey = cache.get(inventory);
  if (!byKey) cache.set(inventory, (byKey = new Map()));
  const key = `${warningDays}`;
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = compute(inventory, warningDays, now)));
  return out;
}

/** One SPC entry, as the subject of a skipped check. */
function entrySubject(spc: SpcView, entry: SpcObjectEntry): string {
  const o = spc.object;
  const where = o.source.kind === 'file' ? o.source.file.relPath : 'live';
  return `${where}|${o.namespace ?? ''}/${o.name ?? ''}#${entry.index}`;
}

/** The entries worth checking: a concrete name and a valid type (spc-objects-invalid reports the rest). */
function checkable(entry: SpcObjectEntry): { name: string; type: ObjectType; version: string } | undefined {
  const f = entry.fields;
  if (!f) return undefined;
  const name = typeof f['objectName'] === 'string' ? f['objectName'].trim() : '';
  const type = f['objectType'];
  if (!concrete(name) || (type !== 'secret' && type !== 'key' && type !== 'cert')) return undefined;
  const version = typeof f['objectVersion'] === 'string' ? f['objectVersion'].trim() : '';
  return { name, type, version };
}

/** The directories of the linted SPC files: what `snapshot` needs as paths to list their vaults' objects. */
function spcDirectories(inventory: Inventory): string {
  const dirs = new Set<string>();
  for (const { spc } of azureChecks(inventory)) {
    const src = spc.object.source;
    if (src.kind !== 'file') continue;
    const slash = src.file.relPath.lastIndexOf('/');
    dirs.add(slash < 0 ? '.' : `${src.file.relPath.slice(0, slash)}/`);
  }
  const list = [...dirs].sort();
  return list.length === 0 ? '<paths>' : list.length > 3 ? '.' : list.join(' ');
}

/** The commands that list a vault's objects, as the README's state recipe writes them. */
function listCommands(vault: string): string {
  return `\`az keyvault secret list --include-managed --vault-name ${vault}\`, \`az keyvault key list --include-managed --vault-name ${vault}\` and \`az keyvault certificate list --vault-name ${vault}\` into the state's secrets, keys and certificates`;
}

/** Why a vault's objects cannot be checked at all, and what would let them be; undefined when they can. */
function vaultSkip(inventory: Inventory, state: AzureState, vault: string): { cause: string; reason: string; remedy: string } | undefined {
  const lower = vault.toLowerCase();
  if (state.incomplete.vaultContents.has(lower)) {
    return {
      cause: 'vault-lists-failed',
      reason: `the objects of key vault ${vault} could not be listed (see the Azure notification)`,
      remedy:
        state.origin === 'arm'
          ? `give the reading identity Key Vault Reader (or Reader) on key vault ${vault} and run again`
          : `take the state again with Key Vault Reader on key vault ${vault} (\`vvp-kv-lint snapshot … ${spcDirectories(inventory)}\`)`,
    };
  }
  if (state.vaultContents.has(lower)) return undefined;
  const anyLists = state.provided.has('secrets') || state.provided.has('keys') || state.provided.has('certificates') || state.incomplete.vaultContents.size > 0;
  if (!anyLists && state.origin !== 'arm' && state.generator === 'vvp-kv-lint snapshot') {
    // snapshot lists vault objects only for the vaults the SPCs in its paths name; without paths it lists none.
    return {
      cause: 'snapshot-without-paths',
      reason: `the snapshot ${state.origin} has no vault objects (it was taken without paths)`,
      remedy: `\`vvp-kv-lint snapshot --subscription … --output ${state.origin} ${spcDirectories(inventory)}\``,
    };
  }
  return {
    cause: 'vault-lists-missing',
    reason: `the Azure state has no secret, key or certificate list for key vault ${vault}`,
    remedy: state.origin === 'arm' ? `list key vault ${vault}'s objects (it is not among the vaults read)` : listCommands(vault),
  };
}

function compute(inventory: Inventory, warningDays: number, now: Date): ObjectChecks {
  const out: ObjectProblem[] = [];
  const skips: ObjectSkip[] = [];
  /** Pinned entries whose versions are unknown, by vault and type: one remedy names all their objects. */
  const unversioned = new Map<string, { vault: string; type: ObjectType; arm: boolean; entries: { spc: SpcView; entry: SpcObjectEntry; name: string }[] }>();
  const soon = new Date(now.getTime() + warningDays * 86_400_000);
  for (const { spc, state } of azureChecks(inventory)) {
    const vaultName = spc.param('keyvaultName');
    if (!concrete(vaultName)) continue;
    const lower = vaultName.toLowerCase();
    const c = state.vaultContents.get(lower);
    const unchecked = !c || state.incomplete.vaultContents.has(lower) ? vaultSkip(inventory, state, vaultName) : undefined;
    if (!c || unchecked) {
      if (unchecked) for (const entry of spc.objects.entries) if (checkable(entry)) skips.push({ kinds: ALL_KINDS, spc, entry, ...unchecked });
      continue;
    }
    for (const entry of spc.objects.entries) {
      const ok = checkable(entry);
      if (!ok) continue;
      const { name, type } = ok;
      const n = name.toLowerCase();
      const version = ok.version;
      const pinned = version !== '' && version.toLowerCase() !== 'latest' && concrete(version);
      const push = <K extends ObjectProblemKind>(kind: K, field: ObjectProblem['field'], messageId: ObjectMessageIds[K], data: ObjectProblem['data'], what: string, level?: Level, remedy?: Remedy): void => {
        const path = what.startsWith('versions') ? [LIST[type], name, 'versions'] : [what];
        out.push({ kind, spc, entry, field, messageId, data, ...(level ? { level } : {}), related: [vaultRelated(state, c, path, what)], ...(remedy ? { remedy } : {}) });
      };
      const vault = refOf(state, c);
      const spcName = `SecretProviderClass ${spc.object.namespace ? `${spc.object.namespace}/` : ''}${spc.object.name ?? '?'}`;
      const inEntry = (change: string): Remedy => ({ steps: [{ action: 'edit-manifest', what: `in ${spcName}, objects entry ${entry.index + 1} (${name}): ${change}` }] });
      const about = { type: LABEL[type], name, vault: c.vault };
      const here = presence(c, n, type);
      if (here === 'unknown') {
        // Lists without the certificate-backed items and no certificate list: a missing name may be a certificate.
        // With lists that include them (ARM, --include-managed): a secret and key of the name whose secret has no
        // content type may or may not be a certificate. Only a certificate list tells, and ARM has none.
        skips.push({
          kinds: ALL_KINDS,
          spc,
          entry,
          cause: 'certificates-unknown',
          ...(c.listsIncludeManaged
            ? {
                reason: `key vault ${c.vault}: the lists cannot tell whether some names are certificates (a secret and a key of the name, the secret without a content type)`,
                remedy: `\`az keyvault certificate list --vault-name ${c.vault}\` into the certificates of a state file (${state.origin === 'arm' ? 'ARM lists no certificates; ' : ''}--azure-state)`,
              }
            : {
                reason: `key vault ${c.vault}: the secret and key lists do not include certificates (made without --include-managed) and the state has no certificate list, so a name missing from them may be a certificate`,
                remedy: `\`az keyvault certificate list --vault-name ${c.vault}\` into the state's certificates (or the secret and key lists with --include-managed)`,
              }),
        });
        continue;
      }
      if (here === 'no') {
        const asSecret = type !== 'secret' ? presence(c, n, 'secret') : 'no';
        const asKey = type !== 'key' ? presence(c, n, 'key') : 'no';
        if (asSecret === 'yes' || asKey === 'yes') {
          const other: ObjectType = asSecret === 'yes' ? 'secret' : 'key';
          push(
            'type-mismatch',
            'objectType',
            'onlyAsOtherType',
            { ...about, existsAs: other === 'secret' ? 'plain secret' : 'key', objectType: type, call: PROVIDER_CALL[type], error: NOT_FOUND_ERROR[type], useType: other },
            LIST[other],
            undefined,
            inEntry(`set objectType: ${other}`),
          );
          continue;
        }
        const names = originalNames(c, type);
        const near = similarIds(n, [...names.keys()], 1).map((k) => names.get(k)!);
        const listed = { ...about, listed: names.size, list: LIST[type] };
        if (near.length) push('not-found', 'objectName', 'notFoundSuggestion', { ...listed, suggestion: near[0]! }, LIST[type], undefined, inEntry(`set objectName: ${near[0]!} (the closest name in the vault)`));
        else push('not-found', 'objectName', 'notFound', listed, LIST[type], undefined, createRemedy(vault, type, name));
        continue;
      }
      if (pinned) {
        const known = versionsFor(c, n, type);
        if (known && !known.has(version.toLowerCase())) {
          push('version-not-found', 'objectVersion', 'versionNotFound', { ...about, version, listed: known.size }, `versions of ${name}`, undefined, inEntry('pin one of the versions the vault lists (az keyvault ' + (type === 'cert' ? 'certificate' : type) + ` list-versions --vault-name ${c.vault} --name ${name}), or remove objectVersion to mount the latest`));
        } else if (!known) {
          const k = `${c.vault.toLowerCase()}|${type}`;
          let u = unversioned.get(k);
          if (!u) unversioned.set(k, (u = { vault: c.vault, type, arm: state.origin === 'arm', entries: [] }));
          u.entries.push({ spc, entry, name });
        }
        // The list attributes describe the latest version, not the pinned one: enabled/expiry are unknown.
      } else {
        const it = itemFor(c, n, type);
        if (it?.enabled === false) {
          push('disabled', 'objectName', 'disabled', about, LIST[type], undefined, { steps: [{ action: 'enable-object', vault, objectKind: enabledKind(c, n, type), name: it.name }], alternative: 'or mount another object' });
        } else if (it?.expires && it.expires.getTime() <= now.getTime()) {
          push('expired', 'objectName', 'expired', { ...about, date: it.expires.toISOString().slice(0, 10) }, LIST[type], undefined, rotateRemedy(vault, type, it.name));
        } else if (it?.expires && it.expires.getTime() <= soon.getTime()) {
          const days = Math.max(0, Math.ceil((it.expires.getTime() - now.getTime()) / 86_400_000));
          push('expired', 'objectName', 'expiresSoon', { ...about, date: it.expires.toISOString().slice(0, 10), days, window: warningDays }, LIST[type], 'warning', rotateRemedy(vault, type, it.name));
        }
      }
      if (type === 'cert' && wantsPrivateKey(spc, entry)) {
        push('type-mismatch', 'objectType', 'certWithoutPrivateKey', { name }, LIST.cert, 'note', inEntry('set objectType: secret to mount the private key with the certificate (objectFormat: pfx for a PFX)'));
      }
    }
  }
  for (const u of unversioned.values()) {
    const names = [...new Set(u.entries.map((e) => e.name))].sort();
    const cli = u.type === 'cert' ? 'certificate' : u.type;
    const commands = names.map((nm) => `\`az keyvault ${cli} list-versions --vault-name ${u.vault} --name ${nm}\``).join(', ');
    // ARM lists no versions of a plain secret: only a state file with secretVersions can say.
    const via = u.arm && u.type === 'secret' ? ' (ARM cannot list a secret\'s versions: lint with --azure-state and these lists)' : '';
    for (const e of u.entries) {
      skips.push({
        kinds: ['version-not-found'],
        spc: e.spc,
        entry: e.entry,
        cause: 'versions-missing',
        reason: `key vault ${u.vault}: the state has no version list of the pinned ${LABEL[u.type]}${names.length === 1 ? '' : 's'} ${names.join(', ')}`,
        remedy: `${commands} into the state's ${u.type === 'cert' ? 'certificate' : u.type}Versions${via}`,
      });
    }
  }
  return { problems: out, skips };
}

function refOf(state: AzureState, c: VaultContents): VaultRef {
  const vault = state.vaults.find((v) => v.name.toLowerCase() === c.vault.toLowerCase());
  return vault ? vaultRef(vault) : { name: c.vault };
}

/** The kind whose attributes gate the GET: a certificate's backing secret or key is enabled through the certificate. */
function enabledKind(c: VaultContents, n: string, type: ObjectType): 'secret' | 'key' | 'certificate' {
  if (type === 'cert') return 'certificate';
  const own = type === 'secret' ? c.secrets?.get(n) : c.keys?.get(n);
  if (own && !own.managed) return type;
  return certPresence(c, n) === 'yes' ? 'certificate' : type;
}

const AZ_KIND: Record<ObjectType, string> = { secret: 'secret', key: 'key', cert: 'certificate' };

/** Expired or expiring: a new version needs a value (or key material) the linter never has, so it is named only. */
function rotateRemedy(vault: VaultRef, type: ObjectType, name: string): Remedy {
  const template =
    type === 'secret'
      ? [`az keyvault secret set --vault-name ${vault.name} --name ${name} --file <file-with-the-new-value> --expires <new-expiry>`]
      : type === 'key'
        ? [`az keyvault key rotate --vault-name ${vault.name} --name ${name}`]
        : [`az keyvault certificate create --vault-name ${vault.name} --name ${name} --policy "$(az keyvault certificate show --vault-name ${vault.name} --name ${name} --query policy -o json)"`];
  return {
    steps: [{ action: 'manual', what: `rotate ${LABEL[type]} ${name} in key vault ${vault.name}: a new version with a later expiry`, missing: [type === 'secret' ? 'the new secret value (never read by the linter)' : `how your team issues new ${AZ_KIND[type]} versions`], azTemplate: template }],
    alternative: `or extend the expiry of the current version (az keyvault ${AZ_KIND[type]} set-attributes --vault-name ${vault.name} --name ${name} --expires <date>), if the ${LABEL[type]} itself is still sound`,
  };
}

/** Not in the vault and nothing close: creating it needs its value, which the linter never has. */
function createRemedy(vault: VaultRef, type: ObjectType, name: string): Remedy {
  const template =
    type === 'secret'
      ? [`az keyvault secret set --vault-name ${vault.name} --name ${name} --file <file-with-the-value>`]
      : type === 'key'
        ? [`az keyvault key create --vault-name ${vault.name} --name ${name} --kty <RSA|EC>`]
        : [`az keyvault certificate import --vault-name ${vault.name} --name ${name} --file <certificate.pfx>`];
  return {
    steps: [{ action: 'manual', what: `create ${LABEL[type]} ${name} in key vault ${vault.name}, or fix objectName`, missing: [type === 'secret' ? 'the secret value (never read by the linter)' : `the ${AZ_KIND[type]} to create`], azTemplate: template }],
  };
}

const PRIVATE_KEY_FILE = /(\.key|\.pfx|\.p12)$|private|keystore|tls[-_.]?key/i;

/** Heuristic: the mounted file is synced as a TLS Secret or a `tls.key`, or its name says private key / keystore. */
function wantsPrivateKey(spc: SpcView, entry: SpcObjectEntry): boolean {
  const file = entry.fileName;
  if (!file) return false;
  if (PRIVATE_KEY_FILE.test(file)) return true;
  const synced = spc.spec?.['secretObjects'];
  if (!Array.isArray(synced)) return false;
  return synced.some((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const so = s as Record<string, unknown>;
    const data = Array.isArray(so['data']) ? (so['data'] as Record<string, unknown>[]) : [];
    return data.some((d) => typeof d === 'object' && d !== null && d['objectName'] === file && (d['key'] === 'tls.key' || so['type'] === 'kubernetes.io/tls'));
  });
}
