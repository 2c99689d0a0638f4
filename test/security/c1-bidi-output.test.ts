// C1 controls (U+0080–U+009F: U+009B is a one-byte CSI on many terminals) and bidi controls (Trojan-source overrides
// and isolates) planted in a file name, a key and a resource name, through the CLI as a process: text and github
// show them escaped; JSON and SARIF carry them only as \u escapes, and parse back to the original characters.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLint } from '../hostile/helpers.js';

const WORK = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-c1-'));
after(() => rmSync(WORK, { recursive: true, force: true }));

const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FILE = `evil\u009b2K\u202egnp\u2066.yaml`;

function project(): string {
  const dir = join(WORK, 'p');
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(
    join(dir, FILE),
    `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: "e\u0085vil\u202e"\n  namespace: apps\nspec:\n  provider: azure\n  parameters:\n    useVMManagedIdentity: maybe\n    "key\u009d0;title\u009c\u2067": "x"\n    keyvaultName: kv-e\n    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"\n`,
  );
  return dir;
}

test('C1 and bidi controls from file names, keys and names: escaped in text/github, \\u-escaped in JSON/SARIF', { timeout: 60_000 }, async () => {
  const dir = project();
  for (const format of ['text', 'github', 'json', 'sarif']) {
    const r = await spawnLint(['--format', format, '.'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(r.code, 1, `${format}: exit ${r.code}; stderr: ${r.stderr.slice(0, 500)}; stdout: ${r.stdout.slice(0, 300)}`);
    assert.ok(!RAW.test(r.stdout), `${format} output holds a raw C1/bidi control`);
    assert.ok(!RAW.test(r.stderr), `${format} stderr holds a raw C1/bidi control`);
    if (format === 'json' || format === 'sarif') {
      // SARIF artifact URIs are percent-encoded; messages and JSON paths carry \u escapes.
      assert.match(r.stdout, /\\u009b|%C2%9B/i);
      assert.match(r.stdout, /\\u202e|%E2%80%AE/i);
      // The escapes mean the same characters: the file name parses back whole.
      const parsed = JSON.stringify(JSON.parse(r.stdout));
      assert.ok(parsed.includes(FILE) || parsed.includes(encodeURI(FILE)), `${format}: the file name did not round-trip`);
    } else {
      assert.match(r.stdout, /\\x9b|\\u009b/);
      assert.match(r.stdout, /\\u202e/);
    }
  }
});
