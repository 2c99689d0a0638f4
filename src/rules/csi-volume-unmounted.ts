// csi-volume-unmounted: a secrets volume no container mounts.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isMounted } from './support/pods.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    volumeUnmounted: 'secrets volume {{volume}} is not mounted by any container of {{description}}',
  },
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      if (isMounted(src, vol.name)) continue;
      // Defaults may define a volume that deployments mount; a template may mount a defaults volume.
      if (src.kind === 'vvp-defaults') continue;
      // A FlinkDeployment's common podTemplate volume that the other Flink pod mounts is shared on purpose.
      if (vol.name !== undefined && src.mountedInSiblingPods?.includes(vol.name)) continue;
      // A `pods.volumeMounts[]` entry with a volumeMount whose name disagrees: vvp-pods-volume-name-mismatch says it.
      if (src.volumeEntries?.some((e) => e.volume === vol && e.mount !== undefined)) continue;
      ctx.report({ object: src.object, path: vol.name !== undefined ? [...vol.path, 'name'] : vol.path, messageId: 'volumeUnmounted', data: { volume: vol.name ?? '', description: src.description } });
    }
  },
});
