// Span hints (src/model/span-hints.ts): an object restored from a worker's facts locates the paths the worker
// worked out ahead without parsing its file again, and must point exactly where a fresh parse would, for every
// node, as key and as value; anything else (missing fields, past the budget) still goes through a parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintIndex, MAX_HINT_NODES, walkHintNodes } from '../../src/model/span-hints.js';
import type { FieldPath, FileLocation, LocateTarget, ManifestObject } from '../../src/model/types.js';
import { parseText, restoredWithHints } from './helpers.js';

const TEXT = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv
  labels: {app: "x", 'quoted key': y}
spec:
  provider: azure
  parameters:
    usePodIdentity: false
    keyvaultName: "kv-1"
    emptyValue:
    tenantId: 00000000-0000-0000-0000-000000000000
    objects: |
      array:
        - |
          objectName: a
          objectType: secret
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ns}
spec:
  template:
    metadata:
      labels:
        aadpodidbinding: b
    spec:
      containers:
        - name: main
          volumeMounts:
            - {name: s, mountPath: /mnt, readOnly: true}
      volumes:
        - name: s
          csi:
            driver: secrets-store.csi.k8s.io
            volumeAttributes:
              secretProviderClass: kv
`;

/** Every node's path under `body`, in the order hints are stored. */
function forEachHintPath(body: unknown, visit: (path: FieldPath) => void): void {
  walkHintNodes<FieldPath>(body, [], (parent, seg) => {
    const path = parent.concat(seg);
    visit(path);
    return path;
  });
}

function same(a: FileLocation, b: FileLocation, what: string): void {
  assert.deepEqual({ span: { start: a.span.start, end: a.span.end }, exact: a.exact }, { span: { start: b.span.start, end: b.span.end }, exact: b.exact }, what);
}

test('every node of a hinted body is located as a fresh parse locates it, as value and as key, without a parse', () => {
  const { fresh, restored, parses } = restoredWithHints(TEXT);
  let checked = 0;
  fresh.forEach((o, i) => {
    forEachHintPath(o.body, (path) => {
      for (const target of ['value', 'key'] as LocateTarget[]) {
        same(restored[i]!.locator.locate([...path], target) as FileLocation, o.locator.locate([...path], target) as FileLocation, `${o.kind} ${path.join('.')} (${target})`);
        checked++;
      }
    });
  });
  assert.ok(checked > 60, `${checked} answers compared`);
  assert.equal(parses(), 0, 'no answer needed a parse');
});

test('a key with no value is located inexactly, at its key, as the fresh parse does', () => {
  const { fresh, restored } = restoredWithHints(TEXT);
  const path: FieldPath = ['spec', 'parameters', 'emptyValue'];
  const loc = restored[0]!.locator.locate(path) as FileLocation;
  assert.equal(loc.exact, false);
  same(loc, fresh[0]!.locator.locate(path) as FileLocation, 'emptyValue');
});

test('a missing field, a wrongly typed segment and the default target fall back to, or agree with, a parse', () => {
  const { fresh, restored, parses } = restoredWithHints(TEXT);
  const cases: [number, FieldPath, LocateTarget | undefined][] = [
    [0, ['spec', 'parameters', 'clientID'], 'value'],
    [0, ['spec', 'parameters', 'clientID'], 'key'],
    [1, ['spec', 'template', 'spec', 'volumes', '0'], 'value'], // a string index into a list: not a hint
    [1, ['spec', 'template', 'spec', 'volumes', 0, 'csi', 'readOnly'], 'value'],
    [1, ['spec', 'template', 'spec', 'volumes', 0, 'csi', 'driver'], undefined],
    [1, [], undefined],
  ];
  for (const [i, path, target] of cases) same(restored[i]!.locator.locate(path, target) as FileLocation, fresh[i]!.locator.locate(path, target) as FileLocation, `${path.join('.')} (${target ?? 'default'})`);
  assert.ok(parses() >= 1, 'missing paths were worked out by a parse');
});

test('past the budget of nodes, paths are located by a parse, and still exactly', () => {
  const params = Array.from({ length: MAX_HINT_NODES + 40 }, (_, i) => `    p${i}: "v${i}"`).join('\n');
  const text = `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: big\nspec:\n  provider: azure\n  parameters:\n${params}\n`;
  const { fresh, restored, parses } = restoredWithHints(text);
  const last: FieldPath = ['spec', 'parameters', `p${MAX_HINT_NODES + 39}`];
  assert.equal(hintIndex(fresh[0]!.body, last), -1, 'the last parameter is past the budget');
  assert.ok(hintIndex(fresh[0]!.body, ['spec', 'parameters', 'p0']) >= 0, 'the first is hinted');
  same(restored[0]!.locator.locate(['spec', 'parameters', 'p0']) as FileLocation, fresh[0]!.locator.locate(['spec', 'parameters', 'p0']) as FileLocation, 'p0');
  assert.equal(parses(), 0);
  same(restored[0]!.locator.locate(last) as FileLocation, fresh[0]!.locator.locate(last) as FileLocation, 'last');
  assert.equal(parses(), 1);
});

test('hintIndex counts nodes in the order forEachHintPath visits them', () => {
  const body = { a: { b: [1, { c: 2 }], d: null }, e: 'x' };
  const order: string[] = [];
  forEachHintPath(body, (p) => order.push(p.join('.')));
  assert.deepEqual(order, ['a', 'a.b', 'a.b.0', 'a.b.1', 'a.b.1.c', 'a.d', 'e']);
  order.forEach((p, i) => assert.equal(hintIndex(body, p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))), i, p));
  assert.equal(hintIndex(body, []), -1);
  assert.equal(hintIndex(body, ['zz']), -1);
  // Only whole, in-range indexes name list items (the locator finds nothing at a.b[0.5] or a.b[-1]).
  for (const bad of [0.5, -1, 2]) assert.equal(hintIndex(body, ['a', 'b', bad]), -1, String(bad));
});
