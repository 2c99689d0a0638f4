// Builds the chain of one secrets-store volume of one pod from what was read and what the rules found. The rules
// decide each link (their findings on the chain's objects break it); this module only orders the links, adds the
// evidence each was decided on, reads the kubelet event against the mount-message table, and names the fix.
import type { Finding, RuleMeta } from '../../engine/types.js';
import type { Inventory } from '../../model/inventory.js';
import type { DerivedViews } from '../../model/views.js';
import { isRecord } from '../../model/kinds.js';
import { spcView, type IdentityMode, type SpcView } from '../../model/spc.js';
import type { AzureState, Identity, Vault } from '../../model/azure-state.js';
import { CHAIN_LINKS, type ChainLinkId } from '../../model/mount-messages/table.js';
import { mountMessageById } from '../../model/mount-messages/classify.js';
import { resolveIdentity } from '../../model/identity-resolution.js';
import { vaultOf } from '../../model/vault-of.js';
import * as R from '../../live/kube/resources.js';
import type { Item } from '../../live/kube/list.js';
import type { WhyRead } from '../../live/why/read-pod.js';
import { isRunning } from '../../live/why/read-pod.js';
import type { Chain, ChainLink, EventReading, Evidence, LinkFix } from './chain-types.js';

/** Which rules decide which link. A rule not listed here does not affect the chain. */
export const LINK_RULES: Readonly<Record<ChainLinkId, readonly string[]>> = {
  pod: [],
  volume: ['csi-driver-invalid', 'csi-volume-not-readonly', 'csi-spc-missing-attribute'],
  'csi-driver': ['cluster-csi-driver-missing'],
  spc: ['cluster-spc-crd-missing', 'csi-spc-not-found', 'spc-api-version', 'spc-provider-invalid', 'spc-parameter-not-string', 'spc-parameter-unknown',
    'spc-keyvault-name-invalid', 'spc-tenant-id-invalid', 'spc-tenant-id-deprecated-key', 'spc-objects-invalid', 'spc-objects-file-collision', 'spc-secret-objects-invalid', 'unresolved-placeholder'],
  provider: ['cluster-provider-missing'],
  'identity-mode': ['spc-identity-mode-conflict', 'spc-bool-invalid', 'spc-user-assigned-id-invalid', 'spc-client-id-invalid', 'sp-secret-ref-missing', 'sp-secret-ref-unneeded', 'pod-identity-deprecated'],
  'identity-pieces': ['sp-secret-not-found', 'sp-secret-keys-missing', 'sp-secret-label-missing', 'pod-identity-label-missing', 'pod-identity-binding-mismatch', 'workload-identity-incomplete', 'cluster-token-requests-missing'],
  principal: ['kv-identity-not-found', 'kv-federated-credential-missing', 'kv-tenant-mismatch'],
  grant: ['kv-vault-not-found', 'grant-missing', 'grant-wrong-model', 'grant-excessive'],
  objects: ['kv-object-not-found', 'kv-object-disabled', 'kv-object-expired', 'kv-object-version-not-found', 'kv-object-type-mismatch'],
  network: ['kv-network-restricted'],
};

/** Warning-level rules whose finding still means the mount fails (an unknown client id, a closed vault). */
const BREAKS_AT_ANY_LEVEL = new Set(['kv-identity-not-found', 'kv-network-restricted']);

const TITLES: Readonly<Record<ChainLinkId, string>> = {
  pod: 'pod',
  volume: 'CSI volume',
  'csi-driver': 'CSI driver',
  spc: 'SecretProviderClass',
  provider: 'Azure provider',
  'identity-mode': 'identity mode',
  'identity-pieces': 'identity in the cluster',
  principal: 'principal in Azure',
  grant: 'grant on the vault',
  objects: 'objects in the vault',
  network: 'network path to the vault',
};

const MODE_TEXT: Readonly<Record<IdentityMode, string>> = {
  'service-principal': 'service principal (nodePublishSecretRef Secret)',
  'pod-identity': 'AAD pod identity (usePodIdentity)',
  'vm-user-assigned': 'user-assigned managed identity of the node pool (useVMManagedIdentity + userAssignedIdentityID)',
  'vm-system-assigned': 'system-assigned managed identity of the node pool (useVMManagedIdentity)',
  'workload-identity': 'workload identity (clientID, ServiceAccount token)',
  'identity-binding': 'identity binding (useAzureTokenProxy + clientID)',
};

