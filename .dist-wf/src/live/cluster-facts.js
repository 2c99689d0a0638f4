import { liveObject } from './live-object.js';
/** The object cluster-wide findings point at: logical location `<context>/_cluster/Cluster/<context>`. */
export function clusterAnchor(facts) {
    return liveObject({ apiVersion: 'v1', kind: 'Cluster', metadata: { name: facts.context }, server: facts.server }, { live: 'cluster', scope: facts.context, resource: 'cluster' });
}
/** The object a FailedMount finding points at: the owning workload when known, else the pod. */
export function failedMountObject(facts, f) {
    const o = f.owner;
    const body = o
        ? { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: f.namespace } }
        : { apiVersion: 'v1', kind: 'Pod', metadata: { name: f.pod, namespace: f.namespace } };
    return liveObject(body, { live: 'cluster', scope: facts.context, resource: o ? o.resource : 'pod' });
}
