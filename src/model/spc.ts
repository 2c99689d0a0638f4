// A read-only view of an Azure SecretProviderClass: its parameters, its identity mode and its `objects` block
// parsed (YAML inside a string, inside a string) with positions mapped back into the file.
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { parse as parseYaml } from 'yaml';
import type { FieldPath, LocateTarget, ManifestObject, ResolvedLocation } from './types.js';
import { isRecord } from './kinds.js';
import { EmbeddedYaml } from '../yaml/embedded.js';
import { walk } from '../yaml/locate.js';

export type IdentityMode = 'service-principal' | 'pod-identity' | 'vm-user-assigned' | 'vm-system-assigned' | 'workload-identity' | 'identity-binding';

export const IDENTITY_FLAGS = ['usePodIdentity', 'useVMManagedIdentity', 'useAzureTokenProxy'] as const;

export const PARAMS_PATH = ['spec', 'parameters'] as const;

/** One entry of `objects: array: [...]`. */
export interface SpcObjectEntry {
  readonly index: number;
  /** The parsed entry; undefined when the entry is not a YAML mapping. */
  readonly fields: Record<string, unknown> | undefined;
  /** Why the entry itself could not be parsed (spc-objects-invalid words it). */
  readonly error?: SpcEntryError;
  /** Location of a field of this entry (or of the entry when field is omitted). */
  locate(field?: string, target?: LocateTarget): ResolvedLocation;
  /** The file name the provider writes: objectAlias, else objectName (trimmed, as the provider does). */
  readonly fileName: string | undefined;
}

/** Why an `array` entry is unusable: not a string, not YAML (the parser's words), or YAML but no mapping. */
export type SpcEntryError = { readonly kind: 'not-string' } | { readonly kind: 'not-mapping' } | { readonly kind: 'not-yaml'; readonly yamlError: string };

/** Why the `objects` block is unusable as a whole: absent, empty, no string, not YAML, or no `array` list. */
export type SpcObjectsProblem =
  | { readonly kind: 'not-set' | 'empty' | 'not-string' | 'no-array' }
  | { readonly kind: 'not-yaml'; readonly yamlError: string };

export interface SpcObjects {
  /** Why the block is unusable as a whole, if it is, and where. */
  readonly error?: SpcObjectsProblem & { readonly location: ResolvedLocation };
  readonly entries: readonly SpcObjectEntry[];
}

export class SpcView {
  constructor(readonly object: ManifestObject) {}

  get spec(): Record<string, unknown> | undefined {
    const s = this.object.body['spec'];
    return isRecord(s) ? s : undefined;
  }

  get provider(): unknown {
    return this.spec?.['provider'];
  }

  get isAzure(): boolean {
    return isAzureProvider(this.provider);
  }

  get parameters(): Record<string, unknown> | undefined {
    const p = this.spec?.['parameters'];
    return isRecord(p) ? p : undefined;
  }

  /** A parameter as the provider sees it: strings only, trimmed. Non-strings are undefined (CRD rejects them). */
  param(name: string): string | undefined {
    const v = this.parameters?.[name];
    return typeof v === 'string' ? v.trim() : undefined;
  }

  has(name: string): boolean {
    return this.parameters !== undefined && Object.hasOwn(this.parameters, name);
  }

  /** Go strconv.ParseBool on a flag; empty/absent = false; unparsable = undefined. */
  flag(name: (typeof IDENTITY_FLAGS)[number]): boolean | undefined {
    const v = this.param(name);
    if (v === undefined || v === '') return this.has(name) && typeof this.parameters?.[name] === 'boolean' ? (this.parameters[name] as boolean) : false;
    return parseGoBool(v);
  }

  /** The identity mode the provider (v1.8) would pick; conflicts resolve to the first flag set. */
  get identityMode(): IdentityMode {
    if (this.flag('usePodIdentity')) return 'pod-identity';
    if (this.flag('useVMManagedIdentity')) return this.param('userAssignedIdentityID') ? 'vm-user-assigned' : 'vm-system-assigned';
    if (this.flag('useAzureTokenProxy')) return 'identity-binding';
    if (this.param('clientID')) return 'workload-identity';
    return 'service-principal';
  }

  get tenant(): { key: 'tenantID' | 'tenantId'; value: string } | undefined {
    const v1 = this.param('tenantID');
    if (v1) return { key: 'tenantID', value: v1 };
    const v2 = this.param('tenantId');
    if (v2) return { key: 'tenantId', value: v2 };
    return undefined;
  }

  locate(path: FieldPath, target?: LocateTarget): ResolvedLocation {
    return this.object.locator.locate(path, target);
  }

  paramPath(name: string): FieldPath {
    return [...PARAMS_PATH, name];
  }

