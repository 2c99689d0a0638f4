// Option sets shared by the commands that lint (lint, audit), with their help lines (src/cli/option-table.ts), and
// their common validation.
import { FORMATS, type Format } from '../report/index.js';
import type { OptionTable } from './option-table.js';

/** How the report is written and when the run fails. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f', value: 'text|json|sarif|github', help: 'output format', defaultText: 'text' },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the report to FILE instead of stdout' },
  'fail-level': { type: 'string', value: 'LEVEL', help: 'error|warning|note|none: exit 1 at or above it', defaultText: 'error' },
  quiet: { type: 'boolean', short: 'q', help: 'report errors only' },
  color: { type: 'boolean', help: 'colour in text output', defaultText: 'NO_COLOR/FORCE_COLOR, else TTY' },
  'no-color': { type: 'boolean', help: 'no colour in text output' },
  category: { type: 'string', value: 'NAME', help: 'SARIF runAutomationDetails category' },
  'sarif-live-findings': { type: 'string', value: 'omit|logical', help: 'SARIF for findings on live objects: logical locations (cluster/namespace/kind/name), or left out' },
} as const satisfies OptionTable;

/** Project configuration. */
export const PROJECT_OPTIONS = {
  config: { type: 'string', short: 'c', value: 'FILE', help: 'config file', defaultText: '.vvp-kv-lint.yaml found upward from the cwd' },
  'vvp-version': { type: 'string', value: 'X.Y[.Z]', help: 'Ververica Platform version, for version-dependent checks' },
} as const satisfies OptionTable;

/** Sources beyond files: Azure state (file or live ARM) and the VVP API (see src/cli/sources.ts). */
export const SOURCE_OPTIONS = {
  'azure-state': { type: 'string', value: 'FILE', help: 'Azure state (az CLI JSON, or a vvp-kv-lint snapshot) for the Azure rules' },
  azure: { type: 'boolean', help: 'read Azure state live from ARM (with --subscription)' },
  subscription: { type: 'string', multiple: true, value: 'ID', help: 'with --azure: subscription to read' },
  'node-resource-group': { type: 'string', multiple: true, value: 'RG', help: "with --azure: also read this resource group's scale sets (system-assigned identities)" },
  'vvp-url': { type: 'string', value: 'URL', help: 'read Deployments/DeploymentTargets/SessionClusters from the VVP API' },
  'vvp-token': { type: 'string', value: 'T', help: 'VVP API token (never printed; echoed command lines show ***)' },
  'vvp-namespace': { type: 'string', multiple: true, value: 'NS', help: 'VVP namespace to read', defaultText: 'every namespace the token can list' },
  /** ARM endpoint of a sovereign cloud or Azure Stack (default: from the SPCs' cloudName, else public Azure). */
  'arm-endpoint': { type: 'string', value: 'URL', help: 'ARM endpoint', defaultText: "from the SPCs' cloudName, else public Azure" },
} as const satisfies OptionTable;

/** What makes a run fail beyond findings at the fail level (lint and audit). */
export const GATE_OPTIONS = {
  'fail-on-incomplete': { type: 'boolean', help: 'exit 2 when any requested input could not be read or a check could not run (config failOnIncomplete)' },
  'max-warnings': { type: 'string', value: 'N', help: 'exit 1 when there are more than N warnings (config maxWarnings)' },
} as const satisfies OptionTable;

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