/** Fixes for causes only the event can show (no rule checks them). */
const EVENT_FIXES: Readonly<Record<string, (c: Ctx) => string>> = {
  'aad-client-secret-expired': (c) => `create a new client secret for the service principal (\`az ad app credential reset --id ${c.spClientId ?? '<client-id>'} --append\`) and store it under clientsecret in Secret ${c.ns}/${c.secretName ?? '<secret>'}`,
  'aad-client-secret-invalid': (c) => `put the client secret's value (not its id) under clientsecret in Secret ${c.ns}/${c.secretName ?? '<secret>'}; a new one: \`az ad app credential reset --id ${c.spClientId ?? '<client-id>'} --append\``,
};

/** What else explains an event that contradicts what was read, per link. */
const ALTERNATIVES: Partial<Record<ChainLinkId, readonly string[]>> = {
  grant: [
    'a grant made in the last minutes: Azure RBAC role assignments take up to 10 minutes to apply',
    'a condition on the role assignment (ABAC) that the read does not meet',
    'a deny assignment on the vault or an ancestor scope',
    "a wrong tenant: the token was issued by another tenant than the vault's (tenantID of the SecretProviderClass)",
    'the Azure state is older than the event: read it again (--azure, or a fresh --azure-state)',
  ],
  principal: [
    'an identity or federated credential created or changed in the last minutes (Entra ID replication)',
    'the identity was deleted and re-created under the same name: a new client id and principal id',
    "a user-assigned identity that is not assigned to the node pool's scale set (the Azure state holds no scale sets to check it: --node-resource-group, or az vmss list output)",
    'the Azure state is older than the event: read it again (--azure, or a fresh --azure-state)',
  ],
  network: [
    "the cluster's outbound address changed (new egress IP, NAT gateway, or the nodes moved subnet)",
    'private DNS: the vault name resolves to its public address from the nodes, not its private endpoint',
    'the Azure state is older than the event: read it again',
  ],
  objects: [
    'the object was changed (disabled, deleted, a new version) after the Azure state was read',
    'a soft-deleted object of that name (recover or purge it)',
  ],
};

interface Ctx {
  readonly ns: string;
  readonly podName: string;
  readonly read: WhyRead;
  readonly inventory: Inventory;
  readonly views: DerivedViews;
  readonly volume: Record<string, unknown>;
  readonly volumeIndex: number;
  readonly spcName?: string;
  readonly spc?: SpcView;
  readonly secretName?: string;
  readonly spClientId?: string;
  readonly state?: AzureState;
  readonly vault?: Vault;
}