  private objectsCache: SpcObjects | undefined;

  /** The parsed `objects` parameter. */
  get objects(): SpcObjects {
    return (this.objectsCache ??= parseObjects(this));
  }

  /** File names written into the volume (for secretObjects and collisions). */
  get fileNames(): Set<string> {
    const names = new Set<string>();
    for (const e of this.objects.entries) if (e.fileName) names.add(e.fileName);
    return names;
  }
}

const views = new WeakMap<ManifestObject, SpcView>();

/**
 * What the context cache (load/context-cache.ts) restored for an SPC of an unchanged file, so the rules need not
 * parse that file again: its parsed `objects` (entries locate themselves by parsing on demand) and, per string
 * parameter, the style and source of its scalar (null: no scalar node at that path). Both were computed from the
 * same text by the code below, so they equal what a fresh parse gives.
 */
export interface RestoredSpcFacts {
  readonly objects?: () => SpcObjects;
  readonly paramScalars?: ReadonlyMap<string, { readonly type: Scalar['type']; readonly source: string | undefined } | null>;
}
const restored = new WeakMap<ManifestObject, RestoredSpcFacts>();

export function restoreSpcFacts(o: ManifestObject, facts: RestoredSpcFacts): void {
  restored.set(o, facts);
}

export function spcView(o: ManifestObject): SpcView {
  let v = views.get(o);
  if (!v) views.set(o, (v = new SpcView(o)));
  return v;
}

export function isAzureProvider(p: unknown): boolean {
  return typeof p === 'string' && p === 'azure';
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseGoBool(s: string): boolean | undefined {
  if (GO_TRUE.has(s)) return true;
  if (GO_FALSE.has(s)) return false;
  return undefined;
}

function parseObjects(view: SpcView): SpcObjects {
  const objectsPath = view.paramPath('objects');
  const raw = view.parameters?.['objects'];
  const here = (target: LocateTarget = 'value'): ResolvedLocation => view.locate(objectsPath, target);
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return { error: { kind: raw === undefined ? 'not-set' : 'empty', location: here() }, entries: [] };
  }
  if (typeof raw !== 'string') return { error: { kind: 'not-string', location: here() }, entries: [] };

  const o = view.object;
  const known = restored.get(o)?.objects;
  if (known) return known();
  const scalar = scalarAt(o, objectsPath);
  if (o.source.kind === 'file' && scalar) return parseEmbeddedObjects(EmbeddedYaml.inFile(o.source.file, scalar), here);
  return parsePlainObjects(raw, here);
}

/** Objects with positions: each entry's fields located inside the file. */
function parseEmbeddedObjects(outer: EmbeddedYaml, here: (t?: LocateTarget) => ResolvedLocation): SpcObjects {
  if (outer.errors.length) {
    return { error: { kind: 'not-yaml', yamlError: outer.errors[0]!.message, location: { ...(here() as ResolvedLocation & { kind: 'file' }), span: outer.errors[0]!.span, exact: true } }, entries: [] };
  }
  const value = outer.value;
  if (!isRecord(value) || !Array.isArray(value['array'])) {
    return { error: { kind: 'no-array', location: here() }, entries: [] };
  }
  const entries: SpcObjectEntry[] = [];
  (value['array'] as unknown[]).forEach((item, index) => {
    const itemLoc = outer.locate(['array', index]);
    if (typeof item !== 'string') {
      entries.push({ index, fields: undefined, error: { kind: 'not-string' }, locate: () => itemLoc, fileName: undefined });
      return;
    }
    const itemScalar = outer.scalarAt(['array', index]);
    const inner = itemScalar ? outer.nested(itemScalar) : undefined;
    if (!inner || inner.errors.length || (inner.value !== undefined && inner.value !== null && !isRecord(inner.value))) {
      const yamlError = inner?.errors[0]?.message;
      entries.push({ index, fields: undefined, error: yamlError !== undefined ? { kind: 'not-yaml', yamlError } : { kind: 'not-mapping' }, locate: () => (inner?.errors[0] ? { ...(itemLoc as ResolvedLocation & { kind: 'file' }), span: inner.errors[0].span } : itemLoc), fileName: undefined });
      return;
    }
    const fields = isRecord(inner.value) ? inner.value : {};
    entries.push({
      index,
      fields,
      locate: (field?: string, target: LocateTarget = 'value') => (field ? inner.locate([field], target) : itemLoc),
      fileName: fileNameOf(fields),
    });
  });
  return { entries };
}

