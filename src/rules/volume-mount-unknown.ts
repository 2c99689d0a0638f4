// volume-mount-unknown: a container mounts a volume the pod does not define.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    mountUnknown: 'container {{container}} mounts volume {{volume}}, which {{description}} does not define',
  },
  create(ctx) {
    // Volumes from VVP deployment defaults are merged into every deployment, so template mounts may use them
    // (the defaults may be in any file: looked up in the whole project, once, when a mount needs them).
    let defaults: Set<string | undefined> | undefined;
    const defaultVolumes = (): Set<string | undefined> => (defaults ??= new Set(ctx.views.podSources.filter((s) => s.kind === 'vvp-defaults').flatMap((s) => s.volumes.map((v) => v.name))));
    for (const src of ctx.subjects.podSources) {
      if (src.kind === 'vvp-pods') continue; // each entry carries its own volume: vvp-pods-volume-name-mismatch
      const names = new Set(src.volumes.map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.name === undefined || names.has(m.name) || src.implicitVolumes?.includes(m.name)) continue;
          if ((src.kind === 'vvp-template' || src.kind === 'vvp-defaults') && defaultVolumes().has(m.name)) continue;
          ctx.report({ object: src.object, path: [...m.path, 'name'], messageId: 'mountUnknown', data: { container: c.name ?? '', volume: m.name, description: src.description } });
        }
      }
    }
  },
});
