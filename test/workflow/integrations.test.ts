// The GitLab example wired to the CLI's real flags; `rules` and `explain`. (action.yml and the GitHub example:
// action.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

test('the GitLab example keeps the JSON report as an artifact', () => {
  const gl = parse(readFileSync(join(REPO_ROOT, 'examples/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { paths: string[] } }>;
  const job = gl['vvp-kv-lint']!;
  assert.ok(job.script.some((s) => s.includes('--format json --output vvp-kv-lint.json')));
  assert.deepEqual(job.artifacts.paths, ['vvp-kv-lint.json']);
});

test('vvp-kv-lint rules lists every rule aligned, and as JSON', async () => {
  const ids = (await import('node:fs')).readdirSync(join(REPO_ROOT, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  const text = await runCli(['rules']);
  assert.equal(text.code, 0);
  const rows = text.stdout.split('\n').filter((l) => /^[a-z0-9-]+ {2,}(error|warning|note) /.test(l));
  assert.equal(rows.length, ids.length);
  const levelColumn = new Set(rows.map((r) => r.search(/ (error|warning|note) /)));
  assert.equal(levelColumn.size, 1, 'levels are aligned');
  const json = await runCli(['rules', '--format', 'json']);
  const list = JSON.parse(json.stdout) as { id: string; level: string; group: string; helpUri: string }[];
  assert.deepEqual(list.map((r) => r.id).sort(), [...ids].sort());
  assert.equal(list.find((r) => r.id === 'spc-api-version')!.helpUri, 'https://github.com/vvp-kv-lint/vvp-kv-lint/blob/main/docs/rules/spc-api-version.md');
  assert.equal((await runCli(['rules', '--format', 'sarif'])).code, 2);
});

test('vvp-kv-lint explain prints the rule page; an unknown id exits 2 with close matches', async () => {
  const ok = await runCli(['explain', 'spc-api-version']);
  assert.equal(ok.code, 0);
  assert.match(ok.stdout, /^# spc-api-version/);
  for (const section of ['## Why it matters', '## Incorrect', '## Correct', '## How to fix', '## How to suppress']) assert.ok(ok.stdout.includes(section), section);
  const bad = await runCli(['explain', 'spc-api-verison']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown rule "spc-api-verison"; did you mean: spc-api-version/);
});
