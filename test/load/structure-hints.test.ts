// Structure hints (src/model/structure-hints.ts) and SPC entry locations (src/model/spc-entry-locations.ts): an
// object restored from a parse worker's facts must answer what fixes and SPC `objects` findings read from the
// syntax tree exactly as a fresh parse does: where addKey puts a new entry in every mapping (and under every key
// with no value), whether every node is a plain scalar, and where every entry of an `objects` block and each of
// its fields is; all without parsing the file again. Compared on hand-written YAML and on every rule fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { factsOf, restoreFacts } from '../../src/load/context-cache.js';
import { walkHintNodes } from '../../src/model/span-hints.js';
import { hintWidth } from '../../src/model/object-hints.js';
import { spcView, yamlNodeAt } from '../../src/model/spc.js';
import { addKey, quoteScalar } from '../../src/rules/support/fix.js';
import { appendPointAt, notPlain } from '../../src/model/append-point.js';
import type { FieldPath, FileLocation, LocateTarget, ManifestObject } from '../../src/model/types.js';
import { REPO_ROOT } from '../support/paths.js';
import { parseText, restoredWithHints } from './helpers.js';

const TEXT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ns}
spec:
  template:
    metadata:
      labels:
    spec:
      containers:
        - name: main
          volumeMounts:
            - {name: s, mountPath: /mnt}
            - name: t
              mountPath: /t
      volumes:
        - name: s
          csi: {}
          tagged: !!str yes
          quoted: "x"
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv\r
spec:\r
  provider: azure\r
  parameters:\r
    usePodIdentity: true\r
    objects: |\r
      array:\r
        - |\r
          objectName: a\r
          objectType: Secret\r
        - |\r
          objectName: "b"\r
        - 42\r
