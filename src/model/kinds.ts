// Names the object classes the rules care about, decided once from apiVersion + kind (+ shape for VVP objects,
// whose `kind: Deployment` with `apiVersion: v1` must not be confused with apps/v1 Deployment).
import type { ManifestObject } from './types.js';

/** Every object class, for checking a stored class (the context cache) before trusting it. */
export const OBJECT_CLASSES = [
  'SecretProviderClass',
  'Secret',
  'ServiceAccount',
  'Namespace',
  'AzureIdentity',
  'AzureIdentityBinding',
  'KubeWorkload', // Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, PodTemplate
  'VvpDeployment',
  'VvpSessionCluster',
  'VvpDeploymentTarget',
  'VvpDeploymentDefaults',
  'HelmValues',
  'HelmChart',
  'CSIDriver',
  'FlinkDeployment', // Apache Flink Kubernetes Operator (flink.apache.org): FlinkDeployment, FlinkBlueGreenDeployment
  'SecretProducer', // objects a controller turns into a Secret: SealedSecret (bitnami.com), ExternalSecret (external-secrets.io)
] as const;

export type ObjectClass = (typeof OBJECT_CLASSES)[number];

export const SPC_GROUP = 'secrets-store.csi.x-k8s.io';
/** The CSI driver name; used as an API group by mistake. */
export const CSI_DRIVER_NAME = 'secrets-store.csi.k8s.io';

const WORKLOAD_KINDS: Record<string, readonly string[]> = {
  Pod: ['v1'],
  PodTemplate: ['v1'],
  Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  ReplicaSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1'],
};

/**
 * Every `kind` the pod-source view reads (src/model/pod-sources.ts and pod-sources/): Kubernetes workloads and the VVP resources that
 * carry pod templates or decide their namespace. Rules that walk pod sources declare these kinds.
 */
export const POD_SOURCE_KINDS: readonly string[] = [...Object.keys(WORKLOAD_KINDS), 'SessionCluster', 'DeploymentTarget', 'DeploymentDefaults', 'FlinkDeployment', 'FlinkBlueGreenDeployment'];

/** Kinds whose objects a controller turns into a Secret of the cluster (see src/model/secret.ts producedSecretName). */
export const SECRET_PRODUCER_KINDS: readonly string[] = ['SealedSecret', 'ExternalSecret'];

/** The Apache Flink Kubernetes Operator's API group. */
export const FLINK_OPERATOR_GROUP = 'flink.apache.org';

export function apiGroup(apiVersion: string | undefined): string {
  if (!apiVersion) return '';
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function classify(o: ManifestObject): ObjectClass | undefined {
  const { kind, apiVersion } = o;
  if (kind === 'SecretProviderClass') return 'SecretProviderClass';
  if (o.hint === 'helm-values') return 'HelmValues';
  if (kind === undefined) return undefined;
  const group = apiGroup(apiVersion);
  switch (kind) {
    case 'Secret':
      return group === '' ? 'Secret' : undefined;
    case 'ServiceAccount':
      return group === '' ? 'ServiceAccount' : undefined;
    case 'Namespace':
      return group === '' ? 'Namespace' : undefined;
    case 'AzureIdentity':
      return group === 'aadpodidentity.k8s.io' ? 'AzureIdentity' : undefined;
    case 'AzureIdentityBinding':
      return group === 'aadpodidentity.k8s.io' ? 'AzureIdentityBinding' : undefined;
    case 'CSIDriver':
      return group === 'storage.k8s.io' ? 'CSIDriver' : undefined;
    case 'SealedSecret':
      return group === 'bitnami.com' ? 'SecretProducer' : undefined;
    case 'ExternalSecret':
      return group === 'external-secrets.io' || group === 'kubernetes-client.io' ? 'SecretProducer' : undefined;
    case 'FlinkDeployment':
    case 'FlinkBlueGreenDeployment':
      return group === FLINK_OPERATOR_GROUP ? 'FlinkDeployment' : undefined;
    case 'SessionCluster':
      return isVvpApiVersion(apiVersion) ? 'VvpSessionCluster' : undefined;
    case 'DeploymentTarget':
      return isVvpApiVersion(apiVersion) ? 'VvpDeploymentTarget' : undefined;
    case 'DeploymentDefaults':
      return isVvpApiVersion(apiVersion) ? 'VvpDeploymentDefaults' : undefined;
    case 'Deployment':
      if (isVvpApiVersion(apiVersion) && looksLikeVvpDeployment(o.body)) return 'VvpDeployment';
      break;
  }
  const versions = WORKLOAD_KINDS[kind];
  if (versions && apiVersion !== undefined && versions.includes(apiVersion)) return 'KubeWorkload';
  return undefined;
}

/** VVP resources use `apiVersion: v1` (and in some exports `v1` with no group at all). */
function isVvpApiVersion(apiVersion: string | undefined): boolean {
  return apiVersion === 'v1' || apiVersion === undefined;
}

function looksLikeVvpDeployment(body: Record<string, unknown>): boolean {
  const spec = body['spec'];
  if (!isRecord(spec)) return false;
  if ('deploymentTargetName' in spec || 'deploymentTargetId' in spec || 'sessionClusterName' in spec) return true;
  const template = spec['template'];
  if (!isRecord(template)) return false;
  const tspec = template['spec'];
  return isRecord(tspec) && ('artifact' in tspec || 'kubernetes' in tspec || 'flinkConfiguration' in tspec);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
