// vvp-pods-and-templates: VVP accepts kubernetes.pods or the pod templates, not both.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { at } from '../model/pod-sources/fields.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    podsAndTemplates: 'kubernetes.pods is set together with {{templates}}; VVP accepts only one of them',
  },
  create(ctx) {
    const targets = [
      ...ctx.inventory.ofClass('VvpDeployment').map((o) => ({ o, base: ['spec', 'template', 'spec', 'kubernetes'] })),
      ...ctx.inventory.ofClass('VvpDeploymentDefaults').map((o) => ({ o, base: ['spec', 'template', 'spec', 'kubernetes'] })),
      ...ctx.inventory.ofClass('VvpSessionCluster').map((o) => ({ o, base: ['spec', 'kubernetes'] })),
    ];
    for (const { o, base } of targets) {
      const k = at(o.body, base);
      if (!isRecord(k) || k['pods'] === undefined) continue;
      const templates = ['jobManagerPodTemplate', 'taskManagerPodTemplate'].filter((t) => k[t] !== undefined);
      if (!templates.length) continue;
      ctx.report({ object: o, path: [...base, 'pods'], target: 'key', messageId: 'podsAndTemplates', data: { templates: templates.join(' and ') }, related: templates.map((t) => ({ object: o, path: [...base, t], target: 'key' as const, message: `${t} is set here` })) });
    }
  },
});
