// The resources the audit reads: one row per kind, with the API path pieces and the RBAC names the
// notification must cite. deploy/audit-rbac.yaml grants exactly these (test/live checks they agree).

export interface KubeResource {
  /** Kind as in the inventory. */
  readonly kind: string;
  /** API group ('' = core). */
  readonly group: string;
  readonly version: string;
  /** Plural resource name (RBAC `resources`). */
  readonly plural: string;
  readonly namespaced: boolean;
  /** kubectl-style lower-case name for display (`pod/ns/name`). */
  readonly display: string;
  /** A 404 means "not installed" (a CRD of an optional add-on), never an error. */
  readonly optional?: boolean;
}

const r = (kind: string, group: string, version: string, plural: string, namespaced: boolean, optional = false): KubeResource => ({
  kind, group, version, plural, namespaced, display: kind.toLowerCase(), optional,
});

export const SPC_V1 = r('SecretProviderClass', 'secrets-store.csi.x-k8s.io', 'v1', 'secretproviderclasses', true, true);
export const SPC_V1ALPHA1 = { ...SPC_V1, version: 'v1alpha1' };
export const POD = r('Pod', '', 'v1', 'pods', true);
export const SECRET = r('Secret', '', 'v1', 'secrets', true);
export const SERVICE_ACCOUNT = r('ServiceAccount', '', 'v1', 'serviceaccounts', true);
export const EVENT = r('Event', '', 'v1', 'events', true);
export const DEPLOYMENT = r('Deployment', 'apps', 'v1', 'deployments', true);
export const STATEFUL_SET = r('StatefulSet', 'apps', 'v1', 'statefulsets', true);
export const DAEMON_SET = r('DaemonSet', 'apps', 'v1', 'daemonsets', true);
export const JOB = r('Job', 'batch', 'v1', 'jobs', true);
export const CRON_JOB = r('CronJob', 'batch', 'v1', 'cronjobs', true);
export const AZURE_IDENTITY = r('AzureIdentity', 'aadpodidentity.k8s.io', 'v1', 'azureidentities', true, true);
export const AZURE_IDENTITY_BINDING = r('AzureIdentityBinding', 'aadpodidentity.k8s.io', 'v1', 'azureidentitybindings', true, true);
/** Apache Flink Kubernetes Operator deployments: their pod templates are linted where they are written. */
export const FLINK_DEPLOYMENT = r('FlinkDeployment', 'flink.apache.org', 'v1beta1', 'flinkdeployments', true, true);
export const CSI_DRIVER = r('CSIDriver', 'storage.k8s.io', 'v1', 'csidrivers', false);
export const CRD = r('CustomResourceDefinition', 'apiextensions.k8s.io', 'v1', 'customresourcedefinitions', false);

/** Workload kinds whose pod templates are linted in place of the pods they own (stable names across rollouts). */
export const WORKLOADS = [DEPLOYMENT, STATEFUL_SET, DAEMON_SET, JOB, CRON_JOB] as const;

export const SPC_CRD_NAME = 'secretproviderclasses.secrets-store.csi.x-k8s.io';
export const CSI_DRIVER_NAME = 'secrets-store.csi.k8s.io';
/** Provider pod labels: the upstream Helm chart uses the first, the AKS add-on the second. */
export const PROVIDER_LABEL_SELECTOR = 'app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)';

/** `/api/v1/pods`, `/apis/apps/v1/namespaces/ns/deployments`, `/apis/storage.k8s.io/v1/csidrivers/name`. */
export function resourcePath(res: KubeResource, namespace?: string, name?: string): string {
  const base = res.group === '' ? `/api/${res.version}` : `/apis/${res.group}/${res.version}`;
  const ns = res.namespaced && namespace !== undefined ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  const n = name !== undefined ? `/${encodeURIComponent(name)}` : '';
  return `${base}${ns}/${res.plural}${n}`;
}

/** The permission a 403 means is missing, in RBAC terms. */
export function permissionText(res: KubeResource, verb: 'get' | 'list', namespace?: string): string {
  const where = res.namespaced ? (namespace !== undefined ? `in namespace "${namespace}"` : 'in all namespaces') : 'at cluster scope';
  return `${verb} ${res.plural}${res.group ? '.' + res.group : ''} ${where} (RBAC: verb "${verb}", resource "${res.plural}", apiGroup "${res.group}")`;
}
