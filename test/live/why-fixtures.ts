// A cluster and an Azure state in which one stuck pod's secrets-store chain is whole, per identity mode; each
// scenario of test/live/why.test.ts breaks one link of it (or only shows the event that names it).
import { FakeKube, type Obj } from './fake-kube.js';
import { csiDriver, csiVolume, providerPod, secret, serviceAccount, spc, spcCrd, TENANT, CLIENT } from './cluster-fixtures.js';

export const NS = 'flink';
export const POD = 'flink-jobmanager-0';
export const SUB = '11111111-1111-1111-1111-111111111111';
export const PRINCIPAL = 'aaaaaaaa-0000-0000-0000-000000000001';
export const IDENTITY_ID = `/subscriptions/${SUB}/resourcegroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-flink`;
export const VAULT_ID = `/subscriptions/${SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-prod-01`;
const SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';

export type Mode = 'sp' | 'uami' | 'wi' | 'podid';

export const MODE_PARAMS: Record<Mode, Record<string, string>> = {
  sp: {},
  uami: { useVMManagedIdentity: 'true', userAssignedIdentityID: CLIENT },
  wi: { clientID: CLIENT },
  podid: { usePodIdentity: 'true' },
};

/** A pod stuck in ContainerCreating (its volume did not mount). */
export function stuckPod(spec: Obj, labels: Record<string, string> = {}, name = POD): Obj {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: NS, labels: { app: 'flink', component: 'jobmanager', ...labels } },
    spec: { nodeName: 'aks-flink-2-vmss000000', ...spec },
    status: { phase: 'Pending', containerStatuses: [{ name: 'flink-main-container', ready: false, state: { waiting: { reason: 'ContainerCreating' } } }] },
  };
}

export function podSpecFor(mode: Mode, volume: Obj = csiVolume('kv-flink', mode === 'sp' ? 'kv-creds' : undefined)): Obj {
  return {
    ...(mode === 'wi' ? { serviceAccountName: 'flink' } : {}),
    containers: [{ name: 'flink-main-container', image: 'flink:1.19', volumeMounts: [{ name: volume.name, mountPath: '/mnt/secrets', readOnly: true }] }],
    volumes: [volume],
  };
}

export interface Scenario {
  readonly kube: FakeKube;
  readonly state: Obj;
}

/** Everything whole for `mode`; `tweak` may change objects before they are served. */
export function wholeChain(mode: Mode, opts: { spcParams?: Record<string, string>; pod?: Obj; extraPods?: Obj[]; spcNamespace?: string; objects?: string; tokenAudiences?: string[] | null; providers?: number; noSpcCrd?: boolean } = {}): Scenario {
  const kube = new FakeKube();
  const s = spc(opts.spcNamespace ?? NS, 'kv-flink', { ...MODE_PARAMS[mode], ...(opts.objects ? { objects: opts.objects } : {}), ...opts.spcParams });
  if (opts.noSpcCrd) kube.add('apiextensions.k8s.io', 'v1', 'customresourcedefinitions');
  else kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', s).add('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', spcCrd());
  if (opts.tokenAudiences === null) kube.add('storage.k8s.io', 'v1', 'csidrivers');
  else kube.add('storage.k8s.io', 'v1', 'csidrivers', csiDriver(opts.tokenAudiences));
  kube.add('', 'v1', 'pods', ...Array.from({ length: opts.providers ?? 2 }, (_, i) => providerPod(i)));
  kube.add('', 'v1', 'events');
  kube.add('', 'v1', 'secrets', secret('other', 'unrelated', { password: 'c2VjcmV0' }));
  kube.add('', 'v1', 'serviceaccounts', serviceAccount(NS, 'default'));
  if (mode === 'sp') kube.add('', 'v1', 'secrets', secret(NS, 'kv-creds', { clientid: Buffer.from(CLIENT).toString('base64'), clientsecret: 'c3VwZXItc2VjcmV0' }));
  if (mode === 'wi') kube.add('', 'v1', 'serviceaccounts', serviceAccount(NS, 'flink', { 'azure.workload.identity/client-id': CLIENT }));
  if (mode === 'podid') {
    kube.add('aadpodidentity.k8s.io', 'v1', 'azureidentities', { apiVersion: 'aadpodidentity.k8s.io/v1', kind: 'AzureIdentity', metadata: { name: 'id-flink', namespace: NS }, spec: { type: 0, clientID: CLIENT, resourceID: IDENTITY_ID } });
    kube.add('aadpodidentity.k8s.io', 'v1', 'azureidentitybindings', { apiVersion: 'aadpodidentity.k8s.io/v1', kind: 'AzureIdentityBinding', metadata: { name: 'id-flink-binding', namespace: NS }, spec: { azureIdentity: 'id-flink', selector: 'flink-kv' } });
  }
  const pod = opts.pod ?? stuckPod(podSpecFor(mode), mode === 'podid' ? { aadpodidbinding: 'flink-kv' } : mode === 'wi' ? { 'azure.workload.identity/use': 'true' } : {});
  kube.add('', 'v1', 'pods', pod, ...(opts.extraPods ?? []));
  return { kube, state: azureState() };
}

