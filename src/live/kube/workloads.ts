// Decides which pod sources become inventory objects. Pods are what mount, but a Deployment's pods carry
// random suffixes (findings would change name at every rollout) and N replicas would repeat one finding N
// times. So a pod owned by a workload that was read is represented by that workload's template; bare pods,
// and pods whose owner could not be read (another operator's kind, or a 403 on its list), stand for
// themselves, one per owner.
import { isRecord } from '../../model/kinds.js';
import type { Item } from './list.js';
import type { KubeResource } from './resources.js';

export interface Owner {
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly resource: string;
}

export interface PodSelection {
  /** Objects to add to the inventory, with the resource they were read as. */
  readonly emit: { item: Item; res: KubeResource }[];
  /** The read workload that stands for a pod, undefined when the pod stands for itself. */
  ownerOf(namespace: string, podName: string): Owner | undefined;
}

export function selectPodSources(pods: readonly Item[], podRes: KubeResource, workloads: ReadonlyMap<KubeResource, readonly Item[]>): PodSelection {
  const byKey = new Map<string, { item: Item; res: KubeResource }>();
  for (const [res, items] of workloads) for (const item of items) byKey.set(key(res.kind, ns(item), name(item)), { item, res });
  const emit: { item: Item; res: KubeResource }[] = [];
  const seenOwnerUids = new Set<string>();
  const podOwner = new Map<string, Owner>();

  const top = (kind: string, namespace: string, n: string): { item: Item; res: KubeResource } | undefined => {
    const found = byKey.get(key(kind, namespace, n));
    if (!found) return undefined;
    // A Job created by a CronJob that was read is represented by the CronJob.
    const parent = controllerOf(found.item);
    if (kind === 'Job' && parent?.kind === 'CronJob') return byKey.get(key('CronJob', namespace, parent.name)) ?? found;
    return found;
  };

  for (const [res, items] of workloads) {
    for (const item of items) {
      const parent = controllerOf(item);
      if (res.kind === 'Job' && parent?.kind === 'CronJob' && byKey.has(key('CronJob', ns(item), parent.name))) continue;
      emit.push({ item, res });
    }
  }

  for (const pod of pods) {
    const namespace = ns(pod);
    const ctl = controllerOf(pod);
    let owner: { item: Item; res: KubeResource } | undefined;
    if (ctl) {
      if (ctl.kind === 'ReplicaSet') {
        const hash = labels(pod)['pod-template-hash'];
        const dep = hash && ctl.name.endsWith('-' + hash) ? ctl.name.slice(0, -hash.length - 1) : undefined;
        if (dep) owner = top('Deployment', namespace, dep);
      } else if (ctl.kind !== 'Deployment') {
        owner = top(ctl.kind, namespace, ctl.name);
      }
      // A pod controlled by a Deployment directly (not through a ReplicaSet) is not one of its template's pods:
      // Flink's native Kubernetes mode creates TaskManager pods owned by the JobManager Deployment, with a pod spec
      // of their own. Such a pod stands for itself (one per owner).
    }
    if (owner) {
      podOwner.set(key('Pod', namespace, name(pod)), {
        kind: owner.res.kind,
        apiVersion: owner.res.group ? `${owner.res.group}/${owner.res.version}` : owner.res.version,
        name: name(owner.item),
        resource: owner.res.display,
      });
      continue;
    }
    if (ctl) {
      if (seenOwnerUids.has(ctl.uid)) continue;
      seenOwnerUids.add(ctl.uid);
    }
    emit.push({ item: pod, res: podRes });
  }
  return { emit, ownerOf: (namespace, podName) => podOwner.get(key('Pod', namespace, podName)) };
}

function controllerOf(item: Item): { kind: string; name: string; uid: string } | undefined {
  const meta = isRecord(item['metadata']) ? item['metadata'] : {};
  const refs = Array.isArray(meta['ownerReferences']) ? meta['ownerReferences'] : [];
  for (const r of refs) {
    if (isRecord(r) && r['controller'] === true && typeof r['kind'] === 'string' && typeof r['name'] === 'string') {
      return { kind: r['kind'], name: r['name'], uid: typeof r['uid'] === 'string' ? r['uid'] : `${r['kind']}/${r['name']}` };
    }
  }
  return undefined;
}

export function ns(item: Item): string {
  const meta = item['metadata'];
  return isRecord(meta) && typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
}

export function name(item: Item): string {
  const meta = item['metadata'];
  return isRecord(meta) && typeof meta['name'] === 'string' ? meta['name'] : '';
}

export function labels(item: Item): Record<string, string> {
  const meta = item['metadata'];
  const l = isRecord(meta) ? meta['labels'] : undefined;
  return isRecord(l) ? (l as Record<string, string>) : {};
}

function key(kind: string, namespace: string, n: string): string {
  return `${kind}\u0000${namespace}\u0000${n}`;
}
