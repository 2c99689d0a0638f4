// FlinkDeployments of every wrong shape (hand-edited, half-templated, or simply not what the CRD says) never crash a
// rule: each document below is linted beside the canary, and no rule fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canaryFound, describeRun, lintJson, tmpRepo, writeCanary } from './helpers.js';

const SPECS = [
  'spec: null',
  'spec: []',
  'spec: {podTemplate: "a string"}',
  'spec: {podTemplate: {spec: []}}',
  'spec: {podTemplate: {spec: {containers: {name: x}, volumes: "kv"}}}',
  'spec: {podTemplate: {spec: {containers: [1, null, "x", [], {name: 3}], volumes: [null, 2, {name: [a]}, {csi: "x"}]}}}',
  'spec: {podTemplate: {metadata: {labels: [a]}, spec: {containers: [{volumeMounts: {name: kv}}]}}, taskManager: {podTemplate: {spec: {containers: [{volumeMounts: [7, {name: kv}]}]}}}}',
  'spec: {podTemplate: {spec: {volumes: [{name: a}]}}, taskManager: {podTemplate: {spec: {volumes: [{name: b}, 3]}}}}',
  'spec: {jobManager: {podTemplate: {spec: {volumes: [{name: kv, csi: {driver: secrets-store.csi.k8s.io}}]}}}, taskManager: null}',
  'spec: {jobManager: "x", taskManager: {podTemplate: {metadata: {labels: {aadpodidbinding: null}}}}}',
  'spec: {flinkConfiguration: [a, b], podTemplate: {spec: {containers: [{name: flink-main-container}]}}}',
  'spec: {flinkConfiguration: {kubernetes: {pod-template-file: {default: [x]}, operator: {pod-template: {merge-arrays-by-name: [true]}}}}, taskManager: {podTemplate: {}}}',
  'spec: {flinkConfiguration: {kubernetes.pod-template-file.default: "../../../../etc/passwd", kubernetes.taskmanager.service-account: {a: b}}, serviceAccount: 7}',
  'spec: {flinkConfiguration: {kubernetes.operator.pod-template.merge-arrays-by-name: "true"}, podTemplate: {spec: {containers: [{name: a}, {name: a}, {}]}}, taskManager: {podTemplate: {spec: {containers: [{name: a, volumeMounts: [{name: x}]}]}}}}',
];

test('no FlinkDeployment or FlinkBlueGreenDeployment shape makes a rule fail', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    const docs = SPECS.flatMap((spec, i) => [
      `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata: {name: fd-${i}, namespace: flink}\n${spec}\n`,
      `apiVersion: flink.apache.org/v1beta1\nkind: FlinkBlueGreenDeployment\nmetadata: {name: bg-${i}, namespace: flink}\nspec: {template: {${spec.replace(/^spec: /, 'spec: ')}}}\n`,
    ]);
    writeFileSync(join(dir, 'flink.yaml'), docs.join('---\n'));
    writeFileSync(join(dir, 'flink-conf.yaml'), 'kubernetes.pod-template-file.default: [1]\nkubernetes.pod-template-file.taskmanager: flink.yaml\n');
    const r = await lintJson(dir);
    assert.ok(r.report, describeRun(r));
    assert.deepEqual(r.report!.notifications.filter((n) => n.id === 'rule-failed'), [], describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});