export function buildChain(read: WhyRead, inventory: Inventory, views: DerivedViews, findings: readonly Finding[], rules: readonly RuleMeta[], vol: { index: number; volume: Record<string, unknown> }): Chain {
  const pod = read.pod!;
  const meta = pod['metadata'] as Record<string, unknown>;
  const ns = String(meta['namespace']);
  const podName = String(meta['name']);
  const csi = isRecord(vol.volume['csi']) ? vol.volume['csi'] : {};
  const attrs = isRecord(csi['volumeAttributes']) ? csi['volumeAttributes'] : {};
  const spcName = typeof attrs['secretProviderClass'] === 'string' ? attrs['secretProviderClass'] : undefined;
  const spcObject = spcName ? inventory.find('SecretProviderClass', ns, spcName).find((o) => o.namespace === ns) : undefined;
  const spc = spcObject ? spcView(spcObject) : undefined;
  const ref = isRecord(csi['nodePublishSecretRef']) ? csi['nodePublishSecretRef'] : {};
  const secretName = typeof ref['name'] === 'string' ? ref['name'] : undefined;
  const secret = secretName ? inventory.find('Secret', ns, secretName).find((o) => o.namespace === ns) : undefined;
  const spClientId = secret ? clientIdOf(secret.body) : undefined;
  const state = inventory.azure;
  const ctx: Ctx = { ns, podName, read, inventory, views, volume: vol.volume, volumeIndex: vol.index, spcName, spc, secretName, spClientId, state, vault: state && spc ? vaultOf(state, spc) : undefined };

  const relevant = findings.filter((f) => isAbout(f, ctx));
  const links: ChainLink[] = CHAIN_LINKS.map((id) => ({ id, title: TITLES[id], status: 'ok', evidence: [], notes: [] }));
  const link = (id: ChainLinkId): ChainLink => links.find((l) => l.id === id)!;

  evidencePod(ctx, link('pod'));
  evidenceVolume(ctx, link('volume'));
  evidenceCsiDriver(ctx, link('csi-driver'));
  evidenceSpc(ctx, link('spc'));
  evidenceProvider(ctx, link('provider'));
  evidenceMode(ctx, link('identity-mode'));
  evidencePieces(ctx, link('identity-pieces'));
  evidencePrincipal(ctx, link('principal'));
  evidenceGrant(ctx, link('grant'));
  evidenceObjects(ctx, link('objects'));
  evidenceNetwork(ctx, link('network'));

  // The rules' verdicts: a breaking finding breaks its link; the others are notes on it.
  const ruleMeta = new Map(rules.map((r) => [r.id, r]));
  for (const l of links) {
    // In the link's rule order: the more basic cause (no CRD at all) names the fix before its consequences.
    const ofLink = LINK_RULES[l.id].flatMap((id) => relevant.filter((x) => x.ruleId === id));
    for (const f of ofLink) {
      if (f.level === 'error' || BREAKS_AT_ANY_LEVEL.has(f.ruleId)) {
        if (l.status !== 'broken') {
          l.status = 'broken';
          delete l.unknown;
          l.fix = fixFromFinding(f, ruleMeta.get(f.ruleId));
        }
        l.evidence.push({ text: f.message, source: `rule ${f.ruleId}` });
      } else {
        l.notes.push(`${f.level}: ${f.message} (${f.ruleId})`);
      }
    }
  }

  // Links that hang on an SPC that could not be read (or found) cannot be decided: unknown, never a silent ✓.
  const spcLink = link('spc');
  if (!ctx.spc && spcLink.status !== 'broken') {
    for (const l of links.slice(links.indexOf(spcLink) + 1)) {
      if (l.id === 'provider' || l.status === 'broken') continue;
      unknownLink(l, `depends on SecretProviderClass ${ns}/${spcName ?? '(none named)'}, which could not be read`, `kubectl get secretproviderclass ${spcName ?? '<name>'} -n ${ns} -o yaml`);
    }
  }
  for (const l of links) if (l.status === 'ok' && l.evidence.length === 0) unknownLink(l, 'nothing was read that decides this link', l.unknown?.command ?? `kubectl describe pod ${podName} -n ${ns}`);

  const grant = link('grant');
  if (grant.status === 'ok' && ctx.vault) grant.evidence.push({ text: 'the grants cover every object type the SecretProviderClass mounts (rules grant-missing, grant-wrong-model)', source: `Azure state (${state!.origin})` });

  // The kubelet's FailedMount event for this volume (the latest), read against the mount-message table.
  const failed = (read.facts?.failedMounts ?? []).filter((e) => e.pod === podName && (e.volume === undefined || e.volume === vol.volume['name']));
  // The latest event whose text the table knows (kubelet's "timed out waiting for the condition" names no cause
  // and often comes last), else the latest.
  const newest = (list: typeof failed) => list.reduce<(typeof failed)[number] | undefined>((a, b) => (!a || (b.lastTimestamp ?? '') > (a.lastTimestamp ?? '') ? b : a), undefined);
  const latest = newest(failed.filter((e) => e.causeId !== undefined)) ?? newest(failed);
  let event: EventReading | undefined;
  let history: string | undefined;
  if (latest) {
    const entry = latest.causeId !== undefined ? mountMessageById(latest.causeId) : undefined;
    event = {
      message: latest.message, count: latest.count,
      ...(latest.lastTimestamp ? { lastTimestamp: latest.lastTimestamp } : {}),
      ...(entry ? { causeId: entry.id, cause: entry.cause, source: entry.source, link: entry.link, ruleId: entry.ruleId } : {}),
    };
    const when = latest.lastTimestamp ? `, last at ${latest.lastTimestamp}` : '';
    const times = `${latest.count} FailedMount event${latest.count === 1 ? '' : 's'}${when}`;
    if (isRunning(pod)) {
      // Mounted since: the chain holds now; what failed before is history, not a verdict.
      history = `the pod mounted after ${times}${entry ? ` (${entry.cause})` : ''}`;
      link('pod').notes.push(`history: ${history}`);
    } else {
      link('pod').evidence.push({ text: `${times}: ${latest.message}`, source: `kubelet event (GET /api/v1/namespaces/${ns}/events)` });
      if (entry) applyEvent(links, entry.link, event, ctx, ruleMeta);
      else link('pod').notes.push('the event text is not in the message table (src/model/mount-messages/table.ts): the chain below is decided by what was read');
    }
  } else if (!isRunning(pod) && read.facts?.failedMounts) {
    link('pod').notes.push('no FailedMount event for this volume (events expire after an hour by default)');
  }

  // Stop at the first broken link: what follows is not reached.
  const firstBroken = links.find((l) => l.status === 'broken');
  if (firstBroken) {
    for (const l of links.slice(links.indexOf(firstBroken) + 1)) {
      l.status = 'not-reached';
      delete l.fix;
    }
  }
  return {
    pod: `pod/${ns}/${podName}`,
    ...(typeof vol.volume['name'] === 'string' ? { volume: vol.volume['name'] } : {}),
    links,
    ...(firstBroken ? { firstBroken: firstBroken.id } : {}),
    ...(event ? { event } : {}),
    ...(history ? { history } : {}),
  };
}

