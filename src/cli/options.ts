// Option sets shared by the commands that lint (lint, audit), and their common validation.
import { FORMATS, type Format } from '../report/index.js';

/** How the report is written and when the run fails. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-level': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  category: { type: 'string' },
  'sarif-live-findings': { type: 'string' },
} as const;

/** Project configuration. */
export const PROJECT_OPTIONS = {
  config: { type: 'string', short: 'c' },
  'vvp-version': { type: 'string' },
} as const;

/** Sources beyond files: Azure state (file or live ARM) and the VVP API (see src/cli/sources.ts). */
export const SOURCE_OPTIONS = {
  'azure-state': { type: 'string' },
  azure: { type: 'boolean' },
  subscription: { type: 'string', multiple: true },
  'node-resource-group': { type: 'string', multiple: true },
  'vvp-url': { type: 'string' },
  'vvp-token': { type: 'string' },
  'vvp-namespace': { type: 'string', multiple: true },
  /** ARM endpoint of a sovereign cloud or Azure Stack (default: from the SPCs' cloudName, else public Azure). */
  'arm-endpoint': { type: 'string' },
} as const;

/** What makes a run fail beyond findings at the fail level (lint and audit). */
export const GATE_OPTIONS = {
  'fail-on-incomplete': { type: 'boolean' },
  'max-warnings': { type: 'string' },
} as const;

/** --max-warnings N: a non-negative integer, or a usage message. */
export function parseMaxWarnings(v: string | undefined): number | string | undefined {
  if (v === undefined) return undefined;
  return /^\d+$/.test(v) ? Number(v) : `--max-warnings must be a non-negative integer, got "${v}"`;
}

export const FAIL_LEVELS = ['error', 'warning', 'note', 'none'] as const;

/** The first problem with the output/project flags, as a usage message; undefined when they are fine. */
export function checkCommonFlags(flags: { format?: string; 'fail-level'?: string; 'vvp-version'?: string; 'sarif-live-findings'?: string }): string | undefined {
  const live = flags['sarif-live-findings'];
  if (live !== undefined && live !== 'omit' && live !== 'logical') return `--sarif-live-findings must be omit or logical, got "${live}"`;
  if (flags.format !== undefined && !(FORMATS as readonly string[]).includes(flags.format)) return `unknown format "${flags.format}" (expected ${FORMATS.join(', ')})`;
  if (flags['fail-level'] !== undefined && !(FAIL_LEVELS as readonly string[]).includes(flags['fail-level'])) {
    return `unknown fail level "${flags['fail-level']}" (expected ${FAIL_LEVELS.join(', ')})`;
  }
  if (flags['vvp-version'] !== undefined && !/^\d+\.\d+(\.\d+)?$/.test(flags['vvp-version'])) return `--vvp-version must look like 2.7 or 2.7.1, got "${flags['vvp-version']}"`;
  return undefined;
}

export function formatOf(flags: { format?: string }): Format {
  return (flags.format ?? 'text') as Format;
}

/** `30`, `30s`, `2m` → seconds; undefined when not a positive duration. */
export function parseDurationSeconds(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(s.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
  return n > 0 ? n : undefined;
}
