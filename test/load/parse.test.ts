// The YAML loader: objects and their positions (keys, values, missing paths, embedded `objects`), and every way a
// document can be unusable turned into an input problem instead of an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spcView } from '../../src/model/spc.js';
import { findExcessiveNesting } from '../../src/load/parse.js';
import { at, parseText, textOf, where } from './helpers.js';

const SPC = [
  '# Workload identity for the Flink jobs.', // 1
  'apiVersion: secrets-store.csi.x-k8s.io/v1', // 2
  'kind: SecretProviderClass', // 3
  'metadata:', // 4
  '  name: kv-flink-jobs', // 5
  '  namespace: vvp-jobs', // 6
  'spec:', // 7
  '  provider: azure', // 8
  '  parameters:', // 9
  '    clientID: "4e2a7c1b-9d3f-4a5e-8b6c-1f0e2d3c4b5a"', // 10
  '    keyvaultName: kv-vvp-prod-weu', // 11
  '    userAssignedIdentityID:', // 12
  '    objects: |', // 13
  '      array:', // 14
  '        - |', // 15
  '          objectName: kafka-sasl-password', // 16
  '          objectType: secret', // 17
  '        - |', // 18
  '          objectName: kafka-client', // 19
  '          objectAlias: kafka-client.pem   # the file name', // 20
  '          objectType: cert', // 21
  '    tenantID: 6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94', // 22
  '',
].join('\n');

test('an SPC: identity, body and positions of keys and values', () => {
  const { objects, problems } = parseText(SPC);
  assert.deepEqual(problems, []);
  assert.equal(objects.length, 1);
  const o = objects[0]!;
  assert.deepEqual([o.apiVersion, o.kind, o.name, o.namespace], ['secrets-store.csi.x-k8s.io/v1', 'SecretProviderClass', 'kv-flink-jobs', 'vvp-jobs']);
  const loc = (path: (string | number)[], target?: 'key' | 'value') => o.locator.locate(path, target);
  assert.equal(where(loc(['spec', 'parameters', 'keyvaultName'])), '11:19');
  assert.equal(where(loc(['spec', 'parameters', 'keyvaultName'], 'key')), '11:5');
  // A quoted value starts at its quote.
  assert.equal(where(loc(['spec', 'parameters', 'clientID'])), '10:15');
  // A collection value is shown by its key, on one line.
  const params = loc(['spec', 'parameters']);
  assert.equal(where(params), '9:3');
  assert.equal(params.kind === 'file' && textOf(SPC, params.span), 'parameters');
});

test('missing paths fall back to the nearest existing key, marked inexact', () => {
  const o = parseText(SPC).objects[0]!;
  const missing = o.locator.locate(['spec', 'parameters', 'tenantId']);
  assert.equal(where(missing), '9:3');
  assert.equal(missing.kind === 'file' && missing.exact, false);
  // `key:` with nothing after it has no value text: the key stands in.
  const empty = o.locator.locate(['spec', 'parameters', 'userAssignedIdentityID']);
  assert.equal(where(empty), '12:5');
  // No part of the path exists: `kind:`, which names the object.
  assert.equal(where(o.locator.locate(['status', 'byPod'])), '3:1');
});

test('embedded objects: entries and their fields two levels deep, at their real line and column', () => {
  const spc = spcView(parseText(SPC).objects[0]!);
  const { entries, error } = spc.objects;
  assert.equal(error, undefined);
  assert.equal(entries.length, 2);
  assert.deepEqual(entries.map((e) => e.fileName), ['kafka-sasl-password', 'kafka-client.pem']);
  assert.equal(where(entries[0]!.locate('objectName')), '16:23');
  assert.equal(where(entries[1]!.locate('objectType')), '21:23');
  assert.equal(where(entries[1]!.locate('objectAlias', 'key')), '20:11');
  const alias = entries[1]!.locate('objectAlias');
  assert.equal(alias.kind === 'file' && textOf(SPC, alias.span), 'kafka-client.pem');
  // A field the entry lacks points at the entry itself (its `- |` line).
  assert.equal(where(entries[0]!.locate()), '15:11');
});

test('embedded objects in CRLF files keep their positions', () => {
  const crlf = SPC.replace(/\n/g, '\r\n');
  const spc = spcView(parseText(crlf).objects[0]!);
  const alias = spc.objects.entries[1]!.locate('objectAlias');
  assert.equal(where(alias), '20:24');
  assert.equal(alias.kind === 'file' && textOf(crlf, alias.span), 'kafka-client.pem');
  assert.equal(spc.objects.entries[1]!.fileName, 'kafka-client.pem');
});

