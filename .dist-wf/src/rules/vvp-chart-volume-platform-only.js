import { secretsVolumes } from './support/pods.js';
export const rule = {
    id: 'vvp-chart-volume-platform-only',
    check(ctx) {
        for (const { src, vol } of secretsVolumes(ctx.inventory)) {
            if (src.kind !== 'helm-values')
                continue;
            ctx.report({ object: src.object, path: vol.name !== undefined ? [...vol.path, 'name'] : vol.path, message: `secrets volume ${vol.name ?? ''} in the chart values mounts only into the Ververica Platform pod, not into Flink jobs; Flink pods need it in the Deployment pod templates or globalDeploymentDefaults` });
        }
    },
};
