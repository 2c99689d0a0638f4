// A fast path for the plain block YAML that most manifests are: the same Documents, nodes, values, scalar types and
// ranges that `yaml`'s parseAllDocuments builds, made in one pass over the lines without the library's lexer, CST
// and composer (70 % of a large run's parse; bench/README.md "Issue 31, seventh session"). Anything outside the
// subset below makes it give up (undefined), and the caller parses with `yaml` as before; so the subset can only
// make a run faster, never read a file differently. test/yaml/fast-parse.test.ts holds it to `yaml` node for node
// on every YAML file in the repository, the real-world corpus and generated variants.
//
// The subset: block mappings (plain keys, and quoted keys on one line with their colon right after them), block
// sequences (items that are scalars or compact mappings), plain scalars on one line, single- and double-quoted
// scalars on one line (no escapes in double quotes), literal and folded block scalars with clip or strip chomping,
// empty `{}`/`[]`, `---` lines, blank lines, comments at the end of a value's line and whole-line comments no more
// indented than the line after them (the library gives a deeper one to the node before, which changes that node's
// range). Not in it, so left to `yaml`: other comments, tabs, CR line ends, a byte-order mark, anchors, aliases,
// tags, directives, `...`, explicit keys, other quoted keys, merge keys, flow collections with items, multi-line
// flow scalars, `|+`, indentation indicators, and every syntax error (the library's messages and positions are
// what users see).
import { Document, Scalar, YAMLMap, YAMLSeq, Pair, isScalar, type DocumentOptions, type ParseOptions, type SchemaOptions, type Node } from 'yaml';

type Options = ParseOptions & DocumentOptions & SchemaOptions;
type Schema = Document['schema'];
interface ScalarTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  readonly format?: string;
  resolve(source: string, onError: (message: string) => void, options: unknown): unknown;
}

/** Thrown to leave the fast path: the text is outside the subset. Never escapes parseAllFast. */
const GIVE_UP: unique symbol = Symbol('outside the fast subset');

const NL = 10;
const SPACE = 32;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const HASH = 35;

/**
 * First characters of a plain scalar that the core schema may read as something other than a string (null, bool,
 * int, float); any other plain scalar is a string without trying the tags' patterns. '<' is the merge key (`<<`).
 * test/yaml/fast-parse.test.ts checks this against the schema's tags, so a `yaml` upgrade cannot silently change it.
 */
export const MAYBE_TYPED_FIRST = '~nNtTfF.+-0123456789<';
const maybeTyped = new Uint8Array(128);
for (const c of MAYBE_TYPED_FIRST) maybeTyped[c.charCodeAt(0)] = 1;

/**
 * A plain scalar may not start with these (YAML 1.2 c-indicator), bar `-`, `?` and `:` followed by a non-space,
 * which are handled where they occur. Keys are held to a stricter rule (keyEnd).
 */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** The documents `yaml`'s parseAllDocuments(text, options) would return, or undefined outside the subset. */
export function parseAllFast(text: string, options: Options): Document.Parsed[] | undefined {
  if (!inAlphabet(text)) return undefined;
  try {
    return new FastParser(text, options).documents();
  } catch {
    // GIVE_UP, or anything else (a stack overflow on nesting the callers' pre-checks let through, a bug): the
    // library then parses the text and reports what it finds, as it did before there was a fast path.
    return undefined;
  }
}

/** Characters whose handling the fast path leaves to `yaml` wherever they appear: one scan, before any work. */
function inAlphabet(text: string): boolean {
  // '\t', '\r', BOM: the library's whitespace rules for them are subtle. '&', '*', '!': anchors, aliases and tags,
  // possibly mid-value.
  return !/[\t\r\uFEFF&*!]/.test(text);
}

/**
 * The options with one Schema for every document parsed with them. The library makes a Schema per document (its
 * tag lists, about 0.7 KB, kept alive by every collection node of the document); nothing here or in the callers
 * changes a schema (only composing an explicit tag, which the fast path never does, adds to one), so the documents
 * of a run can share it: less to allocate and to keep per document.
 */
