// Every place a pod spec can come from, normalised into one view so each CSI/identity rule is written once:
// Kubernetes workloads, VVP Deployment/SessionCluster pod templates and the older `pods` form, VVP Helm values
// (the platform's own pod) and `vvp.globalDeploymentDefaults` (a YAML string, parsed with positions), Apache Flink
// Kubernetes Operator FlinkDeployments (merged like the operator merges them) and Flink native pod-template files.
// One module per shape under ./pod-sources/; this one only gathers them.
import type { Inventory } from './inventory.js';
import type { ObjectClass } from './kinds.js';
import type { ManifestObject } from './types.js';
import { isPlaceholder } from './placeholder.js';
import { globalDeploymentDefaults, helmValues } from './pod-sources/helm-values.js';
import { flinkDeployment } from './pod-sources/flink-operator.js';
import { applyNativeTemplates } from './pod-sources/flink-native.js';
import { kubeWorkload } from './pod-sources/kube-workload.js';
import type { PodSource } from './pod-sources/types.js';
import { vvpObject } from './pod-sources/vvp-object.js';
import { buildVvpIndex, type VvpIndex } from './pod-sources/vvp-index.js';

/**
 * Every pod source of a complete inventory. Computed once per run by deriveViews (src/model/views.ts), which hands
 * the list to the rules: call that, not this, from anywhere else.
 */
export function podSources(inventory: Inventory, index: VvpIndex = buildVvpIndex(inventory), include?: (o: ManifestObject) => boolean): readonly PodSource[] {
  return collect(inventory, index, include);
}

/** Pod sources of the objects `include` accepts (all when undefined): each source comes from one object alone. */
function collect(inv: Inventory, index: VvpIndex, include?: (o: ManifestObject) => boolean): PodSource[] {
  const out: PodSource[] = [];
  const of = (cls: ObjectClass): readonly ManifestObject[] => (include ? inv.ofClass(cls).filter(include) : inv.ofClass(cls));
  for (const o of of('KubeWorkload')) {
    const s = kubeWorkload(o);
    if (s) out.push(s);
  }
  for (const o of of('VvpDeployment')) out.push(...vvpObject(index, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP Deployment'));
  for (const o of of('VvpSessionCluster')) out.push(...vvpObject(index, o, ['spec', 'kubernetes'], 'VVP SessionCluster'));
  for (const o of of('VvpDeploymentDefaults')) out.push(...vvpObject(index, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP DeploymentDefaults', 'vvp-defaults'));
  for (const o of of('HelmValues')) {
    out.push(helmValues(inv, o));
    const defaults = globalDeploymentDefaults(o);
    if (defaults) out.push(...vvpObject(index, defaults, ['spec', 'template', 'spec', 'kubernetes'], 'vvp.globalDeploymentDefaults', 'vvp-defaults'));
  }
  for (const o of of('FlinkDeployment')) out.push(...flinkDeployment(o));
  return applyNativeTemplates(inv, index, out, include).map(withKnownNamespace);
}

/**
 * The one place a pod's namespace is decided for every rule: a namespace that is still a placeholder (a Flink
 * `kubernetes.namespace: ${NAMESPACE}`, a configured release namespace `<ns>`) is unknown, so lookups from the pod
 * take every candidate of the name in any namespace (src/rules/support/pods.ts), as for a pod without one. Objects'
 * own placeholder namespaces are made unknown when they are parsed (src/load/parse.ts), and a DeploymentTarget's in
 * resolveTarget. A DeploymentTarget that does not decide the namespace is no related location for namespace findings.
 */
function withKnownNamespace(src: PodSource): PodSource {
  if (src.namespace !== undefined && !isPlaceholder(src.namespace) && src.namespace.trim() !== '') return src;
  if (src.namespace === undefined && src.namespaceFrom === undefined) return src;
  return { ...src, namespace: undefined, namespaceFrom: undefined };
}
