// VVP Helm values as pod sources: the platform's own pod (namespace from the configured release globs) and
// `vvp.globalDeploymentDefaults`, a YAML string parsed with positions mapped into the values file.
import picomatch from 'picomatch';
import { isScalar, type Node } from 'yaml';
import type { Inventory } from '../inventory.js';
import type { ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { EmbeddedYaml } from '../../yaml/embedded.js';
import { yamlNodeAt } from '../spc.js';
import { stringMap, volumesOf } from './fields.js';
import type { PodMount, PodSource } from './types.js';

export function helmValues(inv: Inventory, o: ManifestObject): PodSource {
  const mounts: PodMount[] = [];
  const vm = o.body['volumeMounts'];
  if (Array.isArray(vm)) {
    vm.forEach((m, i) => {
      if (isRecord(m)) mounts.push({ name: typeof m['name'] === 'string' ? m['name'] : undefined, readOnly: m['readOnly'] === true, readOnlySet: Object.hasOwn(m, 'readOnly'), mountPath: typeof m['mountPath'] === 'string' ? m['mountPath'] : undefined, path: ['volumeMounts', i] });
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
export function globalDeploymentDefaults(values: ManifestObject): ManifestObject | undefined {
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
