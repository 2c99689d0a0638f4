// Objects and problems of a file from its cached facts (cache/facts.ts). Restored objects are classes, not object
// literals with closures, and recover their YAML AST (exact positions, scalar styles) by parsing their file on
// first use: only files that findings touch pay for that.
import type { FieldPath, FileLocation, InputProblem, LocateTarget, Locator, ManifestObject, ObjectSource, ResolvedLocation, SourceFile, Span } from '../../model/types.js';
import { isRecord, type ObjectClass } from '../../model/kinds.js';
import { restoreSpcFacts, spcView, type SpcObjects } from '../../model/spc.js';
import { heapCheckpoint } from '../../heap-governor.js';
import { decodeHint, decodeMissingHint } from '../../model/span-hints.js';
import { hintCount, structureAt, validPackedHints, type PackedHints } from '../../model/object-hints.js';
import { decodeEntryLocation, entryPart } from '../../model/spc-entry-locations.js';
import { DecodedStructure, validStructure, type StructureHints } from '../../model/structure-hints.js';
import { problemOf, type CachedObject, type CachedSpc, type FileFacts } from './facts.js';

/**
 * Objects and problems of a file from its cached facts. Each object's locator and YAML node come from a parse of
 * the file made on first use (`reparse`, shared by the file's objects), matched by position in parse order.
 */
export function restoreFacts(
  file: SourceFile,
  facts: FileFacts,
  reparse: (file: SourceFile) => readonly ManifestObject[],
): { objects: ManifestObject[]; problems: InputProblem[] } {
  const restored = new RestoredFile(file, reparse);
  const objects = facts.objects.map((c, i): ManifestObject => new RestoredObject(restored, i, c));
  facts.objects.forEach((c, i) => {
    if (c.spc) restoreSpcFacts(objects[i]!, restoredSpc(file, c.spc, () => restored.full(i)));
  });
  const problems = facts.problems.map((p): InputProblem => (p.kind === 'parse-error' ? { kind: p.kind, file, span: p.span, reason: p.reason! } : { kind: p.kind, file, span: p.span }));
  return { objects, problems };
}

/** What a restored file's objects share: the file, and how to parse it again. */
class RestoredFile {
  constructor(
    readonly file: SourceFile,
    private readonly reparse: (file: SourceFile) => readonly ManifestObject[],
  ) {}

  /** Object `i` of a fresh parse of the file (bounded cache: see ReparseCache). */
  full(i: number): ManifestObject | undefined {
    return reparsed.get(this.file, this.reparse)[i];
  }
}

/**
 * An object restored from facts. A class rather than an object literal with closures: a pre-commit run restores
 * every object of the repository, and per-object closures were a good part of its allocations. It is its own
 * locator (locations resolve through a fresh parse, lazily).
 *
 * Its body is kept as JSON text and parsed when read; the parsed value is held by a bounded cache (BodyCache), so
 * a repository of 100,000 documents does not hold every body as objects at once (they take about five times the
 * memory of their JSON).
 */
class RestoredObject implements ManifestObject, Locator {
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly source: ObjectSource;
  readonly hint: 'helm-values' | undefined;
  readonly knownClass: ObjectClass | null | undefined;
  /** The body as JSON; the parsed value, while the body cache keeps it. */
  readonly bodyJson: string;
  parsedBody: Record<string, unknown> | undefined;
  /**
   * Where the body's nodes are (model/span-hints.ts) and what fixes read from the syntax tree
   * (model/structure-hints.ts), packed (model/object-hints.ts), when the worker that parsed the file worked it out.
   */
  private readonly hints: PackedHints | undefined;
  /**
   * The object's index in its file, times two, plus one when its facts say the body holds a sensitive value (one
   * number, not two fields: a run restores every object of the repository).
   */
  private readonly slot: number;

  constructor(
    private readonly restored: RestoredFile,
    index: number,
    c: CachedObject,
  ) {
    this.slot = index * 2 + (c.sensitive === true ? 1 : 0);
    // Restored strings come from a worker or the disk as fresh copies: the values every object repeats (API
    // versions, kinds, namespaces) are shared instead.
    this.apiVersion = intern(c.apiVersion);
    this.kind = intern(c.kind);
    this.name = c.name;
    this.namespace = intern(c.namespace);
    this.source = { kind: 'file', file: restored.file, docIndex: c.docIndex };
    this.hint = c.hint;
    // The class arrives as a fresh string per object too (about 35 bytes each, to the end of the run).
    this.knownClass = c.cls === null || c.cls === undefined ? c.cls : (intern(c.cls) as ObjectClass);
    this.bodyJson = c.bodyJson;
    this.hints = validPackedHints(c.hints, validStructure);
  }

