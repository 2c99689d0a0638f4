// Kubernetes workloads (Pod, PodTemplate, CronJob and every `spec.template` workload) as pod sources.
import type { FieldPath, ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { at, containersOf, pathTo, stringMap, volumesOf } from './fields.js';
import type { PodSource } from './types.js';

const POD_SPEC_PATHS: Record<string, { spec: FieldPath; meta: FieldPath }> = {
  Pod: { spec: ['spec'], meta: ['metadata'] },
  PodTemplate: { spec: ['template', 'spec'], meta: ['template', 'metadata'] },
  CronJob: { spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], meta: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'] },
};
const TEMPLATE_PATHS = { spec: ['spec', 'template', 'spec'], meta: ['spec', 'template', 'metadata'] };

export function kubeWorkload(o: ManifestObject): PodSource | undefined {
  const paths = POD_SPEC_PATHS[o.kind ?? ''] ?? TEMPLATE_PATHS;
  const spec = at(o.body, paths.spec);
  if (!isRecord(spec)) return undefined;
  const meta = at(o.body, paths.meta);
  const sa = spec['serviceAccountName'] ?? spec['serviceAccount'];
  return {
    object: o,
    kind: 'kube',
    description: `${o.kind} ${o.name ?? ''}`.trim(),
    podPath: o.kind === 'Pod' ? ['metadata'] : paths.meta,
    labelsPath: pathTo(paths.meta, 'labels'),
    labels: stringMap(isRecord(meta) ? meta['labels'] : undefined),
    volumes: volumesOf(spec['volumes'], pathTo(paths.spec, 'volumes')),
    containers: containersOf(spec['containers'], pathTo(paths.spec, 'containers')).concat(containersOf(spec['initContainers'], pathTo(paths.spec, 'initContainers'))),
    serviceAccountName: typeof sa === 'string' ? sa : undefined,
    serviceAccountPath: typeof spec['serviceAccountName'] === 'string' ? pathTo(paths.spec, 'serviceAccountName') : typeof spec['serviceAccount'] === 'string' ? pathTo(paths.spec, 'serviceAccount') : undefined,
    namespace: o.namespace,
    // A StatefulSet's volumeClaimTemplates define volumes of that name in every pod.
    implicitVolumes: claimTemplateNames(o.body),
  };
}

function claimTemplateNames(body: Record<string, unknown>): string[] | undefined {
  const spec = body['spec'];
  const list = isRecord(spec) && Array.isArray(spec['volumeClaimTemplates']) ? spec['volumeClaimTemplates'] : [];
  const names = list.map((t) => (isRecord(t) && isRecord(t['metadata']) ? t['metadata']['name'] : undefined)).filter((n): n is string => typeof n === 'string');
  return names.length ? names : undefined;
}
