// Every place a pod spec can come from, normalised into one view so each CSI/identity rule is written once:
// Kubernetes workloads, VVP Deployment/SessionCluster pod templates and the older `pods` form, VVP Helm values
// (the platform's own pod) and `vvp.globalDeploymentDefaults` (a YAML string, parsed with positions).
import picomatch from 'picomatch';
import { isScalar, type Node } from 'yaml';
import type { Inventory } from './inventory.js';
import type { FieldPath, ManifestObject } from './types.js';
import { CSI_DRIVER_NAME, isRecord } from './kinds.js';
import { EmbeddedYaml } from '../load/embedded.js';
import { yamlNodeAt } from './spc.js';
import { knownString } from './placeholder.js';

export type PodSourceKind = 'kube' | 'vvp-template' | 'vvp-pods' | 'helm-values' | 'vvp-defaults';

export interface PodVolume {
  readonly name: string | undefined;
  readonly path: FieldPath;
  readonly body: Record<string, unknown>;
  /** The `csi` block, when the volume is a CSI volume. */
  readonly csi: Record<string, unknown> | undefined;
  /** volumeAttributes.secretProviderClass, when set to a string. */
  readonly spcName: string | undefined;
  /** A volume of the secrets-store driver, or one naming an SPC (whatever its driver). */
  readonly isSecretsVolume: boolean;
}

export interface PodMount {
  readonly name: string | undefined;
  readonly readOnly: boolean;
  readonly path: FieldPath;
}

export interface PodContainer {
  readonly name: string | undefined;
  readonly path: FieldPath;
  readonly hasImage: boolean;
  readonly mounts: readonly PodMount[];
}

export interface PodSource {
  readonly object: ManifestObject;
  readonly kind: PodSourceKind;
  /** Human description for messages, e.g. `VVP Deployment top-speed jobManagerPodTemplate`. */
  readonly description: string;
  /** The pod template (or `pods`) node: where "the pod template" findings point. */
  readonly podPath: FieldPath;
  /** Where pod labels live (or would be added). */
  readonly labelsPath: FieldPath;
  readonly labels: Readonly<Record<string, string>>;
  readonly volumes: readonly PodVolume[];
  readonly containers: readonly PodContainer[];
  readonly serviceAccountName: string | undefined;
  readonly serviceAccountPath: FieldPath | undefined;
  /** Kubernetes namespace of the pods; undefined when unknown (then same-namespace lookups match any). */
  readonly namespace: string | undefined;
  /** The object that decided the namespace (a DeploymentTarget), for related locations. */
  readonly namespaceFrom?: { readonly object: ManifestObject; readonly path: FieldPath };
  /** VVP: which Flink pod the template patches. */
  readonly flinkRole?: 'jobmanager' | 'taskmanager' | 'both';
  /** Labels a VVP object sets under kubernetes.labels: they do not reach pods. */
  readonly nonPodLabels?: { readonly labels: Readonly<Record<string, string>>; readonly path: FieldPath };
  /** Volumes VVP adds itself (flink-logs...), which pod-template mounts may refer to. */
  readonly implicitVolumes?: readonly string[];
}

const cache = new WeakMap<Inventory, PodSource[]>();

export function podSources(inventory: Inventory): readonly PodSource[] {
  let list = cache.get(inventory);
  if (!list) cache.set(inventory, (list = collect(inventory)));
  return list;
}

/** Volumes VVP mounts into Flink containers itself; pod-template mounts may name them without defining them. */
const VVP_SYSTEM_VOLUMES = ['flink-logs', 'flink-tmp-dir', 'flink-config-volume', 'hadoop-config-volume', 'pod-template', 'user-artifacts'];

