// Hostile input, bytes and text: invalid UTF-8, binary files, BOM, CRLF, tabs, paths with spaces and unicode.
// Each case: no crash, the right finding at the right place, the canary's finding intact, the documented exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANARY, canaryFound, describeRun, findingsIn, lintJson, tmpRepo, writeCanary } from './helpers.js';
import { runCli } from '../support/run-cli.js';
import { schemaValidator } from '../report/sarif-validate.js';

test('invalid UTF-8 is a yaml-parse-error at the bad byte; other files are still linted', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\ndata:\n  city: "M'), Buffer.from([0xfc]), Buffer.from('nchen"\n')]));
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    const f = findingsIn(r.report, 'latin1.yaml');
    assert.equal(f.length, 1, describeRun(r));
    assert.equal(f[0]!.ruleId, 'yaml-parse-error');
    assert.match(f[0]!.message, /UTF-8/);
    assert.equal(f[0]!.startLine, 4, 'points at the line of the bad byte');
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('a binary file with a YAML name is a yaml-parse-error, not a crash', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    // A PNG header: NUL bytes and invalid UTF-8 both present.
    writeFileSync(join(dir, 'logo.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]));
    writeFileSync(join(dir, 'data.json'), Buffer.alloc(4096, 0));
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    for (const name of ['logo.yaml', 'data.json']) {
      const f = findingsIn(r.report, name);
      assert.equal(f.length, 1, `${name}: ${describeRun(r)}`);
      assert.equal(f[0]!.ruleId, 'yaml-parse-error');
      assert.match(f[0]!.message, /binary|UTF-8/);
    }
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('a UTF-8 BOM is stripped: positions are those an editor shows', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeFileSync(join(dir, 'canary.yaml'), '\uFEFF' + CANARY);
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    const f = findingsIn(r.report, 'canary.yaml').find((x) => x.ruleId === 'spc-parameter-not-string')!;
    assert.equal(f.startColumn, 27, 'column of `true` after `    useVMManagedIdentity: `');
    assert.ok(!r.report!.findings.some((x) => x.ruleId === 'yaml-parse-error'), describeRun(r));
  } finally {
    cleanup();
  }
});

test('CRLF line endings: same findings and lines as LF, regions never include the CR', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeFileSync(join(dir, 'canary.yaml'), CANARY.replace(/\n/g, '\r\n'));
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    const f = findingsIn(r.report, 'canary.yaml').find((x) => x.ruleId === 'spc-parameter-not-string')!;
    assert.equal(f.startLine, f.endLine);
    assert.equal(f.endColumn! - f.startColumn!, 'true'.length);
  } finally {
    cleanup();
  }
});

test('tab indentation is a parse error in that file; tabs inside values are fine', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    writeCanary(dir);
    writeFileSync(join(dir, 'tabs.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: tabbed\n');
    writeFileSync(join(dir, 'tab-value.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  motd: "a\tb"\n');
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    const tabs = findingsIn(r.report, 'tabs.yaml');
    assert.ok(tabs.length >= 1 && tabs.every((f) => f.ruleId === 'yaml-parse-error'), describeRun(r));
    assert.equal(findingsIn(r.report, 'tab-value.yaml').length, 0, describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
  } finally {
    cleanup();
  }
});

test('paths with spaces and unicode: reported as written, SARIF URIs valid', async () => {
  const { dir, cleanup } = tmpRepo();
  try {
    const sub = join(dir, 'team a', 'münchen 東京');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'spc café #1.yaml'), CANARY);
    const rel = 'team a/münchen 東京/spc café #1.yaml';
    const r = await lintJson(dir);
    assert.equal(r.code, 1, describeRun(r));
    assert.ok(canaryFound(r.report, rel), describeRun(r));
    // The same through a path target that itself has spaces.
    const direct = await runCli(['--root', dir, join(sub, 'spc café #1.yaml'), '--format', 'sarif'], { cwd: dir });
    assert.equal(direct.code, 1, direct.stderr);
    const log = JSON.parse(direct.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.deepEqual(schemaValidator()(log), []);
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    assert.ok(!/[ #]/.test(uri), `URI is percent-encoded: ${uri}`);
    assert.equal(decodeURIComponent(uri), rel);
  } finally {
    cleanup();
  }
});
