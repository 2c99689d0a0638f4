// Property: on random mutated manifests (SPC + Pod + Secret shapes, block/flow, quoting, comments, CRLF),
// --fix never produces YAML that fails to parse and never changes a byte outside the edits it reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { lint } from '../../src/engine/lint.js';
import { fixProject } from '../../src/engine/fix.js';
import type { LintResult, TextEdit } from '../../src/engine/types.js';

const q = (style: number, s: string): string => (style === 0 ? s : style === 1 ? `"${s}"` : `'${s}'`);

const manifest = fc.record({
  apiVersion: fc.constantFrom('secrets-store.csi.x-k8s.io/v1', 'secrets-store.csi.x-k8s.io/v1alpha1', 'secrets-store.csi.k8s.io/v1'),
  apiQuote: fc.integer({ min: 0, max: 2 }),
  tenantKey: fc.constantFrom('tenantID', 'tenantId', 'TenantID'),
  flag: fc.constantFrom('true', '"true"', 'yes', 'false', 'on', '1'),
  flagKey: fc.constantFrom('useVMManagedIdentity', 'usevmmanagedidentity', 'UseVMManagedIdentity'),
  paramsFlow: fc.boolean(),
  driver: fc.constantFrom('secrets-store.csi.k8s.io', 'secrets-store.csi.x-k8s.io', 'secrets.csi'),
  driverQuote: fc.integer({ min: 0, max: 2 }),
  volReadOnly: fc.constantFrom('', 'readOnly: true', 'readOnly: false', 'readOnly: "true"'),
  csiFlow: fc.boolean(),
  mountReadOnly: fc.constantFrom('', 'true', 'false'),
  mountFlow: fc.boolean(),
  labels: fc.constantFrom('none', 'empty-flow', 'bare', 'map', 'wrong'),
  comment: fc.boolean(),
  crlf: fc.boolean(),
  order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
});

type Manifest = typeof manifest extends fc.Arbitrary<infer T> ? T : never;

function render(m: Manifest): string {
  const c = m.comment ? '  # note' : '';
  const params = [
    `keyvaultName: kv-vvp-prod${c}`,
    `${m.tenantKey}: "6f1c9e2a-4b7d-4c3e-9a8f-2d5b1e0c7a94"`,
    `${m.flagKey}: ${m.flag}`,
    'userAssignedIdentityID: "8c3b1a2d-5e4f-4d6c-9b8a-7e6f5d4c3b2a"',
  ];
  const spc = [
    `apiVersion: ${q(m.apiQuote, m.apiVersion)}`, 'kind: SecretProviderClass', 'metadata:', '  name: kv', '  namespace: vvp', 'spec:', '  provider: azure',
    ...(m.paramsFlow ? [`  parameters: {${params.map((p) => p.replace(/ *#.*$/, '')).join(', ')}}`] : ['  parameters:', ...params.map((p) => `    ${p}`)]),
  ].join('\n');
  const csiFields = [`driver: ${q(m.driverQuote, m.driver)}`, ...(m.volReadOnly ? [m.volReadOnly] : []), 'volumeAttributes: {secretProviderClass: kv}', 'nodePublishSecretRef: {name: sp}'];
  const mountFields = ['name: kv', 'mountPath: /mnt/kv', ...(m.mountReadOnly ? [`readOnly: ${m.mountReadOnly}`] : [])];
  const pod = [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  namespace: vvp', 'spec:', '  containers:', '    - name: app', '      image: busybox',
    ...(m.mountFlow ? [`      volumeMounts: [{${mountFields.join(', ')}}]`] : ['      volumeMounts:', ...mountFields.map((f, i) => `${i === 0 ? '        - ' : '          '}${f}${i === 0 ? c : ''}`)]),
    '  volumes:', '    - name: kv',
    ...(m.csiFlow ? [`      csi: {${csiFields.join(', ')}}`] : ['      csi:', ...csiFields.map((f) => `        ${f}`)]),
  ].join('\n');
  const labels = { none: [], 'empty-flow': ['  labels: {}'], bare: [`  labels:${c}`], map: ['  labels:', '    app: x'], wrong: ['  labels:', '    secrets-store.csi.k8s.io/used: "false"'] }[m.labels];
  const secret = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: sp', ...labels, '  namespace: vvp', 'type: Opaque'].join('\n');
  const docs = [spc, pod, secret];
  const text = m.order.map((i) => docs[i]).join('\n---\n') + '\n';
  return m.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Every byte of `before` outside the edits' spans appears, in order and uncut, in `after`. */
function onlyEditedRegionsChanged(before: string, after: string, edits: readonly TextEdit[]): boolean {
  const spans = [...edits].map((e) => e.span).sort((a, b) => a.start - b.start);
  const kept: string[] = [];
  let pos = 0;
  for (const s of spans) {
    kept.push(before.slice(pos, Math.max(pos, s.start)));
    pos = Math.max(pos, s.end);
  }
  kept.push(before.slice(pos));
  if (!after.startsWith(kept[0]!) || !after.endsWith(kept[kept.length - 1]!)) return false;
  let at = kept[0]!.length;
  for (const seg of kept.slice(1, -1)) {
    const found = after.indexOf(seg, at);
    if (found < 0) return false;
    at = found + seg.length;
  }
  return at <= after.length - kept[kept.length - 1]!.length;
}

test('fix property: never invalid YAML, never a byte changed outside the reported edits', async () => {
  let fixedRuns = 0;
  await fc.assert(
    fc.asyncProperty(manifest, async (m) => {
      const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-prop-'));
      try {
        const file = join(dir, 'all.yaml');
        const original = render(m);
        writeFileSync(file, original);
        const opts = { cwd: dir, targets: [dir], root: dir };
        const initial = (await lint(opts)).result;
        // Each pass: the text before it, and the edits the lint before it offered for this file.
        const passes: { text: string; result: LintResult }[] = [{ text: original, result: initial }];
        const outcome = await fixProject(initial, {
          write: true,
          relint: async () => {
            const result = (await lint(opts)).result;
            passes.push({ text: readFileSync(file, 'utf8'), result });
            return result;
          },
        });
        const final = readFileSync(file, 'utf8');
        for (const d of parseAllDocuments(final)) assert.deepEqual((d as { errors: unknown[] }).errors, [], final);
        for (let k = 0; k + 1 < passes.length; k++) {
          const edits = passes[k]!.result.findings.flatMap((f) => f.fix?.edits ?? []);
          assert.ok(onlyEditedRegionsChanged(passes[k]!.text, passes[k + 1]!.text, edits), `pass ${k + 1} changed bytes outside its edits:\n${passes[k]!.text}\n=>\n${passes[k + 1]!.text}`);
        }
        assert.equal(outcome.pending, 0);
        if (outcome.files.length) fixedRuns++;
        if (m.crlf) assert.ok(!/[^\r]\n/.test(final), 'CRLF kept');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: 60, seed: 20240917 },
  );
  assert.ok(fixedRuns > 30, `most generated manifests need a fix (${fixedRuns} did)`);
});