const sharedSchemas = new WeakMap<Options, Options>();
function withSharedSchema(options: Options): Options {
  let shared = sharedSchemas.get(options);
  if (!shared) {
    shared = { ...options, schema: new Document(undefined, options).schema } as Options;
    sharedSchemas.set(options, shared);
  }
  return shared;
}

function giveUp(): never {
  throw GIVE_UP;
}

class FastParser {
  private readonly text: string;
  private readonly options: Options;
  /** The options every document is made with: the caller's, and the Schema they all share (withSharedSchema). */
  private readonly docOptions: Options;
  private readonly schema: Schema;
  private readonly tags: readonly ScalarTag[];
  private readonly stringTag: ScalarTag;
  /** Where the document being parsed ends: the next `---` line, or the end of the text. */
  private docEnd = 0;

  constructor(text: string, options: Options) {
    this.text = text;
    this.options = options;
    this.docOptions = withSharedSchema(options);
    this.schema = this.docOptions.schema as Schema;
    this.tags = (this.schema as unknown as { tags: ScalarTag[] }).tags;
    this.stringTag = (this.schema as unknown as Record<symbol, ScalarTag>)[Symbol.for('yaml.scalar')]!;
  }

  documents(): Document.Parsed[] {
    const { text } = this;
    const docs: Document.Parsed[] = [];
    let at = this.skip(0);
    if (at >= text.length) giveUp();
    while (at < text.length) {
      const marker = isDocumentMarker(text, at);
      // Only the first document may lack its `---`: the others start where the one before ended, at a marker.
      if (!marker && docs.length > 0) giveUp();
      docs.push(this.document(at, marker, marker ? this.skip(lineAfter(text, at)) : at));
      at = this.docEnd;
    }
    return docs;
  }

  /** The document starting at `offset` (its `---`, or its first content), whose content starts at `content`. */
  private document(offset: number, marker: boolean, content: number): Document.Parsed {
    const { text } = this;
    const doc = new Document(undefined, this.docOptions) as unknown as Document.Parsed;
    if (marker) doc.directives!.docStart = true;
    let node: Node;
    let end: number;
    if (content >= text.length || isDocumentMarker(text, content)) {
      // `---` and nothing else: a null scalar right after the marker, as the library places it.
      if (this.commentBetween(offset, content)) giveUp(); // a comment would stretch its range
      end = offset + 3;
      node = this.scalarFrom('', end, end, end, false);
      this.docEnd = content;
    } else {
      if (text.charCodeAt(content) === SPACE) giveUp(); // an indented root: rare, and its rules are the library's
      const parsed = isSeqItem(text, content) ? this.seq(content, 0) : this.map(content, 0);
      node = parsed.node;
      end = parsed.end;
      // What follows the root must be the next document's `---` (a less indented line cannot follow column 0).
      if (parsed.next < text.length && !isDocumentMarker(text, parsed.next)) giveUp();
      this.docEnd = parsed.next;
    }
    doc.contents = node as Document.Parsed['contents'];
    // Blank lines up to the next document count as this one's, unless its last node is an empty value (`key:`,
    // or `---` alone), whose line break and what follows the library leaves out.
    doc.range = [offset, end, end === text.length || text.charCodeAt(end - 1) === NL ? this.docEnd : end];
    return doc;
  }

  // ---- lines