test('a syntax error inside the objects block points into the block', () => {
  const broken = SPC.replace('          objectType: cert', '         - objectType: cert');
  const spc = spcView(parseText(broken).objects[0]!);
  const err = spc.objects.error;
  assert.ok(err, 'objects must be reported as broken');
  assert.equal(where(err.location), '21:10');
});

test('CRLF line ends: positions of the outer document', () => {
  const text = SPC.replace(/\n/g, '\r\n');
  const o = parseText(text).objects[0]!;
  const kv = o.locator.locate(['spec', 'parameters', 'keyvaultName']);
  assert.equal(where(kv), '11:19');
  assert.equal(kv.kind === 'file' && textOf(text, kv.span), 'kv-vvp-prod-weu');
});

test('flow style: positions inside flow mappings', () => {
  const text = 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata: {name: kv, namespace: vvp}\nspec: {provider: azure, parameters: {keyvaultName: kv-prod, tenantID: "t"}}\n';
  const o = parseText(text).objects[0]!;
  assert.equal(o.name, 'kv');
  assert.equal(where(o.locator.locate(['spec', 'parameters', 'tenantID'])), '4:71');
  assert.equal(where(o.locator.locate(['spec', 'parameters', 'keyvaultName'], 'key')), '4:38');
});

test('tabs used as indentation are a parse error at the tab', () => {
  const { objects, problems } = parseText('kind: SecretProviderClass\nspec:\n\tprovider: azure\n');
  assert.equal(objects.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.kind, 'parse-error');
  assert.equal(at('kind: SecretProviderClass\nspec:\n\tprovider: azure\n', problems[0]!.span), '3:1');
});

