// Test helpers: validate SARIF logs against the vendored OASIS schema (in-process, offline) and with the real
// @microsoft/sarif-multitool binary (GitHub rules enabled by multitool.config.xml).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

/** The repository root: this file runs from dist/test/report/. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SCHEMA_PATH = join(REPO_ROOT, 'schemas', 'sarif-schema-2.1.0.json');
export const MULTITOOL = join(REPO_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
export const MULTITOOL_CONFIG = join(REPO_ROOT, 'test', 'report', 'multitool.config.xml');

// CommonJS packages: under NodeNext the default import is module.exports, whose `.default` is the class/function.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

export function schemaValidator(): (log: unknown) => string[] {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

export function multitoolAvailable(): boolean {
  return process.platform === 'linux' && process.arch === 'x64' && existsSync(MULTITOOL);
}

export interface MultitoolIssue {
  readonly file: string;
  readonly ruleId: string;
  readonly level: string;
  readonly message: string;
}

/**
 * Runs `Sarif.Multitool validate` on several logs in one process (it takes many files) and returns its findings,
 * including engine errors it reports as notifications. It exits 0 even when it finds errors, so we read `-o`.
 * Each call needs a fresh `outFile`: a stale one would hide a run that wrote nothing.
 */
export async function multitoolValidate(files: readonly string[], ruleKind: string, outFile: string): Promise<MultitoolIssue[]> {
  // Positional files first: --log takes a list and would swallow them.
  const args = ['validate', ...files, '--rule-kind', ruleKind, '-c', MULTITOOL_CONFIG, '--log', 'ForceOverwrite', '-o', outFile];
  // The config disables the only rule that fetches URIs; a dead local proxy keeps any other attempt on 127.0.0.1.
  const env = { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
  try {
    await promisify(execFile)(MULTITOOL, args, { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    // Exit status 1 when a rule throws (reported in the output as ERR999); anything without an output is a failure.
    if (!existsSync(outFile)) throw err;
  }
  const log = JSON.parse(readFileSync(outFile, 'utf8').replace(/^\uFEFF/, '')) as {
    runs: {
      results?: { ruleId?: string; level?: string; message?: { text?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[];
      invocations?: { toolExecutionNotifications?: { level?: string; descriptor?: { id?: string }; message?: { text?: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
    }[];
  };
  const issues: MultitoolIssue[] = [];
  for (const run of log.runs) {
    for (const r of run.results ?? []) {
      issues.push({
        file: basename(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
        ruleId: r.ruleId ?? '?',
        level: r.level ?? 'warning',
        message: r.message?.text ?? (r.message?.arguments ?? []).join(' | '),
      });
    }
    for (const inv of run.invocations ?? []) {
      for (const n of inv.toolExecutionNotifications ?? []) {
        issues.push({
          file: basename(n.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
          ruleId: n.descriptor?.id ?? '?',
          level: n.level ?? 'warning',
          message: n.message?.text ?? '',
        });
      }
    }
  }
  return issues;
}

function basename(uri: string | undefined): string {
  if (uri === undefined) return '';
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
