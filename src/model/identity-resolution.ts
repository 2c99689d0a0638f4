// From an Azure SecretProviderClass to the principal(s) whose grants decide whether the mount can read the
// vault: user-assigned (userAssignedIdentityID → identity.clientId → principalId), system-assigned (every node
// pool's VMSS identity), pod identity (pod label → AzureIdentityBinding → AzureIdentity clientID/resourceID),
// workload identity / identity binding (clientID → identity or service principal appId), service principal
// (clientid of the nodePublishSecretRef Secret — only that key is read; clientsecret is never touched).
// Pure: reads the inventory and the Azure state, reports what it could not resolve instead of guessing.
// It lives in the model, not among the rules' helpers: the Azure rules, the CLI's coverage notes and anything else
// that needs "who must hold the grants" share it without reaching into rule internals.
import type { Inventory } from './inventory.js';
import type { FieldPath, ManifestObject } from './types.js';
import { isRecord, POD_SOURCE_KINDS } from './kinds.js';
import type { PodSource } from './pod-sources/types.js';
import type { DerivedViews } from './views.js';
import type { IdentityMode, SpcView } from './spc.js';
import type { AzureState, Identity } from './azure-state.js';
import { isGuid } from './guid.js';
import { isPlaceholder } from './placeholder.js';

/** What resolution reads: the inventory and the views derived from it (a rule's ctx has both). */
export interface ResolutionData {
  readonly inventory: Inventory;
  readonly views: DerivedViews;
}

/**
 * The kinds identity resolution reads; a rule that resolves identities declares exactly these, so the loader keeps
 * them (the service-principal Secret included: without it, its clientid is never seen).
 */
export const IDENTITY_KINDS = ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount', 'AzureIdentity', 'AzureIdentityBinding', 'Secret'] as const;

/** One principal that must hold the grants (system-assigned: one per node pool). */
export interface Principal {
  /** Object ids whose grants count for it (lower-case); empty when it has none (a pool without identity). */
  readonly principalIds: readonly string[];
  /** How messages name it, e.g. `user-assigned identity id-vvp (client id 1234…)`. */
  readonly label: string;
  /** The user-assigned identity, when it is one (for federated credentials). */
  readonly identity?: Identity;
}

export interface NotFound {
  readonly clientId: string;
  /** Where the client id is written: the SPC parameter, or the AzureIdentity's spec.clientID. */
  readonly object: ManifestObject;
  readonly path: FieldPath;
  readonly where: string;
}

/** A principal that cannot be resolved: a stable cause, why, and what would let its grants be checked. */
export interface UnknownPrincipal {
  readonly cause: string;
  readonly reason: string;
  readonly remedy: string;
}

export interface IdentityResolution {
  readonly mode: IdentityMode;
  /** The SPC field identity findings point at ([] = the SPC itself). */
  readonly path: FieldPath;
  readonly principals: readonly Principal[];
  readonly notFound: readonly NotFound[];
  /** Why (part of) the identity cannot be checked; surfaced as skipped checks (ctx.skip), never as findings. */
  readonly unknown: readonly UnknownPrincipal[];
  /** Pods that mount the SPC (namespace / service account for federated credentials). */
  readonly pods: readonly PodSource[];
}

function short(id: string): string {
  return id;
}

/** Pod sources whose secrets volumes name this SPC, in a namespace that can see it. */
export function podsMounting(sources: readonly PodSource[], spc: SpcView): PodSource[] {
  const name = spc.object.name;
  const ns = spc.object.namespace;
  return sources.filter((p) =>
    p.volumes.some((v) => v.spcName === name && (ns === undefined || p.namespace === undefined || p.namespace === ns)),
  );
}

function identityByClientId(state: AzureState, clientId: string): Identity | undefined {
  const c = clientId.toLowerCase();
  return state.identities.find((i) => i.clientId === c);
}

/** True when a missing identity can be told apart from an unreadable list. */
function identitiesComplete(state: AzureState): boolean {
  return state.incomplete.identitySubscriptions.size === 0;
}

