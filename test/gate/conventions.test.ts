// CLI conventions users know from ESLint and kubectl, through the real CLI process (help texts of every command also
// through the CLI's main in this process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, spawnCli, summaryLines } from '../support/spawn-cli.js';
import { runCli } from '../support/run-cli.js';
import { CANARY } from '../hostile/helpers.js';

function tmp(git: boolean): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-conv-'));
  if (git) execFileSync('git', ['init', '-q'], { cwd: dir });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('each command answers --help with its own help, exit 0', async () => {
  const cwd = tmpdir();
  const expected: Record<string, RegExp> = {
    lint: /^Usage: vvp-kv-lint \[lint\] \[paths\.\.\.\][\s\S]*--max-warnings N[\s\S]*--stdin-filename/,
    audit: /^Usage: vvp-kv-lint audit [\s\S]*--kubeconfig FILE/,
    rules: /^Usage: vvp-kv-lint rules /,
    baseline: /^Usage: vvp-kv-lint baseline write FILE/,
    explain: /^Usage: vvp-kv-lint explain <rule-id>/,
  };
  // Every command and both spellings through the CLI's main, in this process; two of them through the process too,
  // for what only the process adds: help on stdout and exit 0 (a process apiece costs the suite 0.2 s of CPU).
  for (const [command, re] of Object.entries(expected)) {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([command, flag], { cwd });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, re, `${command} ${flag}`);
    }
  }
  for (const [command, flag] of [['lint', '--help'], ['audit', '-h']] as const) {
    const r = await spawnCli([command, flag], { cwd });
    assert.equal(r.code, 0, describe(r));
    assert.match(r.stdout, expected[command]!, `${command} ${flag}`);
  }
  const inline = await spawnCli(['fixtures/', '--help'], { cwd });
  assert.equal(inline.code, 0);
  assert.match(inline.stdout, /^Usage: vvp-kv-lint \[lint\]/);
});

