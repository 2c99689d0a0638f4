// The GitHub Action as a workflow uses it: action.yml and examples/github-workflow.yml pass @action-validator/cli,
// and the action's `runs.main` is run the way the runner runs a JavaScript action (`node <main>` in the workspace,
// inputs as INPUT_* variables, outputs appended to $GITHUB_OUTPUT) from a clone of this repository at a commit,
// which has no node_modules: exactly what `uses: vvp-kv-lint/vvp-kv-lint@<ref>` checks out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';
import { cloneAtCommit } from './hook-clone.js';

const validator = join(REPO_ROOT, 'node_modules/@action-validator/cli/cli.mjs');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main?: string; steps?: unknown };
}
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

function validate(file: string): { status: number; output: string } {
  const r = spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

test('examples/github-workflow.yml passes @action-validator/cli', () => {
  const r = validate(join(REPO_ROOT, 'examples/github-workflow.yml'));
  assert.equal(r.status, 0, r.output);
});

test('action.yml passes @action-validator/cli', () => {
  const r = validate(join(REPO_ROOT, 'action.yml'));
  if (r.status === 0) return;
  // @action-validator/cli 0.6.0 (the latest) predates the node24 runtime: its schema only knows node12/16/20. When
  // that enum is the only complaint, validate everything else with `using` set to node20.
  const report = JSON.parse(r.output) as { errors: { path: string; states?: { errors: { path: string; code: string }[] }[] }[] };
  const onlyUsing = report.errors.length === 1 && report.errors[0]!.path === '/runs' && report.errors[0]!.states!.some((s) => s.errors.length === 1 && s.errors[0]!.path === '/runs/using' && s.errors[0]!.code === 'enum');
  assert.ok(onlyUsing, r.output);
  const dir = mkdtempSync(join(tmpdir(), 'vvp-action-yml-'));
  try {
    const copy = join(dir, 'action.yml');
    writeFileSync(copy, readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8').replace(/^  using: node24$/m, '  using: node20'));
    const again = validate(copy);
    assert.equal(again.status, 0, again.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('action.yml: a node24 JavaScript action running the committed bundle, with a category input', () => {
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/bundle/action.js');
  assert.equal(action.runs.steps, undefined, 'no composite steps: no setup-node, no npm ci');
  assert.ok(existsSync(join(REPO_ROOT, action.runs.main)));
  for (const input of ['paths', 'config', 'fail-level', 'format', 'output', 'baseline', 'category']) assert.ok(input in action.inputs, input);
  assert.equal(action.inputs['category']!.default, 'vvp-kv-lint');
  for (const output of ['output', 'category', 'exit-code']) assert.ok(output in action.outputs, output);
});

test('the GitHub example: permissions, category passed through, fork pull requests tolerated', () => {
  const wf = parse(readFileSync(join(REPO_ROOT, 'examples/github-workflow.yml'), 'utf8')) as {
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string>; 'continue-on-error'?: string }[] }>;
  };
  assert.deepEqual(wf.permissions, { contents: 'read', 'security-events': 'write', actions: 'read' });
  const steps = wf.jobs['lint']!.steps;
  const lint = steps.find((s) => s.uses?.startsWith('vvp-kv-lint/vvp-kv-lint@'))!;
  for (const key of Object.keys(lint.with ?? {})) assert.ok(key in action.inputs, `unknown input ${key}`);
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  assert.equal(upload.with!['category'], '${{ steps.lint.outputs.category }}');
  assert.equal(upload.with!['sarif_file'], '${{ steps.lint.outputs.output }}');
  assert.match(upload['continue-on-error']!, /head\.repo\.fork/);
});

test('the action runs as the runner runs it: SARIF under the category, annotations, outputs, exit code', { timeout: 120_000 }, (t) => {
  const [clone] = cloneAtCommit(REPO_ROOT);
  const workspace = mkdtempSync(join(tmpdir(), 'vvp-action-workspace-'));
  t.after(() => [clone, workspace].forEach((d) => rmSync(d, { recursive: true, force: true })));
  assert.ok(!existsSync(join(clone, 'node_modules')));
  cpSync(join(REPO_ROOT, 'fixtures'), join(workspace, 'fixtures'), { recursive: true });

  const runAction = (inputs: Record<string, string>) => {
    const outputFile = join(workspace, `github-output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
    // The runner passes every declared input, with its default when the workflow does not set it.
    for (const [name, def] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? def.default ?? '';
    const r = spawnSync(process.execPath, [join(clone, action.runs.main!)], { cwd: workspace, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter((l) => l !== '').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
  };

  const prod = runAction({ paths: 'fixtures/', category: 'vvp-kv-lint/prod', output: 'prod.sarif' });
  assert.equal(prod.status, 1, prod.stderr);
  assert.match(prod.stdout, /^::error file=fixtures\//m);
  assert.deepEqual(prod.outputs, { output: 'prod.sarif', category: 'vvp-kv-lint/prod', 'exit-code': '1' });
  const sarif = JSON.parse(readFileSync(join(workspace, 'prod.sarif'), 'utf8')) as { runs: { automationDetails?: { id: string }; results: unknown[] }[] };
  assert.equal(sarif.runs[0]!.automationDetails?.id, 'vvp-kv-lint/prod/');
  assert.ok(sarif.runs[0]!.results.length > 0);

  // A second use in the same repository, with its own category, does not share the first one's.
  const other = runAction({ paths: 'fixtures/k8s', category: 'vvp-kv-lint-k8s', output: 'k8s.sarif', 'fail-level': 'none' });
  assert.equal(other.status, 0, other.stderr);
  assert.equal(other.outputs['exit-code'], '0');
  assert.equal((JSON.parse(readFileSync(join(workspace, 'k8s.sarif'), 'utf8')) as { runs: { automationDetails: { id: string } }[] }).runs[0]!.automationDetails.id, 'vvp-kv-lint-k8s/');

  const broken = runAction({ paths: 'fixtures/', config: 'missing.yaml' });
  assert.equal(broken.status, 2);
  assert.equal(broken.outputs['exit-code'], '2');
});
