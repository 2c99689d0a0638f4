// vvp-chart-volume-platform-only: chart-level volumes mount into the platform pod, never into Flink jobs.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    chartVolumePlatformOnly: 'secrets volume {{volume}} in the chart values mounts only into the Ververica Platform pod, not into Flink jobs; Flink pods need it in the Deployment pod templates or globalDeploymentDefaults',
  },
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      if (src.kind !== 'helm-values') continue;
      ctx.report({ object: src.object, path: vol.name !== undefined ? [...vol.path, 'name'] : vol.path, messageId: 'chartVolumePlatformOnly', data: { volume: vol.name ?? '' } });
    }
  },
});
