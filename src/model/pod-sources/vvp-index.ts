// The VVP target index: which DeploymentTarget (and so which Kubernetes namespace) a VVP deployment runs in.
import type { Inventory } from '../inventory.js';
import type { ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { knownString } from '../placeholder.js';
import { at } from './fields.js';

/** The DeploymentTarget of a VVP Deployment or SessionCluster (directly, or through its SessionCluster). */
export function resolveTarget(index: VvpIndex, o: ManifestObject): { object: ManifestObject; namespace: string | undefined } | undefined {
  const spec = isRecord(o.body['spec']) ? o.body['spec'] : {};
  const byName = typeof spec['deploymentTargetName'] === 'string' ? spec['deploymentTargetName'] : undefined;
  const byId = typeof spec['deploymentTargetId'] === 'string' ? spec['deploymentTargetId'] : undefined;
  if (!byName && !byId && typeof spec['sessionClusterName'] === 'string') {
    const session = (index.sessionsByName.get(spec['sessionClusterName']) ?? []).find((s) => sameVvpNamespace(s, o));
    if (session) return resolveTarget(index, session);
  }
  // The first target in load order that matches by name (same VVP namespace) or by id, as before the index.
  const candidates = [...(byName !== undefined ? (index.targetsByName.get(byName) ?? []).filter((t) => sameVvpNamespace(t, o)) : []), ...(byId !== undefined ? (index.targetsById.get(byId) ?? []) : [])];
  const found = candidates.sort((a, b) => index.order.get(a)! - index.order.get(b)!)[0];
  if (!found) return undefined;
  const ns = at(found.body, ['spec', 'kubernetes', 'namespace']);
  return { object: found, namespace: knownString(ns) };
}

export interface VvpIndex {
  readonly targetsByName: Map<string, ManifestObject[]>;
  readonly targetsById: Map<string, ManifestObject[]>;
  readonly sessionsByName: Map<string, ManifestObject[]>;
  readonly order: Map<ManifestObject, number>;
}

/** DeploymentTargets by name and id, SessionClusters by name: every VVP deployment resolves its target. */
export function buildVvpIndex(inv: Inventory): VvpIndex {
  const push = (m: Map<string, ManifestObject[]>, k: string, o: ManifestObject): void => {
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  };
  const index: VvpIndex = { targetsByName: new Map(), targetsById: new Map(), sessionsByName: new Map(), order: new Map() };
  inv.ofClass('VvpDeploymentTarget').forEach((t, i) => {
    index.order.set(t, i);
    if (t.name !== undefined) push(index.targetsByName, t.name, t);
    const id = at(t.body, ['metadata', 'id']);
    if (typeof id === 'string') push(index.targetsById, id, t);
  });
  for (const s of inv.ofClass('VvpSessionCluster')) if (s.name !== undefined) push(index.sessionsByName, s.name, s);
  return index;
}

/**
 * VVP objects' metadata.namespace is a VVP namespace, not a Kubernetes one: compare it as written, never the
 * object's `namespace` (which config namespaceDefaults may have filled with a Kubernetes namespace).
 */
function sameVvpNamespace(a: ManifestObject, b: ManifestObject): boolean {
  const na = vvpNamespace(a);
  const nb = vvpNamespace(b);
  return na === undefined || nb === undefined || na === nb;
}

function vvpNamespace(o: ManifestObject): string | undefined {
  const ns = at(o.body, ['metadata', 'namespace']);
  return typeof ns === 'string' && ns !== '' ? ns : undefined;
}
