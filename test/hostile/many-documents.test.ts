// Many small documents in one file: bounded and linear. A file past the per-file document limit (10,000) is refused
// by one scan, as a yaml-parse-error at the first document over the limit; a file under it is linted in time linear
// in its size (no per-document rescan of the whole file) and well under 512 MiB. The CLI runs as a process; a
// wrapper reports the process's peak RSS and CPU time (process.resourceUsage) on exit. Time bounds are on that CPU
// time, not on wall-clock time, which a busy machine (two suites on two cores) stretches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, spawnCli } from '../support/spawn-cli.js';
import { CANARY, canaryFound, describeRun, findingsIn, tmpRepo, writeCanary, type JsonReport, type Run } from './helpers.js';

const MiB = 1024 * 1024;

/** Lints `dir` as a process; the run's peak RSS and CPU time are read from the wrapper's last stderr line. */
async function lintMeasured(dir: string, timeoutMs: number): Promise<Run & { maxRssBytes: number }> {
  const wrapper = join(dir, '..', `${dir.split('/').pop()}-rss.cjs`);
  writeFileSync(
    wrapper,
    `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nmaxrss ' + u.maxRSS + ' cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\nrequire(${JSON.stringify(BIN)});\n`,
  );
  const r = await spawnCli(['--root', dir, dir, '--format', 'json'], { cwd: dir, bin: wrapper, timeoutMs });
  // Milliseconds of CPU (user + system, all threads) the CLI process spent; NaN when it did not get to exit.
  const ms = Number(/maxrss \d+ cpu (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  let report: JsonReport | undefined;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    report = undefined;
  }
  const rss = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  return { code: r.code, report, stdout: r.stdout, stderr: r.stderr, ms, maxRssBytes: rss };
}

for (const [name, text, line] of [
  ['100,000 {} documents', '{}\n---\n'.repeat(100_000), 20_002],
  ['1,000,000 empty documents', '---\n'.repeat(1_000_000), 10_001],
] as const) {
  test(`${name} in one file: refused at the per-file document limit, quickly and in bounded memory`, async () => {
    const { dir, cleanup } = tmpRepo('manydocs-');
    try {
      writeCanary(dir);
      writeFileSync(join(dir, 'many.yaml'), text);
      const r = await lintMeasured(dir, 60_000);
      assert.equal(r.code, 1, describeRun(r));
      const f = findingsIn(r.report, 'many.yaml');
      assert.deepEqual(f.map((x) => [x.ruleId, x.startLine, x.startColumn]), [['yaml-parse-error', line, 1]], describeRun(r));
      assert.match(f[0]!.message, /more than 10000 YAML documents in one file \(the per-file limit/);
      assert.ok(canaryFound(r.report), describeRun(r));
      // Today's main took a minute (100,000 `{}`: 63 s) and a gigabyte; refused by one scan it takes about a second.
      assert.ok(r.ms < 30_000, `bounded time: ${Math.round(r.ms)} ms of CPU`);
      assert.ok(r.maxRssBytes < 512 * MiB, `bounded memory: ${Math.round(r.maxRssBytes / MiB)} MiB`);
    } finally {
      cleanup();
    }
  });
}

test('documents under the limit: linear in the file size (no rescan per document), memory well under 512 MiB', async () => {
  const pod = (i: number): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: ns\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
  const runs: { docs: number; ms: number; rss: number }[] = [];
  for (const docs of [1_250, 10_000]) {
    const { dir, cleanup } = tmpRepo('manydocs-');
    try {
      writeFileSync(join(dir, 'canary.yaml'), CANARY);
      writeFileSync(join(dir, 'pods.yaml'), Array.from({ length: docs }, (_, i) => pod(i)).join('---\n'));
      const r = await lintMeasured(dir, 120_000);
      assert.equal(r.code, 1, describeRun(r));
      assert.ok(canaryFound(r.report), describeRun(r));
      assert.equal(findingsIn(r.report, 'pods.yaml').length, 0, describeRun(r));
      runs.push({ docs, ms: r.ms, rss: r.maxRssBytes });
    } finally {
      cleanup();
    }
  }
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  console.log(`# ${small.docs} pods: ${Math.round(small.ms)} ms of CPU, ${Math.round(small.rss / MiB)} MiB; ${large.docs} pods: ${Math.round(large.ms)} ms of CPU, ${Math.round(large.rss / MiB)} MiB`);
  // 8 times the documents: linear is about 8 times the time (less, with start-up); a rescan of the whole file per
  // document (main before this change: quadratic) made it minutes. CPU time, so a loaded machine does not move them.
  assert.ok(large.ms / small.ms < 16, `CPU time ratio ${(large.ms / small.ms).toFixed(1)} for 8x the documents`);
  assert.ok(large.ms < 60_000, `10,000 pods in ${Math.round(large.ms)} ms of CPU`);
  assert.ok(large.rss < 512 * MiB, `memory ${Math.round(large.rss / MiB)} MiB`);
});

test('one document of 10 MiB of flow items ([0,0,…]): refused at the per-file flow-item limit, in bounded memory', async () => {
  const { dir, cleanup } = tmpRepo('manydocs-');
  try {
    writeCanary(dir);
    const items = Math.floor((10 * MiB - 100) / 2);
    writeFileSync(join(dir, 'flow.yaml'), `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  x: [${'0,'.repeat(items - 1)}0]\n`);
    // Commas in a block scalar, a comment or a quoted string are no flow items: this file is linted.
    writeFileSync(join(dir, 'embedded.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  j: |\n    [${'1,'.repeat(300_000)}1]\n  q: "${'a,'.repeat(1000)}"\n# ${'b,'.repeat(1000)}\n`);
    const r = await lintMeasured(dir, 60_000);
    assert.equal(r.code, 1, describeRun(r));
    const f = findingsIn(r.report, 'flow.yaml');
    assert.deepEqual(f.map((x) => [x.ruleId, x.startLine]), [['yaml-parse-error', 6]], describeRun(r));
    assert.match(f[0]!.message, /more than 200000 items in flow collections/);
    assert.deepEqual(findingsIn(r.report, 'embedded.yaml'), [], describeRun(r));
    assert.ok(canaryFound(r.report), describeRun(r));
    // Main before this change: 2.4 GB and over three minutes.
    assert.ok(r.ms < 30_000, `bounded time: ${Math.round(r.ms)} ms of CPU`);
    assert.ok(r.maxRssBytes < 512 * MiB, `bounded memory: ${Math.round(r.maxRssBytes / MiB)} MiB`);
  } finally {
    cleanup();
  }
});
