// Live Azure Resource Manager read (GET only): vaults by subscription, role assignments at and above each
// vault, the role definitions they use (custom roles included), user-assigned identities, their federated
// credentials, and optionally node-pool VMSS. The result is the same az-CLI-shaped document the state file
// holds (so `snapshot` can write it) plus the normalised state. Every failed read becomes a notification and
// an `incomplete` entry — never a crash and never an empty list a rule would mistake for "no grant".
// The Azure SDKs are imported lazily: an offline lint never loads them.
import type { TokenCredential } from '@azure/core-auth';
import type { ToolNotification } from '../model/types.js';
import { BUILTIN_ROLES } from './builtin-roles.js';
import { armClientOptions, describeArmFailure, isLoopback, type ArmClientSettings } from './arm-pipeline.js';
import { normaliseState, type RawAzureState } from './normalise.js';
import { parseResourceId, roleGuid, type AzureState } from '../model/azure-state.js';
import type { ContentsWanted } from './vault-contents.js';
import { addArmGuards, runArmOperation } from './arm-guards.js';

type Obj = Record<string, unknown>;

export interface ArmSourceOptions {
  readonly subscriptions: readonly string[];
  /** ARM endpoint; default https://management.azure.com (tests: http://127.0.0.1:port). */
  readonly endpoint?: string;
  /** Entra authority of a sovereign cloud for the default credential (e.g. https://login.chinacloudapi.cn). */
  readonly authorityHost?: string;
  /** Default: DefaultAzureCredential from @azure/identity. */
  readonly credential?: TokenCredential;
  /** Per operation (a whole paged list counts as one), ms. Default 60 s. */
  readonly timeoutMs?: number;
  /** Overall budget of the whole read, ms: no read starts after it, so a hung ARM costs this once, not per vault. */
  readonly overallTimeoutMs?: number;
  /** Retries per request for 429/5xx/network errors. Default 3. */
  readonly maxRetries?: number;
  /** Base retry delay, ms (tests use a few ms). */
  readonly retryDelayMs?: number;
  /** Read role assignments only for these vault names (case-insensitive); default: every vault. */
  readonly vaultNames?: readonly string[];
  /** Read federated credentials only for identities with these client ids; default: every identity. */
  readonly federatedForClientIds?: readonly string[];
  /** Resource groups whose VMSS are the cluster's node pools (system-assigned identities); default: none read. */
  readonly nodeResourceGroups?: readonly string[];
  /**
   * List the secrets and keys (names and attributes, never values) of these vaults, and the versions of these
   * keys (a certificate's versions through its managed key); see contentsWanted in src/azure/vault-contents.ts.
   * Default: no vault's objects are read.
   */
  readonly vaultContents?: ContentsWanted;
  /** Largest response body read, bytes; default MAX_ARM_RESPONSE_BYTES (64 MiB). Tests lower it. */
  readonly maxResponseBytes?: number;
}

export interface ArmReadResult {
  /** The az-CLI-shaped document, as written by `snapshot`. */
  readonly raw: RawAzureState;
  readonly state: AzureState;
  readonly notifications: readonly ToolNotification[];
}

/** JSON round trip: drops undefined, turns Dates into ISO strings, detaches SDK model objects. */
function plain<T>(v: T): Obj {
  return JSON.parse(JSON.stringify(v)) as Obj;
}

function stripSlash(id: string): string {
  // The classic SDKs put the scope into `/{scope}/...` unescaped: a leading slash would produce `//subscriptions`.
  return id.replace(/^\/+/, '');
}

async function collect<T>(iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iter) out.push(x);
  return out;
}

async function defaultCredential(authorityHost: string | undefined): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import('./sdk.js');
  return new DefaultAzureCredential(authorityHost ? { authorityHost } : {});
}

async function loadClients(): Promise<{
  KeyVaultManagementClient: typeof import('./sdk.js').KeyVaultManagementClient;
  AuthorizationManagementClient: typeof import('./sdk.js').AuthorizationManagementClient;
  ManagedServiceIdentityClient: typeof import('./sdk.js').ManagedServiceIdentityClient;
}> {
  const sdk = await import('./sdk.js');
  return {
    KeyVaultManagementClient: sdk.KeyVaultManagementClient,
    AuthorizationManagementClient: sdk.AuthorizationManagementClient,
    ManagedServiceIdentityClient: sdk.ManagedServiceIdentityClient,
  };
}

