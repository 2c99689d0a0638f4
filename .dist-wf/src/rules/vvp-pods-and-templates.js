import { isRecord } from '../model/kinds.js';
import { at } from '../model/pod-sources.js';
export const rule = {
    id: 'vvp-pods-and-templates',
    check(ctx) {
        const targets = [
            ...ctx.inventory.ofClass('VvpDeployment').map((o) => ({ o, base: ['spec', 'template', 'spec', 'kubernetes'] })),
            ...ctx.inventory.ofClass('VvpDeploymentDefaults').map((o) => ({ o, base: ['spec', 'template', 'spec', 'kubernetes'] })),
            ...ctx.inventory.ofClass('VvpSessionCluster').map((o) => ({ o, base: ['spec', 'kubernetes'] })),
        ];
        for (const { o, base } of targets) {
            const k = at(o.body, base);
            if (!isRecord(k) || k['pods'] === undefined)
                continue;
            const templates = ['jobManagerPodTemplate', 'taskManagerPodTemplate'].filter((t) => k[t] !== undefined);
            if (!templates.length)
                continue;
            ctx.report({ object: o, path: [...base, 'pods'], target: 'key', message: `kubernetes.pods is set together with ${templates.join(' and ')}; VVP accepts only one of them`, related: templates.map((t) => ({ object: o, path: [...base, t], target: 'key', message: `${t} is set here` })) });
        }
    },
};