  /** Made when a fix asks (few objects are asked): no reader per object held for the whole run. */
  get structure(): StructureHints | undefined {
    return this.hints && structureAt(this.hints) < hintCount(this.hints) ? new DecodedStructure(this.hints, () => this.body) : undefined;
  }

  get body(): Record<string, unknown> {
    return this.parsedBody ?? bodies.parse(this);
  }

  /**
   * The body is JSON.parse(bodyJson) whenever that is a mapping, and JSON writes such text as is; JSON that is not
   * a mapping (a damaged cache) is answered by a fresh parse of the file, so only a mapping's JSON can say no.
   */
  mayContain(text: string): boolean {
    const json = this.bodyJson;
    return json.includes(text) || !(json.startsWith('{') && json.endsWith('}'));
  }

  /**
   * Facts say whether the body holds a sensitive value, decided with the body by model/sensitive.ts when the file
   * was parsed (the same walk the redactor makes; the store seals exactly those bodies on disk). A body that would
   * come from a fresh parse instead (JSON that is not a mapping: a damaged cache) may hold anything.
   */
  mayHoldSensitive(): boolean {
    const json = this.bodyJson;
    return (this.slot & 1) === 1 || !(json.startsWith('{') && json.endsWith('}'));
  }

  private get index(): number {
    return this.slot >> 1;
  }

  /** The body from a fresh parse of the file, for JSON that does not parse to a mapping (a damaged cache). */
  freshBody(): Record<string, unknown> | undefined {
    return this.restored.full(this.index)?.body;
  }

  get yamlNode(): unknown {
    return this.restored.full(this.index)?.yamlNode;
  }

  get locator(): Locator {
    return this;
  }

  locate(path: FieldPath, target?: LocateTarget): FileLocation {
    const file = this.restored.file;
    // A path the worker located ahead needs no parse (the locator's default target is the value).
    // A missing field points at its nearest ancestor's key, which the hints hold too.
    const hint = this.hints && (decodeHint(this.hints, this.body, path, target ?? 'value') ?? decodeMissingHint(this.hints, this.body, path));
    if (hint) return { kind: 'file', file, span: hint.span, exact: hint.exact };
    return lazyFileLocation(file, () => {
      const o = this.restored.full(this.index);
      return o ? o.locator.locate(path, target) : { kind: 'file', file, span: { start: 0, end: 0 }, exact: false };
    });
  }
}

/**
 * The parsed bodies of restored objects, oldest dropped first once their JSON adds up to more than `capacity`
 * characters. Rules read bodies subject after subject, rule after rule: a repository whose bodies fit (10,000
 * documents hold about 4 million characters) parses each once; a larger one parses again what was dropped, which
 * costs time in proportion to its size, where keeping everything would cost memory in proportion to its size.
 */
class BodyCache {
  private readonly held: RestoredObject[] = [];
  /** Index of the oldest entry of `held` still holding its body (entries before it were dropped). */
  private head = 0;
  private chars = 0;

  constructor(private readonly capacity: number) {}

  /** Drops every body it holds (they are parsed again if read later). */
  clear(): void {
    for (let i = this.head; i < this.held.length; i++) this.held[i]!.parsedBody = undefined;
    this.held.length = 0;
    this.head = 0;
    this.chars = 0;
  }

  parse(o: RestoredObject): Record<string, unknown> {
    heapCheckpoint();
    const body = parseBody(o.bodyJson, () => o.freshBody());
    o.parsedBody = body;
    this.held.push(o);
    this.chars += o.bodyJson.length;
    while (this.chars > this.capacity && this.head < this.held.length - 1) {
      const old = this.held[this.head]!;
      this.held[this.head++] = undefined as never;
      old.parsedBody = undefined;
      this.chars -= old.bodyJson.length;
    }
    // The queue's dropped front is cut off now and then, so it does not grow with the number of parses.
    if (this.head > 4096 && this.head * 2 > this.held.length) {
      this.held.splice(0, this.head);
      this.head = 0;
    }
    return body;
  }
}

const bodies = new BodyCache(8 * 1024 * 1024);

/**
 * Drops the parsed bodies and fresh parses held for restored objects, for a caller past the last reader of them (the
 * CLI once the rules, suppressions and redaction have run): held to the end, they kept every object they name alive
 * while the report was written. Whatever reads them later parses again.
 */
export function releaseRestoredCaches(): void {
  bodies.clear();
  reparsed.clear();
}

/** One shared copy of each short, often repeated string (API versions, kinds, namespaces). */
const interned = new Map<string, string>();
function intern(s: string | undefined): string | undefined {
  if (s === undefined || s.length > 100) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size < 100_000) interned.set(s, s);
  return s;
}

