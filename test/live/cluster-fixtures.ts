// Objects for the fake cluster, shaped as the API server returns them. `healthyCluster` holds the seed
// article's four access modes (service principal, pod identity, user- and system-assigned managed identity)
// plus workload identity, each in its own namespace, all correctly wired.
import { FakeKube, type Obj } from './fake-kube.js';

export const TENANT = '11111111-2222-3333-4444-555555555555';
export const CLIENT = '66666666-7777-8888-9999-000000000000';
export const SECRET_VALUE = 'c3VwZXItc2VjcmV0LXZhbHVlLTQy'; // base64("super-secret-value-42")

export function spc(ns: string, name: string, params: Record<string, string>, apiVersion = 'secrets-store.csi.x-k8s.io/v1'): Obj {
  return {
    apiVersion, kind: 'SecretProviderClass',
    metadata: { name, namespace: ns, uid: `spc-${ns}-${name}`, managedFields: [{ manager: 'kubectl' }] },
    spec: {
      provider: 'azure',
      parameters: {
        keyvaultName: 'kv-prod-01', tenantID: TENANT,
        objects: 'array:\n  - |\n    objectName: db-password\n    objectType: secret\n',
        ...params,
      },
    },
  };
}

export function csiVolume(spcName: string, secretRef?: string): Obj {
  return {
    name: 'secrets-store',
    csi: {
      driver: 'secrets-store.csi.k8s.io', readOnly: true,
      volumeAttributes: { secretProviderClass: spcName },
      ...(secretRef ? { nodePublishSecretRef: { name: secretRef } } : {}),
    },
  };
}

export function podSpec(volume: Obj, extra: Obj = {}): Obj {
  return {
    ...extra,
    containers: [{ name: 'app', image: 'busybox', volumeMounts: [{ name: volume.name, mountPath: '/mnt/secrets', readOnly: true }] }],
    volumes: [volume],
  };
}

export function deployment(ns: string, name: string, spec: Obj, labels: Record<string, string> = { app: name }): Obj {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: ns, uid: `dep-${ns}-${name}` },
    spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels }, spec } },
  };
}

