// vvp-container-name: pod-template containers without image patch the Flink container and must carry its name.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    containerName: 'container {{container}} has no image, so it patches the Flink container, but it is not named {{expected}}: VVP adds it as a broken extra container and its volumeMounts never reach Flink{{hint}}',
  },
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      if ((src.kind !== 'vvp-template' && src.kind !== 'vvp-defaults') || (src.flinkRole !== 'jobmanager' && src.flinkRole !== 'taskmanager')) continue;
      const expected = src.flinkRole === 'jobmanager' ? 'flink-jobmanager' : 'flink-taskmanager';
      for (const c of src.containers) {
        if (c.hasImage || c.name === expected || c.path.includes('initContainers')) continue;
        ctx.report({
          object: src.object,
          path: [...c.path, 'name'],
          messageId: 'containerName', data: { container: JSON.stringify(c.name ?? ''), expected, hint: c.name === 'flink-main-container' ? ' (flink-main-container is the Apache Flink convention, not VVP\'s)' : '' },
        });
      }
    }
  },
});