/** The event names a link: it confirms a break there, decides an unknown link, or contradicts a whole one. */
function applyEvent(links: ChainLink[], at: ChainLinkId, event: EventReading, ctx: Ctx, rules: Map<string, RuleMeta>): void {
  const index = links.findIndex((l) => l.id === at);
  const firstBroken = links.findIndex((l) => l.status === 'broken');
  const target = links[index]!;
  const quote = `${event.cause} (${event.causeId}; ${event.source})`;
  if (firstBroken >= 0 && firstBroken < index) {
    links[firstBroken]!.notes.push(`the event names a later link (${target.title}: ${event.cause}); fix this one first`);
    return;
  }
  if (target.status === 'broken') {
    target.eventConfirms = true;
    target.notes.push(`the event confirms it: ${quote}`);
    return;
  }
  const fix: LinkFix = event.ruleId
    ? { text: rules.get(event.ruleId)?.remediation ?? event.cause ?? '', ruleId: event.ruleId, objects: [] }
    : { text: EVENT_FIXES[event.causeId ?? '']?.(ctx) ?? `remove the cause: ${event.cause}`, checkId: event.causeId!, objects: ctx.secretName ? [`secret/${ctx.ns}/${ctx.secretName}`] : [] };
  // Unknown to what was read, or a cause no static check can see (an expired client secret): the event decides.
  if (target.status === 'unknown' || event.ruleId === null) {
    target.status = 'broken';
    target.eventConfirms = true;
    target.evidence.push({ text: `the event says: ${event.cause}`, source: `kubelet event, message-table entry ${event.causeId} (${event.source})` });
    target.fix = fix;
    return;
  }
  // Everything read says this link holds, yet the event says it does not: report exactly that.
  target.status = 'broken';
  target.eventConfirms = true;
  target.contradiction = {
    event: quote,
    alternatives: ALTERNATIVES[at] ?? ['the objects changed after the event (the event is at most an hour old; read again)', 'the state read is older than the event'],
  };
  target.evidence.push({ text: `the event says: ${event.cause}, but what was read shows this link whole`, source: `kubelet event, message-table entry ${event.causeId}` });
  target.fix = { ...fix, text: `what was read needs no change here: rule out the explanations above first; if none applies: ${fix.text}` };
}

function fixFromFinding(f: Finding, meta: RuleMeta | undefined): LinkFix {
  const objects = [f.location, ...f.related.map((r) => r.location)].map((l) => (l.kind === 'logical' ? l.displayName : l.file.relPath)).filter((x, i, a) => a.indexOf(x) === i);
  return { text: meta?.remediation ?? f.message, ruleId: f.ruleId, finding: f.message, objects };
}

/** A finding concerns this chain unless it is about another volume of the pod or an SPC other than this one. */
function isAbout(f: Finding, c: Ctx): boolean {
  const loc = f.location;
  if (loc.kind !== 'logical') return false;
  const [, namespace, kind, name] = loc.fullyQualifiedName.split('/');
  if (kind === 'Pod') {
    const i = loc.path.indexOf('volumes');
    return i < 0 || typeof loc.path[i + 1] !== 'number' || loc.path[i + 1] === c.volumeIndex;
  }
  if (kind === 'SecretProviderClass') return namespace === c.ns && name === c.spcName;
  if (kind === 'Secret') return namespace === c.ns && name === c.secretName;
  return true;
}

function unknownLink(l: ChainLink, what: string, command: string): void {
  l.status = 'unknown';
  l.unknown = { what, command };
}

function getPath(ns: string | undefined, res: R.KubeResource, name?: string): string {
  return `GET ${R.resourcePath(res, ns, name)}`;
}

