// Turns a field path into a span of the YAML source, walking the parsed AST lazily: only findings pay for it.
// A path that does not exist resolves to the nearest existing ancestor (exact: false).
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { FieldPath, FileLocation, LocateTarget, Locator, SourceFile, Span } from '../model/types.js';

export interface Step {
  readonly node: Node;
  /** The mapping pair holding `node`, when it was reached through a key. */
  readonly pair?: Pair;
}

/** Where a walk stands: the last step reached, how many steps (the root is one), whether all was found so far. */
export interface WalkState {
  readonly last: Step | undefined;
  readonly depth: number;
  readonly complete: boolean;
}

export function walkStart(root: Node | null | undefined): WalkState {
  return root ? { last: { node: root }, depth: 1, complete: true } : { last: undefined, depth: 0, complete: false };
}

/** One path segment further; a walk that stopped stays where it stopped. */
export function walkStep(state: WalkState, seg: string | number): WalkState {
  if (!state.complete) return state;
  const node = state.last!.node;
  if (isMap(node)) {
    const pair = findPair(node.items as Pair[], seg);
    if (pair && pair.value && !isEmptyScalar(pair.value as Node)) return { last: { node: pair.value as Node, pair }, depth: state.depth + 1, complete: true };
    // `key:` with no value: point at the key.
    if (pair) return { last: { node: pair.key as Node, pair }, depth: state.depth + 1, complete: false };
  } else if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    if (item && !isPair(item)) return { last: { node: item as Node }, depth: state.depth + 1, complete: true };
  }
  return { ...state, complete: false };
}

/** Walks `path` from `root`; returns the steps reached (first = root) and whether the whole path was found. */
export function walk(root: Node | null | undefined, path: FieldPath): { steps: Step[]; complete: boolean } {
  const steps: Step[] = [];
  let state = walkStart(root);
  if (state.last) steps.push(state.last);
  for (const seg of path) {
    if (!state.complete) break;
    const next = walkStep(state, seg);
    if (next.depth > state.depth) steps.push(next.last!);
    state = next;
  }
  return { steps, complete: state.complete };
}

/**
 * `key:` followed by nothing (or only a comment) parses as a null scalar with an empty range at the end of the
 * line, or at the comment; there is no value text to point at, so the key stands in for it.
 */
function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && (node.source === '' || node.source === undefined) && !!node.range && node.range[0] === node.range[1];
}

/**
 * Finds the pair for a key among a mapping's own pairs; the last one wins, as in toJS. Keys that only come from a
 * merge key (`<<: *anchor`) are not looked through: such a path resolves to the nearest ancestor (exact: false).
 */
export function findPair(items: readonly Pair[], seg: string | number): Pair | undefined {
  const want = String(seg);
  if (items.length >= INDEX_FROM_PAIRS) return pairIndex(items).get(want);
  let found: Pair | undefined;
  for (const p of items) {
    const k = p.key;
    if (isScalar(k) && String(k.value) === want) found = p; // last one wins, as in toJS
  }
  return found;
}

/**
 * A mapping this large is searched through an index of its keys, made on the first search: the span hints of an
 * object walk its first 256 nodes, one search each, so a Secret with 150,000 data keys cost 38 million key
 * comparisons (1.5 s) in a parse worker. Syntax trees are never changed once parsed (fixes are text edits), so an
 * index stays true; the length check is a guard, not a need.
 */
const INDEX_FROM_PAIRS = 32;
const pairIndexes = new WeakMap<readonly Pair[], { readonly length: number; readonly byKey: Map<string, Pair> }>();

function pairIndex(items: readonly Pair[]): Map<string, Pair> {
  const held = pairIndexes.get(items);
  if (held && held.length === items.length) return held.byKey;
  const byKey = new Map<string, Pair>();
  for (const p of items) {
    const k = p.key;
    if (isScalar(k)) byKey.set(String(k.value), p); // last one wins, as in toJS
  }
  pairIndexes.set(items, { length: items.length, byKey });
  return byKey;
}

export function nodeSpan(node: Node): Span | undefined {
  const r = node.range;
  if (!r) return undefined;
  // range = [start, valueEnd, nodeEnd]; valueEnd excludes trailing comments and line breaks.
  return { start: r[0], end: r[1] };
}

/** A collection's span shrunk to its first line, so a region never covers a whole block. */
export function firstLineSpan(text: string, span: Span): Span {
  let end = text.indexOf('\n', span.start);
  if (end < 0 || end > span.end) end = span.end;
  if (end > span.start && text.charCodeAt(end - 1) === 13) end--;
  return { start: span.start, end: Math.max(end, span.start) };
}

export function spanFor(text: string, step: Step, target: LocateTarget): Span {
  const { node, pair } = step;
  if (pair && (target === 'key' || isMap(node) || isSeq(node))) {
    const ks = pair.key ? nodeSpan(pair.key as Node) : undefined;
    if (ks) return ks;
  }
  const s = nodeSpan(node) ?? { start: 0, end: 0 };
  if (isMap(node) || isSeq(node)) return firstLineSpan(text, s);
  return s;
}

/**
 * A locator for one object in a YAML document. `prefix` is the path of the object inside the document
 * (e.g. ['items', 3] for an item of a List).
 */
export function yamlLocator(file: SourceFile, root: Node | null | undefined, prefix: FieldPath = []): Locator {
  return new YamlLocator(file, root, prefix);
}

class YamlLocator implements Locator {
  private startState: WalkState | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly root: Node | null | undefined,
    private readonly prefix: FieldPath,
  ) {}

  locate(path: FieldPath, target: LocateTarget = 'value'): FileLocation {
    return { kind: 'file', file: this.file, ...locateAt(this.file.text, walkFrom(this.start(), path), target) };
  }

  /** The walk state at the object's own node (after `prefix`), worked out once. */
  start(): WalkState {
    return (this.startState ??= walkFrom(walkStart(this.root), this.prefix));
  }
}

/** The walk state at an object's own node, for locators made by yamlLocator (span hints walk on from there). */
export function objectStart(locator: Locator): WalkState | undefined {
  return locator instanceof YamlLocator ? locator.start() : undefined;
}

function walkFrom(state: WalkState, path: FieldPath): WalkState {
  for (const seg of path) state = walkStep(state, seg);
  return state;
}

/** Where a walk that stands at `state` points for `target` (what yamlLocator's locate answers). */
export function locateAt(text: string, state: WalkState, target: LocateTarget): { span: Span; exact: boolean } {
  let last = state.last;
  if (!last) return { span: { start: 0, end: 0 }, exact: false };
  if (!state.complete && state.depth === 1 && isMap(last.node)) {
    // Nothing of the path exists: point at `kind:`, which names the object.
    const kindPair = findPair(last.node.items as Pair[], 'kind');
    if (kindPair?.value) last = { node: kindPair.value as Node, pair: kindPair };
  }
  // For a missing field, point at the nearest ancestor's key rather than its whole value.
  return { span: spanFor(text, last, state.complete ? target : 'key'), exact: state.complete };
}
