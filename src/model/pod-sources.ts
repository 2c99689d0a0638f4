// Every place a pod spec can come from, normalised into one view so each CSI/identity rule is written once:
// Kubernetes workloads, VVP Deployment/SessionCluster pod templates and the older `pods` form, VVP Helm values
// (the platform's own pod) and `vvp.globalDeploymentDefaults` (a YAML string, parsed with positions).
// One module per shape under ./pod-sources/; this one only gathers them.
import type { Inventory } from './inventory.js';
import { globalDeploymentDefaults, helmValues } from './pod-sources/helm-values.js';
import { kubeWorkload } from './pod-sources/kube-workload.js';
import type { PodSource } from './pod-sources/types.js';
import { vvpObject } from './pod-sources/vvp-object.js';
import { buildVvpIndex, type VvpIndex } from './pod-sources/vvp-index.js';

/**
 * Every pod source of a complete inventory. Computed once per run by deriveViews (src/model/views.ts), which hands
 * the list to the rules: call that, not this, from anywhere else.
 */
export function podSources(inventory: Inventory, index: VvpIndex = buildVvpIndex(inventory)): readonly PodSource[] {
  return collect(inventory, index);
}

function collect(inv: Inventory, index: VvpIndex): PodSource[] {
  const out: PodSource[] = [];
  for (const o of inv.ofClass('KubeWorkload')) {
    const s = kubeWorkload(o);
    if (s) out.push(s);
  }
  for (const o of inv.ofClass('VvpDeployment')) out.push(...vvpObject(index, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP Deployment'));
  for (const o of inv.ofClass('VvpSessionCluster')) out.push(...vvpObject(index, o, ['spec', 'kubernetes'], 'VVP SessionCluster'));
  for (const o of inv.ofClass('VvpDeploymentDefaults')) out.push(...vvpObject(index, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP DeploymentDefaults', 'vvp-defaults'));
  for (const o of inv.ofClass('HelmValues')) {
    out.push(helmValues(inv, o));
    const defaults = globalDeploymentDefaults(o);
    if (defaults) out.push(...vvpObject(index, defaults, ['spec', 'template', 'spec', 'kubernetes'], 'vvp.globalDeploymentDefaults', 'vvp-defaults'));
  }
  return out;
}