function evidencePod(c: Ctx, l: ChainLink): void {
  const pod = c.read.pod!;
  const status = isRecord(pod['status']) ? pod['status'] : {};
  const spec = isRecord(pod['spec']) ? pod['spec'] : {};
  const waiting = (Array.isArray(status['containerStatuses']) ? status['containerStatuses'] : [])
    .map((s) => (isRecord(s) && isRecord(s['state']) && isRecord(s['state']['waiting']) ? `${String(s['name'])} waiting (${String(s['state']['waiting']['reason'] ?? '')})` : undefined))
    .filter(Boolean);
  const parts = [`phase ${String(status['phase'] ?? 'unknown')}`, ...waiting, ...(spec['nodeName'] ? [`node ${String(spec['nodeName'])}`] : [])];
  l.evidence.push({ text: parts.join(', '), source: getPath(c.ns, R.POD, c.podName) });
  if (!spec['nodeName'] && status['phase'] === 'Pending') l.notes.push('the pod is not scheduled to a node yet: no volume has been mounted, so a stuck pod here is a scheduling problem (kubectl describe pod)');
}

function evidenceVolume(c: Ctx, l: ChainLink): void {
  const csi = isRecord(c.volume['csi']) ? c.volume['csi'] : {};
  const ref = isRecord(csi['nodePublishSecretRef']) ? csi['nodePublishSecretRef'] : undefined;
  l.evidence.push({
    text: `volume "${String(c.volume['name'])}": driver ${String(csi['driver'] ?? '(none)')}, readOnly ${String(csi['readOnly'] ?? '(unset)')}, secretProviderClass ${c.spcName ?? '(none)'}${ref ? `, nodePublishSecretRef ${String(ref['name'])}` : ''}`,
    source: `pod spec.volumes[${c.volumeIndex}]`,
  });
}

function evidenceCsiDriver(c: Ctx, l: ChainLink): void {
  const d = c.read.facts?.csiDriver;
  if (d === undefined) return unknownLink(l, `CSIDriver ${R.CSI_DRIVER_NAME}: ${c.read.unreadable.get('csidriver')?.reason ?? 'not read'}`, `kubectl get csidriver ${R.CSI_DRIVER_NAME} -o yaml`);
  if (!d.present) return;
  l.evidence.push({ text: `CSIDriver ${R.CSI_DRIVER_NAME} installed; tokenRequests audiences: ${d.tokenAudiences.length ? d.tokenAudiences.join(', ') : '(none)'}`, source: getPath(undefined, R.CSI_DRIVER, R.CSI_DRIVER_NAME) });
}

function evidenceSpc(c: Ctx, l: ChainLink): void {
  if (!c.spcName) return;
  const unread = c.read.unreadable.get(`secretproviderclass/${c.ns}/${c.spcName}`);
  if (unread) return unknownLink(l, `${unread.what}: ${unread.reason}`, `kubectl get secretproviderclass ${c.spcName} -n ${c.ns} -o yaml`);
  if (!c.spc) return;
  const objects = c.spc.objects.entries.map((e) => String(e.fields?.['objectName'] ?? '?'));
  const tenant = c.spc.tenant;
  l.evidence.push({
    text: `SecretProviderClass ${c.ns}/${c.spcName}: provider ${String(c.spc.provider ?? '(none)')}, keyvaultName ${c.spc.param('keyvaultName') ?? '(none)'}, ${tenant ? `${tenant.key} ${tenant.value}` : 'no tenant'}, objects: ${objects.length ? objects.join(', ') : '(none parsed)'}`,
    source: getPath(c.ns, R.SPC_V1, c.spcName),
  });
}

function evidenceProvider(c: Ctx, l: ChainLink): void {
  const p = c.read.facts?.providerPods;
  if (!p) return unknownLink(l, `the Azure provider pods: ${c.read.unreadable.get('provider')?.reason ?? 'not read'}`, `kubectl get pods -A -l '${R.PROVIDER_LABEL_SELECTOR}'`);
  l.evidence.push({ text: `${p.ready} of ${p.total} Azure provider pods ready${p.namespaces.length ? ` (namespace ${p.namespaces.join(', ')})` : ''}`, source: `GET /api/v1/pods?labelSelector=${R.PROVIDER_LABEL_SELECTOR}` });
}

function evidenceMode(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  l.evidence.push({ text: MODE_TEXT[c.spc.identityMode], source: `SecretProviderClass ${c.ns}/${c.spcName} spec.parameters` });
}

