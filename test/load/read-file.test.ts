// Reading files: BOM, invalid UTF-8, binary content and the size limit become typed outcomes with a position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, readSourceFile } from '../../src/load/read-file.js';
import { at } from './helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('a UTF-8 BOM is stripped, so columns on line 1 are not shifted', () => {
  const out = decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('kind: Pod\n')]), '/x/a.yaml', 'a.yaml');
  assert.ok(out.ok);
  assert.equal(out.file.text, 'kind: Pod\n');
});

test('invalid UTF-8 is a content problem at the bad byte', () => {
  const bytes = Uint8Array.from([...enc('kind: Pod\n# Schl'), 0xfc, ...enc('ssel\n')]);
  const out = decodeSource(bytes, '/x/a.yaml', 'a.yaml');
  assert.ok(!out.ok && out.kind === 'content');
  assert.deepEqual(out.reason, { id: 'notUtf8', data: { byte: '0xfc', offset: 16 } });
  assert.equal(at(out.file.text, out.span), '2:7');
});

test('binary content (a NUL byte) is a content problem at the NUL', () => {
  const bytes = Uint8Array.from([...enc('apiVersion: v1\nkind: '), 0, 1, 2, 3]);
  const out = decodeSource(bytes, '/x/s.yaml', 's.yaml');
  assert.ok(!out.ok && out.kind === 'content');
  assert.deepEqual(out.reason, { id: 'binary', data: { offset: 21 } });
  assert.equal(at(out.file.text, out.span), '2:7');
});

test('multi-byte characters before an error keep UTF-16 columns', () => {
  const bytes = Uint8Array.from([...enc('# größe\nkey: '), 0xff]);
  const out = decodeSource(bytes, '/x/a.yaml', 'a.yaml');
  assert.ok(!out.ok && out.kind === 'content');
  assert.equal(at(out.file.text, out.span), '2:6');
});

test('files over the size limit are not read, and say which limit applied', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-read-'));
  try {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, `kind: ConfigMap\ndata:\n${'  k: v\n'.repeat(400)}`);
    const out = await readSourceFile(path, 'big.yaml', 1024);
    assert.ok(!out.ok && out.kind === 'content');
    assert.equal(out.reason.id, 'tooLarge');
    assert.equal(out.reason.data.limit, '1.0 KiB');
    assert.deepEqual(out.span, { start: 0, end: 0 });
    const ok = await readSourceFile(path, 'big.yaml', 1024 * 1024);
    assert.ok(ok.ok);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file is an I/O outcome, not an exception', async () => {
  const out = await readSourceFile('/nonexistent/vvp-kv-lint/a.yaml', 'a.yaml', 1024);
  assert.ok(!out.ok && out.kind === 'io');
  assert.match(out.reason, /ENOENT/);
});