/**
 * The fresh parses of restored files, most recently used last. Bounded: a large run may locate findings in
 * thousands of files, and keeping every one's AST would make memory grow with the repository again. Rules work
 * through the inventory in order, so a file is mostly asked again soon after its first parse; an evicted file is
 * parsed again if asked later (its locations already resolved stay resolved).
 */
class ReparseCache {
  private readonly parses = new Map<SourceFile, readonly ManifestObject[]>();

  constructor(private readonly capacity: number) {}

  clear(): void {
    this.parses.clear();
  }

  get(file: SourceFile, reparse: (file: SourceFile) => readonly ManifestObject[]): readonly ManifestObject[] {
    let objects = this.parses.get(file);
    if (objects) {
      this.parses.delete(file);
    } else {
      heapCheckpoint();
      reparses++;
      objects = reparse(file);
      if (this.parses.size >= this.capacity) this.parses.delete(this.parses.keys().next().value!);
    }
    this.parses.set(file, objects);
    return objects;
  }
}

const reparsed = new ReparseCache(128);

/** Files restored from facts that were parsed again on this thread (for tests: a finding should cost none). */
let reparses = 0;
export function reparseCount(): number {
  return reparses;
}

/** A cached body; one that does not parse to a mapping (a damaged cache) is taken from a fresh parse instead. */
function parseBody(json: string, fresh: () => Record<string, unknown> | undefined): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    if (isRecord(v)) return v;
  } catch {
    // fall through to the file itself
  }
  return fresh() ?? {};
}

function restoredSpc(file: SourceFile, spc: CachedSpc, full: () => ManifestObject | undefined): Parameters<typeof restoreSpcFacts>[1] {
  const paramScalars = new Map(Object.entries(spc.params).map(([k, p]) => [k, p && { type: (p.type ?? undefined) as never, source: p.source ?? undefined }]));
  const cached = spc.objects;
  if (!cached) return { paramScalars };
  let objects: SpcObjects | undefined;
  // Where an entry points is only known from a parse: the entry asks the freshly parsed object's own view.
  const fresh = (): SpcObjects | undefined => {
    const o = full();
    return o ? spcView(o).objects : undefined;
  };
  const unknownHere = { kind: 'file' as const, file, span: { start: 0, end: 0 }, exact: false };
  return {
    paramScalars,
    objects: () =>
      (objects ??= {
        ...(cached.error ? { error: { ...problemOf(cached.error), location: { kind: 'file' as const, file, span: cached.error.span, exact: cached.error.exact } } } : {}),
        entries: cached.entries.map((e, i) => {
          // Where the worker located the entry (model/spc-entry-locations.ts): no parse for those answers.
          const locs = cached.locs instanceof Int32Array ? entryPart(cached.locs, i) : undefined;
          return {
            index: e.index,
            fields: e.fields,
            ...(e.error !== undefined ? { error: e.error } : {}),
            fileName: e.fileName,
            locate: (field?: string, target?: LocateTarget) =>
              (locs ? decodeEntryLocation(locs, file, e.fields, field, target) : undefined) ?? lazyFileLocation(file, () => fresh()?.entries[e.index]?.locate(field, target) ?? unknownHere),
          };
        }),
      }),
  };
}

/**
 * A location in `file` whose span is only worked out (by parsing the file) when something reads it. Rules may
 * locate a finding on a context object before reporting it (SPC `objects` entries do); the engine then drops it
 * by its file alone, so the file is not parsed for a finding nobody sees. A file object's locator only ever
 * points into its own file, so kind and file are known up front.
 */
function lazyFileLocation(file: SourceFile, resolve: () => ResolvedLocation): FileLocation {
  return new LazyFileLocation(file, resolve);
}

/** See lazyFileLocation. A class: an object literal with two getters took 450 bytes, and findings hold thousands. */
class LazyFileLocation implements FileLocation {
  readonly kind = 'file';
  private resolved: FileLocation | undefined;

  constructor(
    readonly file: SourceFile,
    private resolve: (() => ResolvedLocation) | undefined,
  ) {}

  get span(): Span {
    return this.get().span;
  }

  get exact(): boolean {
    return this.get().exact;
  }

  private get(): FileLocation {
    if (this.resolved) return this.resolved;
    const loc = this.resolve!();
    this.resolve = undefined;
    this.resolved = loc.kind === 'file' && loc.file.relPath === this.file.relPath ? loc : { kind: 'file', file: this.file, span: { start: 0, end: 0 }, exact: false };
    return this.resolved;
  }
}
