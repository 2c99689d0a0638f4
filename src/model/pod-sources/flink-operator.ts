// Apache Flink Kubernetes Operator `FlinkDeployment` (and `FlinkBlueGreenDeployment`, whose spec.template.spec is
// a FlinkDeployment spec) pod templates as pod sources: the JobManager pod is spec.podTemplate merged with
// spec.jobManager.podTemplate, the TaskManager pod spec.podTemplate merged with spec.taskManager.podTemplate, the
// way the operator merges them (./flink-merge.ts cites the code).
// Every volume, container and mount keeps the path it is written at, so findings point into the FlinkDeployment's
// own lines. The pods run in the resource's namespace. A FlinkSessionJob has no pod template: it runs in the pods
// of its session FlinkDeployment, which are checked there.
import type { FieldPath, ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { at, exactSize, stringMap, volumesOf } from './fields.js';
import { confString, flattenConf, FLINK_SYSTEM_VOLUMES, MERGE_BY_NAME_KEY, type ConfValue } from './flink-config.js';
import { mergeList, mergeValue, writtenList, type Merged, type MergeOptions, type PositionalRename } from './flink-merge.js';
import type { PodContainer, PodMount, PodSource, PodVolume } from './types.js';

const ROLE_TEMPLATES = [
  ['jobmanager', 'jobManager'],
  ['taskmanager', 'taskManager'],
] as const;

/**
 * Where a resource's FlinkDeploymentSpec is: `spec` of a FlinkDeployment, `spec.template.spec` of a
 * FlinkBlueGreenDeployment (whose blue and green FlinkDeployments are made from it).
 */
export function flinkSpecPath(o: ManifestObject): FieldPath {
  return o.kind === 'FlinkBlueGreenDeployment' ? ['spec', 'template', 'spec'] : ['spec'];
}

export function flinkDeployment(o: ManifestObject): PodSource[] {
  const base = flinkSpecPath(o);
  const spec = at(o.body, base);
  if (!isRecord(spec)) return [];
  const COMMON = base.concat(['podTemplate']);
  const common = isRecord(spec['podTemplate']) ? spec['podTemplate'] : undefined;
  const conf = flattenConf(spec['flinkConfiguration'], base.concat(['flinkConfiguration']));
  const byName = confString(conf, MERGE_BY_NAME_KEY)?.toLowerCase() === 'true';
  const roles = ROLE_TEMPLATES.map(([role, field]) => {
    const holder = spec[field];
    const tpl = isRecord(holder) && isRecord(holder['podTemplate']) ? holder['podTemplate'] : undefined;
    return { role, path: base.concat([field, 'podTemplate']), tpl };
  });
  if (!common && roles.every((r) => !r.tpl)) return [];
  const name = `${o.kind ?? 'FlinkDeployment'}${o.name ? ` ${o.name}` : ''}`;
  // Without role templates (and role service accounts) both pods are the common template alone: one source.
  const roleAccounts = conf.has('kubernetes.jobmanager.service-account') || conf.has('kubernetes.taskmanager.service-account');
  if (roles.every((r) => !r.tpl) && !roleAccounts) return [podOf(o, name, 'both', [{ tpl: common!, path: COMMON }], byName, conf, spec, base)];
  // A role with no template at all (no common one either) has nothing written to check.
  const sources = roles
    .map((r) => ({ role: r.role, layers: [...(common ? [{ tpl: common, path: COMMON }] : []), ...(r.tpl ? [{ tpl: r.tpl, path: r.path }] : [])] }))
    .filter((r) => r.layers.length > 0)
    .map((r) => podOf(o, name, r.role, r.layers, byName, conf, spec, base));
  if (sources.length < 2) return sources;
  // A volume of the common template that only one role mounts is shared on purpose, not unmounted.
  const mountedBy = sources.map((s) => new Set(s.containers.flatMap((c) => c.mounts.map((m) => m.name))));
  return sources.map((s, i) => {
    const shared = s.volumes.filter((v) => v.path[base.length] === 'podTemplate' && v.name !== undefined && mountedBy[1 - i]!.has(v.name)).map((v) => v.name!);
    return shared.length ? { ...s, mountedInSiblingPods: shared } : s;
  });
}

interface Layer {
  readonly tpl: Record<string, unknown>;
  readonly path: FieldPath;
}

function podOf(o: ManifestObject, name: string, role: 'jobmanager' | 'taskmanager' | 'both', layers: readonly Layer[], byName: boolean, conf: ReadonlyMap<string, ConfValue>, spec: Record<string, unknown>, base: FieldPath): PodSource {
  const renames: PositionalRename[] = [];
  const opts: MergeOptions = { byName, renames };
  const specOf = (l: Layer): Record<string, unknown> => (isRecord(l.tpl['spec']) ? l.tpl['spec'] : {});
  const listOf = (key: string, entryKey: string): Merged[] =>
    layers.reduce<Merged[]>((acc, l, i) => (i === 0 ? writtenList(specOf(l)[key], l.path.concat(['spec', key])) : mergeList(key, acc, writtenList(specOf(l)[key], l.path.concat(['spec', key])), opts, entryKey)), []);
  const volumes = listOf('volumes', 'csi');
  const containers = listOf('containers', 'name');
  const initContainers = listOf('initContainers', 'name');
  const labels = layers.reduce<unknown>((acc, l) => mergeValue(acc, isRecord(l.tpl['metadata']) ? l.tpl['metadata']['labels'] : undefined, byName), undefined);
  // Label fixes go where both pods get them: the common template when there is one.
  const labelsAt = layers[0]!.path;
  const sa = serviceAccount(spec, base, role, conf);
  return {
    object: o,
    kind: 'flink-template',
    // One description for both pods: a finding on the common template then reads the same from either pod and
    // the engine reports it once.
    description: name,
    podPath: layers[0]!.path,
    labelsPath: labelsAt.concat(['metadata', 'labels']),
    labels: stringMap(labels),
    volumes: exactSize(volumes.map(volumeOf)),
    containers: exactSize([...containers.map((c) => containerOf(c, opts)), ...initContainers.map((c) => containerOf(c, opts))]),
    serviceAccountName: sa?.name,
    serviceAccountPath: sa?.path,
    namespace: o.namespace,
    flinkRole: role,
    implicitVolumes: FLINK_SYSTEM_VOLUMES,
    ...(renames.length ? { positionalRenames: renames } : {}),
  };
}

function volumeOf(m: Merged): PodVolume {
  return { ...volumesOf([m.body], [])[0]!, path: m.path };
}

function containerOf(c: Merged, opts: MergeOptions): PodContainer {
  // The container's mounts merge like any list: each written mount keeps its own path.
  const mounts = c.parts.reduce<Merged[]>((acc, part, i) => {
    const list = writtenList(part.body['volumeMounts'], part.path.concat(['volumeMounts']));
    return i === 0 ? list : mergeList('volumeMounts', acc, list, opts, 'readOnly');
  }, []);
  const body = c.body;
  return {
    name: typeof body['name'] === 'string' ? body['name'] : undefined,
    path: c.path,
    hasImage: typeof body['image'] === 'string' && body['image'] !== '',
    mounts: exactSize(mounts.map((m): PodMount => ({ name: typeof m.body['name'] === 'string' ? m.body['name'] : undefined, readOnly: m.body['readOnly'] === true, readOnlySet: Object.hasOwn(m.body, 'readOnly'), mountPath: typeof m.body['mountPath'] === 'string' ? m.body['mountPath'] : undefined, path: m.path }))),
  };
}

/**
 * The operator puts spec.serviceAccount into `kubernetes.service-account` (FlinkConfigBuilder.applyServiceAccount,
 * lines 342-346); Flink's role options `kubernetes.jobmanager|taskmanager.service-account` fall back to it, and it
 * overrides any serviceAccountName in the pod templates (Flink's "fields overwritten by Flink"). Unset: `default`.
 */
function serviceAccount(spec: Record<string, unknown>, base: FieldPath, role: 'jobmanager' | 'taskmanager' | 'both', conf: ReadonlyMap<string, ConfValue>): { name: string; path: FieldPath } | undefined {
  if (role !== 'both') {
    const key = `kubernetes.${role}.service-account`;
    const v = confString(conf, key);
    if (v) return { name: v, path: conf.get(key)!.path };
  }
  if (typeof spec['serviceAccount'] === 'string' && spec['serviceAccount'] !== '') return { name: spec['serviceAccount'], path: base.concat(['serviceAccount']) };
  const v = confString(conf, 'kubernetes.service-account');
  return v ? { name: v, path: conf.get('kubernetes.service-account')!.path } : undefined;
}
