// cluster-drift: with audit --with-repo, the repository's SPCs and workloads against the same objects in the
// cluster, compared on what decides the Key Vault mount (not on server-side defaults, which would be noise).
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import type { FieldPath, ManifestObject } from '../model/types.js';
import { differingPaths, describePaths } from '../model/drift.js';
import type { PodSource } from '../model/pod-sources/types.js';

export default defineRule({
  requires: ['cluster'],
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS],
  messages: {
    drift: '{{kind}} {{namespace}}/{{name}} differs from the cluster: {{differences}}',
  },
  create(ctx) {
    const inv = ctx.inventory;
    const live = inv.objects.filter((o) => o.source.kind === 'live' && o.source.live === 'cluster');
    if (!live.length) return;
    const sources = new Map<ManifestObject, PodSource>(ctx.views.podSources.filter((s) => s.kind === 'kube').map((s) => [s.object, s]));
    for (const o of [...inv.ofClass('SecretProviderClass'), ...inv.ofClass('KubeWorkload')]) {
      if (o.source.kind !== 'file') continue;
      const twin = liveTwin(live, o);
      if (!twin) continue;
      const paths = o.kind === 'SecretProviderClass' ? differingPaths(o.body['spec'], twin.body['spec'], ['spec']) : workloadDrift(sources.get(o), sources.get(twin));
      if (!paths.length) continue;
      ctx.report({
        object: o,
        path: paths[0]!,
        messageId: 'drift', data: { kind: o.kind, namespace: o.namespace ?? '', name: o.name, differences: describePaths(paths) },
        related: [{ object: twin, path: paths[0]!, message: 'the object as it runs in the cluster' }],
      });
    }
  },
});

function liveTwin(live: readonly ManifestObject[], o: ManifestObject): ManifestObject | undefined {
  const candidates = live.filter((l) => l.kind === o.kind && l.name === o.name && (o.namespace === undefined || l.namespace === o.namespace));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Only the mount wiring: secrets volumes by name, identity labels, service account. */
function workloadDrift(file: PodSource | undefined, cluster: PodSource | undefined): FieldPath[] {
  if (!file || !cluster) return [];
  const view = (s: PodSource) => ({
    volumes: Object.fromEntries(s.volumes.filter((v) => v.isSecretsVolume).map((v) => [v.name ?? '?', v.csi])),
    labels: { aadpodidbinding: s.labels['aadpodidbinding'], 'azure.workload.identity/use': s.labels['azure.workload.identity/use'] },
    serviceAccountName: s.serviceAccountName,
  });
  const paths = differingPaths(view(file), view(cluster));
  // Map view paths back onto the file object's own fields.
  return paths.map((p) => {
    if (p[0] === 'volumes') {
      const vol = file.volumes.find((v) => v.name === p[1]) ?? cluster.volumes.find((v) => v.name === p[1]);
      return vol && file.volumes.includes(vol) ? [...vol.path, ...p.slice(2).length ? ['csi', ...p.slice(2)] : []] : [...file.podPath];
    }
    if (p[0] === 'labels') return [...file.labelsPath, ...p.slice(1)];
    return file.serviceAccountPath ?? [...file.podPath];
  });
}
