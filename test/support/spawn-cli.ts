// Runs the installed entry point (bin/vvp-kv-lint.js) as a child process, exactly as a user or CI job does:
// real argv, real exit code, real stdin, real process environment (credential chains read process.env).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const BIN = join(REPO_ROOT, 'bin/vvp-kv-lint.js');

export function spawnCli(args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number; bin?: string }): Promise<ProcessRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', CI: undefined, COLUMNS: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [opts.bin ?? BIN, ...args], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** The last non-empty line of the text report that starts a summary (✔/✖), for assertions. */
export function summaryLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^(✔|✖|  no problems found|  \d+ problems? fixable)/.test(l));
}

export function describe(r: ProcessRun): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
