// `vvp-kv-lint policy` as a user runs it: the manifests validate against the Kubernetes OpenAPI schemas of
// admissionregistration.k8s.io/v1 (the compiled validators kubernetes-models ships), plus the enum and
// unknown-field checks those generated schemas leave out (written from the API reference); levels, namespace
// selectors, config overrides and the Kyverno form carry the same CEL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ValidatingAdmissionPolicy } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy';
import { ValidatingAdmissionPolicyBinding } from 'kubernetes-models/admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding';
import { runCli } from '../support/run-cli.js';
import { EXPORTED } from '../../src/policy/registry.js';
import { evalCel } from './cel-eval.js';
import AjvModule from 'ajv';

// CommonJS package: under NodeNext the default import is module.exports, whose `.default` is the class.
const Ajv = AjvModule.default;

type Doc = Record<string, any>;

function docs(text: string): Doc[] {
  return parseAllDocuments(text).map((d) => {
    assert.deepEqual(d.errors, []);
    return d.toJS() as Doc;
  });
}

const POLICY_SPEC_KEYS = ['paramKind', 'matchConstraints', 'validations', 'failurePolicy', 'auditAnnotations', 'matchConditions', 'variables'];
const BINDING_SPEC_KEYS = ['policyName', 'paramRef', 'matchResources', 'validationActions'];

/** The checks kubernetes-models' schemas do not make (its schemas allow unknown fields and carry no enums). */
function strictChecks(d: Doc): void {
  const spec = d['spec'] as Doc;
  if (d['kind'] === 'ValidatingAdmissionPolicy') {
    for (const k of Object.keys(spec)) assert.ok(POLICY_SPEC_KEYS.includes(k), `unknown policy field ${k}`);
    assert.ok(['Fail', 'Ignore'].includes(spec['failurePolicy']));
    for (const r of spec['matchConstraints']['resourceRules']) for (const op of r.operations) assert.ok(['CREATE', 'UPDATE', 'DELETE', 'CONNECT', '*'].includes(op));
    for (const v of spec['validations']) {
      assert.deepEqual(Object.keys(v).sort(), ['expression', 'message', 'reason']);
      assert.ok(['Unauthorized', 'Forbidden', 'Invalid', 'RequestEntityTooLarge'].includes(v.reason));
      assert.ok(!/[\r\n]/.test(v.message), 'a message must be one line');
    }
    for (const v of spec['variables']) assert.match(v.name, /^[A-Za-z_][A-Za-z0-9_]*$/);
  } else {
    for (const k of Object.keys(spec)) assert.ok(BINDING_SPEC_KEYS.includes(k), `unknown binding field ${k}`);
    const actions = spec['validationActions'] as string[];
    assert.ok(actions.length > 0 && actions.every((a) => ['Deny', 'Warn', 'Audit'].includes(a)));
    assert.ok(!(actions.includes('Deny') && actions.includes('Warn')), 'Deny and Warn together are refused');
    assert.equal(new Set(actions).size, actions.length);
  }
}

test('policy --format vap: schema-valid policies and bindings for every exported rule, each expression parses', async () => {
  const run = await runCli(['policy', '--format', 'vap']);
  assert.equal(run.code, 0, run.stderr);
  const all = docs(run.stdout);
  const policies = all.filter((d) => d['kind'] === 'ValidatingAdmissionPolicy');
  const bindings = all.filter((d) => d['kind'] === 'ValidatingAdmissionPolicyBinding');
  assert.equal(policies.length, bindings.length);
  for (const d of all) {
    assert.equal(d['apiVersion'], 'admissionregistration.k8s.io/v1');
    if (d['kind'] === 'ValidatingAdmissionPolicy') new ValidatingAdmissionPolicy(d as never).validate();
    else new ValidatingAdmissionPolicyBinding(d as never).validate();
    strictChecks(d);
  }
  for (const b of bindings) assert.ok(policies.some((p) => p['metadata'].name === b['spec'].policyName));
  const messages = policies.flatMap((p) => p['spec'].validations.map((v: Doc) => v['message'] as string));
  for (const r of EXPORTED) assert.ok(messages.some((m) => m.startsWith(`[${r.id}]`)), `${r.id} is in a policy`);
  // Default mapping: error=Deny, warning=Warn, note=Audit.
  const actionOf = (name: string): string[] => bindings.find((b) => b['metadata'].name === name)!['spec'].validationActions;
  assert.deepEqual(actionOf('vvp-kv-lint-pods-error'), ['Deny']);
  assert.deepEqual(actionOf('vvp-kv-lint-secretproviderclasses-warning'), ['Warn']);
  assert.deepEqual(actionOf('vvp-kv-lint-secretproviderclasses-note'), ['Audit']);
  // Kinds: the pod shapes and the SPC.
  const resources = policies.flatMap((p) => p['spec'].matchConstraints.resourceRules.flatMap((r: Doc) => r['resources'] as string[]));
  for (const r of ['pods', 'deployments', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'secretproviderclasses']) assert.ok(resources.includes(r), r);
  // Every expression and variable is CEL the evaluator accepts (evaluated on an empty pod / SPC it never errors).
  for (const p of policies) {
    const isSpc = p['metadata'].name.includes('secretproviderclasses');
    const object = new Map<string, unknown>([['metadata', new Map()], ['spec', new Map(isSpc ? [] : [['template', new Map([['spec', new Map()]])], ['jobTemplate', new Map([['spec', new Map([['template', new Map([['spec', new Map()]])]])]])]])]]);
    const variables = new Map<string, unknown>();
    for (const v of p['spec'].variables) variables.set(v.name, evalCel(v.expression, { object, variables }));
    for (const v of p['spec'].validations) assert.equal(evalCel(v.expression, { object, variables }), !isSpc || !/keyvault|tenant-id-invalid|provider-invalid/.test(v.message), v.message);
  }
});