function evidencePieces(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  const pod = c.read.pod!;
  const spec = isRecord(pod['spec']) ? pod['spec'] : {};
  const labels = isRecord((pod['metadata'] as Item)['labels']) ? ((pod['metadata'] as Item)['labels'] as Record<string, string>) : {};
  switch (c.spc.identityMode) {
    case 'service-principal': {
      if (!c.secretName) return;
      const unread = c.read.unreadable.get(`secret/${c.ns}/${c.secretName}`);
      if (unread) return unknownLink(l, `${unread.what}: ${unread.reason}`, `kubectl describe secret ${c.secretName} -n ${c.ns}`);
      const s = c.inventory.find('Secret', c.ns, c.secretName).find((o) => o.namespace === c.ns);
      if (!s) return;
      const keys = isRecord(s.body['data']) ? Object.keys(s.body['data']) : [];
      const sl = isRecord((s.body['metadata'] as Item)?.['labels']) ? ((s.body['metadata'] as Item)['labels'] as Record<string, string>) : {};
      l.evidence.push({ text: `Secret ${c.ns}/${c.secretName}: keys ${keys.join(', ') || '(none)'}${c.spClientId ? ` (clientid ${c.spClientId})` : ''}; label secrets-store.csi.k8s.io/used=${sl['secrets-store.csi.k8s.io/used'] ?? '(unset)'}`, source: `GET /api/v1/namespaces/${c.ns}/secrets?fieldSelector=metadata.name=${c.secretName} (values never read)` });
      return;
    }
    case 'pod-identity': {
      const selector = labels['aadpodidbinding'];
      const bindings = c.inventory.inNamespace('AzureIdentityBinding', c.ns).filter((b) => isRecord(b.body['spec']) && b.body['spec']['selector'] === selector);
      const unread = c.read.unreadable.get(`azureidentitybinding/${c.ns}`);
      if (unread) return unknownLink(l, `${unread.what}: ${unread.reason}`, `kubectl get azureidentitybindings,azureidentities -n ${c.ns} -o yaml`);
      l.evidence.push({
        text: `pod label aadpodidbinding=${selector ?? '(unset)'}; ${bindings.length ? bindings.map((b) => `AzureIdentityBinding ${b.name} → AzureIdentity ${String((b.body['spec'] as Item)['azureIdentity'])}`).join(', ') : 'no AzureIdentityBinding selects it'}`,
        source: `pod metadata.labels; GET /apis/aadpodidentity.k8s.io/v1/namespaces/${c.ns}/azureidentitybindings`,
      });
      return;
    }
    case 'workload-identity':
    case 'identity-binding': {
      const sa = typeof spec['serviceAccountName'] === 'string' && spec['serviceAccountName'] ? spec['serviceAccountName'] : 'default';
      const unread = c.read.unreadable.get(`serviceaccount/${c.ns}/${sa}`);
      if (unread) return unknownLink(l, `${unread.what}: ${unread.reason}`, `kubectl get serviceaccount ${sa} -n ${c.ns} -o yaml`);
      const saObj = c.inventory.find('ServiceAccount', c.ns, sa).find((o) => o.namespace === c.ns);
      const ann = isRecord((saObj?.body['metadata'] as Item)?.['annotations']) ? ((saObj!.body['metadata'] as Item)['annotations'] as Record<string, string>) : {};
      const d = c.read.facts?.csiDriver;
      l.evidence.push({
        text: `ServiceAccount ${c.ns}/${sa}${saObj ? `: azure.workload.identity/client-id ${ann['azure.workload.identity/client-id'] ?? '(unset)'}` : ' not found'}; CSIDriver tokenRequests: ${d?.present ? d.tokenAudiences.join(', ') || '(none)' : 'unknown'}`,
        source: `GET /api/v1/namespaces/${c.ns}/serviceaccounts?fieldSelector=metadata.name=${sa}; ${getPath(undefined, R.CSI_DRIVER, R.CSI_DRIVER_NAME)}`,
      });
      return;
    }
    default:
      l.evidence.push({ text: 'no cluster object: the node pool\'s identity answers the instance metadata service', source: 'identity mode' });
  }
}

/** The client id the mount authenticates as, when the SPC or the Secret names one. */
function clientIdOfChain(c: Ctx): string | undefined {
  if (!c.spc) return undefined;
  switch (c.spc.identityMode) {
    case 'vm-user-assigned': return c.spc.param('userAssignedIdentityID');
    case 'workload-identity':
    case 'identity-binding': return c.spc.param('clientID');
    case 'service-principal': return c.spClientId;
    default: return undefined;
  }
}

