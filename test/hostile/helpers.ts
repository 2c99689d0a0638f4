// Shared setup for the hostile-input suite: a throwaway repository holding a "canary" SPC whose finding must
// survive whatever else is in the repository, and two ways to run the CLI (in-process, or spawned with a hard
// timeout where a hang is the failure being tested for).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/paths.js';

export interface JsonFinding {
  readonly ruleId: string;
  readonly level: string;
  readonly message: string;
  readonly file: string | null;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface JsonReport {
  readonly executionSuccessful: boolean;
  readonly findings: JsonFinding[];
  readonly notifications: { id: string; level: string; message: string; file: string | null; incomplete: boolean }[];
}

export interface Run {
  readonly code: number | null;
  readonly report: JsonReport | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function tmpRepo(prefix = 'hostile-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `vvp-kv-lint-${prefix}`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An SPC with one known defect (an unquoted bool): its finding proves the rest of the repository was linted. */
export const CANARY = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: canary
  namespace: apps
spec:
  provider: azure
  parameters:
    keyvaultName: "kv-canary"
    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"
    useVMManagedIdentity: true
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

export function writeCanary(dir: string, name = 'canary.yaml'): void {
  writeFileSync(join(dir, name), CANARY);
}

/** The canary's finding: `useVMManagedIdentity: true` is not a YAML string, at line 11. */
export function canaryFound(report: JsonReport | undefined, name = 'canary.yaml'): boolean {
  return !!report?.findings.some((f) => f.file === name && f.ruleId === 'spc-parameter-not-string' && f.startLine === 11);
}

export function findingsIn(report: JsonReport | undefined, file: string): JsonFinding[] {
  return report?.findings.filter((f) => f.file === file) ?? [];
}

/** Lints `dir` (as root and target) in-process with JSON output. */
export async function lintJson(dir: string, extra: string[] = []): Promise<Run> {
  const t0 = performance.now();
  const r = await runCli(['--root', dir, dir, '--format', 'json', ...extra], { cwd: dir });
  return { code: r.code, report: parseReport(r.stdout), stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/**
 * Spawns the real binary with a hard timeout (SIGKILL): for inputs that could hang or blow the stack, where an
 * in-process run would take the test runner down with it. `code` is null when it had to be killed.
 */
export function spawnLint(args: string[], opts: { cwd: string; timeoutMs: number; uid?: number; gid?: number; env?: Record<string, string> }): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'vvp-kv-lint.js'), ...args], { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', CI: '', ...opts.env }, uid: opts.uid, gid: opts.gid });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, report: parseReport(stdout), stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

function parseReport(stdout: string): JsonReport | undefined {
  try {
    return JSON.parse(stdout) as JsonReport;
  } catch {
    return undefined;
  }
}

/** A compact description for assertion messages (never includes file contents). */
export function describeRun(r: Run): string {
  const ids = r.report ? r.report.findings.map((f) => `${f.file}:${f.startLine}:${f.ruleId}`).join(', ') : `no JSON; stdout starts ${JSON.stringify(r.stdout.slice(0, 200))}`;
  const notes = r.report ? r.report.notifications.map((n) => `${n.id}:${n.message}`).join(' | ') : '';
  return `exit ${r.code} in ${Math.round(r.ms)} ms; findings: ${ids}; notifications: ${notes}; stderr: ${r.stderr.slice(0, 500)}`;
}
