import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { emptyResult, sampleResult } from './sample.js';

test('escaping follows @actions/core: % CR LF in data, also : and , in properties', () => {
  assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
  assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
});

test('one command per unsuppressed finding and per notification', () => {
  const lines = formatGithub(sampleResult()).trimEnd().split('\n');
  assert.equal(lines.length, 6 + 2);
  assert.equal(
    lines[0],
    '::warning file=k8s/spc.yaml,line=1,col=13,endLine=1,endColumn=48,title=spc-api-version::apiVersion secrets-store.csi.x-k8s.io/v1alpha1 is deprecated; use secrets-store.csi.x-k8s.io/v1.',
  );
  // Related locations go on following lines of the message (escaped newline).
  assert.equal(
    lines[2],
    '::error file=k8s/my app/déploiement.yaml,line=19,col=23,endLine=19,endColumn=28,title=csi-volume-not-readonly::spec.template.spec.volumes[0].csi.readOnly is false: the driver refuses the mount ("Readonly is not true in request").%0A↳ k8s/spc.yaml:4:9 SecretProviderClass kv-spc mounted by this volume',
  );
  // Empty span: one column wide.
  assert.ok(lines[3]!.startsWith('::warning file=k8s/my app/déploiement.yaml,line=17,col=11,endLine=17,endColumn=12,'));
  // Live finding: no file, the object in the title, the field path in the message.
  assert.ok(lines[4]!.startsWith('::error title=csi-spc-not-found (pod/vvp-jobs/job-1-taskmanager-0)::spec.volumes[0].csi.volumeAttributes.secretProviderClass: SecretProviderClass kv-spc'));
  // Notes are notices; the suppressed note is absent.
  assert.ok(lines[5]!.startsWith('::notice file=values/vvp-values.yaml,line=3,col=5,'));
  assert.ok(!lines.some((l) => l.includes('csi-mount-not-readonly')));
  assert.equal(lines[6], '::warning file=k8s/locked.yaml,title=vvp-kv-lint%3A file-unreadable::EACCES: cannot read file');
  assert.equal(lines[7], '::notice title=vvp-kv-lint%3A k8s-forbidden::listing Secrets in vvp-jobs is forbidden: sp-secret rules were skipped');
});

test('multi-line regions carry no columns; hostile text cannot break out of the command', () => {
  const r = sampleResult();
  const base = r.findings[0]!;
  const loc = base.location;
  assert.equal(loc.kind, 'file');
  if (loc.kind !== 'file') return;
  const finding = {
    ...base,
    message: 'bad\n::error::injected, 100%',
    location: { ...loc, span: { start: 0, end: loc.file.text.indexOf('metadata') } },
  };
  const [line] = formatGithub({ ...r, findings: [finding], notifications: [] }).trimEnd().split('\n');
  assert.equal(line, '::warning file=k8s/spc.yaml,line=1,endLine=2,title=spc-api-version::bad%0A::error::injected, 100%25');
});

test('nothing to report: empty output', () => {
  assert.equal(formatGithub(emptyResult()), '');
});
