// Rules tested one at a time over in-memory files with the RuleTester (src/engine/rule-tester.ts): message ids and
// data, exact start and end positions, fix output. Also the contract's own guarantees: kinds a rule does not declare
// are invisible to it, and a rule author's mistakes (unknown messageId, undeclared fix) fail the rule loudly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testRule, runOne } from '../../src/testing/rule-tester.js';
import { defineRule } from '../../src/rules/contract.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';
import { runRules } from '../../src/engine/run.js';
import { loadFiles } from '../../src/load/memory.js';

const spc = (name: string, namespace: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  provider: azure
  parameters:
    keyvaultName: kv-prod
`;

const pod = (spcName: string, mount = '          readOnly: true\n'): string => `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: jobs
spec:
  containers:
    - name: app
      image: nginx
      volumeMounts:
        - name: secrets
          mountPath: /mnt/secrets
${mount}  volumes:
    - name: secrets
      csi:
        driver: secrets-store.csi.k8s.io
        readOnly: true
        volumeAttributes:
          secretProviderClass: ${spcName}
`;

testRule('csi-spc-not-found', {
  valid: [
    { name: 'SPC in the pod namespace', files: { 'spc.yaml': spc('kv', 'jobs'), 'pod.yaml': pod('kv') } },
    { name: 'no SPC in the project: not decidable', files: { 'pod.yaml': pod('kv') } },
  ],
  invalid: [
    {
      name: 'SPC in another namespace',
      files: { 'spc.yaml': spc('kv', 'other'), 'pod.yaml': pod('kv') },
      errors: [{ messageId: 'inOtherNamespace', data: { name: 'kv', namespace: 'jobs', otherNamespace: 'other' }, file: 'pod.yaml', line: 20, column: 32, endLine: 20, endColumn: 34 }],
    },
    {
      name: 'no SPC of that name',
      files: { 'spc.yaml': spc('kv', 'jobs'), 'pod.yaml': pod('kv-typo') },
      errors: [{ messageId: 'notFound', data: { name: 'kv-typo' }, line: 20, column: 32, endColumn: 39, message: 'SecretProviderClass kv-typo not found in the pod namespace jobs.' }],
    },
  ],
}, test);

testRule('csi-mount-not-readonly', {
  valid: [{ files: pod('kv') }],
  invalid: [
    {
      name: 'readOnly missing: the fix adds it',
      files: pod('kv', ''),
      errors: [{ messageId: 'mountNotReadonly', data: { container: 'app', volume: 'secrets' }, line: 11, column: 11 }],
      output: pod('kv'),
    },
    {
      name: 'readOnly: false: the fix flips it',
      files: pod('kv', '          readOnly: false\n'),
      errors: [{ messageId: 'mountNotReadonly', line: 11 }],
      output: pod('kv'),
    },
  ],
}, test);

testRule('spc-parameter-unknown', {
  valid: [{ files: spc('kv', 'jobs') }],
  invalid: [
    {
      name: 'a key that differs by case only is renamed',
      files: spc('kv', 'jobs').replace('keyvaultName', 'keyVaultName'),
      errors: [{ messageId: 'wrongCase', data: { key: 'keyVaultName', suggestion: 'keyvaultName' }, line: 9, column: 5, endColumn: 17 }],
      output: spc('kv', 'jobs'),
    },
    {
      name: 'a near miss is suggested, not renamed',
      files: `${spc('kv', 'jobs')}    tenantIdd: "x"\n`,
      errors: [{ messageId: 'didYouMean', data: { key: 'tenantIdd', suggestion: 'tenantID' }, line: 10 }],
      output: null,
    },
  ],
}, test);

testRule('yaml-duplicate-key', {
  valid: [{ files: 'a: 1\nb: 2\n' }],
  invalid: [{ files: 'a: 1\nb: 2\na: 3\n', errors: [{ messageId: 'duplicateKey', data: { key: '"a"' }, line: 3, column: 1, endColumn: 2 }] }],
}, test);

test('contract: a rule sees only the kinds it declares (the loader keeps what rules declare)', () => {
  const real = RULE_MODULES.find((m) => m.id === 'csi-spc-not-found')!;
  const files = { 'spc.yaml': spc('kv', 'other'), 'pod.yaml': pod('kv') };
  assert.equal(runOne(real, { files }).length, 1);
  const blind = { id: real.id, definition: { ...real.definition, kinds: ['SecretProviderClass'] } };
  assert.equal(runOne(blind, { files }).length, 0, 'without Pod among its kinds, the rule never sees the pod');
});

test('contract: an unknown messageId or an undeclared fix fails the rule, and other rules still run', () => {
  const inventory = loadFiles({ 'pod.yaml': pod('kv', '') });
  const bad = defineRule({
    kinds: ['Pod'],
    messages: { known: 'known' },
    create(ctx) {
      const o = ctx.inventory.objects[0]!;
      ctx.report({ object: o, path: [], messageId: 'unknown' as 'known' });
    },
  });
  const unfixable = defineRule({
    kinds: ['Pod'],
    messages: { known: 'known' },
    create(ctx) {
      const o = ctx.inventory.objects[0]!;
      ctx.report({ object: o, path: [], messageId: 'known', fix: () => undefined });
    },
  });
  const good = RULE_MODULES.find((m) => m.id === 'csi-mount-not-readonly')!;
  const out = runRules(inventory, { rules: [{ id: 'csi-spc-not-found', definition: bad }, { id: 'csi-driver-invalid', definition: unfixable }, good] });
  assert.deepEqual(out.findings.map((f) => f.ruleId), ['csi-mount-not-readonly']);
  assert.deepEqual(out.notifications.map((n) => n.message), [
    'rule csi-spc-not-found failed: rule csi-spc-not-found reported messageId "unknown", which is not in its messages',
    'rule csi-driver-invalid failed: rule csi-driver-invalid reported a fix but does not declare fixable: true',
  ]);
});

test('contract: every rule module is registered under its file name and declares kinds and messages', () => {
  for (const m of RULE_MODULES) {
    assert.ok(Array.isArray(m.definition.kinds), `${m.id}: kinds`);
    assert.ok(Object.keys(m.definition.messages).length > 0, `${m.id}: messages`);
    for (const [id, text] of Object.entries(m.definition.messages)) assert.ok(typeof text === 'string' && text.trim() !== '', `${m.id}.${id}`);
  }
});

/** Registers a RuleTester suite into a list instead of node:test, runs each case and returns its error (or ''). */
function outcomes(ruleId: string, tests: Parameters<typeof testRule>[1]): Record<string, string> {
  const registered: [string, () => void | Promise<void>][] = [];
  testRule(ruleId, tests, (name, fn) => registered.push([name, fn]));
  const out: Record<string, string> = {};
  for (const [name, fn] of registered) {
    try {
      void fn();
      out[name] = '';
    } catch (e) {
      out[name] = (e as Error).message.split('\n')[0]!;
    }
  }
  return out;
}

test('RuleTester: a case with the same input as an earlier one fails as a duplicate', () => {
  const r = outcomes('yaml-duplicate-key', {
    valid: [{ name: 'first', files: 'a: 1\n' }, { files: 'a: 1\n' }],
    invalid: [{ files: 'a: 1\na: 2\n', errors: [{ messageId: 'duplicateKey' }] }, { files: 'a: 1\na: 2\n', errors: [{ messageId: 'duplicateKey' }] }],
  });
  assert.deepEqual(r, {
    'yaml-duplicate-key valid #1: first': '',
    'yaml-duplicate-key valid #2': 'duplicate case: same input as "yaml-duplicate-key valid #1: first"',
    'yaml-duplicate-key invalid #1': '',
    'yaml-duplicate-key invalid #2': 'duplicate case: same input as "yaml-duplicate-key invalid #1"',
  });
});

test('RuleTester: every invalid case of a fixable rule states its output (null: no fix applies)', () => {
  const broken = pod('kv', '');
  const r = outcomes('csi-mount-not-readonly', {
    valid: [],
    invalid: [
      { name: 'no output', files: broken, errors: [{ messageId: 'mountNotReadonly' }] },
      { name: 'null although a fix applies', files: { 'a.yaml': broken }, errors: [{ messageId: 'mountNotReadonly' }], output: null },
      { name: 'right output', files: { 'b.yaml': broken }, errors: [{ messageId: 'mountNotReadonly' }], output: { 'b.yaml': pod('kv') } },
    ],
  });
  assert.deepEqual(r, {
    'csi-mount-not-readonly invalid #1: no output': 'csi-mount-not-readonly is fixable: give every invalid case an output (the text after its fixes, or null when no fix applies)',
    'csi-mount-not-readonly invalid #2: null although a fix applies': 'the rule fixed a.yaml: give the case an output',
    'csi-mount-not-readonly invalid #3: right output': '',
  });
});