test('policy --level, namespace selectors, config overrides and -o', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-policy-'));
  writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'rules:\n  pod-identity-deprecated: off\n  csi-volume-unmounted: error\n');
  const run = await runCli(['policy', '--format', 'vap', '--level', 'Audit', '--namespace-selector', 'vvp-kv-lint.io/enforce=true', '--exclude-namespace', 'kube-system', '-o', 'out.yaml'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const all = docs(readFileSync(join(dir, 'out.yaml'), 'utf8'));
  for (const b of all.filter((d) => d['kind'] === 'ValidatingAdmissionPolicyBinding')) {
    assert.deepEqual(b['spec'].validationActions, ['Audit']);
    assert.deepEqual(b['spec'].matchResources.namespaceSelector, { matchLabels: { 'vvp-kv-lint.io/enforce': 'true' }, matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }] });
    new ValidatingAdmissionPolicyBinding(b as never).validate();
  }
  const text = JSON.stringify(all);
  assert.ok(!text.includes('[pod-identity-deprecated]'), 'a rule set off in the config is not exported');
  const errorPods = all.find((d) => d['metadata'].name === 'vvp-kv-lint-pods-error')!;
  assert.ok(JSON.stringify(errorPods).includes('[csi-volume-unmounted]'), 'a config level moves the rule');

  const split = await runCli(['policy', '--format', 'vap', '--level', 'error=Deny+Audit,warning=Warn', '--level', 'note=off'], { cwd: dir });
  assert.equal(split.code, 0, split.stderr);
  const names = docs(split.stdout).map((d) => d['metadata'].name as string);
  assert.ok(!names.some((n) => n.endsWith('-note')));
  assert.deepEqual(docs(split.stdout).find((d) => d['kind'] === 'ValidatingAdmissionPolicyBinding' && d['metadata'].name === 'vvp-kv-lint-pods-error')!['spec'].validationActions, ['Deny', 'Audit']);

  for (const bad of [['--level', 'error=Deny+Warn'], ['--level', 'fatal=Deny'], ['--level', 'Block'], ['--namespace-selector', 'novalue']]) {
    const r = await runCli(['policy', '--format', 'vap', ...bad], { cwd: dir });
    assert.equal(r.code, 2, bad.join(' '));
    assert.match(r.stderr, /usage: vvp-kv-lint policy/);
  }
  assert.equal((await runCli(['policy'], { cwd: dir })).code, 2);
  assert.equal((await runCli(['policy', '--format', 'opa'], { cwd: dir })).code, 2);
});

test('policy --format kyverno: the same CEL, plus API-lookup rules for the cross-object checks', async () => {
  const vap = docs((await runCli(['policy', '--format', 'vap'])).stdout);
  const run = await runCli(['policy', '--format', 'kyverno']);
  assert.equal(run.code, 0, run.stderr);
  const all = docs(run.stdout);
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../../../test/policy/kyverno-clusterpolicy.min.schema.json', import.meta.url), 'utf8')));
  for (const d of all) {
    assert.ok(validate(d), `${d['metadata'].name}: ${JSON.stringify(validate.errors)}`);
    assert.equal(d['apiVersion'], 'kyverno.io/v1');
    assert.equal(d['kind'], 'ClusterPolicy');
    for (const r of d['spec'].rules) {
      assert.ok(['Enforce', 'Audit'].includes(r.validate.failureAction));
      assert.ok(r.match.any[0].resources.kinds.length > 0);
    }
  }
  const exprs = (list: Doc[], pick: (d: Doc) => Doc[]): string[] => list.flatMap(pick).map((e) => e['expression'] as string).sort();
  assert.deepEqual(
    exprs(all, (d) => d['spec'].rules.filter((r: Doc) => r['validate'].cel).flatMap((r: Doc) => r['validate'].cel.expressions)),
    exprs(vap.filter((d) => d['kind'] === 'ValidatingAdmissionPolicy'), (d) => d['spec'].validations),
  );
  const lookups = all.filter((d) => d['metadata'].name.startsWith('vvp-kv-lint-lookups-')).flatMap((d) => d['spec'].rules.map((r: Doc) => r['name']));
  assert.deepEqual(lookups.sort(), ['csi-spc-not-found', 'sp-secret-keys-missing', 'sp-secret-not-found']);
  assert.match(run.stdout, /secrets-store\.csi\.x-k8s\.io\/v1\/namespaces\/\{\{ request\.object\.metadata\.namespace \}\}\/secretproviderclasses/);
});

test('policy --list names every non-exportable rule with its reason', async () => {
  const run = await runCli(['policy', '--list']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /csi-spc-not-found: needs another object/);
  assert.match(run.stdout, /spc-objects-invalid: parses the YAML/);
});
