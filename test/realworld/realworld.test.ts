// The real-world corpus (test/realworld/corpus.json): public manifests by others that users copy from, linted as a
// user runs the tool (the CLI as a process), compared exactly with our triaged expectations. The manifests are not
// in this repository; each source is read from ../shared/realworld/<id>/ (or $VVP_KV_LINT_REALWORLD/<id>/) and a
// source that is absent is skipped with a message saying what to place there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../support/paths.js';

interface Source {
  readonly id: string;
  readonly repo: string;
  readonly commit: string;
  readonly licence: string;
  readonly from: string;
  readonly globs: readonly string[];
  readonly expected: Readonly<Record<string, readonly string[]>>;
}

const corpus = JSON.parse(readFileSync(join(REPO_ROOT, 'test/realworld/corpus.json'), 'utf8')) as { sources: Source[] };
const BASE = process.env['VVP_KV_LINT_REALWORLD'] || join(REPO_ROOT, '..', 'shared', 'realworld');
const BIN = join(REPO_ROOT, 'bin', 'vvp-kv-lint.js');

test('the corpus manifest is complete: at least 8 sources, 150 files, each with repo, commit and licence', () => {
  assert.ok(corpus.sources.length >= 8, `${corpus.sources.length} sources`);
  const files = corpus.sources.reduce((n, s) => n + Object.keys(s.expected).length, 0);
  assert.ok(files >= 150, `${files} files`);
  for (const s of corpus.sources) {
    assert.match(s.commit, /^[0-9a-f]{40}$/, s.id);
    assert.ok(s.repo && s.licence && s.globs.length, s.id);
    for (const [file, list] of Object.entries(s.expected)) for (const e of list) assert.match(e, /^\d+:\d+ [a-z0-9-]+$/, `${s.id}/${file}: ${e}`);
  }
});

for (const source of corpus.sources) {
  const dir = join(BASE, source.id);
  const present = Object.keys(source.expected).filter((f) => existsSync(join(dir, f)));
  const skip = present.length === 0
    ? `real-world source ${source.id} absent: place ${source.globs.join(', ')} of ${source.repo} at ${source.commit.slice(0, 12)} (${source.licence}) under ${dir}${source.from ? ` (without the leading ${source.from})` : ''}`
    : false;
  test(`real world ${source.id}: exactly the triaged findings`, { skip }, () => {
    const missing = Object.keys(source.expected).length - present.length;
    if (missing) process.stderr.write(`realworld ${source.id}: ${missing} of ${Object.keys(source.expected).length} files absent under ${dir}; checking the ${present.length} present\n`);
    const run = spawnSync(process.execPath, [BIN, '--root', dir, '--format', 'json', '--fail-level', 'none', ...present], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 0, run.stderr);
    // Nothing on stderr: no library warnings (yaml's "Keys with collection values...") and no crash traces.
    assert.equal(run.stderr, '');
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file?: string; startLine?: number; startColumn?: number }[] };
    const actual = report.findings.map((f) => `${f.file} ${f.startLine}:${f.startColumn} ${f.ruleId}`).sort();
    const expected = present.flatMap((f) => source.expected[f]!.map((e) => `${f} ${e}`)).sort();
    assert.deepEqual(actual, expected);
  });
}
