import { classify } from './kinds.js';
export class Inventory {
    objects = [];
    notifications = [];
    /** Files that failed to parse (wholly or in part), kept beside the objects. */
    inputProblems = [];
    /** Every file read, by repository-relative path. */
    files = new Map();
    documentCount = 0;
    /** Config `helmReleaseNamespace`: the namespace of the VVP release, for all values files or by glob. */
    helmReleaseNamespace;
    /** Azure state from --azure-state or live ARM, when given. */
    azure;
    /** Cluster-level facts from a live audit (CRDs, CSIDriver, provider pods, events), when read. */
    cluster;
    /**
     * Kinds whose complete list was read from a live cluster, per namespace ('*' = all namespaces).
     * A "not found" rule may only fire offline when the project holds objects of that kind, or live when the list was read.
     */
    completeLiveKinds = new Map();
    byClass = new Map();
    byKey = new Map();
    add(object) {
        this.objects.push(object);
        const cls = classify(object);
        if (cls) {
            let list = this.byClass.get(cls);
            if (!list)
                this.byClass.set(cls, (list = []));
            list.push(object);
        }
        if (object.kind && object.name) {
            const key = lookupKey(object.kind, object.namespace, object.name);
            let list = this.byKey.get(key);
            if (!list)
                this.byKey.set(key, (list = []));
            list.push(object);
        }
    }
    /** All objects of a class, in load order. */
    ofClass(cls) {
        return this.byClass.get(cls) ?? [];
    }
    /**
     * Objects of this kind and name that a pod in `namespace` would see. An undefined namespace (pod namespace
     * unknown) matches every namespace; an object whose own namespace is unknown (no metadata.namespace and no
     * configured default) matches every pod namespace, since it may be applied with `kubectl -n`.
     */
    find(kind, namespace, name) {
        if (namespace !== undefined) {
            return [...(this.byKey.get(lookupKey(kind, namespace, name)) ?? []), ...(this.byKey.get(lookupKey(kind, undefined, name)) ?? [])];
        }
        const out = [];
        for (const [key, list] of this.byKey) {
            if (key.startsWith(kind + '\u0000') && key.endsWith('\u0000' + name))
                out.push(...list);
        }
        return out;
    }
    /** True when a live source read the complete list of `kind` in `namespace`. */
    liveListComplete(kind, namespace) {
        const set = this.completeLiveKinds.get(kind);
        if (!set)
            return false;
        return set.has('*') || (namespace !== undefined && set.has(namespace));
    }
}
function lookupKey(kind, namespace, name) {
    return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}