  /**
   * The start of the first line at or after `at` that is neither blank (only spaces) nor a whole-line comment, or
   * text.length. Gives up when a comment line skipped is more indented than that line (at a document's end, than
   * column 0): the library attaches such a comment to the node before it, whose range then covers it.
   */
  private skip(at: number): number {
    const { text } = this;
    let lineStart = at;
    let deepestComment = -1;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NL) lineStart = i + 1;
      else if (c === HASH) {
        deepestComment = Math.max(deepestComment, i - lineStart);
        i = lineEnd(text, i) - 1;
      } else if (c !== SPACE) {
        if (deepestComment > i - lineStart) giveUp();
        return lineStart;
      }
    }
    if (deepestComment > 0) giveUp();
    return text.length;
  }

  /** Whether a comment lies between `from` and `to` (only blank and comment lines there: a short scan). */
  private commentBetween(from: number, to: number): boolean {
    // Not indexOf: with no `#` after `from` it would scan to the end of the text, once per empty value (quadratic).
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === HASH) return true;
    return false;
  }

  // ---- collections

  /**
   * A block mapping at column `indent` whose first key is at `start` (a line start plus `indent` spaces, or after
   * `- ` for a compact mapping in a sequence item). Ends before the first line less indented than its keys.
   */
  private map(start: number, indent: number): Parsed {
    const { text } = this;
    const map = new YAMLMap(this.schema);
    let keyAt = start;
    let end = start;
    for (;;) {
      const { key, colon } = this.key(keyAt);
      const afterColon = colon + 1;
      let valueAt = afterColon;
      while (text.charCodeAt(valueAt) === SPACE) valueAt++;
      let value: Parsed;
      if (valueAt >= text.length || text.charCodeAt(valueAt) === NL) {
        value = this.blockValue(valueAt, indent);
      } else if (text.charCodeAt(valueAt) === HASH) {
        // `key: # comment` with the value on the lines below; with none, the comment would stretch the empty value.
        value = this.blockValue(lineEnd(text, valueAt), indent);
        if (isScalar(value.node)) giveUp();
      } else {
        value = this.inline(valueAt, indent);
      }
      map.items.push(new Pair(key, value.node));
      end = value.end;
      const next = value.next;
      if (next >= text.length || isDocumentMarker(text, next)) return { node: withRange(map, start, end), end, next };
      const nextIndent = indentAt(text, next);
      if (nextIndent < indent) return { node: withRange(map, start, end), end, next };
      if (nextIndent > indent || isSeqItem(text, next + nextIndent)) giveUp();
      keyAt = next + indent;
    }
  }

  /** The key starting at `at` (plain, or quoted on one line and followed by its `:` at once) and where its `:` is. */
  private key(at: number): { key: Scalar; colon: number } {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = closingQuote(text, at, lineEnd(text, at), c);
      const colon = close + 1;
      // `"key" :` (a space before the colon) is valid too, but rare: the library's.
      if (!isMappingColon(text, colon)) giveUp();
      if (colon - at > 1024) giveUp(); // the library's strict limit on implicit keys
      return { key: this.quoted(at, close, colon), colon };
    }
    const colon = keyEnd(text, at);
    if (colon - at > 1024) giveUp();
    const key = this.scalarFrom(text.slice(at, colon), at, colon, colon, true);
    if (typeof key.value === 'symbol') giveUp(); // `<<`, a merge key
    return { key, colon };
  }

  /**
   * The value of `key:` with nothing after it on its line (`at` is the line's end): a nested mapping or sequence on
   * the following lines, or an empty (null) value.
   */
  private blockValue(at: number, indent: number): Parsed {
    const { text } = this;
    const next = this.skip(at < text.length ? at + 1 : at);
    if (next < text.length && !isDocumentMarker(text, next)) {
      const childIndent = indentAt(text, next);
      const childAt = next + childIndent;
      if (childIndent > indent) return isSeqItem(text, childAt) ? this.seq(next, childIndent) : this.map(childAt, childIndent);
      // A sequence may sit at its key's own column (`containers:` / `- name: x`).
      if (childIndent === indent && isSeqItem(text, childAt)) return this.seq(next, childIndent);
    }
    // Nothing under the key: a null scalar at the end of the line (after any spaces), as the library places it. A
    // comment after it (on its line or below) would stretch its range: the library's.
    if (this.commentBetween(at, next)) giveUp();
    return { node: this.scalarFrom('', at, at, at, false), end: at, next };
  }

  /** A block sequence whose first `-` is at column `indent` of the line starting at `lineStart`. */
  private seq(lineStart: number, indent: number): Parsed {
    const { text } = this;
    const seq = new YAMLSeq(this.schema);
    const start = lineStart + indent;
    let dash = start;
    let end = start;
    for (;;) {
      let itemAt = dash + 1;
      while (text.charCodeAt(itemAt) === SPACE) itemAt++;
      const c = text.charCodeAt(itemAt);
      // `-` alone on its line, or `- - x`: both left to the library.
      if (itemAt >= text.length || c === NL || isSeqItem(text, itemAt)) giveUp();
      const item = this.startsKey(itemAt) ? this.map(itemAt, itemAt - lineStartOf(text, itemAt)) : this.inline(itemAt, indent);
      seq.items.push(item.node);
      end = item.end;
      const next = item.next;
      if (next >= text.length || isDocumentMarker(text, next)) return { node: withRange(seq, start, end), end, next };
      const nextIndent = indentAt(text, next);
      if (nextIndent < indent) return { node: withRange(seq, start, end), end, next };
      if (nextIndent > indent) giveUp();
      if (!isSeqItem(text, next + nextIndent)) return { node: withRange(seq, start, end), end, next };
      dash = next + indent;
    }
  }

  /** Whether a key (plain, or quoted on one line) followed by `: ` (or `:` at the line's end) starts at `at`. */
  private startsKey(at: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(at);
    // A quoted scalar closing on its line (else the item is the library's either way), then the colon at once.
    if (c === DQUOTE || c === SQUOTE) return isMappingColon(text, closingQuote(text, at, lineEnd(text, at), c) + 1);
    if (c === 123 /* { */ || c === 91 /* [ */ || c === 124 /* | */ || c === 62 /* > */) return false;
    const eol = commentOrEnd(text, at);
    for (let i = at; i < eol; i++) if (isMappingColon(text, i)) return true;
    return false;
  }

  // ---- values on the key's (or the dash's) line

  /**
   * The value starting at `at`, on the line of its key or dash, inside a collection at column `indent`: a plain or
   * quoted scalar, an empty flow collection or a block scalar. The following line must not continue it.
   */
  private inline(at: number, indent: number): Parsed {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(at, indent);
    const eol = lineEnd(text, at);
    // A one-line node's range runs to the end of its line, its line break included.
    const nodeEnd = eol < text.length ? eol + 1 : eol;
    let node: Node;
    let valueEnd: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = closingQuote(text, at, eol, c);
      valueEnd = close + 1;
      node = this.quoted(at, close, nodeEnd);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      let close = at + 1;
      while (text.charCodeAt(close) === SPACE) close++;
      if (text.charCodeAt(close) !== c + 2) giveUp(); // `}` is `{` + 2, `]` is `[` + 2
      valueEnd = close + 1;
      const coll = c === 123 ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
      coll.flow = true;
      coll.range = [at, valueEnd, nodeEnd];
      node = coll;
    } else {
      if (c < 128 && INDICATOR[c] === 1) {
        // `-`, `?` and `:` start a plain scalar when a non-space follows (`-1`, `:x`); the rest never do.
        if (!((c === DASH || c === 63 || c === COLON) && at + 1 < eol && text.charCodeAt(at + 1) !== SPACE)) giveUp();
      }
      valueEnd = commentOrEnd(text, at);
      while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      const source = text.slice(at, valueEnd);
      // `a: b: c` is an error, `a: b:` too: the library's to report.
      if (source.includes(': ') || source.charCodeAt(source.length - 1) === COLON) giveUp();
      node = this.scalarFrom(source, at, valueEnd, nodeEnd, false);
    }
    // Only spaces may follow on the line, and a comment after one of them.
    for (let i = valueEnd; i < eol; i++) {
      const after = text.charCodeAt(i);
      if (after === HASH && i > valueEnd) break;
      if (after !== SPACE) giveUp();
    }
    const next = this.skip(nodeEnd);
    // A more-indented line after a one-line value continues it (a multi-line scalar) or is an error.
    if (next < text.length && indentAt(text, next) > indent) giveUp();
    return { node, end: nodeEnd, next };
  }

  /**
   * A block scalar (`|`, `|-`, `>`, `>-`) whose header is at `at`, in a collection at column `indent`. Its lines are
   * the following ones indented past `indent`, with blank lines among them; trailing empty lines are not its own.
   */
  private blockScalar(at: number, indent: number): Parsed {
    const { text } = this;
    const folded = text.charCodeAt(at) === 62;
    let headerEnd = at + 1;
    const chomp = text.charCodeAt(headerEnd) === DASH ? '-' : '';
    if (chomp) headerEnd++;
    // The header must end its line: `|+`, `|2`, trailing spaces or anything else are left to the library.
    if (headerEnd < text.length && text.charCodeAt(headerEnd) !== NL) giveUp();
    const bodyStart = headerEnd < text.length ? headerEnd + 1 : headerEnd;
    // The content's indentation: the first non-blank line's. Blank lines before it must not be longer.
    let blockIndent = -1;
    let longestLeadingBlank = 0;
    let i = bodyStart;
    while (i < text.length) {
      const eol = lineEnd(text, i);
      const ind = indentAt(text, i);
      if (i + ind === eol) {
        longestLeadingBlank = Math.max(longestLeadingBlank, ind);
        i = eol + 1;
        continue;
      }
      blockIndent = ind;
      break;
    }
    if (blockIndent <= indent) giveUp(); // empty, or not indented: the library's rules, and its errors
    if (longestLeadingBlank > blockIndent) giveUp();
    // Lines of the scalar: indented at least blockIndent, or blank. `contentEnd` is after the last non-blank one.
    let contentEnd = bodyStart;
    const lines: { indent: number; start: number; end: number }[] = [];
    let lastContent = -1;
    i = bodyStart;
    while (i < text.length) {
      const eol = lineEnd(text, i);
      const ind = indentAt(text, i);
      const blank = i + ind === eol;
      if (!blank && ind < blockIndent) {
        if (ind > indent) giveUp(); // less indented than its first line, more than its parent: an error
        break;
      }
      if (!blank && isDocumentMarker(text, i)) break;
      lines.push({ indent: ind, start: i, end: eol });
      if (!blank) {
        lastContent = lines.length - 1;
        contentEnd = eol < text.length ? eol + 1 : eol;
      }
      i = eol + 1;
    }
    // Blank lines after the last content line: the library keeps one longer than the next line's indentation as
    // part of the scalar; those are left to it, empty ones end the scalar.
    for (let k = lastContent + 1; k < lines.length; k++) if (lines[k]!.end > lines[k]!.start) giveUp();
    const value = folded ? foldLines(text, lines, lastContent, blockIndent) : literalLines(text, lines, lastContent, blockIndent);
    const node = this.scalar(chomp === '-' ? value : value + '\n', folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, [at, contentEnd, contentEnd]);
    return { node, end: contentEnd, next: this.skip(contentEnd) };
  }

  // ---- scalars

  /** A plain scalar, typed by the schema's tags as the library's composer types it. */
  private scalarFrom(source: string, start: number, valueEnd: number, nodeEnd: number, atKey: boolean): Scalar {
    const c = source.charCodeAt(0);
    let tag = this.stringTag;
    if (source === '' || (c < 128 && maybeTyped[c] === 1)) {
      tag = this.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) ?? this.stringTag;
    }
    let res: unknown;
    try {
      res = tag.resolve(source, giveUp, this.options);
    } catch {
      giveUp();
    }
    const scalar = res instanceof Scalar ? res : new Scalar(res);
    scalar.range = [start, valueEnd, nodeEnd];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** The one-line quoted scalar from the quote at `at` to the one at `close`, its range ending at `nodeEnd`. */
  private quoted(at: number, close: number, nodeEnd: number): Scalar {
    const quote = this.text.charCodeAt(at);
    return this.scalar(unquote(this.text, at + 1, close, quote), quote === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, [at, close + 1, nodeEnd]);
  }

  /** A string scalar of a known value (quoted or block): its source is its value, as the composer sets it. */
  private scalar(value: string, type: Scalar.Type, range: [number, number, number]): Scalar {
    const scalar = new Scalar(this.stringTag.resolve(value, giveUp, this.options));
    scalar.range = range;
    scalar.source = value;
    scalar.type = type;
    return scalar;
  }
}

