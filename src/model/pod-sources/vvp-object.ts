// VVP Deployment, SessionCluster and DeploymentDefaults pod templates (jobManager/taskManagerPodTemplate) and the
// older `kubernetes.pods` form as pod sources.
import type { FieldPath, ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { at, containersOf, exactSize, pathTo, stringMap, volumesOf } from './fields.js';
import type { PodMount, PodSource, PodSourceKind, PodVolume, VvpVolumeEntry } from './types.js';
import { resolveTarget, type VvpIndex } from './vvp-index.js';

/** Volumes VVP mounts into Flink containers itself; pod-template mounts may name them without defining them. */
const VVP_SYSTEM_VOLUMES = ['flink-logs', 'flink-tmp-dir', 'flink-config-volume', 'hadoop-config-volume', 'pod-template', 'user-artifacts'];

export function vvpObject(index: VvpIndex, o: ManifestObject, base: FieldPath, label: string, kind: PodSourceKind = 'vvp-template'): PodSource[] {
  const k = at(o.body, base);
  if (!isRecord(k)) return [];
  const target = kind === 'vvp-defaults' ? undefined : resolveTarget(index, o);
  const common = {
    object: o,
    namespace: target?.namespace,
    namespaceFrom: target ? { object: target.object, path: ['spec', 'kubernetes', 'namespace'] } : undefined,
    nonPodLabels: isRecord(k['labels']) ? { labels: stringMap(k['labels']), path: pathTo(base, 'labels') } : undefined,
    implicitVolumes: VVP_SYSTEM_VOLUMES,
  };
  const name = o.name ? ` ${o.name}` : '';
  const out: PodSource[] = [];
  for (const [field, role] of [
    ['jobManagerPodTemplate', 'jobmanager'],
    ['taskManagerPodTemplate', 'taskmanager'],
  ] as const) {
    const tpl = k[field];
    if (!isRecord(tpl)) continue;
    const tbase = pathTo(base, field);
    const spec = isRecord(tpl['spec']) ? tpl['spec'] : {};
    const meta = isRecord(tpl['metadata']) ? tpl['metadata'] : {};
    const sa = spec['serviceAccountName'];
    // The common fields written out, not spread: a literal that starts with a spread keeps the fields after it out
    // of the object, in a property array of its own (about 100 bytes a pod source, to the end of the rules).
    out.push({
      object: common.object,
      namespace: common.namespace,
      namespaceFrom: common.namespaceFrom,
      nonPodLabels: common.nonPodLabels,
      implicitVolumes: common.implicitVolumes,
      kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-template',
      description: `${label}${name} ${field}`,
      podPath: tbase,
      labelsPath: pathTo(tbase, 'metadata', 'labels'),
      labels: stringMap(meta['labels']),
      volumes: volumesOf(spec['volumes'], pathTo(tbase, 'spec', 'volumes')),
      containers: containersOf(spec['containers'], pathTo(tbase, 'spec', 'containers')).concat(containersOf(spec['initContainers'], pathTo(tbase, 'spec', 'initContainers'))),
      serviceAccountName: typeof sa === 'string' ? sa : undefined,
      serviceAccountPath: typeof sa === 'string' ? pathTo(tbase, 'spec', 'serviceAccountName') : undefined,
      flinkRole: role,
    });
  }
  const pods = k['pods'];
  if (isRecord(pods)) {
    const pbase = pathTo(base, 'pods');
    const volumes: PodVolume[] = [];
    const mounts: PodMount[] = [];
    const list = Array.isArray(pods['volumeMounts']) ? pods['volumeMounts'] : [];
    const entries: VvpVolumeEntry[] = [];
    list.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const ebase = pathTo(pbase, 'volumeMounts', i);
      let volume: PodVolume | undefined;
      let mount: PodMount | undefined;
      if (isRecord(entry['volume'])) {
        volume = volumesOf([entry['volume']], pathTo(ebase, 'volume')).map((v) => ({ ...v, path: pathTo(ebase, 'volume') }))[0];
        if (volume) volumes.push(volume);
      }
      const vm = entry['volumeMount'];
      if (isRecord(vm)) {
        mount = { name: typeof vm['name'] === 'string' ? vm['name'] : undefined, readOnly: vm['readOnly'] === true, readOnlySet: Object.hasOwn(vm, 'readOnly'), mountPath: typeof vm['mountPath'] === 'string' ? vm['mountPath'] : undefined, path: pathTo(ebase, 'volumeMount') };
        mounts.push(mount);
      }
      const v = entry['volume'];
      entries.push({ path: ebase, name: entry['name'], volumeName: isRecord(v) ? v['name'] : undefined, mountName: isRecord(vm) ? vm['name'] : undefined, volume, mount });
    });
    out.push({
      ...common,
      kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-pods',
      description: `${label}${name} kubernetes.pods`,
      podPath: pbase,
      labelsPath: pathTo(pbase, 'labels'),
      labels: stringMap(pods['labels']),
      volumes: exactSize(volumes),
      containers: [{ name: 'flink', path: pathTo(pbase, 'volumeMounts'), hasImage: true, mounts: exactSize(mounts) }],
      volumeEntries: exactSize(entries),
      serviceAccountName: undefined,
      serviceAccountPath: undefined,
      flinkRole: 'both',
    });
  }
  return out;
}
