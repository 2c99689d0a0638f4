import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceFile } from '../../src/model/types.js';
import { lineStarts, positionOf, regionOf } from '../../src/report/positions.js';
import { deployFile, spanOf, spcFile } from './sample.js';

const file = (text: string): SourceFile => ({ absPath: '/x/a.yaml', relPath: 'a.yaml', text });

test('line starts treat LF, CRLF and lone CR as line ends', () => {
  assert.deepEqual([...lineStarts(file('a\nb\r\nc\rd'))], [0, 2, 5, 7]);
  assert.deepEqual([...lineStarts(file(''))], [0]);
  assert.deepEqual([...lineStarts(file('x\n'))], [0, 2]);
});

test('positions are 1-based lines and UTF-16 columns', () => {
  const f = file('a: 1\nbé: "😀x"\n');
  assert.deepEqual(positionOf(f, 0), { line: 1, column: 1 });
  assert.deepEqual(positionOf(f, 5), { line: 2, column: 1 });
  // The emoji is two UTF-16 code units: 'x' is at column 7.
  assert.deepEqual(positionOf(f, f.text.indexOf('x')), { line: 2, column: 8 });
  assert.deepEqual(positionOf(f, 10_000), { line: 3, column: 1 }, 'clamped to the end');
  assert.deepEqual(positionOf(f, -3), { line: 1, column: 1 }, 'clamped to the start');
});

test('a key span maps to its line and columns, endColumn after the last character', () => {
  const r = regionOf(spcFile, spanOf(spcFile, 'keyVaultName'));
  assert.deepEqual(r, { startLine: 9, startColumn: 5, endLine: 9, endColumn: 17 });
  const v = regionOf(deployFile, spanOf(deployFile, 'false'));
  assert.deepEqual(v, { startLine: 19, startColumn: 23, endLine: 19, endColumn: 28 });
});

test('an empty span is widened to one column for display, kept empty in exact mode', () => {
  const f = file('a:\n  b: 1\n');
  assert.deepEqual(regionOf(f, { start: 5, end: 5 }), { startLine: 2, startColumn: 3, endLine: 2, endColumn: 4 });
  assert.deepEqual(regionOf(f, { start: 5, end: 5 }, 'exact'), { startLine: 2, startColumn: 3, endLine: 2, endColumn: 3 });
});

test('a span that swallows its line terminator stays on its line for display', () => {
  const f = file('a: 1\nb: 2\r\nc: 3\n');
  // "a: 1\n": ends at the start of line 2.
  assert.deepEqual(regionOf(f, { start: 0, end: 5 }), { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 });
  assert.deepEqual(regionOf(f, { start: 0, end: 5 }, 'exact'), { startLine: 1, startColumn: 1, endLine: 2, endColumn: 1 });
  // "b: 2\r\n" (CRLF): ends after "2".
  assert.deepEqual(regionOf(f, { start: 5, end: 11 }), { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 });
  // A span ending right at a line end (before the terminator) is already on its line.
  assert.deepEqual(regionOf(f, { start: 0, end: 4 }), { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 });
  // A multi-line span ending at column 1 of the last line moves to the end of the line before.
  assert.deepEqual(regionOf(f, { start: 0, end: 11 }), { startLine: 1, startColumn: 1, endLine: 2, endColumn: 5 });
  // Only a terminator: still one column wide.
  assert.deepEqual(regionOf(f, { start: 4, end: 5 }), { startLine: 1, startColumn: 5, endLine: 1, endColumn: 6 });
});

test('reversed or out-of-range spans never produce invalid regions', () => {
  const f = file('abc\ndef');
  const r = regionOf(f, { start: 6, end: 2 });
  assert.equal(r.startLine, 2);
  assert.ok(r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn > r.startColumn));
  const big = regionOf(f, { start: 100, end: 200 });
  assert.deepEqual(big, { startLine: 2, startColumn: 4, endLine: 2, endColumn: 5 });
});

test('line tables scale: 100k lookups in a large file stay fast', () => {
  const big = file('apiVersion: v1\nkind: Secret\n'.repeat(50_000));
  // CPU time, not wall-clock time: a busy machine (two suites on two cores) stretches the latter, not the former.
  // A line table answers 100k lookups in ~30 ms of CPU; a scan per lookup would need minutes.
  const started = process.cpuUsage();
  let sum = 0;
  for (let i = 0; i < 100_000; i++) sum += positionOf(big, (i * 7919) % big.text.length).line;
  assert.ok(sum > 0);
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  assert.ok(ms < 2000, `took ${Math.round(ms)} ms of CPU`);
});