`;

/** Every path of the body, the body itself first, and a missing key (a missing item under a list) below each. */
function paths(body: unknown): FieldPath[] {
  const out: FieldPath[] = [[]];
  walkHintNodes<{ path: FieldPath; value: unknown }>(body, { path: [], value: body }, (parent, seg) => {
    const path = parent.path.concat(seg);
    const value = (parent.value as Record<string | number, unknown>)[seg];
    out.push(path, path.concat(Array.isArray(value) ? value.length : 'missingKey'));
    return { path, value };
  });
  return out;
}

function loc(l: unknown): unknown {
  const f = l as FileLocation;
  return { span: { start: f.span.start, end: f.span.end }, exact: f.exact };
}

function compare(text: string, what: string): number {
  const { fresh, restored: back, parses } = restoredWithHints(text);
  let checked = 0;
  fresh.forEach((o, i) => {
    const r = back[i]!;
    for (const path of paths(o.body)) {
      const name = `${what} ${o.kind} ${path.join('.')}`;
      const known = r.structure?.appendPoint(path);
      assert.deepEqual(known !== undefined ? known : appendPointAt(r, path), appendPointAt(o, path), `${name}: append point`);
      if (path.length) {
        const style = r.structure?.plainScalar(path);
        const node = yamlNodeAt(o, path);
        if (style !== undefined) assert.equal(style, node === undefined ? 'none' : notPlain(node) ? 'other' : 'plain', `${name}: scalar style`);
      }
      assert.deepEqual(addKey(r, path, 'readOnly', 'true', 'd'), addKey(o, path, 'readOnly', 'true', 'd'), `${name}: addKey`);
      // (The object itself is never quoted: its location is `kind`, which only a parse finds.)
      if (path.length) assert.deepEqual(quoteScalar(r, path), quoteScalar(o, path), `${name}: quoteScalar`);
      checked++;
    }
    if (o.kind === 'SecretProviderClass') {
      const fe = spcView(o).objects.entries;
      const re = spcView(r).objects.entries;
      assert.equal(re.length, fe.length);
      fe.forEach((e, k) => {
        for (const field of [undefined, 'objectName', 'objectType', 'objectAlias'])
          for (const target of ['value', 'key'] as LocateTarget[]) assert.deepEqual(loc(re[k]!.locate(field, target)), loc(e.locate(field, target)), `${what} entry ${k} ${field} ${target}`);
      });
    }
  });
  assert.equal(parses(), 0, `${what}: no answer needed a parse`);
  return checked;
}

test('hand-written YAML: append points, scalar styles and SPC entry locations agree with a fresh parse, without one', () => {
  assert.ok(compare(TEXT, 'TEXT') > 40);
});

test('every rule fixture: the same answers as a fresh parse', () => {
  const base = join(REPO_ROOT, 'test', 'fixtures', 'rules');
  let files = 0;
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (/\.(ya?ml|json)$/.test(name)) {
        const text = readFileSync(p, 'utf8');
        const parsed = parseText(text);
        if (!factsOf(parsed.documents, parsed.objects, parsed.problems, { maxChars: Number.POSITIVE_INFINITY, spanHints: true })) continue;
        compare(text, p.slice(base.length + 1));
        files++;
      }
    }
  };
  visit(base);
  assert.ok(files > 100, `${files} fixture files compared`);
});

test('hints are packed relative to their object: 16 bits an object far into a file, 32 bits one over 32 kB, the same answers', () => {
  // 60 kB of comment first: every object starts past what 16 bits hold; the last one is itself over 32 kB.
  const filler = `# ${'x'.repeat(98)}\n`.repeat(600);
  const big = `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  long: "${'y'.repeat(40_000)}"\n  after:\n  nested:\n    k: v\n`;
  const text = filler + TEXT + big;
  const parsed = parseText(text);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems, { maxChars: Number.POSITIVE_INFINITY, spanHints: true });
  assert.deepEqual(facts!.objects.map((o) => o.hints !== undefined && hintWidth(o.hints)), [16, 16, 32]);
  assert.ok(compare(text, 'far and large') > 40);
  // Every node as value and as key, from the packed span part, as a fresh parse has it.
  const { fresh, restored, parses } = restoredWithHints(text);
  fresh.forEach((o, i) => {
    walkHintNodes<FieldPath>(o.body, [], (parent, seg) => {
      const path = parent.concat(seg);
      for (const target of ['value', 'key'] as LocateTarget[]) assert.deepEqual(loc(restored[i]!.locator.locate(path, target)), loc(o.locator.locate(path, target)), `${o.kind} ${path.join('.')} ${target}`);
      return path;
    });
  });
  assert.equal(parses(), 0);
});

test('packed hints survive the copy to the main thread, lone surrogate code units included', () => {
  // An inexact end 9,000 characters into the object is stored as -(9,001): in 16 bits, a lone low surrogate, which
  // the structured clone of a worker's message must keep as it is.
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: far\ndata:\n  long: "${'z'.repeat(9000)}"\n  empty:\n  after: x\n`;
  const parsed = parseText(text);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems, { maxChars: Number.POSITIVE_INFINITY, spanHints: true })!;
  const hints = facts.objects[0]!.hints!;
  assert.equal(hintWidth(hints), 16);
  assert.ok([...hints].some((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff), 'a lone surrogate among the code units');
  const copied = structuredClone(facts);
  let parses = 0;
  const restored = restoreFacts(parsed.file, copied, () => {
    parses++;
    return parseText(text).objects;
  }).objects;
  const fresh = parsed.objects[0]!;
  walkHintNodes<FieldPath>(fresh.body, [], (parent, seg) => {
    const path = parent.concat(seg);
    for (const target of ['value', 'key'] as LocateTarget[]) assert.deepEqual(loc(restored[0]!.locator.locate(path, target)), loc(fresh.locator.locate(path, target)), `${path.join('.')} ${target}`);
    return path;
  });
  assert.deepEqual(restored[0]!.structure?.appendPoint(['data']), appendPointAt(fresh, ['data']));
  assert.equal(parses, 0);
});
