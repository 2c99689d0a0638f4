export const SPC_GROUP = 'secrets-store.csi.x-k8s.io';
/** The CSI driver name; used as an API group by mistake. */
export const CSI_DRIVER_NAME = 'secrets-store.csi.k8s.io';
const WORKLOAD_KINDS = {
    Pod: ['v1'],
    PodTemplate: ['v1'],
    Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
    StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
    DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
    ReplicaSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
    Job: ['batch/v1'],
    CronJob: ['batch/v1', 'batch/v1beta1'],
};
export function apiGroup(apiVersion) {
    if (!apiVersion)
        return '';
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
export function classify(o) {
    const { kind, apiVersion } = o;
    if (kind === 'SecretProviderClass')
        return 'SecretProviderClass';
    if (o.hint === 'helm-values')
        return 'HelmValues';
    if (kind === undefined)
        return undefined;
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
        case 'SessionCluster':
            return isVvpApiVersion(apiVersion) ? 'VvpSessionCluster' : undefined;
        case 'DeploymentTarget':
            return isVvpApiVersion(apiVersion) ? 'VvpDeploymentTarget' : undefined;
        case 'DeploymentDefaults':
            return isVvpApiVersion(apiVersion) ? 'VvpDeploymentDefaults' : undefined;
        case 'Deployment':
            if (isVvpApiVersion(apiVersion) && looksLikeVvpDeployment(o.body))
                return 'VvpDeployment';
            break;
    }
    const versions = WORKLOAD_KINDS[kind];
    if (versions && apiVersion !== undefined && versions.includes(apiVersion))
        return 'KubeWorkload';
    return undefined;
}
/** VVP resources use `apiVersion: v1` (and in some exports `v1` with no group at all). */
function isVvpApiVersion(apiVersion) {
    return apiVersion === 'v1' || apiVersion === undefined;
}
function looksLikeVvpDeployment(body) {
    const spec = body['spec'];
    if (!isRecord(spec))
        return false;
    if ('deploymentTargetName' in spec || 'deploymentTargetId' in spec || 'sessionClusterName' in spec)
        return true;
    const template = spec['template'];
    if (!isRecord(template))
        return false;
    const tspec = template['spec'];
    return isRecord(tspec) && ('artifact' in tspec || 'kubernetes' in tspec || 'flinkConfiguration' in tspec);
}
export function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