/** Objects of a live SPC: parsed without positions; every location is the objects parameter. */
function parsePlainObjects(raw: string, here: (t?: LocateTarget) => ResolvedLocation): SpcObjects {
  let value: unknown;
  try {
    value = parseYaml(raw, { maxAliasCount: 100, logLevel: 'error' });
  } catch (err) {
    return { error: { kind: 'not-yaml', yamlError: (err as Error).message.split('\n')[0]!, location: here() }, entries: [] };
  }
  if (!isRecord(value) || !Array.isArray(value['array'])) return { error: { kind: 'no-array', location: here() }, entries: [] };
  const entries: SpcObjectEntry[] = (value['array'] as unknown[]).map((item, index) => {
    let fields: Record<string, unknown> | undefined;
    let error: SpcEntryError | undefined;
    if (typeof item !== 'string') error = { kind: 'not-string' };
    else {
      try {
        const v = parseYaml(item, { logLevel: 'error' });
        if (v === null || v === undefined) fields = {};
        else if (isRecord(v)) fields = v;
        else error = { kind: 'not-mapping' };
      } catch (err) {
        error = { kind: 'not-yaml', yamlError: (err as Error).message.split('\n')[0]! };
      }
    }
    return { index, fields, error, locate: () => here(), fileName: fields ? fileNameOf(fields) : undefined };
  });
  return { entries };
}

/**
 * The entries of an `objects` block written in the shape nearly everyone writes, read without a YAML parser:
 *
 *     array:
 *       - |
 *         objectName: kv-secret
 *         objectType: secret
 *
 * every entry a literal block of `key: value` lines, keys plain words and values plain words that YAML reads as
 * strings. Anything else, even a comment or another indentation, is undefined: the caller parses it as YAML. Parse
 * workers use this for the facts of every SPC (two small YAML documents per entry were a tenth of their time); the
 * answer is what parsing would give (test/load/spc-quick-objects.test.ts compares the two).
 */
export function quickObjectEntries(raw: string): { index: number; fields: Record<string, string>; fileName: string | undefined }[] | undefined {
  const lines = raw.split('\n');
  if (lines[0] !== 'array:' || lines[lines.length - 1] !== '') return undefined;
  const entries: { index: number; fields: Record<string, string>; fileName: string | undefined }[] = [];
  let fields: Record<string, string> | undefined;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line === '  - |') {
      if (fields && Object.keys(fields).length === 0) return undefined;
      fields = {};
      entries.push({ index: entries.length, fields, fileName: undefined });
      continue;
    }
    const m = QUICK_FIELD.exec(line);
    if (!m || !fields || Object.hasOwn(fields, m[1]!) || YAML_WORDS.test(m[1]!) || YAML_WORDS.test(m[2]!)) return undefined;
    fields[m[1]!] = m[2]!;
  }
  if (!fields || Object.keys(fields).length === 0) return undefined;
  for (const e of entries) e.fileName = fileNameOf(e.fields);
  return entries;
}

/** A `key: value` line of an entry: a word, and a value YAML's core schema reads as a plain string (see below). */
const QUICK_FIELD = /^ {4}([A-Za-z][A-Za-z0-9]*): ([A-Za-z][A-Za-z0-9._/-]*)$/;
/** Plain scalars that start with a letter and are not strings in YAML 1.2's core schema (as keys, not either). */
const YAML_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

function fileNameOf(fields: Record<string, unknown>): string | undefined {
  const alias = typeof fields['objectAlias'] === 'string' ? fields['objectAlias'].trim() : '';
  if (alias) return alias;
  const name = fields['objectName'];
  return typeof name === 'string' && name.trim() ? name.trim() : typeof name === 'number' ? String(name) : undefined;
}

/** The YAML scalar node at `path` of a file object (for embedded parsing and quoting checks). */
export function scalarAt(o: ManifestObject, path: FieldPath): Scalar | undefined {
  const params = restored.get(o)?.paramScalars;
  if (params && path.length === 3 && path[0] === PARAMS_PATH[0] && path[1] === PARAMS_PATH[1] && typeof path[2] === 'string' && params.has(path[2])) {
    const known = params.get(path[2]);
    if (!known) return undefined;
    const value = (o.body['spec'] as Record<string, Record<string, unknown>>)['parameters']![path[2]];
    const scalar = new Scalar(value);
    scalar.type = known.type;
    scalar.source = known.source;
    return scalar;
  }
  const node = yamlNodeAt(o, path);
  return node && isScalar(node) ? node : undefined;
}

export function yamlNodeAt(o: ManifestObject, path: FieldPath): Node | undefined {
  const root = o.yamlNode as Node | undefined;
  if (!root || !(isMap(root) || isSeq(root))) return undefined;
  const { steps, complete } = walk(root, path);
  return complete ? steps[steps.length - 1]?.node : undefined;
}
