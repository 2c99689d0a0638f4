// How many parse workers a run starts (src/load/parse-pool.ts workerCount, estimateBytes): decided by the bytes to
// parse, estimated from a sample of the files' sizes, not by their number. Pure functions: no timing here; the
// measurements behind MIN_BYTES_FOR_WORKERS are in bench/README.md ("Issue 31, third session" and "seventh session").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateBytes, MIN_BYTES_FOR_WORKERS, SIZE_SAMPLE, workerCount } from '../../src/load/parse-pool.js';

const NO_ENV = {};

test('workers only past the bytes whose syntax trees would cost too much memory, one per core beside the main thread up to eight', () => {
  assert.equal(workerCount(0, NO_ENV, 2), 0);
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS - 1, NO_ENV, 2), 0);
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS, NO_ENV, 2), 1, 'the main thread parses beside the one worker');
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS * 100, NO_ENV, 1), 0, 'a single core gains nothing from a worker');
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS * 100, NO_ENV, 4), 3);
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS * 100, NO_ENV, 32), 8);
});

test('VVP_KV_LINT_WORKERS decides, whatever the bytes', () => {
  assert.equal(workerCount(MIN_BYTES_FOR_WORKERS * 100, { VVP_KV_LINT_WORKERS: '0' }, 2), 0);
  assert.equal(workerCount(10, { VVP_KV_LINT_WORKERS: '3' }, 2), 3);
  assert.equal(workerCount(10, { VVP_KV_LINT_WORKERS: ' 2 ' }, 1), 2);
  assert.equal(workerCount(10, { VVP_KV_LINT_WORKERS: '99' }, 2), 16);
  assert.equal(workerCount(10, { VVP_KV_LINT_WORKERS: 'many' }, 2), 0, 'not a number: the default decision');
});

test('the estimate: every size for a few files, an evenly spaced sample for many; never the largest file', () => {
  assert.equal(estimateBytes(0, () => 1), 0);
  const small = [100, 200, 300, 400];
  assert.equal(estimateBytes(small.length, (i) => small[i]!), 600, 'all but the largest file');
  // One file, or one large file beside a few small ones: one thread parses it either way, so no workers.
  assert.equal(workerCount(estimateBytes(1, () => 3_300_000), NO_ENV, 2), 0);
  const mostlyOne = [3_300_000, 900, 1200];
  assert.equal(workerCount(estimateBytes(mostlyOne.length, (i) => mostlyOne[i]!), NO_ENV, 2), 0);
  const twoLarge = [3_300_000, 3_300_000];
  assert.equal(workerCount(estimateBytes(twoLarge.length, (i) => twoLarge[i]!), NO_ENV, 2), 1, 'two large files: one on a worker, one on the main thread');
  const asked: number[] = [];
  const est = estimateBytes(100_000, (i) => {
    asked.push(i);
    return i % 2 === 0 ? 500 : 900;
  });
  assert.equal(asked.length, SIZE_SAMPLE, 'a stat per sampled file, no more');
  assert.ok(asked.every((i, k) => i >= 0 && i < 100_000 && (k === 0 || i > asked[k - 1]!)), 'distinct files, in order');
  assert.ok(Math.abs(est - 70_000_000) < 7_000_000, `${est}`);
});

test('the repositories measured: tiny files stay on the main thread however many, the bench corpora go to workers', () => {
  // Sizes as the walk would see them (bench/README.md): 3,000 manifests of 150 bytes; the 2,000-file pre-commit
  // repository; the 10,000-document corpora (7,850 files, 686 bytes on average); 300 files of 20 kB.
  const choose = (files: number, size: number) => workerCount(estimateBytes(files, () => size), NO_ENV, 2);
  assert.equal(choose(3000, 150), 0);
  assert.equal(choose(2002, 686), 0);
  assert.equal(choose(7850, 686), 1);
  assert.equal(choose(300, 20_000), 1);
});
