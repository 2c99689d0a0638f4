// Cluster facts as `audit` reads them (src/model/cluster-facts.ts), built directly for RuleTester cases of the
// Cluster rules: a healthy cluster unless a test overrides a fact. test/live/ reads the same facts from a local API
// server (fake-kube.ts); these cases test the rules alone.
import type { ClusterFacts } from '../../src/model/cluster-facts.js';
import { liveObject } from '../../src/model/live-object.js';
import type { ManifestObject } from '../../src/model/types.js';

export const CONTEXT = 'aks-test';
export const WORKLOAD_IDENTITY_AUDIENCE = 'api://AzureADTokenExchange';

/** The CSIDriver secrets-store.csi.k8s.io as read from the cluster, with these token audiences. */
export function csiDriverFact(audiences: readonly string[]): NonNullable<ClusterFacts['csiDriver']> {
  const body = {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSIDriver',
    metadata: { name: 'secrets-store.csi.k8s.io' },
    spec: { podInfoOnMount: true, ...(audiences.length ? { tokenRequests: audiences.map((audience) => ({ audience })) } : {}) },
  };
  return { present: true, tokenAudiences: audiences, object: liveObject(body, { live: 'cluster', scope: CONTEXT, resource: 'csidriver' }) };
}

/** A healthy cluster's facts, with `overrides`. */
export function clusterFacts(overrides: Partial<ClusterFacts> = {}): ClusterFacts {
  return {
    context: CONTEXT,
    server: 'https://aks-test.hcp.westeurope.azmk8s.io:443',
    spcCrdInstalled: true,
    spcVersions: ['v1'],
    csiDriver: csiDriverFact([WORKLOAD_IDENTITY_AUDIENCE]),
    providerPods: { ready: 3, total: 3, namespaces: ['kube-system'] },
    failedMounts: [],
    readErrors: {},
    ...overrides,
  };
}

/** A SecretProviderClass as read from the cluster. */
export function liveSpc(namespace: string, name: string, parameters: Record<string, string>): ManifestObject {
  return liveObject({ apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name, namespace }, spec: { provider: 'azure', parameters } }, { live: 'cluster', scope: CONTEXT, resource: 'secretproviderclass' });
}
