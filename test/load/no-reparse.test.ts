// A finding never costs a second parse of its file (issue 31): positions, SPC `objects` entry locations and fix
// edits of objects parsed on worker threads come from what the workers sent (span hints, entry locations,
// structure hints), not from parsing the file again on the main thread. Checked on the bench's findings corpus
// (every file with several findings, most fixable), linted in this process so the loader's counter of re-parses
// can be read; and the SARIF of that run must equal a run that parses on the main thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRepo } from '../../bench/synth.js';
import { lint } from '../../src/engine/lint.js';
import { reparseCount } from '../../src/load/cache/restore.js';
import { readBackReads } from '../../src/load/load-files.js';
import { formatSarif } from '../../src/report/sarif.js';

/** SARIF without the invocation (start and end times): everything a finding is made of, byte for byte. */
function withoutInvocations(sarif: string): string {
  const log = JSON.parse(sarif) as { runs: Record<string, unknown>[] };
  for (const run of log.runs) delete run['invocations'];
  return JSON.stringify(log);
}

async function lintDir(dir: string, workers: number) {
  const { result } = await lint({ cwd: dir, root: dir, targets: [dir], env: { VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_WORKERS: String(workers) } });
  return result;
}

test('findings corpus on two workers: no file is parsed twice, and the SARIF equals the main thread\'s', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-no-reparse-'));
  try {
    const repo = generateRepo(dir, 600, 5, 'findings');
    const before = reparseCount();
    const readsBefore = readBackReads();
    const inWorkers = await lintDir(dir, 2);
    const reparsed = reparseCount() - before;
    const sarifWorkers = withoutInvocations(formatSarif(inWorkers));
    // The texts read back for findings and fixes are not kept by their files but by a bounded cache: still read once.
    const reads = readBackReads() - readsBefore;
    assert.ok(reads <= repo.files, `${reads} texts read back for ${repo.files} files`);
    const inThread = await lintDir(dir, 0);
    // Many findings in every file, fixable ones among them: the case that used to parse each file twice.
    assert.ok(inWorkers.findings.length > repo.files * 2, `${inWorkers.findings.length} findings in ${repo.files} files`);
    const fixable = inWorkers.findings.filter((f) => f.fix).length;
    assert.ok(fixable > repo.files / 2, `${fixable} fixable findings`);
    const filesWithFindings = new Set(inWorkers.findings.map((f) => (f.location.kind === 'file' ? f.location.file.relPath : '')));
    assert.equal(filesWithFindings.size, repo.files, 'every file has a finding');
    assert.equal(reparsed, 0, `${reparsed} files parsed a second time`);
    assert.equal(sarifWorkers, withoutInvocations(formatSarif(inThread)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