const BUILTIN_GUIDS = new Set(BUILTIN_ROLES.map((r) => r.guid));
const VMSS_API_VERSION = '2024-07-01';

/** Reads everything the Azure rules need from live ARM. Never throws for ARM failures; see notifications. */
export async function readArm(opts: ArmSourceOptions): Promise<ArmReadResult> {
  const notifications: ToolNotification[] = [];
  const credential = opts.credential ?? (await defaultCredential(opts.authorityHost));
  const settings: ArmClientSettings = {
    endpoint: (opts.endpoint ?? 'https://management.azure.com').replace(/\/+$/, ''),
    credential,
    maxRetries: opts.maxRetries ?? 3,
    retryDelayMs: opts.retryDelayMs,
  };
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const { KeyVaultManagementClient, AuthorizationManagementClient, ManagedServiceIdentityClient } = await loadClients();

  const raw: Required<Pick<RawAzureState, 'vaults' | 'roleAssignments' | 'roleDefinitions' | 'identities' | 'federatedCredentials'>> &
    RawAzureState = {
    generator: 'vvp-kv-lint snapshot',
    generatedAt: new Date().toISOString(),
    subscriptions: [...opts.subscriptions],
    vaults: [],
    roleAssignments: [],
    roleDefinitions: [],
    identities: [],
    federatedCredentials: [],
  };
  const incomplete = {
    subscriptions: [] as string[],
    identitySubscriptions: [] as string[],
    vaultRoleAssignments: [] as string[],
    federatedCredentials: [] as string[],
    roleDefinitions: [] as string[],
    vmssSubscriptions: [] as string[],
    vaultContents: [] as string[],
  };

  /** Runs one read; on failure records a notification and returns undefined. */
  const deadline = opts.overallTimeoutMs !== undefined ? Date.now() + opts.overallTimeoutMs : Infinity;
  async function attempt<T>(what: string, run: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      notifications.push({ id: 'arm-timeout', level: 'warning', message: `Azure: did not read ${what}: the overall Azure timeout of ${secondsText(opts.overallTimeoutMs!)} had passed.`, incomplete: true });
      return undefined;
    }
    const budget = Math.min(timeoutMs, remaining);
    const signal = AbortSignal.timeout(budget);
    try {
      return await runArmOperation(signal, () => run(signal));
    } catch (err) {
      const f = describeArmFailure(err, signal, budget);
      notifications.push({ id: f.id, level: 'warning', message: `Azure: could not read ${what} (${f.reason}).`, incomplete: true });
      return undefined;
    }
  }

  const seenAssignments = new Set<string>();
  const contentsOf = new Set((opts.vaultContents?.vaultNames ?? []).map((n) => n.toLowerCase()));
  const pinnedKeys = new Set((opts.vaultContents?.pinnedKeys ?? []).map((k) => `${k.vault}/${k.name}`.toLowerCase()));
  if (opts.vaultContents) {
    raw.secrets = [];
    raw.keys = [];
    raw.keyVersions = [];
    raw.contentVaults = [];
  }

  /**
   * Secrets and keys of one vault through the management plane (Reader suffices; ARM lists include the secret and
   * key that back each certificate). A failed list marks the vault's contents unknown, so no rule speaks about them.
   */
  async function readContents(kv: InstanceType<typeof KeyVaultManagementClient>, vault: Obj): Promise<void> {
    const name = String(vault['name']);
    const rg = parseResourceId(String(vault['id'] ?? '')).resourceGroup;
    if (!rg) return;
    const secrets = await attempt(`the secrets of vault ${name}`, (abortSignal) => collect(kv.secrets.list(rg, name, { abortSignal })));
    const keys = secrets === undefined ? undefined : await attempt(`the keys of vault ${name}`, (abortSignal) => collect(kv.keys.list(rg, name, { abortSignal })));
    if (secrets === undefined || keys === undefined) {
      incomplete.vaultContents.push(name);
      return;
    }
    raw.contentVaults!.push(name);
    raw.secrets!.push(...secrets.map((x) => armSecret(plain(x))));
    raw.keys!.push(...keys.map((x) => armKey(plain(x))));
    for (const k of keys) {
      const keyName = String(k.name ?? '');
      if (!pinnedKeys.has(`${name}/${keyName}`.toLowerCase())) continue;
      // Unknown versions only silence kv-object-version-not-found for this key: not a reason to drop the vault.
      const versions = await attempt(`the versions of key ${keyName} in vault ${name}`, (abortSignal) =>
        collect(kv.keys.listVersions(rg, name, keyName, { abortSignal })),
      );
      raw.keyVersions!.push(...(versions ?? []).map((x) => armKey(plain(x))));
    }
  }
  const wantedVaults = opts.vaultNames ? new Set(opts.vaultNames.map((n) => n.toLowerCase())) : undefined;

  for (const sub of opts.subscriptions) {
    const kv = new KeyVaultManagementClient(credential, sub, armClientOptions(settings));
    const authz = new AuthorizationManagementClient(credential, sub, armClientOptions(settings));
    const msi = new ManagedServiceIdentityClient(credential, sub, armClientOptions(settings));
    for (const c of [kv, authz, msi]) {
      settings.adjustPipeline?.(c.pipeline);
      c.pipeline.addPolicy(await jsonOnlyPolicy());
      await addArmGuards(c.pipeline, opts.maxResponseBytes);
    }

    const vaults = await attempt(`the key vaults of subscription ${sub}`, (abortSignal) => collect(kv.vaults.listBySubscription({ abortSignal })));
    if (vaults === undefined) incomplete.subscriptions.push(sub);
    for (const v of vaults ?? []) {
      const body = plain(v);
      const id = String(body['id'] ?? '');
      body['resourceGroup'] = parseResourceId(id).resourceGroup;
      raw.vaults.push(body);
      if (contentsOf.has(String(body['name']).toLowerCase())) await readContents(kv, body);
      if (wantedVaults && !wantedVaults.has(String(body['name']).toLowerCase())) continue;
      const assignments = await attempt(`the role assignments of vault ${String(body['name'])}`, (abortSignal) =>
        collect(authz.roleAssignments.listForScope(stripSlash(id), { filter: 'atScope()', abortSignal })),
      );
      if (assignments === undefined) incomplete.vaultRoleAssignments.push(id);
      for (const a of assignments ?? []) {
        const ab = plain(a);
        const key = String(ab['id'] ?? JSON.stringify(ab)).toLowerCase();
        if (seenAssignments.has(key)) continue;
        seenAssignments.add(key);
        raw.roleAssignments.push(ab);
      }
    }

    const identities = await attempt(`the user-assigned identities of subscription ${sub}`, (abortSignal) =>
      collect(msi.userAssignedIdentities.listBySubscription({ abortSignal })),
    );
    if (identities === undefined) incomplete.identitySubscriptions.push(sub);
    const ficFor = opts.federatedForClientIds ? new Set(opts.federatedForClientIds.map((c) => c.toLowerCase())) : undefined;
    for (const i of identities ?? []) {
      const body = plain(i);
      const id = String(body['id'] ?? '');
      const { resourceGroup, name } = parseResourceId(id);
      body['resourceGroup'] = resourceGroup;
      raw.identities.push(body);
      if (ficFor && !ficFor.has(String(body['clientId'] ?? '').toLowerCase())) continue;
      if (!resourceGroup || !name) continue;
      const fics = await attempt(`the federated credentials of identity ${name}`, (abortSignal) =>
        collect(msi.federatedIdentityCredentials.list(resourceGroup, name, { abortSignal })),
      );
      if (fics === undefined) incomplete.federatedCredentials.push(id);
      for (const f of fics ?? []) raw.federatedCredentials.push({ ...plain(f), identityId: id, resourceGroup });
    }

    if (opts.nodeResourceGroups && opts.nodeResourceGroups.length > 0) {
      const groups = new Set(opts.nodeResourceGroups.map((g) => g.toLowerCase()));
      const vmss = await attempt(`the scale sets of subscription ${sub}`, (abortSignal) =>
        listGeneric(authz, `${settings.endpoint}/subscriptions/${sub}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${VMSS_API_VERSION}`, abortSignal),
      );
      if (vmss === undefined) incomplete.vmssSubscriptions.push(sub);
      raw.vmss ??= [];
      for (const s of vmss ?? []) {
        if (groups.has((parseResourceId(String(s['id'] ?? '')).resourceGroup ?? '').toLowerCase())) {
          raw.vmss.push({ id: s['id'], name: s['name'], resourceGroup: parseResourceId(String(s['id'])).resourceGroup, identity: s['identity'] ?? null });
        }
      }
    }

    // Role definitions the assignments use that the tool does not know: custom roles and other built-ins.
    const known = new Set([...BUILTIN_GUIDS, ...raw.roleDefinitions.map((d) => roleGuid(String(d['id'])))]);
    const wanted = new Map<string, string>();
    for (const a of raw.roleAssignments) {
      const rid = String(a['roleDefinitionId'] ?? '');
      const g = roleGuid(rid);
      if (!known.has(g) && !wanted.has(g)) wanted.set(g, rid);
    }
    for (const [g, rid] of wanted) {
      const def = await attempt(`role definition ${g}`, (abortSignal) => authz.roleDefinitions.getById(stripSlash(rid), { abortSignal }));
      if (def === undefined) incomplete.roleDefinitions.push(g);
      else raw.roleDefinitions.push(plain(def));
    }
  }

  if (Object.values(incomplete).some((l) => l.length > 0)) {
    raw.incomplete = Object.fromEntries(Object.entries(incomplete).filter(([, l]) => l.length > 0));
  }
  const state = normaliseState(raw, 'arm');
  return { raw, state, notifications: [...notifications, ...state.notifications] };
}