/** The Azure state in which the identity (client id CLIENT) reads db-password from kv-prod-01 (RBAC). */
export function azureState(): Obj {
  return {
    vaults: [{
      id: VAULT_ID, name: 'kv-prod-01', resourceGroup: 'rg-app', type: 'Microsoft.KeyVault/vaults',
      properties: { tenantId: TENANT, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true, accessPolicies: [], publicNetworkAccess: 'Enabled' },
    }],
    identities: [{ id: IDENTITY_ID, name: 'id-flink', resourceGroup: 'rg-id', clientId: CLIENT, principalId: PRINCIPAL, tenantId: TENANT, type: 'Microsoft.ManagedIdentity/userAssignedIdentities' }],
    servicePrincipals: [{ id: PRINCIPAL, appId: CLIENT, displayName: 'id-flink' }],
    roleAssignments: [{
      id: `${VAULT_ID}/providers/Microsoft.Authorization/roleAssignments/0a000000-0000-0000-0000-000000000001`,
      principalId: PRINCIPAL, principalType: 'ServicePrincipal',
      roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${SECRETS_USER}`,
      scope: VAULT_ID,
    }],
    vmss: [{
      id: `/subscriptions/${SUB}/resourceGroups/MC_rg/providers/Microsoft.Compute/virtualMachineScaleSets/aks-flink-2-vmss`,
      name: 'aks-flink-2-vmss',
      identity: { type: 'UserAssigned', userAssignedIdentities: { [IDENTITY_ID]: { clientId: CLIENT, principalId: PRINCIPAL } } },
    }],
    federatedCredentials: [{
      id: `${IDENTITY_ID}/federatedIdentityCredentials/flink`, name: 'flink',
      issuer: 'https://oidc.example/', subject: `system:serviceaccount:${NS}:flink`, audiences: ['api://AzureADTokenExchange'],
    }],
    secrets: [secretItem('db-password', { enabled: true })],
  };
}

export function secretItem(name: string, attributes: Record<string, unknown>): Obj {
  return {
    id: `${VAULT_ID}/secrets/${name}`, name, type: 'Microsoft.KeyVault/vaults/secrets',
    properties: { attributes: { created: 1736499600, updated: 1736499600, ...attributes }, secretUri: `https://kv-prod-01.vault.azure.net/secrets/${name}` },
  };
}

export function failedMountEvent(message: string, count = 5, pod = POD): Obj {
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `${pod}.18a`, namespace: NS },
    involvedObject: { kind: 'Pod', namespace: NS, name: pod },
    reason: 'FailedMount', type: 'Warning', message, count,
    lastTimestamp: '2026-12-07T09:58:00Z',
  };
}

export const MOUNT_PREFIX = 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod flink/flink-jobmanager-0, err: rpc error: code = Unknown desc = failed to mount objects, error: ';
