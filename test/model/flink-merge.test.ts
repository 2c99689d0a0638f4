// The operator's pod-template merge, re-done in src/model/pod-sources/flink-merge.ts, against the operator's own
// documented examples (docs/content/docs/custom-resource/pod-template.md, "Array Merging Behaviour") and unit tests
// (FlinkUtilsTest.testMergePods, testMergePodUsingArrayName) of apache/flink-kubernetes-operator @ 6e9caeb4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeList, mergeValue, writtenList, type PositionalRename } from '../../src/model/pod-sources/flink-merge.js';

test('by position (the default): entry i merges with entry i, the role entry\'s values win', () => {
  const arr1 = [{ name: 'a', p1: 'v1' }, { name: 'b', p1: 'v1' }];
  const arr2 = [{ name: 'a', p2: 'v2' }, { name: 'c', p2: 'v2' }];
  assert.deepEqual(mergeValue({ arr: arr1 }, { arr: arr2 }, false), { arr: [{ name: 'a', p1: 'v1', p2: 'v2' }, { name: 'c', p1: 'v1', p2: 'v2' }] });
});

test('by name: same names merge, the others are kept, common ones first', () => {
  const arr1 = [{ name: 'a', p1: 'v1' }, { name: 'b', p1: 'v1' }];
  const arr2 = [{ name: 'a', p2: 'v2' }, { name: 'c', p2: 'v2' }];
  assert.deepEqual(mergeValue({ arr: arr1 }, { arr: arr2 }, true), { arr: [{ name: 'a', p1: 'v1', p2: 'v2' }, { name: 'b', p1: 'v1' }, { name: 'c', p2: 'v2' }] });
});

test('testMergePodUsingArrayName: containers and volumes by name', () => {
  const common = { spec: { containers: [{ name: 'container1' }, { name: 'container2' }], volumes: [{ name: 'v1', ephemeral: {} }] } };
  const role = { spec: { containers: [{ name: 'container1' }, { name: 'container3' }], volumes: [{ name: 'v1', emptyDir: {} }, { name: 'v2' }, { name: 'v3' }] } };
  assert.deepEqual(mergeValue(common, role, true), {
    spec: { containers: [{ name: 'container1' }, { name: 'container2' }, { name: 'container3' }], volumes: [{ name: 'v1', ephemeral: {}, emptyDir: {} }, { name: 'v2' }, { name: 'v3' }] },
  });
});

test('testMergePods: an empty common list takes the role list', () => {
  assert.deepEqual(mergeValue({ spec: { containers: [] } }, { spec: { containers: [{ name: 'container1' }, { name: 'container2' }] } }, false), { spec: { containers: [{ name: 'container1' }, { name: 'container2' }] } });
});

test('an element without name turns merge-by-name back into merge by position', () => {
  assert.deepEqual(mergeValue({ l: [{ name: 'a', x: 1 }] }, { l: [{ y: 2 }] }, true), { l: [{ name: 'a', x: 1, y: 2 }] });
});

test('null in the role template leaves the common value (fabric8 drops null fields)', () => {
  assert.deepEqual(mergeValue({ spec: { volumes: [{ name: 'kv' }] } }, { spec: { volumes: null } }, false), { spec: { volumes: [{ name: 'kv' }] } });
});

test('written entries keep their paths; a positional merge of different names is recorded', () => {
  const renames: PositionalRename[] = [];
  const common = writtenList([{ name: 'kv', csi: { driver: 'secrets-store.csi.k8s.io' } }], ['spec', 'podTemplate', 'spec', 'volumes']);
  const role = writtenList([{ name: 'scratch', emptyDir: {} }, { name: 'extra', emptyDir: {} }], ['spec', 'taskManager', 'podTemplate', 'spec', 'volumes']);
  const merged = mergeList('volumes', common, role, { byName: false, renames }, 'csi');
  assert.deepEqual(merged.map((m) => [m.body, m.path]), [
    [{ name: 'scratch', csi: { driver: 'secrets-store.csi.k8s.io' }, emptyDir: {} }, ['spec', 'taskManager', 'podTemplate', 'spec', 'volumes', 0]],
    [{ name: 'extra', emptyDir: {} }, ['spec', 'taskManager', 'podTemplate', 'spec', 'volumes', 1]],
  ]);
  assert.deepEqual(renames.map((r) => [r.common.body['name'], r.role.body['name']]), [['kv', 'scratch']]);
  // Same name: the entry points where the key that matters is written.
  const same = mergeList('volumes', common, writtenList([{ name: 'kv', csi: { readOnly: true } }], ['spec', 'jobManager', 'podTemplate', 'spec', 'volumes']), { byName: true, renames: [] }, 'csi');
  assert.deepEqual(same[0]!.path, ['spec', 'jobManager', 'podTemplate', 'spec', 'volumes', 0]);
  assert.deepEqual(same[0]!.body, { name: 'kv', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true } });
  assert.equal(same[0]!.parts.length, 2);
});