/** Pods as a ReplicaSet of `dep` would create them. */
export function podsOf(dep: Obj, count: number, hash = '5d9f7c'): Obj[] {
  const out: Obj[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        name: `${dep.metadata.name}-${hash}-${i.toString(36).padStart(5, 'x')}`, namespace: dep.metadata.namespace,
        labels: { ...dep.spec.template.metadata.labels, 'pod-template-hash': hash },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${dep.metadata.name}-${hash}`, uid: `rs-${dep.metadata.uid}`, controller: true }],
      },
      spec: dep.spec.template.spec,
      status: { phase: 'Running' },
    });
  }
  return out;
}

export function barePod(ns: string, name: string, spec: Obj, labels: Record<string, string> = {}): Obj {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels }, spec };
}

export function secret(ns: string, name: string, data: Record<string, string>, labels: Record<string, string> = { 'secrets-store.csi.k8s.io/used': 'true' }): Obj {
  return {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: {
      name, namespace: ns, labels,
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ data }) },
    },
    data,
  };
}

export function serviceAccount(ns: string, name: string, annotations: Record<string, string> = {}): Obj {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns, annotations } };
}

export function csiDriver(tokenAudiences: string[] = ['api://AzureADTokenExchange']): Obj {
  return {
    apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver',
    metadata: { name: 'secrets-store.csi.k8s.io' },
    spec: { podInfoOnMount: true, attachRequired: false, volumeLifecycleModes: ['Ephemeral'], tokenRequests: tokenAudiences.map((audience) => ({ audience })) },
  };
}

export function spcCrd(versions = ['v1', 'v1alpha1']): Obj {
  return {
    apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition',
    metadata: { name: 'secretproviderclasses.secrets-store.csi.x-k8s.io' },
    spec: { group: 'secrets-store.csi.x-k8s.io', names: { plural: 'secretproviderclasses', kind: 'SecretProviderClass' }, scope: 'Namespaced',
      versions: versions.map((name) => ({ name, served: true, storage: name === 'v1' })) },
  };
}

export function providerPod(i: number, ready = true, app = 'csi-secrets-store-provider-azure'): Obj {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `csi-secrets-store-provider-azure-${i}`, namespace: 'kube-system', labels: { app },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'csi-secrets-store-provider-azure', uid: 'ds-provider', controller: true }] },
    spec: { containers: [{ name: 'provider', image: 'mcr.microsoft.com/oss/azure/secrets-store/provider-azure' }] },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  };
}

export function failedMount(ns: string, pod: string, message: string, count = 3): Obj {
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `${pod}.17a`, namespace: ns },
    involvedObject: { kind: 'Pod', namespace: ns, name: pod },
    reason: 'FailedMount', type: 'Warning', message, count,
    lastTimestamp: '2026-11-28T20:00:00Z',
  };
}

export interface Healthy {
  readonly kube: FakeKube;
  /** Pods of all the deployments (to aim events at). */
  readonly pods: Obj[];
}

/** The seed's four modes and workload identity, each in its own namespace, nothing broken. */
export function healthyCluster(kube = new FakeKube()): Healthy {
  const pods: Obj[] = [];
  const deploy = (dep: Obj) => {
    const p = podsOf(dep, 2);
    pods.push(...p);
    kube.add('apps', 'v1', 'deployments', dep).add('', 'v1', 'pods', ...p);
  };
  // Service principal.
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc('sp', 'kv-sp', {}));
  kube.add('', 'v1', 'secrets', secret('sp', 'secrets-store-creds', { clientid: Buffer.from(CLIENT).toString('base64'), clientsecret: SECRET_VALUE }));
  kube.add('', 'v1', 'secrets', secret('other', 'unrelated', { password: SECRET_VALUE }));
  deploy(deployment('sp', 'app-sp', podSpec(csiVolume('kv-sp', 'secrets-store-creds'))));
  // Pod identity.
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc('podid', 'kv-podid', { usePodIdentity: 'true' }));
  kube.add('aadpodidentity.k8s.io', 'v1', 'azureidentities', { apiVersion: 'aadpodidentity.k8s.io/v1', kind: 'AzureIdentity', metadata: { name: 'kv-identity', namespace: 'podid' }, spec: { type: 0, clientID: CLIENT, resourceID: '/subscriptions/s/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/kv' } });
  kube.add('aadpodidentity.k8s.io', 'v1', 'azureidentitybindings', { apiVersion: 'aadpodidentity.k8s.io/v1', kind: 'AzureIdentityBinding', metadata: { name: 'kv-binding', namespace: 'podid' }, spec: { azureIdentity: 'kv-identity', selector: 'kv-pods' } });
  deploy(deployment('podid', 'app-podid', podSpec(csiVolume('kv-podid')), { app: 'app-podid', aadpodidbinding: 'kv-pods' }));
  // User-assigned managed identity.
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc('uami', 'kv-uami', { useVMManagedIdentity: 'true', userAssignedIdentityID: CLIENT }));
  deploy(deployment('uami', 'app-uami', podSpec(csiVolume('kv-uami'))));
  // System-assigned managed identity.
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc('sami', 'kv-sami', { useVMManagedIdentity: 'true' }));
  deploy(deployment('sami', 'app-sami', podSpec(csiVolume('kv-sami'))));
  // Workload identity.
  kube.add('secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', spc('wi', 'kv-wi', { clientID: CLIENT }));
  kube.add('', 'v1', 'serviceaccounts', serviceAccount('wi', 'app-wi', { 'azure.workload.identity/client-id': CLIENT }), serviceAccount('sp', 'default'));
  deploy(deployment('wi', 'app-wi', podSpec(csiVolume('kv-wi'), { serviceAccountName: 'app-wi' }), { app: 'app-wi', 'azure.workload.identity/use': 'true' }));
  // Cluster prerequisites.
  kube.add('storage.k8s.io', 'v1', 'csidrivers', csiDriver());
  kube.add('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', spcCrd());
  kube.add('', 'v1', 'pods', providerPod(0), providerPod(1));
  kube.add('', 'v1', 'events');
  for (const plural of ['statefulsets', 'daemonsets']) kube.add('apps', 'v1', plural);
  kube.add('batch', 'v1', 'jobs').add('batch', 'v1', 'cronjobs');
  return { kube, pods };
}