function byClientId(state: AzureState, clientId: string, kindLabel: string): Principal | undefined {
  const identity = identityByClientId(state, clientId);
  if (identity) {
    return { principalIds: [identity.principalId], label: `${kindLabel} ${identity.name ?? identity.clientId} (client id ${short(clientId)})`, identity };
  }
  const c = clientId.toLowerCase();
  for (const v of state.vmss) {
    const ua = v.identity?.userAssigned.find((u) => u.clientId === c && u.principalId);
    if (ua) return { principalIds: [ua.principalId!], label: `${kindLabel} ${ua.id.split('/').pop()} (client id ${short(clientId)})` };
  }
  const sp = state.servicePrincipals.find((s) => s.appId === c);
  if (sp) return { principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (app id ${short(clientId)})` };
  return undefined;
}

/** Whether the state lists identities at all, so an absent client id means "not found" rather than "not given". */
function canSayNotFound(state: AzureState): boolean {
  return (state.provided.has('identities') || state.provided.has('servicePrincipals')) && identitiesComplete(state);
}

export function resolveIdentity(data: ResolutionData, state: AzureState, spc: SpcView): IdentityResolution {
  const inventory = data.inventory;
  const mode = spc.identityMode;
  const pods = podsMounting(data.views.podSources, spc);
  const principals: Principal[] = [];
  const notFound: NotFound[] = [];
  const unknown: UnknownPrincipal[] = [];
  let path: FieldPath = [];

  const fromClientId = (clientId: string, object: ManifestObject, p: FieldPath, kindLabel: string, where: string): void => {
    // A placeholder names no identity yet: unknown, exactly as the offline rules treat it (never "not found").
    if (isPlaceholder(clientId)) {
      // Generic wording: every placeholder principal of the run is one cause, one note (the count says how many).
      unknown.push({ cause: 'principal-placeholder', reason: 'the client id is a placeholder, so its grants cannot be checked', remedy: 'render the manifests with their real values (helm template, envsubst) and lint the output' });
      return;
    }
    const found = byClientId(state, clientId, kindLabel);
    if (found) principals.push(found);
    else if (canSayNotFound(state)) notFound.push({ clientId, object, path: p, where });
    else unknown.push({ cause: 'identities-missing', reason: 'the Azure state lists no identities, so the client id cannot be resolved to a principal', remedy: 'add `az identity list` output to the state\'s identities (`az ad sp show --id <client id>` to its servicePrincipals for a service principal)' });
  };

  switch (mode) {
    case 'vm-user-assigned': {
      path = spc.paramPath('userAssignedIdentityID');
      fromClientId(spc.param('userAssignedIdentityID')!, spc.object, path, 'user-assigned identity', 'userAssignedIdentityID');
      break;
    }
    case 'vm-system-assigned': {
      path = spc.paramPath('useVMManagedIdentity');
      if (!state.provided.has('vmss') || state.incomplete.vmssSubscriptions.size > 0) {
        unknown.push({ cause: 'vmss-missing', reason: 'system-assigned identity: the Azure state has no node-pool scale sets', remedy: 'add `az vmss show` output for every node pool (`az vmss list -g <node resource group>`), or `snapshot --node-resource-group`' });
        break;
      }
      for (const v of state.vmss) {
        const pid = /systemassigned/i.test(v.identity?.type ?? '') ? v.identity?.principalId : undefined;
        principals.push({
          principalIds: pid ? [pid] : [],
          label: pid ? `the system-assigned identity of node pool ${v.name}` : `node pool ${v.name}, which has no system-assigned identity`,
        });
      }
      break;
    }
    case 'workload-identity':
    case 'identity-binding': {
      path = spc.paramPath('clientID');
      fromClientId(spc.param('clientID')!, spc.object, path, 'user-assigned identity', 'clientID');
      break;
    }
    case 'pod-identity': {
      path = spc.paramPath('usePodIdentity');
      const seen = new Set<ManifestObject>();
      for (const pod of pods) {
        const selector = pod.labels['aadpodidbinding'];
        if (!selector) continue;
        for (const binding of inventory.ofClass('AzureIdentityBinding')) {
          const bspec = binding.body['spec'];
          if (!isRecord(bspec) || bspec['selector'] !== selector) continue;
          if (pod.namespace !== undefined && binding.namespace !== undefined && binding.namespace !== pod.namespace) continue;
          const idName = bspec['azureIdentity'];
          if (typeof idName !== 'string') continue;
          for (const azId of inventory.find('AzureIdentity', binding.namespace ?? pod.namespace, idName)) {
            if (seen.has(azId)) continue;
            seen.add(azId);
            const ispec = isRecord(azId.body['spec']) ? azId.body['spec'] : {};
            const clientId = typeof ispec['clientID'] === 'string' ? ispec['clientID'] : undefined;
            const resourceId = typeof ispec['resourceID'] === 'string' ? ispec['resourceID'] : undefined;
            const byResource = resourceId ? state.identities.find((i) => i.id?.toLowerCase() === resourceId.toLowerCase()) : undefined;
            if (byResource) principals.push({ principalIds: [byResource.principalId], label: `user-assigned identity ${byResource.name ?? byResource.clientId} (AzureIdentity ${idName})`, identity: byResource });
            else if (clientId) fromClientId(clientId, azId, ['spec', 'clientID'], `user-assigned identity (AzureIdentity ${idName})`, `AzureIdentity ${idName}`);
          }
        }
      }
      if (seen.size === 0) unknown.push({ cause: 'pod-identity-unresolved', reason: 'pod identity: no AzureIdentity is reachable from the pods that mount it', remedy: 'lint the AzureIdentity and AzureIdentityBinding with the pods (see the pod-identity-* rules)' });
      break;
    }
    case 'service-principal': {
      path = [];
      const clientIds = new Set<string>();
      let secretSeen = false;
      let placeholderSeen = false;
      for (const pod of pods) {
        for (const v of pod.volumes) {
          if (v.spcName !== spc.object.name || !v.csi) continue;
          const ref = v.csi['nodePublishSecretRef'];
          const secretName = isRecord(ref) && typeof ref['name'] === 'string' ? ref['name'] : undefined;
          if (!secretName) continue;
          for (const s of inventory.find('Secret', pod.namespace, secretName)) {
            secretSeen = true;
            const id = readClientId(s);
            if (id === PLACEHOLDER) placeholderSeen = true;
            else if (id) clientIds.add(id);
          }
        }
      }
      for (const id of clientIds) {
        const sp = state.servicePrincipals.find((s) => s.appId === id.toLowerCase());
        if (sp) principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (client id ${id})` });
        else unknown.push({ cause: 'service-principal-missing', reason: `service principal ${id} is not in the Azure state`, remedy: `add \`az ad sp show --id ${id}\` output to the state's servicePrincipals` });
      }
      if (clientIds.size === 0) {
        if (placeholderSeen) {
          // The Secret says which principal, only not yet: "the only service principal in the state" is a guess.
          unknown.push({ cause: 'principal-placeholder', reason: 'the client id is a placeholder, so its grants cannot be checked', remedy: 'render the manifests with their real values (helm template, envsubst) and lint the output' });
        } else if (state.servicePrincipals.length === 1) {
          const sp = state.servicePrincipals[0]!;
          principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (the only one in the Azure state)` });
        } else {
          unknown.push(
            secretSeen
              ? { cause: 'service-principal-unknown', reason: 'service principal mode: the nodePublishSecretRef Secret has no readable clientid', remedy: 'give the Secret a clientid key (its value is never printed)' }
              : { cause: 'service-principal-unknown', reason: 'service principal mode: the nodePublishSecretRef Secret is not among the inputs', remedy: 'lint it with the manifests (`--root` the project that holds it), or audit the cluster (`vvp-kv-lint audit`)' },
          );
        }
      }
      break;
    }
  }
  return { mode, path, principals, notFound, unknown, pods };
}

/** readClientId's answer for a clientid that is still a placeholder (`$client-id`, `${CLIENT_ID}`). */
export const PLACEHOLDER = Symbol('placeholder');

/**
 * The `clientid` of a service-principal Secret (case-insensitive key, `stringData` or base64 `data`), lower-case,
 * when it is a GUID; PLACEHOLDER when it is a placeholder. Only that key is read: the client id is an identifier,
 * not a credential. `clientsecret` is never read.
 */
export function readClientId(secret: ManifestObject): string | typeof PLACEHOLDER | undefined {
  for (const field of ['stringData', 'data'] as const) {
    const map = secret.body[field];
    if (!isRecord(map)) continue;
    const key = Object.keys(map).find((k) => k.toLowerCase() === 'clientid');
    if (!key) continue;
    const v = map[key];
    if (typeof v !== 'string') continue;
    const text = field === 'data' ? Buffer.from(v, 'base64').toString('utf8') : v;
    const t = text.trim();
    if (isGuid(t)) return t.toLowerCase();
    if (isPlaceholder(t)) return PLACEHOLDER;
  }
  return undefined;
}