interface Parsed {
  readonly node: Node;
  /** Where the node's range ends (its range[2]). */
  readonly end: number;
  /** The start of the next non-blank line after the node, or text.length. */
  readonly next: number;
}

function withRange<T extends YAMLMap | YAMLSeq>(node: T, start: number, end: number): T {
  node.range = [start, end, end];
  return node;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** Where a comment starts on the line from `at` (the space before a `#`), or the line's end. */
function commentOrEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) return i;
    if (c === HASH && i > at && text.charCodeAt(i - 1) === SPACE) return i - 1;
  }
  return text.length;
}

function lineAfter(text: string, at: number): number {
  const eol = lineEnd(text, at);
  return eol < text.length ? eol + 1 : eol;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Leading spaces of the line starting at `lineStart`. */
function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - lineStart;
}

/** `---` alone on the line starting at `at` (then a line break or the end). Other `---`/`...` lines: give up. */
function isDocumentMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== DASH && c !== 46 /* . */) return false;
  if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return false;
  const after = text.charCodeAt(at + 3);
  if (c === DASH && (at + 3 >= text.length || after === NL)) return true;
  // `--- x`, `---x`, `...`: document syntax beyond the subset (or a plain scalar starting with dashes).
  giveUp();
}

/** A mapping's `:` at `at`: followed by a space, a line break or the end of the text. */
function isMappingColon(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== COLON) return false;
  const n = text.charCodeAt(at + 1);
  return at + 1 >= text.length || n === SPACE || n === NL;
}

