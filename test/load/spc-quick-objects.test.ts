// The parse workers read an SPC's `objects` block without a YAML parser when it has the common shape
// (src/model/spc.ts quickObjectEntries). What they cache must be exactly what parsing the block gives, so this
// compares the two on generated blocks, tricky values included, and checks that anything unusual is left to YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickObjectEntries, spcView } from '../../src/model/spc.js';
import { parseText } from './helpers.js';

function spcText(raw: string): string {
  const block = raw.split('\n').map((l) => (l === '' ? '' : `      ${l}`)).join('\n');
  return `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: s\nspec:\n  provider: azure\n  parameters:\n    objects: |\n${block}`;
}

/** What parsing gives, in the shape quickObjectEntries answers. */
function parsed(raw: string): unknown {
  const o = parseText(spcText(raw)).objects[0]!;
  assert.equal(o.body['spec'] && (o.body['spec'] as { parameters: { objects: string } }).parameters.objects, raw, 'the block scalar holds the raw text');
  const objects = spcView(o).objects;
  if (objects.error) return { error: objects.error.kind };
  return objects.entries.map((e) => ({ index: e.index, fields: e.fields, fileName: e.fileName, ...(e.error ? { error: e.error } : {}) }));
}

const WORDS = ['kv-secret', 'secret', 'cert', 'key', 'a.b/c_d-e', 'True', 'true', 'NULL', 'null', 'Null', 'yes', 'no', 'on', 'off', 'NaN', 'Infinity', 'e10', 'x1', 'objectName'];
const KEYS = ['objectName', 'objectType', 'objectAlias', 'objectVersion', 'objectEncoding', 'true', 'null', 'x'];

test('the quick reading of an objects block is exactly what YAML parsing gives, whenever it answers', () => {
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  let answered = 0;
  for (let round = 0; round < 1500; round++) {
    const entries = 1 + rnd(3);
    let raw = 'array:\n';
    for (let e = 0; e < entries; e++) {
      raw += '  - |\n';
      const fields = 1 + rnd(3);
      for (let f = 0; f < fields; f++) raw += `    ${KEYS[rnd(KEYS.length)]}: ${WORDS[rnd(WORDS.length)]}\n`;
    }
    const quick = quickObjectEntries(raw);
    if (quick === undefined) continue;
    answered++;
    assert.deepEqual(quick, parsed(raw), raw);
  }
  assert.ok(answered > 100, `${answered} of 1500 blocks answered quickly`);
});

test('the shape every generator writes is read quickly; anything else is left to the YAML parser', () => {
  const common = 'array:\n  - |\n    objectName: db-password\n    objectType: secret\n  - |\n    objectName: tls\n    objectType: cert\n    objectAlias: tls.pem\n';
  assert.deepEqual(quickObjectEntries(common), parsed(common));
  assert.equal(quickObjectEntries(common)?.[1]?.fileName, 'tls.pem');
  for (const raw of [
    'array:\n  - |\n    objectName: a # comment\n', // a comment
    'array:\n- |\n  objectName: a\n', // another indentation
    'array:\n  - |\n    objectName: a\n    objectName: b\n', // a repeated key
    'array:\n  - |\n    objectName: 123\n', // a number
    'array:\n  - |\n    objectName: true\n', // a boolean
    'array:\n  - |\n    null: a\n', // a null key
    'array:\n  - |\n    objectName: "a"\n', // quoted
    'array:\n  - |\n', // an empty entry
    'array:\n  - |\n    objectName: a', // no final newline
    'array:\r\n  - |\r\n    objectName: a\r\n', // CRLF
    'array: []\n',
  ]) assert.equal(quickObjectEntries(raw), undefined, JSON.stringify(raw));
});