test('an unknown option says so, with a suggestion, exit 2', async () => {
  const cwd = tmpdir();
  const cases: [string[], RegExp][] = [
    [['--formt', 'json'], /^vvp-kv-lint: unknown option --formt \(did you mean --format\?\)$/m],
    [['audit', '--contxt', 'x'], /^vvp-kv-lint: unknown option --contxt \(did you mean --context\?\)$/m],
    [['rules', '--grup', 'spc'], /^vvp-kv-lint: unknown option --grup \(did you mean --group\?\)$/m],
    [['baseline', 'write', 'b.json', '--rot', '.'], /^vvp-kv-lint: unknown option --rot \(did you mean --root\?\)$/m],
    [['--max-warning', '1'], /^vvp-kv-lint: unknown option --max-warning \(did you mean --max-warnings\?\)$/m],
    [['--zzzzzzzz'], /^vvp-kv-lint: unknown option --zzzzzzzz$/m],
  ];
  // Every case through the CLI's main in this process, the first through the process too (stderr and exit 2 as a
  // shell sees them).
  for (const [args, re] of cases) {
    const r = await runCli(args, { cwd });
    assert.equal(r.code, 2, `exit ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, re);
    assert.doesNotMatch(r.stderr, /To specify a positional argument|ERR_PARSE_ARGS/);
  }
  const [args, re] = cases[0]!;
  const r = await spawnCli(args, { cwd });
  assert.equal(r.code, 2, describe(r));
  assert.match(r.stderr, re);
});

test('an unknown rule id in the config or in --rule is a configuration error with position and suggestion', async () => {
  const { dir, cleanup } = tmp(true);
  try {
    writeFileSync(join(dir, 'spc.yaml'), CANARY);
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'failLevel: error\nrules:\n  csi-mount-not-readonly: off\n  spc-paramter-not-string: off\n');
    const r = await spawnCli(['spc.yaml'], { cwd: dir });
    assert.equal(r.code, 2, describe(r));
    assert.match(r.stderr, /^vvp-kv-lint: \.vvp-kv-lint\.yaml:4:3: rules\.spc-paramter-not-string: unknown rule id "spc-paramter-not-string" \(did you mean spc-parameter-not-string\?\)/m);
    rmSync(join(dir, '.vvp-kv-lint.yaml'));
    // The rest in this process: the exit code and streams are main's, as the first run showed through the process.
    const bad = await runCli(['spc.yaml', '--rule', 'spc-paramter-not-string:off'], { cwd: dir });
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /unknown rule id "spc-paramter-not-string" \(did you mean spc-parameter-not-string\?\)/);
    const off = await runCli(['spc.yaml', '--rule', 'spc-parameter-not-string:off'], { cwd: dir });
    assert.equal(off.code, 0, off.stderr);
    assert.match(off.stdout, /✔ No problems found/);
  } finally {
    cleanup();
  }
});

test('--print-config FILE prints the effective configuration for that file', async () => {
  const { dir, cleanup } = tmp(true);
  try {
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'exclude: ["test/**"]\nnamespaceDefaults:\n  "k8s/**": jobs\nrules:\n  csi-mount-not-readonly: off\nfailOnIncomplete: true\n');
    const r = await spawnCli(['--print-config', 'k8s/app.yaml'], { cwd: dir });
    assert.equal(r.code, 0, describe(r));
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.file, 'k8s/app.yaml');
    assert.equal(doc.namespaceDefault, 'jobs');
    assert.equal(doc.excluded, false);
    assert.equal(doc.failOnIncomplete, true);
    assert.equal(doc.rules['csi-mount-not-readonly'], 'off');
    assert.equal(doc.rules['spc-parameter-not-string'], 'error');
    assert.equal(JSON.parse((await runCli(['--print-config', 'test/x.yaml'], { cwd: dir })).stdout).excluded, true);
  } finally {
    cleanup();
  }
});

test('stdin as "-" with --stdin-filename (helm template ... | vvp-kv-lint -)', async () => {
  const { dir, cleanup } = tmp(true);
  try {
    mkdirSync(join(dir, 'rendered'));
    const r = await spawnCli(['-', '--stdin-filename', 'rendered/spc.yaml', '-f', 'json'], { cwd: dir, input: CANARY });
    assert.equal(r.code, 1, describe(r));
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.findings.map((f: { file: string; ruleId: string; startLine: number }) => `${f.file}:${f.startLine} ${f.ruleId}`), ['rendered/spc.yaml:11 spc-parameter-not-string']);
    const text = await spawnCli(['-'], { cwd: dir, input: CANARY.replace('useVMManagedIdentity: true', 'useVMManagedIdentity: "true"') });
    assert.equal(text.code, 0, describe(text));
    assert.deepEqual(summaryLines(text.stdout), ['✔ No problems found (1 file linted, 1 document)']);
    assert.equal((await spawnCli(['--stdin-filename', 'x.yaml', 'a.yaml'], { cwd: dir })).code, 2);
    assert.equal((await spawnCli(['-', '--fix'], { cwd: dir, input: CANARY })).code, 2);
  } finally {
    cleanup();
  }
});

test('long messages fit the terminal width: never split mid-word, the rule id never alone on a line', async () => {
  const { dir, cleanup } = tmp(true);
  try {
    writeFileSync(join(dir, 'spc.yaml'), CANARY);
    const width = 60;
    const r = await spawnCli(['spc.yaml'], { cwd: dir, env: { COLUMNS: String(width) } });
    assert.equal(r.code, 1, describe(r));
    const lines = r.stdout.split('\n');
    const row = lines.findIndex((l) => /^\s+11:\d+\s+error\s+spc-parameter-not-string$/.test(l));
    assert.ok(row > 0, describe(r));
    for (const l of lines.slice(row + 1, lines.indexOf('', row))) {
      assert.ok(l.length <= width, `too wide: ${l}`);
      assert.match(l, /^ {6}\S/);
    }
    const message = lines.slice(row + 1, lines.indexOf('', row)).map((l) => l.trim()).join(' ');
    assert.match(message, /^parameter useVMManagedIdentity is a boolean, not a string/);
    // Wide enough: one row, as before.
    const wide = await runCli(['spc.yaml'], { cwd: dir, env: { COLUMNS: '300' } });
    assert.match(wide.stdout, /^\s+11:\d+\s+error\s+parameter useVMManagedIdentity .* spc-parameter-not-string$/m);
  } finally {
    cleanup();
  }
});

test('outside a git work tree and without a config the root is bounded to the paths given, and named', async () => {
  const { dir, cleanup } = tmp(false);
  try {
    // A large unrelated tree beside the linted folder must not be read.
    mkdirSync(join(dir, 'k8s'));
    mkdirSync(join(dir, 'unrelated'));
    writeFileSync(join(dir, 'k8s', 'spc.yaml'), CANARY);
    writeFileSync(join(dir, 'unrelated', 'broken.yaml'), 'a: [\n');
    const r = await spawnCli(['k8s/spc.yaml', '-f', 'json'], { cwd: dir });
    assert.equal(r.code, 1, describe(r));
    assert.ok(r.stderr.includes(`project root ${dir}; only the paths given were read`), describe(r));
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.summary.files, 1, 'only the named file was read');
    assert.equal(doc.root, dir);
    assert.equal(doc.findings[0].file, 'k8s/spc.yaml');
    // Paths outside the current directory: the root is their common directory, so no path starts with ../.
    const outside = await runCli([join(dir, 'k8s', 'spc.yaml'), '-f', 'json'], { cwd: join(dir, 'unrelated') });
    assert.equal(JSON.parse(outside.stdout).root, join(dir, 'k8s'));
    // SARIF paths never start with ../, even when a named file lies outside an explicit --root.
    const sarif = await runCli(['--root', join(dir, 'unrelated'), join(dir, 'k8s', 'spc.yaml'), '-f', 'sarif'], { cwd: dir });
    const uris: string[] = [];
    JSON.stringify(JSON.parse(sarif.stdout), (k, v) => (k === 'uri' && typeof v === 'string' && uris.push(v), v));
    assert.ok(uris.length > 0);
    for (const u of uris) assert.ok(!u.startsWith('../') && !u.startsWith('..%2F'), u);
    assert.ok(uris.some((u) => u.startsWith('file:///') && u.endsWith('/k8s/spc.yaml')), uris.join(' '));
  } finally {
    cleanup();
  }
});

test('README states the new exit-code rules', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  assert.match(readme, /no files matched/);
  assert.match(readme, /--fail-on-incomplete/);
});
