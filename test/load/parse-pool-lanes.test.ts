// The parse pool's two lanes (src/load/parse-pool.ts): worker threads, and the main thread, which answers queued
// batches whenever it would otherwise wait. Either lane must give exactly what answerParseJob gives, and a pool
// without workers (the main thread alone) answers everything itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParsePool, type ParseJob, type ParseResult } from '../../src/load/parse-pool.js';
import { answerParseJob } from '../../src/load/parse-job.js';
import { DEFAULT_LIMITS } from '../../src/load/parse.js';

/** `count` SPC manifests of about 20 kB each (a ConfigMap pads them): enough for several batches of 256 kB. */
function jobs(count: number): Omit<ParseJob, 'id'>[] {
  const pad = Array.from({ length: 600 }, (_, i) => `  key${i}: value-${i}`).join('\n');
  return Array.from({ length: count }, (_, i) => ({
    absPath: `/repo/spc-${i}.yaml`,
    relPath: `spc-${i}.yaml`,
    text: `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: spc-${i}\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv-${i}\n    useVMManagedIdentity: true\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n${pad}\n`,
    maxBytes: 1_000_000,
    opts: DEFAULT_LIMITS,
    hints: true,
  }));
}

async function parseAll(pool: ParsePool, all: Omit<ParseJob, 'id'>[]): Promise<ParseResult[]> {
  const answers = all.map((job) => pool.parse(job));
  pool.finish();
  try {
    return await Promise.all(answers);
  } finally {
    await pool.close();
  }
}

function expected(all: Omit<ParseJob, 'id'>[]): ParseResult[] {
  return all.map((job, id) => answerParseJob({ ...job, id }));
}

test('a pool without workers: the main thread answers every job, as answerParseJob does', async () => {
  const all = jobs(60);
  const pool = new ParsePool(0);
  const results = await parseAll(pool, all);
  assert.equal(pool.answeredHere, all.length);
  assert.deepEqual(results, expected(all));
  assert.ok(results.every((r) => r.facts?.objects.length === 2 && r.facts.objects.every((o) => o.hints !== undefined)), 'facts with hints for both objects');
});

test('one worker and the main thread share the batches: both answer, and the answers are the same either way', async () => {
  // About 1.2 MB: the worker holds two batches at once, so the main thread takes some of the rest.
  const all = jobs(60);
  const pool = new ParsePool(1);
  const results = await parseAll(pool, all);
  assert.ok(pool.answeredHere > 0, 'the main thread answered queued batches');
  assert.ok(pool.answeredHere < all.length, `the worker answered some too (main thread: ${pool.answeredHere} of ${all.length})`);
  assert.deepEqual(results, expected(all));
});

// Each file past the 256 kB a batch holds, so each is a batch of its own.
test('two large files and one worker: one file on each lane, not both queued on the worker', async () => {
  const all = jobs(2).map((job) => ({ ...job, text: `${job.text!}---\n`.repeat(40) }));
  const pool = new ParsePool(1);
  const results = await parseAll(pool, all);
  assert.equal(pool.answeredHere, 1);
  assert.deepEqual(results, expected(all));
});
