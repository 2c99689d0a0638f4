// What one context file contributes to the inventory, as the context cache holds it (load/context-cache.ts): its
// objects' plain values and identity fields, its input problems and its document count, never an AST. Made from a
// parse (here or on a worker), kept in memory as is; on disk, objects holding a sensitive value (model/sensitive.ts)
// are sealed by the store (cache/seal.ts).
import type { InputProblem, LocateTarget, ManifestObject, ParseReason, Span } from '../../model/types.js';
import { classify, type ObjectClass } from '../../model/kinds.js';
import { quickObjectEntries, scalarAt, spcView, type SpcEntryError, type SpcObjectEntry, type SpcObjectsProblem } from '../../model/spc.js';
import { encodeEntryLocations, packEntryLocations } from '../../model/spc-entry-locations.js';
import { hasSensitiveBodyValue } from '../../model/sensitive.js';
import { encodeHints, type Hint } from '../../model/span-hints.js';
import { encodeStructure, structureOffsets } from '../../model/structure-hints.js';
import { packObjectHints, type PackedHints } from '../../model/object-hints.js';
import { appendPointAt, notPlain } from '../../model/append-point.js';
import { isMap, isSeq, type Node } from 'yaml';
import { locateAt, objectStart, walkStart, walkStep, type WalkState } from '../../yaml/locate.js';

/** Entries bigger than this are not worth their JSON (a huge generated file): parsed every time. */
export const MAX_ENTRY_CHARS = 1024 * 1024;

/** One object as the cache holds it: what rules read, plus where to find it again in a fresh parse. */
export interface CachedObject {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly docIndex: number;
  /**
   * The object's value as JSON, parsed when a rule first reads it: a pre-commit run restores the whole repository's
   * objects but reads few of their bodies (lookups go by kind, namespace and name).
   */
  readonly bodyJson: string;
  readonly hint?: 'helm-values';
  /** The inventory class (model/kinds.ts classify), null for none: restoring never parses a body to find it. */
  readonly cls?: ObjectClass | null;
  /** For a SecretProviderClass: what its rules would otherwise parse the file again for. */
  readonly spc?: CachedSpc;
  /**
   * Set when the body holds a value model/sensitive.ts calls sensitive (a Secret's data, a credential-named key, a
   * last-applied copy, a sensitive flinkConfiguration entry, a misformatted credential ID): on disk, such an
   * object's body and SPC facts are sealed with the user's key (cache/seal.ts), never written in clear.
   */
  readonly sensitive?: true;
  /**
   * Where its body's nodes are in the file (model/span-hints.ts) and what fixes read from its syntax tree
   * (model/structure-hints.ts), packed in one string (model/object-hints.ts): a parse worker's facts only, never on
   * disk.
   */
  readonly hints?: PackedHints;
}

/** An SPC's parsed `objects` (locations as spans of the file) and its string parameters' scalar styles. */
export interface CachedSpc {
  readonly objects?: {
    readonly error?: SpcObjectsProblem & { readonly span: Span; readonly exact: boolean };
    readonly entries: readonly { readonly index: number; readonly fields?: Record<string, unknown>; readonly error?: SpcEntryError; readonly fileName?: string }[];
    /**
     * Where each entry and its fields are in the file (encodeEntryLocations), by entry: a parse worker's facts only
     * (with span hints), never on disk. Without them an entry's location parses the file again.
     */
    readonly locs?: Int32Array;
  };
  readonly params: Record<string, { readonly type: string | null; readonly source: string | null } | null>;
}

export interface CachedProblem {
  readonly kind: InputProblem['kind'];
  readonly span: Span;
  /** parse-error only: the message id and data yaml-parse-error reports. */
  readonly reason?: ParseReason;
}

/** What one file contributes to the inventory. Objects are in parse order (the inventory order). */
export interface FileFacts {
  readonly documents: number;
  readonly objects: readonly CachedObject[];
  readonly problems: readonly CachedProblem[];
}

export interface CacheKeyOptions {
  readonly defaultNamespace?: string;
  readonly vvpValuesFile?: boolean;
  readonly maxDepth: number;
  readonly maxAliasCount: number;
  readonly keepKinds?: ReadonlySet<string>;
}

/**
 * The facts of a parse, or undefined when they would not survive JSON unchanged: a value with a shared reference
 * (YAML aliases), a non-finite number or -0, or anything but plain objects, arrays and primitives.
 */
