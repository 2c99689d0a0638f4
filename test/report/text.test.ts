import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../src/report/text.js';
import { shouldColor } from '../../src/report/color.js';
import { loadPaint } from '../../src/report/paint.js';
import { emptyResult, sampleResult } from './sample.js';

test('stylish layout: file blocks, aligned rows, related lines, live block, tool problems, summary', () => {
  const out = formatText(sampleResult(), {});
  const lines = out.split('\n');
  // File blocks come first, sorted by path; the live object block after them.
  const headers = lines.filter((l) => l !== '' && !l.startsWith(' ') && !l.startsWith('✖'));
  assert.deepEqual(headers, ['k8s/my app/déploiement.yaml', 'k8s/spc.yaml', 'values/vvp-values.yaml', 'pod/vvp-jobs/job-1-taskmanager-0', 'Tool problems']);

  // Rows are sorted by position, line numbers right-aligned so the ':' lines up, trailing period dropped.
  const spc = lines.indexOf('k8s/spc.yaml');
  assert.match(lines[spc + 1]!, /^ {2}1:13 {2}warning {2}apiVersion secrets-store\.csi\.x-k8s\.io\/v1alpha1 is deprecated; use secrets-store\.csi\.x-k8s\.io\/v1 +spc-api-version$/);
  assert.match(lines[spc + 2]!, /^ {2}9:5 {3}warning {2}The Azure provider does not read parameter `keyVaultName`; did you mean `keyvaultName`\? +spc-parameter-unknown$/);
  assert.equal(lines[spc + 1]!.indexOf('spc-api-version'), lines[spc + 2]!.indexOf('spc-parameter-unknown'), 'rule ids aligned');

  const dep = lines.indexOf('k8s/my app/déploiement.yaml');
  assert.match(lines[dep + 1]!, /^ {2}17:11 {2}warning {2}Volume secrets is not mounted by any container +csi-volume-unmounted$/);
  assert.match(lines[dep + 2]!, /^ {2}19:23 {2}error {4}spec\.template\.spec\.volumes\[0\]\.csi\.readOnly is false/);
  assert.equal(lines[dep + 3], '         ↳ k8s/spc.yaml:4:9 SecretProviderClass kv-spc mounted by this volume');

  // Live findings: the field path replaces line:col; related locations may be files or other live objects.
  const pod = lines.indexOf('pod/vvp-jobs/job-1-taskmanager-0');
  assert.match(lines[pod + 1]!, /^ {2}spec\.volumes\[0\]\.csi\.volumeAttributes\.secretProviderClass {2}error {2}SecretProviderClass kv-spc is not in namespace vvp-jobs of cluster aks-prod {2}csi-spc-not-found$/);
  assert.match(lines[pod + 2]!, /^ +↳ k8s\/spc\.yaml:4:3 the project defines kv-spc here$/);
  assert.match(lines[pod + 3]!, /^ +↳ pod\/vvp-jobs\/job-1-taskmanager-0 metadata\.namespace pod namespace$/);

  const tools = lines.indexOf('Tool problems');
  assert.match(lines[tools + 1]!, /^ {2}warning {2}k8s\/locked\.yaml: EACCES: cannot read file +file-unreadable$/);
  assert.match(lines[tools + 2]!, /^ {2}note {5}listing Secrets in vvp-jobs is forbidden: sp-secret rules were skipped {2}k8s-forbidden$/);

  // The suppressed finding is not listed, only counted.
  assert.ok(!out.includes('csi-mount-not-readonly'));
  // A failed read is named above the count: a report with a tool error never reads as complete.
  assert.ok(out.endsWith('\n✖ incomplete: 1 read failed (file-unreadable)\n✖ 6 problems (2 errors, 3 warnings, 1 note)\n  3 problems fixable with --fix (preview: --fix-dry-run)\n  1 suppressed finding not shown\n'), out);
  assert.ok(!out.includes('\u001b['), 'no escape codes without colour');
});

test('no findings: only the success line', () => {
  assert.equal(formatText(emptyResult(), {}), '✔ No problems found (2 files, 4 documents)\n');
  const one = formatText({ ...emptyResult(), filesRead: 1, documentsRead: 1 }, {});
  assert.equal(one, '✔ No problems found (1 file, 1 document)\n');
});

test('only suppressed findings: success line plus the suppressed count', () => {
  const r = sampleResult();
  const out = formatText({ ...r, notifications: [], findings: r.findings.filter((f) => f.suppressions) }, {});
  assert.equal(out, '✔ No problems found (3 files, 3 documents)\n  1 suppressed finding not shown\n');
});

test('tool problems are listed even when no finding is, and then "No problems found" is never said', () => {
  const r = sampleResult();
  const out = formatText({ ...r, findings: [] }, {});
  assert.ok(out.startsWith('\nTool problems\n'));
  assert.ok(out.endsWith('\n\n✖ incomplete: 1 read failed (file-unreadable)\n  no problems found in what could be read (3 files, 3 documents)\n'), out);
  assert.ok(!out.includes('No problems found'));
});

test('colour: ANSI codes only when asked, from a private Chalk instance', async () => {
  const coloured = formatText(sampleResult(), { paint: await loadPaint() });
  assert.ok(coloured.includes('\u001b[31merror'), 'errors in red');
  assert.ok(coloured.includes('\u001b[4mk8s/spc.yaml\u001b[24m'), 'file header underlined');
  assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), formatText(sampleResult(), {}));
});

test('shouldColor honours NO_COLOR, FORCE_COLOR and TTY', () => {
  assert.equal(shouldColor({ isTTY: true, env: {} }), true);
  assert.equal(shouldColor({ isTTY: false, env: {} }), false);
  assert.equal(shouldColor({ isTTY: true, env: { NO_COLOR: '1' } }), false);
  assert.equal(shouldColor({ isTTY: true, env: { NO_COLOR: '' } }), true);
  assert.equal(shouldColor({ isTTY: false, env: { FORCE_COLOR: '1' } }), true);
  assert.equal(shouldColor({ isTTY: true, env: { FORCE_COLOR: '0' } }), false);
  assert.equal(shouldColor({ isTTY: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }), false);
  assert.equal(shouldColor({ isTTY: true, env: { TERM: 'dumb' } }), false);
});
