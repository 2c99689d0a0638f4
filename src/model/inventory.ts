// The inventory: every object that was loaded (files, cluster, VVP API), indexed by kind/namespace/name,
// plus the inputs that failed. Rules read it; they never do I/O. Sources only ever add to it.
import type { InputProblem, ManifestObject, SourceFile, ToolNotification } from './types.js';
import { classify, type ObjectClass } from './kinds.js';
import type { AzureState } from './azure-state.js';
import type { ClusterFacts } from './cluster-facts.js';

export class Inventory {
  readonly objects: ManifestObject[] = [];
  readonly notifications: ToolNotification[] = [];
  /** Files that failed to parse (wholly or in part), kept beside the objects. */
  readonly inputProblems: InputProblem[] = [];
  /** Every file read, by repository-relative path. */
  readonly files = new Map<string, SourceFile>();
  documentCount = 0;
  /**
   * Names of the Secrets the project's kustomizations generate (`secretGenerator`): they exist once built, under a
   * hashed name kustomize writes into the references, so a reference to one is never "not found".
   */
  readonly generatedSecretNames = new Set<string>();
  /** Config `helmReleaseNamespace`: the namespace of the VVP release, for all values files or by glob. */
  helmReleaseNamespace: string | Readonly<Record<string, string>> | undefined;
  /** Azure state from --azure-state or live ARM, when given. */
  azure: AzureState | undefined;
  /** Cluster-level facts from a live audit (CRDs, CSIDriver, provider pods, events), when read. */
  cluster: ClusterFacts | undefined;
  /**
   * Kinds whose complete list was read from a live cluster, per namespace ('*' = all namespaces).
   * A "not found" rule may only fire offline when the project holds objects of that kind, or live when the list was read.
   */
  readonly completeLiveKinds = new Map<string, Set<string>>();

  private readonly byClass = new Map<ObjectClass, ManifestObject[]>();
  /**
   * kind → name → namespace ('' = unknown) → objects, in load order. Nested maps rather than one map keyed by
   * "kind/namespace/name": those keys were concatenated strings, about 30 MB at 100,000 documents.
   */
  private readonly byKindName = new Map<string, Map<string, Map<string, ManifestObject[]>>>();
  /** class → namespace ('' = unset) → objects; built on first use, dropped when an object is added. */
  private byClassNamespace: Map<ObjectClass, Map<string, ManifestObject[]>> | undefined;

  add(object: ManifestObject): void {
    this.objects.push(object);
    const cls = object.knownClass !== undefined ? object.knownClass ?? undefined : classify(object);
    if (cls) {
      const list = this.byClass.get(cls);
      if (list) list.push(object);
      else this.byClass.set(cls, [object]);
    }
    if (object.kind && object.name && !object.partial) {
      let names = this.byKindName.get(object.kind);
      if (!names) this.byKindName.set(object.kind, (names = new Map()));
      let namespaces = names.get(object.name);
      if (!namespaces) names.set(object.name, (namespaces = new Map()));
      // Most names are unique: a one-element list, sized exactly ([] then push reserves room for 16 more).
      const list = namespaces.get(object.namespace ?? '');
      if (list) list.push(object);
      else namespaces.set(object.namespace ?? '', [object]);
    }
    this.byClassNamespace = undefined;
  }

  /** Objects of a class in one namespace ('' = objects whose namespace is unknown). */
  inNamespace(cls: ObjectClass, namespace: string): readonly ManifestObject[] {
    if (!this.byClassNamespace) this.byClassNamespace = new Map();
    let index = this.byClassNamespace.get(cls);
    if (!index) {
      index = new Map();
      for (const o of this.ofClass(cls)) {
        const ns = o.namespace ?? '';
        let list = index.get(ns);
        if (!list) index.set(ns, (list = []));
        list.push(o);
      }
      this.byClassNamespace.set(cls, index);
    }
    return index.get(namespace) ?? [];
  }

  /** All objects of a class, in load order. */
  ofClass(cls: ObjectClass): readonly ManifestObject[] {
    return this.byClass.get(cls) ?? [];
  }

  /**
   * Objects of this kind and name that a pod in `namespace` would see. An undefined namespace (pod namespace
   * unknown) matches every namespace; an object whose own namespace is unknown (no metadata.namespace and no
   * configured default) matches every pod namespace, since it may be applied with `kubectl -n`.
   */
  find(kind: string, namespace: string | undefined, name: string): ManifestObject[] {
    const namespaces = this.byKindName.get(kind)?.get(name);
    if (!namespaces) return [];
    // Those of the pod's namespace, then those whose namespace is unknown; any namespace: namespace by namespace.
    if (namespace !== undefined) return [...(namespaces.get(namespace) ?? []), ...(namespaces.get('') ?? [])];
    const out: ManifestObject[] = [];
    for (const list of namespaces.values()) for (const o of list) out.push(o);
    return out;
  }

  /** True when a live source read the complete list of `kind` in `namespace`. */
  liveListComplete(kind: string, namespace: string | undefined): boolean {
    const set = this.completeLiveKinds.get(kind);
    if (!set) return false;
    return set.has('*') || (namespace !== undefined && set.has(namespace));
  }
}