/** A block sequence item (`- ` or `-` at the line's end) at `at`. */
function isSeqItem(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const n = text.charCodeAt(at + 1);
  return at + 1 >= text.length || n === SPACE || n === NL;
}

/**
 * Where the plain key starting at `at` ends: its `:` (followed by a space or the line's end). The key must look
 * like a key every YAML reader reads the same way; anything else is left to the library.
 */
function keyEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 128 || INDICATOR[c] === 1 || c === SPACE || c === NL || at >= text.length) giveUp();
  const eol = commentOrEnd(text, at);
  for (let i = at; i < eol; i++) {
    if (!isMappingColon(text, i)) continue;
    if (text.charCodeAt(i - 1) === SPACE) giveUp(); // `key :`: the key's trailing spaces
    return i;
  }
  return giveUp();
}

/** The closing quote of the one-line quoted scalar opening at `at`. */
function closingQuote(text: string, at: number, eol: number, quote: number): number {
  for (let i = at + 1; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && quote === DQUOTE) giveUp(); // escapes: the library's
    if (c !== quote) continue;
    if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
      i++; // '' is an escaped quote
      continue;
    }
    return i;
  }
  return giveUp(); // runs on to the next line: a multi-line quoted scalar
}

function unquote(text: string, from: number, to: number, quote: number): string {
  const inner = text.slice(from, to);
  return quote === SQUOTE && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}

type Line = { readonly indent: number; readonly start: number; readonly end: number };

/** A literal block scalar's value up to its last content line (before chomping), as resolve-block-scalar.js builds it. */
function literalLines(text: string, lines: readonly Line[], last: number, trim: number): string {
  let value = '';
  for (let k = 0; k <= last; k++) {
    const line = lines[k]!;
    value += (k === 0 ? '' : '\n') + text.slice(line.start + Math.min(trim, line.indent), line.end);
  }
  return value;
}

/** A folded block scalar's value up to its last content line (before chomping), as resolve-block-scalar.js builds it. */
function foldLines(text: string, lines: readonly Line[], last: number, trim: number): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let k = 0; k <= last; k++) {
    const line = lines[k]!;
    const content = text.slice(line.start + line.indent, line.end);
    if (line.indent > trim) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + ' '.repeat(line.indent - trim) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}