export function factsOf(
  documents: number,
  objects: readonly ManifestObject[],
  problems: readonly InputProblem[],
  /**
   * maxChars: the size past which facts are not worth keeping. Values are kept whole (rules read them, a context
   * Secret's clientid included); the store seals what is sensitive before anything reaches the disk.
   */
  opts: { readonly maxChars?: number; readonly spanHints?: boolean } = {},
): FileFacts | undefined {
  const maxChars = opts.maxChars ?? MAX_ENTRY_CHARS;
  const out: CachedObject[] = [];
  let size = 0;
  for (const o of objects) {
    if (o.source.kind !== 'file') return undefined;
    const seen = new Set<object>();
    const chars = jsonSafeSize(o.body, seen, 0);
    if (chars < 0) return undefined;
    size += chars;
    if (size > maxChars) return undefined;
    let spc: CachedSpc | undefined;
    try {
      spc = o.kind === 'SecretProviderClass' ? spcFacts(o, opts.spanHints === true) : undefined;
    } catch {
      return undefined; // whatever failed here fails again in the rules, which report it: do not cache the file
    }
    const walked = opts.spanHints ? hintsOf(o) : undefined;
    const hints = walked ? packObjectHints(walked.span, structureOf(o, walked.states), structureOffsets) : undefined;
    out.push({
      ...(o.apiVersion !== undefined ? { apiVersion: o.apiVersion } : {}),
      ...(o.kind !== undefined ? { kind: o.kind } : {}),
      ...(o.name !== undefined ? { name: o.name } : {}),
      ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
      docIndex: o.source.docIndex,
      bodyJson: JSON.stringify(o.body),
      // Decided here, by the one definition of sensitive (on the worker that parsed it): the store seals these.
      ...(hasSensitiveBodyValue(o.body) ? { sensitive: true as const } : {}),
      ...(o.hint !== undefined ? { hint: o.hint } : {}),
      cls: classify(o) ?? null,
      ...(spc ? { spc } : {}),
      ...(hints ? { hints } : {}),
    });
  }
  return { documents, objects: out, problems: problems.map((p) => ({ kind: p.kind, span: { start: p.span.start, end: p.span.end }, ...(p.kind === 'parse-error' ? { reason: p.reason } : {}) })) };
}

/** Facts as the cache stores them: span hints (a worker's, for this run only) are not worth their JSON. */
export function forDisk(facts: FileFacts): FileFacts {
  if (!facts.objects.some((o) => o.hints || o.spc?.objects?.locs)) return facts;
  return {
    ...facts,
    objects: facts.objects.map(({ hints: _hints, ...o }) => {
      if (!o.spc?.objects?.locs) return o;
      const { locs: _locs, ...objects } = o.spc.objects;
      return { ...o, spc: { ...o.spc, objects } };
    }),
  };
}

/**
 * Where `o`'s body nodes are, from its own syntax tree (model/span-hints.ts); none for a locator of another kind.
 * With the walk's state at every node, in walk order, when it started at the object's own node: the structure hints
 * walk the same nodes of the same body in the same order and take them instead of walking the tree again.
 */
function hintsOf(o: ManifestObject): { span: number[]; states: WalkState[] | undefined } | undefined {
  const start = objectStart(o.locator);
  if (!start || o.source.kind !== 'file') return undefined;
  const text = o.source.file.text;
  const locate = (at: WalkState, target: LocateTarget): Hint => locateAt(text, at, target);
  if (!start.complete || start.last?.node !== o.yamlNode) return { span: encodeHints(o.body, start, walkStep, locate), states: undefined };
  const states: WalkState[] = [];
  const step = (at: WalkState, seg: string | number): WalkState => {
    const next = walkStep(at, seg);
    states.push(next);
    return next;
  };
  return { span: encodeHints(o.body, start, step, locate), states };
}

/**
 * What fixes read from `o`'s syntax tree (model/structure-hints.ts), asked of the tree the fixes would ask.
 * `walked`: the span hints' states at the same nodes (hintsOf), which this walk then takes in turn.
 */
function structureOf(o: ManifestObject, walked: readonly WalkState[] | undefined): number[] | undefined {
  if (!o.yamlNode) return undefined;
  // yamlNodeAt's walk (from the object's own node, only into collections), a step at a time.
  const root = o.yamlNode as Node;
  const start = isMap(root) || isSeq(root) ? walkStart(root) : { last: undefined, depth: 0, complete: false };
  let next = 0;
  const step = walked && (isMap(root) || isSeq(root)) ? (): WalkState => walked[next++]! : walkStep;
  return encodeStructure(o.body, start, step, (at) => {
    const node = at.complete ? at.last?.node : undefined;
    return node === undefined ? 'none' : notPlain(node) ? 'other' : 'plain';
  }, (mapPath, at) => appendPointAt(o, mapPath, at));
}