function collect(inv: Inventory): PodSource[] {
  const out: PodSource[] = [];
  for (const o of inv.ofClass('KubeWorkload')) {
    const s = kubeWorkload(o);
    if (s) out.push(s);
  }
  for (const o of inv.ofClass('VvpDeployment')) out.push(...vvpObject(inv, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP Deployment'));
  for (const o of inv.ofClass('VvpSessionCluster')) out.push(...vvpObject(inv, o, ['spec', 'kubernetes'], 'VVP SessionCluster'));
  for (const o of inv.ofClass('VvpDeploymentDefaults')) out.push(...vvpObject(inv, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP DeploymentDefaults', 'vvp-defaults'));
  for (const o of inv.ofClass('HelmValues')) {
    out.push(helmValues(inv, o));
    const defaults = globalDeploymentDefaults(o);
    if (defaults) out.push(...vvpObject(inv, defaults, ['spec', 'template', 'spec', 'kubernetes'], 'vvp.globalDeploymentDefaults', 'vvp-defaults'));
  }
  return out;
}

const POD_SPEC_PATHS: Record<string, { spec: FieldPath; meta: FieldPath }> = {
  Pod: { spec: ['spec'], meta: ['metadata'] },
  PodTemplate: { spec: ['template', 'spec'], meta: ['template', 'metadata'] },
  CronJob: { spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], meta: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'] },
};
const TEMPLATE_PATHS = { spec: ['spec', 'template', 'spec'], meta: ['spec', 'template', 'metadata'] };

function kubeWorkload(o: ManifestObject): PodSource | undefined {
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
    labelsPath: [...paths.meta, 'labels'],
    labels: stringMap(isRecord(meta) ? meta['labels'] : undefined),
    volumes: volumesOf(spec['volumes'], [...paths.spec, 'volumes']),
    containers: [
      ...containersOf(spec['containers'], [...paths.spec, 'containers']),
      ...containersOf(spec['initContainers'], [...paths.spec, 'initContainers']),
    ],
    serviceAccountName: typeof sa === 'string' ? sa : undefined,
    serviceAccountPath: typeof spec['serviceAccountName'] === 'string' ? [...paths.spec, 'serviceAccountName'] : typeof spec['serviceAccount'] === 'string' ? [...paths.spec, 'serviceAccount'] : undefined,
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

function vvpObject(inv: Inventory, o: ManifestObject, base: FieldPath, label: string, kind: PodSourceKind = 'vvp-template'): PodSource[] {
  const k = at(o.body, base);
  if (!isRecord(k)) return [];
  const target = kind === 'vvp-defaults' ? undefined : resolveTarget(inv, o);
  const common = {
    object: o,
    namespace: target?.namespace,
    namespaceFrom: target ? { object: target.object, path: ['spec', 'kubernetes', 'namespace'] } : undefined,
    nonPodLabels: isRecord(k['labels']) ? { labels: stringMap(k['labels']), path: [...base, 'labels'] } : undefined,
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
    const tbase = [...base, field];
    const spec = isRecord(tpl['spec']) ? tpl['spec'] : {};
    const meta = isRecord(tpl['metadata']) ? tpl['metadata'] : {};
    const sa = spec['serviceAccountName'];
    out.push({
      ...common,
      kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-template',
      description: `${label}${name} ${field}`,
      podPath: tbase,
      labelsPath: [...tbase, 'metadata', 'labels'],
      labels: stringMap(meta['labels']),
      volumes: volumesOf(spec['volumes'], [...tbase, 'spec', 'volumes']),
      containers: containersOf(spec['containers'], [...tbase, 'spec', 'containers']).concat(containersOf(spec['initContainers'], [...tbase, 'spec', 'initContainers'])),
      serviceAccountName: typeof sa === 'string' ? sa : undefined,
      serviceAccountPath: typeof sa === 'string' ? [...tbase, 'spec', 'serviceAccountName'] : undefined,
      flinkRole: role,
    });
  }
  const pods = k['pods'];
  if (isRecord(pods)) {
    const pbase = [...base, 'pods'];
    const volumes: PodVolume[] = [];
    const mounts: PodMount[] = [];
    const list = Array.isArray(pods['volumeMounts']) ? pods['volumeMounts'] : [];
    list.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const ebase = [...pbase, 'volumeMounts', i];
      if (isRecord(entry['volume'])) volumes.push(...volumesOf([entry['volume']], [...ebase, 'volume']).map((v) => ({ ...v, path: [...ebase, 'volume'] })));
      if (isRecord(entry['volumeMount'])) {
        const vm = entry['volumeMount'];
        mounts.push({ name: typeof vm['name'] === 'string' ? vm['name'] : undefined, readOnly: vm['readOnly'] === true, path: [...ebase, 'volumeMount'] });
      }
    });
    out.push({
      ...common,
      kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-pods',
      description: `${label}${name} kubernetes.pods`,
      podPath: pbase,
      labelsPath: [...pbase, 'labels'],
      labels: stringMap(pods['labels']),
      volumes,
      containers: [{ name: 'flink', path: [...pbase, 'volumeMounts'], hasImage: true, mounts }],
      serviceAccountName: undefined,
      serviceAccountPath: undefined,
      flinkRole: 'both',
    });
  }
  return out;
}

/** The DeploymentTarget of a VVP Deployment or SessionCluster (directly, or through its SessionCluster). */
export function resolveTarget(inv: Inventory, o: ManifestObject): { object: ManifestObject; namespace: string | undefined } | undefined {
  const spec = isRecord(o.body['spec']) ? o.body['spec'] : {};
  const byName = typeof spec['deploymentTargetName'] === 'string' ? spec['deploymentTargetName'] : undefined;
  const byId = typeof spec['deploymentTargetId'] === 'string' ? spec['deploymentTargetId'] : undefined;
  const index = vvpIndex(inv);
  if (!byName && !byId && typeof spec['sessionClusterName'] === 'string') {
    const session = (index.sessionsByName.get(spec['sessionClusterName']) ?? []).find((s) => sameVvpNamespace(s, o));
    if (session) return resolveTarget(inv, session);
  }
  // The first target in load order that matches by name (same VVP namespace) or by id, as before the index.
  const candidates = [...(byName !== undefined ? (index.targetsByName.get(byName) ?? []).filter((t) => sameVvpNamespace(t, o)) : []), ...(byId !== undefined ? (index.targetsById.get(byId) ?? []) : [])];
  const found = candidates.sort((a, b) => index.order.get(a)! - index.order.get(b)!)[0];
  if (!found) return undefined;
  const ns = at(found.body, ['spec', 'kubernetes', 'namespace']);
  return { object: found, namespace: knownString(ns) };
}

interface VvpIndex {
  readonly targetsByName: Map<string, ManifestObject[]>;
  readonly targetsById: Map<string, ManifestObject[]>;
  readonly sessionsByName: Map<string, ManifestObject[]>;
  readonly order: Map<ManifestObject, number>;
}

const vvpIndexes = new WeakMap<Inventory, { size: number; index: VvpIndex }>();

/** DeploymentTargets by name and id, SessionClusters by name: every VVP deployment resolves its target. */
function vvpIndex(inv: Inventory): VvpIndex {
  const cached = vvpIndexes.get(inv);
  if (cached && cached.size === inv.objects.length) return cached.index;
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
  vvpIndexes.set(inv, { size: inv.objects.length, index });
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

function helmValues(inv: Inventory, o: ManifestObject): PodSource {
  const mounts: PodMount[] = [];
  const vm = o.body['volumeMounts'];
  if (Array.isArray(vm)) {
    vm.forEach((m, i) => {
      if (isRecord(m)) mounts.push({ name: typeof m['name'] === 'string' ? m['name'] : undefined, readOnly: m['readOnly'] === true, path: ['volumeMounts', i] });
    });
  }
  return {
    object: o,
    kind: 'helm-values',
    description: 'Ververica Platform Helm values',
    // No pod template here: pod-level findings point at the platform pod's `volumes`.
    podPath: o.body['volumes'] !== undefined ? ['volumes'] : [],
    labelsPath: ['extraLabels'],
    labels: stringMap(o.body['extraLabels']),
    volumes: volumesOf(o.body['volumes'], ['volumes']),
    containers: [{ name: 'ververica-platform', path: ['volumeMounts'], hasImage: true, mounts }],
    serviceAccountName: undefined,
    serviceAccountPath: undefined,
    namespace: releaseNamespace(inv, o),
  };
}

function releaseNamespace(inv: Inventory, o: ManifestObject): string | undefined {
  const cfg = inv.helmReleaseNamespace;
  if (typeof cfg === 'string') return cfg;
  if (!cfg || o.source.kind !== 'file') return undefined;
  const rel = o.source.file.relPath;
  for (const [glob, ns] of Object.entries(cfg)) if (picomatch.isMatch(rel, glob, { dot: true })) return ns;
  return undefined;
}

/** `vvp.globalDeploymentDefaults` is a YAML string: parse it with positions mapped into the values file. */
function globalDeploymentDefaults(values: ManifestObject): ManifestObject | undefined {
  const vvp = values.body['vvp'];
  if (!isRecord(vvp) || typeof vvp['globalDeploymentDefaults'] !== 'string') return undefined;
  const node = yamlNodeAt(values, ['vvp', 'globalDeploymentDefaults']) as Node | undefined;
  if (values.source.kind !== 'file' || !node || !isScalar(node)) return undefined;
  const embedded = EmbeddedYaml.inFile(values.source.file, node);
  if (!isRecord(embedded.value)) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'DeploymentDefaults',
    name: 'globalDeploymentDefaults',
    namespace: undefined,
    body: embedded.value,
    locator: embedded.locator(),
    source: values.source,
    // No yamlNode: its offsets are in the embedded text, so node-based edits (fixes) must not use it.
  };
}

function volumesOf(list: unknown, base: FieldPath): PodVolume[] {
  if (!Array.isArray(list)) return [];
  const out: PodVolume[] = [];
  list.forEach((v, i) => {
    if (!isRecord(v)) return;
    const csi = isRecord(v['csi']) ? v['csi'] : undefined;
    const attrs = csi && isRecord(csi['volumeAttributes']) ? csi['volumeAttributes'] : undefined;
    const spcName = attrs && typeof attrs['secretProviderClass'] === 'string' ? attrs['secretProviderClass'] : undefined;
    const driver = csi?.['driver'];
    out.push({
      name: typeof v['name'] === 'string' ? v['name'] : undefined,
      path: [...base, i],
      body: v,
      csi,
      spcName,
      isSecretsVolume: !!csi && (driver === CSI_DRIVER_NAME || (attrs !== undefined && 'secretProviderClass' in attrs) || (typeof driver === 'string' && /secrets-store/.test(driver))),
    });
  });
  return out;
}

function containersOf(list: unknown, base: FieldPath): PodContainer[] {
  if (!Array.isArray(list)) return [];
  const out: PodContainer[] = [];
  list.forEach((c, i) => {
    if (!isRecord(c)) return;
    const mounts: PodMount[] = [];
    if (Array.isArray(c['volumeMounts'])) {
      c['volumeMounts'].forEach((m, j) => {
        if (isRecord(m)) mounts.push({ name: typeof m['name'] === 'string' ? m['name'] : undefined, readOnly: m['readOnly'] === true, path: [...base, i, 'volumeMounts', j] });
      });
    }
    out.push({ name: typeof c['name'] === 'string' ? c['name'] : undefined, path: [...base, i], hasImage: typeof c['image'] === 'string' && c['image'] !== '', mounts });
  });
  return out;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val);
  return out;
}

export function at(v: unknown, path: FieldPath): unknown {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur)) cur = cur[seg as string];
    else return undefined;
  }
  return cur;
}
