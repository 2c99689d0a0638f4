// Where the pod spec lives in each admitted kind, and the CEL variables every validation of a target reads.
// Each shape becomes its own policy because the kinds' schemas differ (a Pod has no spec.template).
import { isSecretsVolume } from './cel.js';
import type { PolicyTarget } from './types.js';

export interface ResourceRule {
  readonly apiGroups: readonly string[];
  readonly apiVersions: readonly string[];
  readonly resources: readonly string[];
}

export interface Shape {
  /** Suffix of the policy name. */
  readonly name: string;
  readonly target: PolicyTarget;
  readonly kinds: readonly { apiVersion: string; kind: string }[];
  readonly resources: readonly ResourceRule[];
  /** Evaluated in order; later ones may read earlier ones as variables.<name>. */
  readonly variables: readonly { name: string; expression: string }[];
  /** True for objects the target's rules apply to at all. */
  readonly matchCondition?: { name: string; expression: string };
}

// claimNames: a StatefulSet's volumeClaimTemplates also define volumes its containers may mount (by the claim
// template's name); kept as a list of names because CEL cannot concatenate Volumes with PersistentVolumeClaims.
function podVariables(podSpec: string, claimNames = '[]'): Shape['variables'] {
  return [
    { name: 'podSpec', expression: podSpec },
    { name: 'volumes', expression: `has(variables.podSpec.volumes) ? variables.podSpec.volumes : []` },
    { name: 'claimNames', expression: claimNames },
    { name: 'secretsVolumes', expression: `variables.volumes.filter(v, ${isSecretsVolume('v')})` },
    {
      name: 'containers',
      expression: `(has(variables.podSpec.containers) ? variables.podSpec.containers : []) + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])`,
    },
  ];
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'pods',
    target: 'pod',
    kinds: [{ apiVersion: 'v1', kind: 'Pod' }],
    resources: [{ apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
    variables: podVariables('object.spec'),
  },
  {
    name: 'workloads',
    target: 'pod',
    kinds: [
      { apiVersion: 'apps/v1', kind: 'Deployment' },
      { apiVersion: 'apps/v1', kind: 'DaemonSet' },
      { apiVersion: 'batch/v1', kind: 'Job' },
    ],
    resources: [
      { apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments', 'daemonsets'] },
      { apiGroups: ['batch'], apiVersions: ['v1'], resources: ['jobs'] },
    ],
    variables: podVariables('object.spec.template.spec'),
  },
  {
    // Its own policy: only a StatefulSet's schema has spec.volumeClaimTemplates.
    name: 'statefulsets',
    target: 'pod',
    kinds: [{ apiVersion: 'apps/v1', kind: 'StatefulSet' }],
    resources: [{ apiGroups: ['apps'], apiVersions: ['v1'], resources: ['statefulsets'] }],
    variables: podVariables(
      'object.spec.template.spec',
      `has(object.spec.volumeClaimTemplates) ? object.spec.volumeClaimTemplates.filter(t, has(t.metadata) && has(t.metadata.name)).map(t, t.metadata.name) : []`,
    ),
  },
  {
    name: 'cronjobs',
    target: 'pod',
    kinds: [{ apiVersion: 'batch/v1', kind: 'CronJob' }],
    resources: [{ apiGroups: ['batch'], apiVersions: ['v1'], resources: ['cronjobs'] }],
    variables: podVariables('object.spec.jobTemplate.spec.template.spec'),
  },
  {
    name: 'secretproviderclasses',
    target: 'spc',
    kinds: [
      { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass' },
      { apiVersion: 'secrets-store.csi.x-k8s.io/v1alpha1', kind: 'SecretProviderClass' },
    ],
    resources: [{ apiGroups: ['secrets-store.csi.x-k8s.io'], apiVersions: ['v1', 'v1alpha1'], resources: ['secretproviderclasses'] }],
    variables: [{ name: 'params', expression: `has(object.spec) && has(object.spec.parameters) ? object.spec.parameters : {}` }],
    // src/rules/support/spc.ts meantForAzure: provider azure, a misspelling of it, or none; other providers are not ours.
    matchCondition: {
      name: 'meant-for-azure-provider',
      expression: `!has(object.spec) || !has(object.spec.provider) || type(object.spec.provider) != string || object.spec.provider.trim() == '' || object.spec.provider.matches('(?i)azure|akv|keyvault')`,
    },
  },
];

export const POD_SHAPE_KINDS = SHAPES.filter((s) => s.target === 'pod').flatMap((s) => s.kinds.map((k) => k.kind));
