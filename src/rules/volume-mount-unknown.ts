// volume-mount-unknown: a container mounts a volume the pod does not define.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    mountUnknown: 'container {{container}} mounts volume {{volume}}, which {{description}} does not define',
  },
  create(ctx) {
    const sources = ctx.views.podSources;
    // Volumes from VVP deployment defaults are merged into every deployment, so template mounts may use them.
    const defaultVolumes = new Set(sources.filter((s) => s.kind === 'vvp-defaults').flatMap((s) => s.volumes.map((v) => v.name)));
    for (const src of sources) {
      if (src.kind === 'vvp-pods') continue; // each entry carries its own volume: vvp-pods-volume-name-mismatch
      const names = new Set(src.volumes.map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.name === undefined || names.has(m.name) || src.implicitVolumes?.includes(m.name)) continue;
          if (src.kind !== 'kube' && src.kind !== 'helm-values' && defaultVolumes.has(m.name)) continue;
          ctx.report({ object: src.object, path: [...m.path, 'name'], messageId: 'mountUnknown', data: { container: c.name ?? '', volume: m.name, description: src.description } });
        }
      }
    }
  },
});
