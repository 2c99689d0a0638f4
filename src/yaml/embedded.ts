// YAML embedded in a string scalar (SPC `objects`, each of its `array` items, VVP `globalDeploymentDefaults`):
// parsed on its own, with spans mapped back into the outer file so findings point at the real line and column.
import { safeParseMessage } from './safe-message.js';
import { parseDocument, isScalar, Scalar, type Document, type Node } from 'yaml';
import type { FieldPath, FileLocation, LocateTarget, Locator, SourceFile, Span } from '../model/types.js';
import { nodeSpan, spanFor, walk } from './locate.js';
import { lineIndex } from './lines.js';
import { parseAllFast } from './fast-parse.js';

const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: 'error' } as const;

/** Maps an offset in the embedded text to an offset in the outer file; undefined = only the whole scalar is known. */
type OffsetMap = ((inner: number) => number) | undefined;

export class EmbeddedYaml {
  readonly doc: Document;
  readonly value: unknown;
  /** Parse errors of the embedded text, with spans in outer-file coordinates. */
  readonly errors: { message: string; span: Span }[] = [];

  private constructor(
    readonly file: SourceFile,
    readonly text: string,
    private readonly map: OffsetMap,
    /** The whole scalar in the outer file: where anything unmappable points. */
    readonly scalarSpan: Span,
  ) {
    // One document in the fast path's subset is what parseDocument would give (src/yaml/fast-parse.ts); anything
    // else, two documents included (parseDocument's error), is parsed by the library.
    const fast = parseAllFast(text, YAML_OPTIONS);
    this.doc = fast?.length === 1 ? fast[0]! : parseDocument(text, YAML_OPTIONS);
    for (const e of this.doc.errors) {
      // The embedded text is an SPC `objects` string: its parse errors never quote it (see safe-message.ts).
      this.errors.push({ message: safeParseMessage(e.message), span: this.outer({ start: e.pos[0], end: e.pos[1] }) });
    }
    let value: unknown;
    try {
      value = this.doc.errors.length ? undefined : this.doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      this.errors.push({ message: safeParseMessage((err as Error).message), span: scalarSpan });
    }
    this.value = value;
  }

  /** Embeds the string held by `scalar`, a node of `outer` (file text or another embedded text). */
  static fromScalar(scalar: Scalar, outer: { file: SourceFile; text: string; toFile: (off: number) => number; scalarSpan: (s: Span) => Span }): EmbeddedYaml {
    const text = typeof scalar.value === 'string' ? scalar.value : String(scalar.value ?? '');
    const local = literalBlockMap(outer.text, scalar, text);
    const own = nodeSpan(scalar) ?? { start: 0, end: 0 };
    const scalarSpan = outer.scalarSpan(own);
    const map: OffsetMap = local ? (off) => outer.toFile(local(off)) : undefined;
    return new EmbeddedYaml(outer.file, text, map, scalarSpan);
  }

  /** Embeds a top-level scalar of a file. */
  static inFile(file: SourceFile, scalar: Scalar): EmbeddedYaml {
    return EmbeddedYaml.fromScalar(scalar, { file, text: file.text, toFile: (o) => o, scalarSpan: (s) => s });
  }

  /** Embeds a scalar found inside this embedded document (YAML inside YAML inside YAML). */
  nested(scalar: Scalar): EmbeddedYaml {
    return EmbeddedYaml.fromScalar(scalar, {
      file: this.file,
      text: this.text,
      toFile: (o) => (this.map ? this.map(o) : this.scalarSpan.start),
      scalarSpan: (s) => this.outer(s),
    });
  }

  /** Converts a span of the embedded text to the outer file. */
  outer(span: Span): Span {
    if (!this.map) return this.scalarSpan;
    const start = this.map(span.start);
    const end = span.end > span.start ? this.map(span.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }

  get root(): Node | null {
    return (this.doc.contents as Node | null) ?? null;
  }

  /** The scalar node at `path` (for nesting), if it is a scalar. */
  scalarAt(path: FieldPath): Scalar | undefined {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    return complete && last && isScalar(last.node) ? last.node : undefined;
  }

  locator(): Locator {
    return {
      locate: (path: FieldPath, target: LocateTarget = 'value'): FileLocation => this.locate(path, target),
    };
  }

  locate(path: FieldPath, target: LocateTarget = 'value'): FileLocation {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    if (!last || !this.map) return { kind: 'file', file: this.file, span: this.scalarSpan, exact: false };
    return { kind: 'file', file: this.file, span: this.outer(spanFor(this.text, last, complete ? target : 'key')), exact: complete };
  }
}

/**
 * For a literal block scalar (`|`), line i of the value is source line i after the header, shifted by the block
 * indentation; that makes the mapping exact. Folded, quoted and plain scalars rewrite their text, so they only
 * map as a whole.
 */
function literalBlockMap(outerText: string, scalar: Scalar, value: string): ((inner: number) => number) | undefined {
  if (scalar.type !== Scalar.BLOCK_LITERAL || !scalar.range) return undefined;
  const [start, valueEnd] = scalar.range;
  const headerEnd = outerText.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= valueEnd) return undefined;
  const srcLineStarts: number[] = [];
  for (let p = headerEnd + 1; p <= valueEnd && p < outerText.length; ) {
    srcLineStarts.push(p);
    const nl = outerText.indexOf('\n', p);
    if (nl < 0) break;
    p = nl + 1;
  }
  let indent = -1;
  for (const ls of srcLineStarts) {
    let i = ls;
    while (outerText.charCodeAt(i) === 32) i++;
    const c = outerText.charCodeAt(i);
    if (c !== 10 && c !== 13 && !Number.isNaN(c)) {
      indent = i - ls;
      break;
    }
  }
  if (indent < 0) return undefined;
  const valueLineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) valueLineStarts.push(i + 1);
  return (off: number): number => {
    const lo = lineIndex(valueLineStarts, off);
    const src = srcLineStarts[lo];
    if (src === undefined) return valueEnd;
    return Math.min(src + indent + (off - valueLineStarts[lo]!), valueEnd);
  };
}
