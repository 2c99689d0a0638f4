// flink-template-merge-position: the Flink Kubernetes Operator merges spec.podTemplate with the jobManager and
// taskManager pod templates list entry by list entry BY POSITION (unless merge-arrays-by-name is on), so two entries
// with different names at the same index become one (src/model/pod-sources/flink-merge.ts cites the operator code).
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';

const WHAT: Readonly<Record<string, string>> = { volumes: 'volume', containers: 'container', initContainers: 'init container', volumeMounts: 'volume mount' };

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    merged: '{{what}} {{role}} is merged by position into {{what}} {{common}} of {{commonAt}} (both are entry {{index}} of {{list}}): the operator merges pod-template lists by position unless kubernetes.operator.pod-template.merge-arrays-by-name is "true", so the pod gets one {{what}} named {{role}} carrying the fields of both and no {{what}} {{common}}',
  },
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      for (const r of src.positionalRenames ?? []) {
        const index = r.role.path[r.role.path.length - 1];
        // spec.podTemplate, or spec.template.spec.podTemplate of a FlinkBlueGreenDeployment.
        const commonAt = r.common.path.slice(0, r.common.path.indexOf('podTemplate') + 1).join('.');
        ctx.report({
          object: src.object,
          path: [...r.role.path, 'name'],
          messageId: 'merged',
          data: { what: WHAT[r.list] ?? r.list, role: JSON.stringify(r.role.body['name']), common: JSON.stringify(r.common.body['name']), commonAt, index, list: r.list },
          related: [{ object: src.object, path: [...r.common.path, 'name'], message: `${WHAT[r.list] ?? r.list} ${JSON.stringify(r.common.body['name'])} of ${commonAt}, which it replaces` }],
        });
      }
    }
  },
});
