// The Helm-template skip recognises Helm templates only. Content in a pull request must not hide a broken manifest
// by putting it in a `templates/` directory or adding `# {{ }}` to it: a file is skipped only under `templates/` of
// a chart (a directory with Chart.yaml) and only when its YAML content, not a comment, holds template syntax. Each
// skipped file is counted and named in the summary of every format. The CLI runs as a process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, spawnCli } from '../support/spawn-cli.js';
import { CANARY, tmpRepo } from './helpers.js';

const TEMPLATE = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: {{ include "app.fullname" . }}
  namespace: {{ .Release.Namespace }}
spec:
  provider: azure
  parameters:
{{- toYaml .Values.kv | nindent 4 }}
`;

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

test('Helm skip: only chart templates with template syntax in content are skipped, each counted and named', async () => {
  const { dir, cleanup } = tmpRepo('helm-');
  try {
    write(dir, {
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'charts/app/templates/spc.yaml': TEMPLATE,
      'charts/app/templates/sub/spc2.yaml': TEMPLATE,
      // In a chart, but the only `{{` is in a comment: plain YAML, linted.
      'charts/app/templates/commented.yaml': `# rendered from {{ .Values.kv }} by hand\n${CANARY}`,
      // Not a chart (no Chart.yaml): a templates/ directory is just a directory, even with a `{{` in a comment...
      'deploy/templates/spc.yaml': `${CANARY.replace('name: canary', 'name: canary2')}# {{ not a template }}\n`,
      // ...or in content: linted (an unquoted {{.Name}} is read as the text it is).
      'deploy/templates/named.yaml': CANARY.replace('name: canary', 'name: {{.Name}}'),
    });
    const args = ['--root', dir, dir];
    const json = await spawnCli([...args, '--format', 'json'], { cwd: dir });
    assert.equal(json.code, 1, describe(json));
    const report = JSON.parse(json.stdout) as { summary: { helmTemplatesSkipped: string[] }; findings: { file: string; ruleId: string; startLine: number }[]; notifications: { id: string; file: string | null }[] };
    const linted = report.findings.filter((f) => f.ruleId === 'spc-parameter-not-string').map((f) => f.file).sort();
    assert.deepEqual(linted, ['charts/app/templates/commented.yaml', 'deploy/templates/named.yaml', 'deploy/templates/spc.yaml'], describe(json));
    assert.deepEqual(report.summary.helmTemplatesSkipped, ['charts/app/templates/spc.yaml', 'charts/app/templates/sub/spc2.yaml']);
    assert.deepEqual(report.notifications.filter((n) => n.id === 'helm-template-skipped').map((n) => n.file), ['charts/app/templates/spc.yaml', 'charts/app/templates/sub/spc2.yaml']);

    const text = await spawnCli(args, { cwd: dir });
    assert.equal(text.code, 1, describe(text));
    assert.match(text.stdout, /\n {2}2 Helm templates skipped, not linted \(render with `helm template` to lint\): charts\/app\/templates\/spc\.yaml, charts\/app\/templates\/sub\/spc2\.yaml\n/, describe(text));

    const sarif = await spawnCli([...args, '--format', 'sarif'], { cwd: dir });
    const invocation = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.deepEqual(invocation.properties.helmTemplatesSkipped, ['charts/app/templates/spc.yaml', 'charts/app/templates/sub/spc2.yaml']);
    assert.equal(invocation.toolExecutionNotifications.filter((n: { descriptor: { id: string } }) => n.descriptor.id === 'helm-template-skipped').length, 2);
  } finally {
    cleanup();
  }
});

test('Helm skip: a broken manifest under templates/ outside a chart, with a {{ comment, is a parse error, not a pass', async () => {
  const { dir, cleanup } = tmpRepo('helm-');
  try {
    write(dir, { 'templates/broken.yaml': '# {{ helm }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: "unclosed\n' });
    const r = await spawnCli(['--root', dir, dir, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, describe(r));
    const report = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[]; summary: { helmTemplatesSkipped: string[] } };
    assert.deepEqual(report.findings.map((f) => [f.file, f.ruleId]), [['templates/broken.yaml', 'yaml-parse-error']]);
    assert.deepEqual(report.summary.helmTemplatesSkipped, []);
  } finally {
    cleanup();
  }
});