/**
 * A proxy or captive portal that answers 200 with an HTML page makes the SDKs fail deep in deserialisation
 * ("Cannot read properties of undefined"): name the real problem instead, as a PARSE_ERROR RestError.
 */
async function jsonOnlyPolicy(): Promise<import('@azure/core-rest-pipeline').PipelinePolicy> {
  const { RestError } = await import('./sdk.js');
  return {
    name: 'vvpKvLintJsonOnly',
    async sendRequest(request, next) {
      const response = await next(request);
      const type = response.headers.get('content-type') ?? '';
      if (response.status >= 200 && response.status < 300 && response.bodyAsText && !/json/i.test(type)) {
        throw new RestError(`the response was not JSON (${type || 'no content type'})`, { code: 'PARSE_ERROR', statusCode: response.status, request, response });
      }
      return response;
    },
  };
}

function secondsText(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Seconds since the epoch from what the SDK gives (a Date for secrets, already seconds for keys). */
function seconds(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.floor(t / 1000);
  }
  return undefined;
}

function armAttributes(a: unknown): Obj | undefined {
  if (typeof a !== 'object' || a === null) return undefined;
  const o = a as Obj;
  const out: Obj = {};
  if (typeof o['enabled'] === 'boolean') out['enabled'] = o['enabled'];
  for (const [from, to] of [['notBefore', 'nbf'], ['expires', 'exp'], ['created', 'created'], ['updated', 'updated']] as const) {
    const s = seconds(o[from]);
    if (s !== undefined) out[to] = s;
  }
  return out;
}

