// Decides which pod sources become inventory objects. Pods are what mount, but a Deployment's pods carry
// random suffixes (findings would change name at every rollout) and N replicas would repeat one finding N
// times. So a pod owned by a workload that was read is represented by that workload's template; bare pods,
// and pods whose owner could not be read (another operator's kind, or a 403 on its list), stand for
// themselves, one per owner.
import { isRecord } from '../../model/kinds.js';
export function selectPodSources(pods, podRes, workloads) {
    const byKey = new Map();
    for (const [res, items] of workloads)
        for (const item of items)
            byKey.set(key(res.kind, ns(item), name(item)), { item, res });
    const emit = [];
    const seenOwnerUids = new Set();
    const podOwner = new Map();
    const top = (kind, namespace, n) => {
        const found = byKey.get(key(kind, namespace, n));
        if (!found)
            return undefined;
        // A Job created by a CronJob that was read is represented by the CronJob.
        const parent = controllerOf(found.item);
        if (kind === 'Job' && parent?.kind === 'CronJob')
            return byKey.get(key('CronJob', namespace, parent.name)) ?? found;
        return found;
    };
    for (const [res, items] of workloads) {
        for (const item of items) {
            const parent = controllerOf(item);
            if (res.kind === 'Job' && parent?.kind === 'CronJob' && byKey.has(key('CronJob', ns(item), parent.name)))
                continue;
            emit.push({ item, res });
        }
    }
    for (const pod of pods) {
        const namespace = ns(pod);
        const ctl = controllerOf(pod);
        let owner;
        if (ctl) {
            if (ctl.kind === 'ReplicaSet') {
                const hash = labels(pod)['pod-template-hash'];
                const dep = hash && ctl.name.endsWith('-' + hash) ? ctl.name.slice(0, -hash.length - 1) : undefined;
                if (dep)
                    owner = top('Deployment', namespace, dep);
            }
            else {
                owner = top(ctl.kind, namespace, ctl.name);
            }
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
            if (seenOwnerUids.has(ctl.uid))
                continue;
            seenOwnerUids.add(ctl.uid);
        }
        emit.push({ item: pod, res: podRes });
    }
    return { emit, ownerOf: (namespace, podName) => podOwner.get(key('Pod', namespace, podName)) };
}
function controllerOf(item) {
    const meta = isRecord(item['metadata']) ? item['metadata'] : {};
    const refs = Array.isArray(meta['ownerReferences']) ? meta['ownerReferences'] : [];
    for (const r of refs) {
        if (isRecord(r) && r['controller'] === true && typeof r['kind'] === 'string' && typeof r['name'] === 'string') {
            return { kind: r['kind'], name: r['name'], uid: typeof r['uid'] === 'string' ? r['uid'] : `${r['kind']}/${r['name']}` };
        }
    }
    return undefined;
}
export function ns(item) {
    const meta = item['metadata'];
    return isRecord(meta) && typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
}
export function name(item) {
    const meta = item['metadata'];
    return isRecord(meta) && typeof meta['name'] === 'string' ? meta['name'] : '';
}
export function labels(item) {
    const meta = item['metadata'];
    const l = isRecord(meta) ? meta['labels'] : undefined;
    return isRecord(l) ? l : {};
}
function key(kind, namespace, n) {
    return `${kind}\u0000${namespace}\u0000${n}`;
}
