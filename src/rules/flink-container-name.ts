// flink-container-name: a Flink pod-template container without image patches Flink's main container and must be
// named flink-main-container (FlinkDeployment podTemplates and native pod-template files).
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { FLINK_MAIN_CONTAINER } from '../model/pod-sources/flink-config.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    containerName: 'container {{container}} has no image, so it patches Flink\'s main container, but it is not named flink-main-container: Flink adds it as an extra container without image (the API server rejects the pod) and its volumeMounts never reach Flink{{hint}}',
  },
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      if (src.kind !== 'flink-template') continue;
      for (const c of src.containers) {
        if (c.hasImage || c.name === FLINK_MAIN_CONTAINER || c.path.includes('initContainers')) continue;
        ctx.report({
          object: src.object,
          path: c.name !== undefined ? [...c.path, 'name'] : c.path,
          messageId: 'containerName',
          data: { container: JSON.stringify(c.name ?? ''), hint: c.name === 'flink-jobmanager' || c.name === 'flink-taskmanager' ? ` (${c.name} is Ververica Platform's name, not Apache Flink's)` : '' },
        });
      }
    }
  },
});
