// Cluster-level facts read by `audit` (CRD, CSIDriver, provider pods, FailedMount events). A field that is
// `undefined` could not be read: the Cluster rules never fire on it (`readErrors` says why).
import type { ManifestObject } from './types.js';
import { liveObject } from './live-object.js';

export interface FailedMount {
  readonly namespace: string;
  readonly pod: string;
  /** The workload that owns the pod, when it was read (findings use it: its name survives rollouts). */
  readonly owner?: { readonly kind: string; readonly apiVersion: string; readonly name: string; readonly resource: string };
  /** Volume name quoted in the message, when kubelet names one. */
  readonly volume?: string;
  readonly reason: string;
  /** Redacted (see src/live/kube/redact.ts): nothing after "clientsecret", no tokens, bounded length. */
  readonly message: string;
  /**
   * The id of the entry of the mount-message table (src/model/mount-messages/table.ts) the message matched,
   * classified on the whole redacted text before it was shortened (an AADSTS code can sit past the cut).
   */
  readonly causeId?: string;
  readonly count: number;
  readonly lastTimestamp: string | undefined;
}

export type ClusterFactName = 'spcCrd' | 'csiDriver' | 'providerPods' | 'failedMounts';

export interface ClusterFacts {
  /** kube context name: first segment of every logical location. */
  readonly context: string;
  readonly server: string;
  /** SecretProviderClass CRD installed (`secretproviderclasses.secrets-store.csi.x-k8s.io`). */
  readonly spcCrdInstalled: boolean | undefined;
  /** Served versions of that CRD, when it was read. */
  readonly spcVersions?: readonly string[];
  /** The CSIDriver `secrets-store.csi.k8s.io`; `object` is in the inventory when present. */
  readonly csiDriver:
    | { readonly present: false }
    | { readonly present: true; readonly tokenAudiences: readonly string[]; readonly object: ManifestObject }
    | undefined;
  /** Azure provider pods (labels app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure). */
  readonly providerPods: { readonly ready: number; readonly total: number; readonly namespaces: readonly string[] } | undefined;
  /** Recent FailedMount events of secrets-store volumes. */
  readonly failedMounts: readonly FailedMount[] | undefined;
  /** Why a fact is undefined. */
  readonly readErrors: Partial<Record<ClusterFactName, string>>;
}

/** The object cluster-wide findings point at: logical location `<context>/_cluster/Cluster/<context>`. */
export function clusterAnchor(facts: Pick<ClusterFacts, 'context' | 'server'>): ManifestObject {
  return liveObject(
    { apiVersion: 'v1', kind: 'Cluster', metadata: { name: facts.context }, server: facts.server },
    { live: 'cluster', scope: facts.context, resource: 'cluster' },
  );
}

/** The object a FailedMount finding points at: the owning workload when known, else the pod. */
export function failedMountObject(facts: Pick<ClusterFacts, 'context'>, f: FailedMount): ManifestObject {
  const o = f.owner;
  const body = o
    ? { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: f.namespace } }
    : { apiVersion: 'v1', kind: 'Pod', metadata: { name: f.pod, namespace: f.namespace } };
  return liveObject(body, { live: 'cluster', scope: facts.context, resource: o ? o.resource : 'pod' });
}
