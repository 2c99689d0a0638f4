// Stdin obeys the file size limit, refused while it is read: a stream that goes past the limit and never ends is
// a yaml-parse-error ("over the size limit") at once, not a hang and not a buffer of everything; under the limit,
// stdin is linted as before. The CLI runs as a process with a real pipe on stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../support/spawn-cli.js';
import { CANARY } from './helpers.js';

interface Piped {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Feeds `bytes` of YAML to the CLI's stdin and, unless `end`, keeps the pipe open afterwards (as a producer that
 * never stops would): the CLI must answer without waiting for an end of input.
 */
function pipeInto(args: string[], cwd: string, bytes: number, end: boolean, timeoutMs: number): Promise<Piped> {
  const t0 = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // The CLI may stop reading and exit while we still write: EPIPE is the expected end of our side.
    child.stdin.on('error', () => {});
    const line = Buffer.from(`  k${'x'.repeat(60)}: "${'y'.repeat(60)}"\n`);
    const chunk = Buffer.concat(Array(1024).fill(line));
    let written = 0;
    const pump = (): void => {
      while (written < bytes) {
        const ok = child.stdin.write(chunk);
        written += chunk.length;
        if (!ok) return void child.stdin.once('drain', pump);
      }
      if (end) child.stdin.end();
    };
    child.stdin.write('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n');
    pump();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolvePromise({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

test('stdin past the size limit is refused while read: a never-ending stream ends in a yaml-parse-error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-stdin-'));
  try {
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'maxFileSize: 1048576\n');
    const r = await pipeInto(['-', '--stdin-filename', 'rendered.yaml', '--format', 'json'], dir, 4 * 1024 * 1024, false, 30_000);
    assert.equal(r.code, 1, `exit ${r.code} after ${Math.round(r.ms)} ms; stderr ${r.stderr.slice(0, 300)}`);
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; ruleId: string; message: string }[] }).findings;
    assert.deepEqual(findings.map((f) => [f.file, f.ruleId]), [['rendered.yaml', 'yaml-parse-error']]);
    assert.match(findings[0]!.message, /over the size limit of 1\.0 MiB \(config maxFileSize\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stdin of 40 MB with the default limit is refused at once, not buffered and parsed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-stdin-'));
  try {
    const r = await pipeInto(['-', '--stdin-filename', 'rendered.yaml', '--format', 'json'], dir, 40 * 1000 * 1000, true, 60_000);
    assert.equal(r.code, 1, `exit ${r.code}; stderr ${r.stderr.slice(0, 300)}`);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /over the size limit of 10\.0 MiB/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stdin under the limit is linted as before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-stdin-'));
  try {
    const child = spawn(process.execPath, [BIN, '-', '--stdin-filename', 'spc.yaml', '--format', 'json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '' } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stdin.end(CANARY);
    const code = await new Promise<number | null>((r) => child.on('close', r));
    assert.equal(code, 1);
    const findings = (JSON.parse(stdout) as { findings: { file: string; ruleId: string; startLine: number }[] }).findings;
    assert.deepEqual(findings.map((f) => [f.file, f.ruleId, f.startLine]), [['spc.yaml', 'spc-parameter-not-string', 11]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
