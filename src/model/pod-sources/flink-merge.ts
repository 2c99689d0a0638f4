// The Apache Flink Kubernetes Operator's pod-template merge, re-done on written entries so every merged volume,
// container and mount keeps the field path it was written at (findings and fixes point there).
//
// The operator (apache/flink-kubernetes-operator @ 6e9caeb48118934f4311534725196c52159eaa21) merges
// `spec.podTemplate` into `spec.jobManager.podTemplate` and into `spec.taskManager.podTemplate`:
//   - FlinkConfigBuilder.applyPodTemplate (flink-kubernetes-operator/src/main/java/org/apache/flink/kubernetes/
//     operator/config/FlinkConfigBuilder.java lines 282-340): jm = mergePodTemplates(podTemplate,
//     jobManager.podTemplate, mergeByName), tm likewise; without jobManager/taskManager the common template alone.
//   - FlinkUtils.mergePodTemplates / mergeInto / mergeArray (flink-kubernetes-operator/src/main/java/org/apache/
//     flink/kubernetes/operator/utils/FlinkUtils.java lines 74-156): objects are merged key by key (the role
//     template's scalars win); two arrays at the same key are merged BY POSITION (element i with element i, deep;
//     extra elements of the role template are appended) unless `kubernetes.operator.pod-template.merge-arrays-by-name`
//     is true (KubernetesOperatorConfigOptions.java line 651, default false) AND every element of both arrays has a
//     `name`: then elements with the same name are merged, the others kept, common ones first (a union by name).
// So by default `volumes: [kv]` in podTemplate and `volumes: [cache]` in taskManager.podTemplate become ONE volume
// named `cache` carrying both volume sources; the merge records such positional renames for
// flink-template-merge-position.
import type { FieldPath } from '../types.js';
import { isRecord } from '../kinds.js';

/** One list entry as written: its value and where it is. */
export interface Written {
  readonly body: Record<string, unknown>;
  readonly path: FieldPath;
}

/** A merged entry: the merged value, the path findings use, and every written entry it came from. */
export interface Merged extends Written {
  readonly parts: readonly Written[];
}

/** Two entries with different names merged because they sat at the same position. */
export interface PositionalRename {
  /** The list key (`volumes`, `containers`, `initContainers`, `volumeMounts`). */
  readonly list: string;
  readonly common: Written;
  readonly role: Written;
}

export interface MergeOptions {
  readonly byName: boolean;
  /** Collects positional renames; the merge itself does not judge them. */
  readonly renames: PositionalRename[];
}

/** The written entries of a list (non-object entries are skipped: the API server rejects them anyway). */
export function writtenList(list: unknown, base: FieldPath): Merged[] {
  if (!Array.isArray(list)) return [];
  const out: Merged[] = [];
  list.forEach((v, i) => {
    if (isRecord(v)) {
      const w = { body: v, path: base.concat([i]) };
      out.push({ ...w, parts: [w] });
    }
  });
  return out;
}

/**
 * mergeArray of FlinkUtils.java (lines 110-139) on written entries. `key` decides which written entry a merged one
 * points at: the role template's when it writes that key (its value wins), else the common one's.
 */
export function mergeList(list: string, common: readonly Merged[], role: readonly Merged[], opts: MergeOptions, key: string): Merged[] {
  if (role.length === 0) return [...common];
  if (common.length === 0) return [...role];
  const named = (l: readonly Merged[]): boolean => l.every((e) => 'name' in e.body);
  if (opts.byName && named(common) && named(role)) {
    // groupByName is a LinkedHashMap: common order, a later duplicate name replaces an earlier one in place.
    const byName = new Map<string, Merged>();
    for (const e of common) byName.set(String(e.body['name']), e);
    for (const e of role) {
      const name = String(e.body['name']);
      const to = byName.get(name);
      byName.set(name, to ? mergeEntry(to, e, opts, key) : e);
    }
    return [...byName.values()];
  }
  const out = [...common];
  role.forEach((e, i) => {
    const to = out[i];
    if (!to) {
      out.push(e);
      return;
    }
    const a = to.body['name'];
    const b = e.body['name'];
    if (typeof a === 'string' && typeof b === 'string' && a !== b) opts.renames.push({ list, common: to, role: e });
    out[i] = mergeEntry(to, e, opts, key);
  });
  return out;
}

function mergeEntry(to: Merged, from: Merged, opts: MergeOptions, key: string): Merged {
  // Entries fused although named differently point at the role template's entry, whose name the pod gets.
  const renamed = from.body['name'] !== undefined && from.body['name'] !== to.body['name'];
  const path = renamed || key in from.body || !(key in to.body) ? from.path : to.path;
  return { body: mergeValue(to.body, from.body, opts.byName) as Record<string, unknown>, path, parts: [...to.parts, ...from.parts] };
}

/** mergeInto of FlinkUtils.java (lines 91-108) as a pure function on plain JSON values. */
export function mergeValue(to: unknown, from: unknown, byName: boolean): unknown {
  // An object is only ever merged into (a scalar at its place in the role template leaves it as it is); anything
  // else is replaced.
  if (!isRecord(to)) return from;
  if (!isRecord(from)) return to;
  const out: Record<string, unknown> = { ...to };
  for (const [k, fv] of Object.entries(from)) {
    // The operator reads templates into fabric8 models and back, which leaves null fields out: `key:` is absent.
    if (fv === null || fv === undefined) continue;
    const tv = to[k];
    if (Array.isArray(tv) && Array.isArray(fv)) out[k] = mergeArrayValue(tv, fv, byName);
    else if (isRecord(tv)) out[k] = mergeValue(tv, fv, byName);
    else out[k] = fv;
  }
  return out;
}

function mergeArrayValue(to: readonly unknown[], from: readonly unknown[], byName: boolean): unknown[] {
  const named = (l: readonly unknown[]): boolean => l.every((e) => isRecord(e) && 'name' in e);
  if (byName && named(to) && named(from)) {
    const m = new Map<string, unknown>();
    for (const e of to) m.set(String((e as Record<string, unknown>)['name']), e);
    for (const e of from) {
      const n = String((e as Record<string, unknown>)['name']);
      const t = m.get(n);
      m.set(n, t === undefined ? e : mergeValue(t, e, byName));
    }
    return [...m.values()];
  }
  const out = [...to];
  from.forEach((e, i) => {
    // Positional: only object elements are merged into; a scalar element of the common list stays as it is.
    if (i >= out.length) out.push(e);
    else if (isRecord(out[i])) out[i] = mergeValue(out[i], e, byName);
  });
  return out;
}