const AZURE_HINT = 'no Azure state: pass --azure-state FILE or --azure --subscription ID';

function evidencePrincipal(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  const clientId = clientIdOfChain(c);
  const mode = c.spc.identityMode;
  const command = mode === 'service-principal' ? `az ad sp show --id ${clientId ?? '<clientid>'}`
    : mode === 'vm-system-assigned' ? 'az vmss identity show --resource-group <node-resource-group> --name <node-pool-vmss>'
      : mode === 'pod-identity' ? `kubectl get azureidentities -n ${c.ns} -o yaml; az identity list --query "[?clientId=='<AzureIdentity clientID>']"`
        : `az identity list --query "[?clientId=='${clientId ?? '<client-id>'}']"${mode === 'workload-identity' ? ` && az identity federated-credential list --identity-name <identity> --resource-group <rg>` : ''}`;
  if (!c.state) return unknownLink(l, `${AZURE_HINT}`, command);
  const r = resolveIdentity({ inventory: c.inventory, views: c.views }, c.state, c.spc);
  for (const p of r.principals) l.evidence.push({ text: `${p.label}, principal id ${p.principalIds.join(', ') || '(none)'}`, source: `Azure state (${c.state.origin})` });
  for (const n of r.notFound) l.evidence.push({ text: `client id ${n.clientId} (${n.where}) matches no identity or service principal`, source: `Azure state (${c.state.origin})` });
  if (!r.principals.length && !r.notFound.length) return unknownLink(l, r.unknown.join('; ') || 'the principal cannot be resolved from the Azure state', command);
  const identity = r.principals.find((p) => p.identity)?.identity;
  if (mode === 'workload-identity' && identity) evidenceFederated(c, l, identity);
  if (mode === 'vm-user-assigned' && identity) onNodePool(c, l, identity);
}

function evidenceFederated(c: Ctx, l: ChainLink, identity: Identity): void {
  const state = c.state!;
  const id = identity.id?.toLowerCase();
  const fics = state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === id);
  const spec = isRecord(c.read.pod!['spec']) ? c.read.pod!['spec'] : {};
  const sa = typeof spec['serviceAccountName'] === 'string' && spec['serviceAccountName'] ? spec['serviceAccountName'] : 'default';
  const want = `system:serviceaccount:${c.ns}:${sa}`;
  l.evidence.push({
    text: `federated credentials of ${identity.name ?? identity.clientId}: ${fics.length ? fics.map((f) => `subject ${f.subject}, issuer ${f.issuer}`).join('; ') : '(none)'}; the pod presents subject ${want}`,
    source: `Azure state (${state.origin})`,
  });
}

/**
 * A user-assigned identity answers the node's instance metadata service only when it is assigned to the node
 * pool's scale set; no rule checks that (the Azure state must hold the scale sets), so `why` does.
 */
function onNodePool(c: Ctx, l: ChainLink, identity: Identity): void {
  const state = c.state!;
  if (!state.provided.has('vmss') || state.incomplete.vmssSubscriptions.size > 0 || state.vmss.length === 0) {
    l.notes.push('whether the identity is assigned to the node pool is unknown: the Azure state has no scale sets (az vmss list)');
    return;
  }
  const id = identity.id?.toLowerCase();
  const on = state.vmss.filter((v) => v.identity?.userAssigned.some((u) => u.clientId === identity.clientId || (id !== undefined && u.id.toLowerCase() === id)));
  if (on.length) {
    l.evidence.push({ text: `assigned to node pool scale set ${on.map((v) => v.name).join(', ')}`, source: `Azure state (${state.origin}) vmss identity` });
    return;
  }
  l.status = 'broken';
  l.evidence.push({ text: `${identity.name ?? identity.clientId} is assigned to none of the node pools' scale sets (${state.vmss.map((v) => v.name).join(', ')})`, source: `Azure state (${state.origin}) vmss identity` });
  const vmss = state.vmss[0]!;
  const rg = vmss.id ? /resourceGroups\/([^/]+)/i.exec(vmss.id)?.[1] : undefined;
  l.fix = {
    text: `assign the identity to the node pool (AKS: use it as the kubelet identity, or \`az vmss identity assign --resource-group ${rg ?? '<node-resource-group>'} --name ${vmss.name} --identities ${identity.id ?? identity.clientId}\`), or set userAssignedIdentityID to the client id of an identity the node pool has`,
    checkId: 'identity-not-on-node-pool',
    objects: [`secretproviderclass/${c.ns}/${c.spcName}`, ...(identity.id ? [identity.id] : [])],
  };
}