/** What an SPC's rules read from its YAML nodes, computed now from the fresh parse (the rules reuse the result). */
function spcFacts(o: ManifestObject, withLocations: boolean): CachedSpc | undefined {
  const view = spcView(o);
  const params: Record<string, { type: string | null; source: string | null } | null> = {};
  for (const [key, value] of Object.entries(view.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    const node = scalarAt(o, view.paramPath(key));
    params[key] = node ? { type: node.type ?? null, source: node.source === undefined ? null : String(node.source) } : null;
  }
  // The `objects` scalar stands in for its node only beside the parsed objects: without them, parsing the objects
  // needs the real node (its range), so it must come from a fresh parse.
  const withoutObjects = (): CachedSpc => {
    delete params['objects'];
    return { params };
  };
  const raw = view.parameters?.['objects'];
  if (typeof raw !== 'string') return withoutObjects();
  // The common shape needs no YAML parser (its entries have no error), unless their locations are to be sent too.
  const quick = quickObjectEntries(raw);
  const quickEntries = quick?.map((e) => ({ index: e.index, fields: e.fields, ...(e.fileName !== undefined ? { fileName: e.fileName } : {}) }));
  if (quickEntries && !withLocations) return { params, objects: { entries: quickEntries } };
  const parsed = view.objects;
  if (quickEntries) {
    // Same entries either way (test/load/spc-quick-objects.test.ts); the parse adds where they are.
    const locs = parsed.error || parsed.entries.length !== quickEntries.length ? undefined : entryLocations(o, parsed.entries, quickEntries);
    return { params, objects: { entries: quickEntries, ...(locs ? { locs } : {}) } };
  }
  let error: NonNullable<CachedSpc['objects']>['error'];
  if (parsed.error) {
    const loc = parsed.error.location;
    if (loc.kind !== 'file' || o.source.kind !== 'file' || loc.file !== o.source.file) return withoutObjects();
    const { location: _at, ...problem } = parsed.error;
    error = { ...problem, span: { start: loc.span.start, end: loc.span.end }, exact: loc.exact };
  }
  const entries = [];
  for (const e of parsed.entries) {
    if (e.fields !== undefined && jsonSafeSize(e.fields, new Set(), 0) < 0) return withoutObjects();
    entries.push({ index: e.index, ...(e.fields !== undefined ? { fields: e.fields } : {}), ...(e.error !== undefined ? { error: e.error } : {}), ...(e.fileName !== undefined ? { fileName: e.fileName } : {}) });
  }
  const locs = withLocations ? entryLocations(o, parsed.entries, entries) : undefined;
  return { params, objects: { ...(error ? { error } : {}), entries, ...(locs ? { locs } : {}) } };
}

/** Where each entry is, as its own locate() answers (see model/spc-entry-locations.ts for the layout). */
function entryLocations(o: ManifestObject, parsed: readonly SpcObjectEntry[], cached: readonly { readonly fields?: Record<string, unknown> }[]): Int32Array | undefined {
  if (o.source.kind !== 'file') return undefined;
  const file = o.source.file;
  return packEntryLocations(parsed.map((e, i) => encodeEntryLocations(file, e, cached[i]?.fields)));
}

/** The cached problem of an `objects` block without its position. */
export function problemOf(cached: SpcObjectsProblem & { readonly span: Span; readonly exact: boolean }): SpcObjectsProblem {
  const { span: _span, exact: _exact, ...problem } = cached;
  return problem;
}

/** Roughly the JSON size of `v`, or -1 when `v` would not come back from JSON as it is. */
export function jsonSafeSize(v: unknown, seen: Set<object>, depth: number): number {
  if (v === null || typeof v === 'boolean') return 5;
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? 12 : -1;
  if (typeof v !== 'object' || depth > 200) return -1;
  if (seen.has(v)) return -1;
  seen.add(v);
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = jsonSafeSize(x, seen, depth + 1);
      if (s < 0) return -1;
      n += s + 1;
    }
    return n;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return -1;
  for (const k of Object.keys(v)) {
    const s = jsonSafeSize((v as Record<string, unknown>)[k], seen, depth + 1);
    if (s < 0) return -1;
    n += s + k.length + 4;
  }
  return n;
}