test('merge keys are applied to the body', () => {
  const text = 'kind: List\napiVersion: v1\nitems:\n  - kind: SecretProviderClass\n    apiVersion: secrets-store.csi.x-k8s.io/v1\n    metadata: {name: a}\n    spec:\n      provider: azure\n      parameters: &p\n        keyvaultName: kv-prod\n  - kind: SecretProviderClass\n    apiVersion: secrets-store.csi.x-k8s.io/v1\n    metadata: {name: b}\n    spec:\n      provider: azure\n      parameters:\n        <<: *p\n        tenantID: adfs\n';
  const { objects, problems } = parseText(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(objects.map((o) => o.name), ['a', 'b']);
  assert.deepEqual(objects[1]!.body['spec'], { provider: 'azure', parameters: { keyvaultName: 'kv-prod', tenantID: 'adfs' } });
  // A merged key has no text of its own in b: locating it falls back to b's `parameters`, never to a's.
  const merged = objects[1]!.locator.locate(['spec', 'parameters', 'keyvaultName']);
  assert.equal(where(merged), '16:7');
});

test('kind: List items become objects located inside the list', () => {
  const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ServiceAccount\n    metadata: {name: flink, namespace: vvp-jobs}\n  - apiVersion: secrets-store.csi.x-k8s.io/v1\n    kind: SecretProviderClass\n    metadata:\n      name: kv\n      namespace: vvp-jobs\n    spec:\n      provider: azure\n';
  const { objects } = parseText(text);
  assert.deepEqual(objects.map((o) => `${o.kind}/${o.name}`), ['ServiceAccount/flink', 'SecretProviderClass/kv']);
  assert.equal(where(objects[1]!.locator.locate(['spec', 'provider'])), '13:17');
  assert.equal(where(objects[1]!.locator.locate(['apiVersion'])), '7:17');
});

test('multi-document files: a broken document does not hide the others', () => {
  const text = 'kind: ServiceAccount\napiVersion: v1\nmetadata: {name: a}\n---\nkind: ServiceAccount\napiVersion: v1\nmetadata: {name: [b}\n---\n# only a comment\n---\nkind: ServiceAccount\napiVersion: v1\nmetadata: {name: c}\n';
  const { objects, problems, documents } = parseText(text);
  assert.equal(documents, 4);
  assert.deepEqual(objects.map((o) => o.name), ['a', 'c']);
  assert.deepEqual(objects.map((o) => (o.source.kind === 'file' ? o.source.docIndex : -1)), [0, 3]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.kind, 'parse-error');
  assert.equal(at(text, problems[0]!.span), '7:18');
  assert.deepEqual(problems[0]!.kind === 'parse-error' && problems[0]!.reason, { id: 'unclosedBracket', data: { open: '[', close: ']' } });
});

test('an unclosed quote is reported where it opens, not at the end of the file', () => {
  const text = 'kind: SecretProviderClass\nspec:\n  parameters:\n    keyvaultName: "kv-prod\n    tenantID: adfs\n';
  const { problems } = parseText(text);
  assert.equal(problems.length, 1);
  assert.equal(at(text, problems[0]!.span), '4:19');
  assert.deepEqual(problems[0]!.kind === 'parse-error' && problems[0]!.reason, { id: 'unclosedQuote', data: { quote: '"' } });
});

test('duplicate keys: a duplicate-key problem spanning the whole repeated key, and the object is still read', () => {
  const text = 'kind: SecretProviderClass\napiVersion: secrets-store.csi.x-k8s.io/v1\nmetadata: {name: kv}\nspec:\n  parameters:\n    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    useVMManagedIdentity: "false"\n';
  const { objects, problems } = parseText(text);
  assert.equal(objects.length, 1);
  assert.deepEqual(problems.map((p) => p.kind), ['duplicate-key']);
  assert.equal(at(text, problems[0]!.span), '8:5');
  assert.equal(textOf(text, problems[0]!.span), 'useVMManagedIdentity');
  // The last value wins, as for kubectl.
  assert.equal((objects[0]!.body['spec'] as { parameters: Record<string, string> }).parameters['useVMManagedIdentity'], 'false');
});

// Expanding the aliases (9^9 nodes) would never finish: the test's timeout, not a wall-clock assert, catches that.
test('billion laughs: alias expansion beyond the bound is refused at the first alias', { timeout: 60_000 }, () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const p = String.fromCharCode(96 + i);
    const n = String.fromCharCode(97 + i);
    levels.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  const text = `kind: ConfigMap\napiVersion: v1\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
  const { objects, problems } = parseText(text);
  assert.equal(objects.length, 0);
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0]!.kind === 'parse-error' && problems[0]!.reason, { id: 'aliasBomb', data: { maxAliasCount: 1000 } });
  assert.equal(at(text, problems[0]!.span), '5:10');
});

test('an alias whose anchor is in another document is named in the message', () => {
  const text = 'kind: A\nmetadata:\n  labels: &l {a: b}\n---\nkind: B\nmetadata:\n  labels: *l\n';
  const { objects, problems } = parseText(text);
  assert.deepEqual(objects.map((o) => o.kind), ['A']);
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0]!.kind === 'parse-error' && problems[0]!.reason, { id: 'aliasWithoutAnchor' });
  assert.equal(at(text, problems[0]!.span), '7:11');
});

test('deep nesting: refused before the parser recurses, flow and block alike', () => {
  const flow = `kind: ConfigMap\ndata:\n  x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  const r1 = parseText(flow);
  assert.equal(r1.objects.length, 0);
  assert.equal(r1.problems.length, 1);
  assert.deepEqual(r1.problems[0]!.kind === 'parse-error' && r1.problems[0]!.reason, { id: 'tooDeep', data: { maxDepth: 256 } });
  assert.equal(at(flow, r1.problems[0]!.span), '3:262');

  const block = `kind: ConfigMap\ndata:\n  x:\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 2)}k${i}:`).join('\n')}\n`;
  const r2 = parseText(block);
  assert.equal(r2.objects.length, 0);
  assert.equal(r2.problems.length, 1);
  assert.equal(r2.problems[0]!.kind, 'parse-error');

  const dashes = `kind: ConfigMap\ndata:\n  x: \n${'- '.repeat(3000)}x\n`;
  assert.equal(parseText(dashes).problems.length, 1);
  // Quoted brackets and comments do not count as nesting.
  assert.equal(findExcessiveNesting(`a: "${'['.repeat(1000)}"\n# ${'{'.repeat(1000)}\nb: '${'['.repeat(1000)}'\n`, 256), undefined);
});

test('empty and comment-only files hold no object and no problem', () => {
  assert.deepEqual(parseText('').objects, []);
  const r = parseText('# nothing here yet\n---\n');
  assert.deepEqual([r.objects, r.problems], [[], []]);
});