/**
 * The SDK's Secret model back in the ARM REST shape (properties.attributes with Unix seconds), which is what the
 * state file documents. Built field by field: `properties.value` is never copied (ARM does not return it anyway).
 */
function armSecret(s: Obj): Obj {
  const p = (s['properties'] ?? {}) as Obj;
  return {
    id: s['id'],
    name: s['name'],
    type: s['type'],
    properties: { contentType: p['contentType'], attributes: armAttributes(p['attributes']), secretUri: p['secretUri'], secretUriWithVersion: p['secretUriWithVersion'] },
  };
}

/** The SDK's (flattened) Key model back in the ARM REST shape. */
function armKey(k: Obj): Obj {
  return {
    id: k['id'],
    name: k['name'],
    type: k['type'],
    properties: { attributes: armAttributes(k['attributes']), kty: k['kty'], keyUri: k['keyUri'], keyUriWithVersion: k['keyUriWithVersion'] },
  };
}

/** GET a paged ARM list through an existing client's pipeline (for resource types we have no SDK for). */
async function listGeneric(
  client: { sendRequest(req: import('@azure/core-rest-pipeline').PipelineRequest): Promise<import('@azure/core-rest-pipeline').PipelineResponse> },
  firstUrl: string,
  abortSignal: AbortSignal,
): Promise<Obj[]> {
  const { createPipelineRequest, RestError } = await import('./sdk.js');
  const out: Obj[] = [];
  let url: string | undefined = firstUrl;
  for (let pages = 0; url && pages < 1000; pages++) {
    const res = await client.sendRequest(createPipelineRequest({ url, method: 'GET', abortSignal, allowInsecureConnection: isLoopback(url) }));
    if (res.status < 200 || res.status >= 300) {
      throw new RestError(`GET failed with status ${res.status}`, { statusCode: res.status, request: res.request, response: res });
    }
    const body = JSON.parse(res.bodyAsText ?? '{}') as { value?: Obj[]; nextLink?: string };
    out.push(...(body.value ?? []));
    url = body.nextLink;
  }
  return out;
}