function evidenceGrant(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  const kv = c.spc.param('keyvaultName') ?? '<vault>';
  const clientId = clientIdOfChain(c) ?? '<client-id>';
  const command = `az keyvault show --name ${kv} --query "{rbac: properties.enableRbacAuthorization, accessPolicies: properties.accessPolicies}" && az role assignment list --assignee ${clientId} --scope $(az keyvault show --name ${kv} --query id -o tsv) --include-inherited`;
  if (!c.state) return unknownLink(l, AZURE_HINT, command);
  if (!c.vault) return unknownLink(l, `vault ${kv} is not in the Azure state`, command);
  if (!c.vault.detailed) return unknownLink(l, `vault ${kv}: the Azure state has only its summary (no properties)`, command);
  if (c.vault.enableRbacAuthorization && c.state.incomplete.vaultRoleAssignments.has(c.vault.id.toLowerCase())) return unknownLink(l, `the role assignments of vault ${kv} could not be read`, command);
  l.evidence.push({ text: `vault ${c.vault.name}: permission model ${c.vault.enableRbacAuthorization ? 'Azure RBAC (role assignments)' : 'access policies'}`, source: `Azure state (${c.state.origin})` });
}

function evidenceObjects(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  const kv = c.spc.param('keyvaultName') ?? '<vault>';
  const entries = c.spc.objects.entries.map((e) => ({ name: String(e.fields?.['objectName'] ?? '?'), type: String(e.fields?.['objectType'] ?? 'secret') }));
  const cmd = entries.map((e) => `az keyvault ${e.type === 'cert' ? 'certificate' : e.type} show --vault-name ${kv} --name ${e.name} --query attributes`).join(' && ') || `az keyvault secret list --vault-name ${kv}`;
  if (!c.state) return unknownLink(l, AZURE_HINT, cmd);
  const contents = c.state.vaultContents.get(kv.toLowerCase());
  if (!contents || c.state.incomplete.vaultContents.has(kv.toLowerCase())) return unknownLink(l, `the objects of vault ${kv} are not in the Azure state`, cmd);
  for (const e of entries) {
    const map = e.type === 'key' ? contents.keys : e.type === 'cert' ? contents.certificates : contents.secrets;
    const item = map?.get(e.name.toLowerCase());
    l.evidence.push({
      text: item ? `${e.type} ${e.name}: ${item.enabled === false ? 'disabled' : 'enabled'}${item.expires ? `, expires ${item.expires.toISOString()}` : ''}${item.contentType ? `, content type ${item.contentType}` : ''}` : `${e.type} ${e.name}: ${map ? 'not listed' : 'unknown'}`,
      source: `Azure state (${c.state.origin}) vault ${kv}`,
    });
  }
}

function evidenceNetwork(c: Ctx, l: ChainLink): void {
  if (!c.spc) return;
  const kv = c.spc.param('keyvaultName') ?? '<vault>';
  const cmd = `az keyvault show --name ${kv} --query "{publicNetworkAccess: properties.publicNetworkAccess, networkAcls: properties.networkAcls, privateEndpoints: properties.privateEndpointConnections}"`;
  if (!c.state) return unknownLink(l, AZURE_HINT, cmd);
  if (!c.vault || !c.vault.detailed) return unknownLink(l, `vault ${kv} is not (fully) in the Azure state`, cmd);
  const acl = c.vault.networkAcls;
  l.evidence.push({
    text: `public network access ${c.vault.publicNetworkAccess ?? 'Enabled (default)'}; firewall default ${acl?.defaultAction ?? 'Allow (default)'}${acl?.ipRules.length ? `, ${acl.ipRules.length} IP rules` : ''}${acl?.virtualNetworkRules.length ? `, ${acl.virtualNetworkRules.length} subnet rules` : ''}; ${c.vault.privateEndpointConnections} private endpoint connection${c.vault.privateEndpointConnections === 1 ? '' : 's'}`,
    source: `Azure state (${c.state.origin})`,
  });
}

function clientIdOf(body: Record<string, unknown>): string | undefined {
  const data = isRecord(body['data']) ? body['data'] : {};
  const key = Object.keys(data).find((k) => k.toLowerCase() === 'clientid');
  const v = key ? data[key] : undefined;
  if (typeof v !== 'string') return undefined;
  const text = Buffer.from(v, 'base64').toString('utf8').trim();
  return /^[0-9a-f-]{36}$/i.test(text) ? text.toLowerCase() : undefined;
}

export type { Evidence };
