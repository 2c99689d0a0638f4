// The unified diff --fix-dry-run prints: exact hunks, CRLF lines kept, missing final newline marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unifiedDiff } from '../../src/engine/fix-diff.js';

test('diff: one changed line with context and a hunk header', () => {
  const a = 'a\nb\nc\nd\ne\nf\ng\nh\n';
  const b = 'a\nb\nc\nd\nE\nf\ng\nh\n';
  assert.equal(unifiedDiff('x.yaml', a, b), '--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
});

test('diff: insertion, separate hunks, no newline at end, CRLF', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `l${i}`);
  const a = lines.join('\r\n');
  const b = [...lines.slice(0, 2), 'new', ...lines.slice(2, 19), 'L19'].join('\r\n');
  const d = unifiedDiff('y.yaml', a, b);
  assert.equal(d, [
    '--- a/y.yaml', '+++ b/y.yaml',
    '@@ -1,5 +1,6 @@', ' l0\r', ' l1\r', '+new\r', ' l2\r', ' l3\r', ' l4\r',
    '@@ -17,4 +18,4 @@', ' l16\r', ' l17\r', ' l18\r', '-l19', '\\ No newline at end of file', '+L19', '\\ No newline at end of file', '',
  ].join('\n'));
  assert.equal(unifiedDiff('z', 'same\n', 'same\n'), '');
});
