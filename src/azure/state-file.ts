// Reads the `--azure-state` file: JSON → schema check (standalone validator generated at build time by scripts/generate.mjs) →
// normalised AzureState. A malformed file is an AzureStateError carrying the JSON pointer at fault; the CLI
// turns it into exit 2.
import { readRegularFile } from '../load/safe-read.js';
import { jsonErrorPosition } from '../load/safe-message.js';
import { validate } from '../generated/validate-azure-state.js';
import { NormaliseError, normaliseState, type RawAzureState } from './normalise.js';
import type { AzureState } from './state.js';

export type AzureStateErrorCode = 'azure-state-unreadable' | 'azure-state-not-json' | 'azure-state-invalid';

/** A state file the tool cannot use. `pointer` is the JSON pointer at fault (`/roleAssignments/3/principalId`). */
export class AzureStateError extends Error {
  override readonly name = 'AzureStateError';
  constructor(
    readonly code: AzureStateErrorCode,
    readonly file: string,
    readonly pointer: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${pointer ? `${pointer}: ` : ''}${detail}`, options);
  }
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const TOP_LEVEL_KEYS = [
  'vaults',
  'roleAssignments',
  'roleDefinitions',
  'identities',
  'servicePrincipals',
  'vmss',
  'federatedCredentials',
  'secrets',
  'keys',
  'certificates',
  'secretVersions',
  'keyVersions',
  'certificateVersions',
  'contentVaults',
];

/** One error as `pointer` + sentence; required/additional-property errors point at the key itself. */
function describe(e: AjvError): { pointer: string; detail: string } {
  if (e.keyword === 'required') {
    return { pointer: `${e.instancePath}/${String(e.params['missingProperty'])}`, detail: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params['additionalProperty']);
    return { pointer: `${e.instancePath}/${key}`, detail: `is not a known key (expected one of: ${TOP_LEVEL_KEYS.join(', ')})` };
  }
  if (e.keyword === 'pattern') {
    return { pointer: e.instancePath, detail: `must match ${String(e.params['pattern'])}` };
  }
  return { pointer: e.instancePath, detail: e.message ?? e.keyword };
}

/** Validates and normalises parsed JSON. `file` names the input in errors. */
export function parseAzureStateValue(value: unknown, file: string): AzureState {
  if (!validate(value)) {
    const errors = ((validate as unknown as { errors?: AjvError[] }).errors ?? []).slice();
    // The deepest error is the most precise one (a type error inside an item beats "must be object" above it).
    errors.sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
    const first = errors[0];
    if (!first) throw new AzureStateError('azure-state-invalid', file, '', 'does not match the state file schema');
    const { pointer, detail } = describe(first);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new AzureStateError('azure-state-invalid', file, pointer || '/', detail + more);
  }
  try {
    return normaliseState(value as RawAzureState, file);
  } catch (err) {
    if (err instanceof NormaliseError) throw new AzureStateError('azure-state-invalid', file, err.pointer, err.message);
    throw err;
  }
}

/** Parses state-file text. */
export function parseAzureState(text: string, file: string): AzureState {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new AzureStateError('azure-state-not-json', file, '', `is not valid JSON: ${jsonErrorPosition(err)}`, { cause: err });
  }
  return parseAzureStateValue(value, file);
}

export async function readAzureStateFile(path: string, displayName = path): Promise<AzureState> {
  let text: string;
  try {
    text = await readRegularFile(path);
  } catch (err) {
    throw new AzureStateError('azure-state-unreadable', displayName, '', `cannot be read: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return parseAzureState(text, displayName);
}

