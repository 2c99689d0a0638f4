// Parses one decoded file into inventory objects (multi-document YAML, JSON, `kind: List`), keeping the YAML AST
// for positions. Parse failures become InputProblems, never exceptions; a broken document does not hide the
// others in the same file.
import { parseAllDocuments, isMap, isScalar, isSeq, visit, Scalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { InputProblem, ManifestObject, ParseReason, SourceFile, Span } from '../model/types.js';
import { yamlLocator } from '../yaml/locate.js';
import { isRecord } from '../model/kinds.js';
import { isPlaceholder } from '../model/placeholder.js';
import { errorClass, safeParseMessage } from '../yaml/safe-message.js';
import { duplicateKeys } from './duplicate-keys.js';
import { parseAllFast } from '../yaml/fast-parse.js';
import { flowItemPastLimit } from './flow-items.js';

export interface ParseLimits {
  /** Deepest flow/block nesting accepted before the parser would risk the stack. */
  readonly maxDepth: number;
  /** Upper bound on alias expansion (billion laughs). */
  readonly maxAliasCount: number;
}

export interface ParseOptions extends ParseLimits {
  /** Namespace for objects without metadata.namespace (config namespaceDefaults). */
  readonly defaultNamespace?: string;
  /** True when the file sits beside a Chart.yaml of the ververica-platform chart. */
  readonly vvpValuesFile?: boolean;
  /**
   * The `kind`s to build objects for: what the rules declare (src/rules/contract.ts `kinds`). Documents of other
   * kinds are counted and dropped; `List` (whose items may be any kind) and kind-less documents are always kept.
   * Undefined keeps every kind.
   */
  readonly keepKinds?: ReadonlySet<string>;
  /** True for Kustomize patch files: their objects are partial. */
  readonly partial?: boolean;
}

export interface ParsedFile {
  readonly objects: ManifestObject[];
  readonly problems: InputProblem[];
  readonly documents: number;
}

/** How manifests are parsed; see parseSourceFile for why each option is set. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, merge: true, logLevel: 'error' } as const;

export const DEFAULT_LIMITS: ParseLimits = { maxDepth: 256, maxAliasCount: 1000 };

/**
 * YAML documents one file may hold. Each document costs a few kilobytes whatever its size (a Document, its schema,
 * an object), so a 10 MiB file of `---` lines or `{}` documents would need gigabytes. Measured peak RSS of a 10 MiB
 * file of pods: 2,379 documents 385 MB, 19,900 documents 482 MB, 88,208 documents 705 MB; this bound keeps the
 * worst 10 MiB file well under 512 MiB. Real files are far below it (a large `helm template` output holds hundreds).
 */
export const MAX_DOCUMENTS_PER_FILE = 10_000;

/**
 * Flow-collection items (`[a, b]`, `{a: 1}`, JSON) one file may hold (src/load/flow-items.ts). A parsed flow item
 * costs about a kilobyte: 250,000 of them took 330 MB, 500,000 took 560 MB, a 10 MiB `[0,0,…]` 2.4 GB.
 */
export const MAX_FLOW_ITEMS_PER_FILE = 200_000;

export function parseSourceFile(file: SourceFile, opts: ParseOptions): ParsedFile {
  const objects: ManifestObject[] = [];
  const problems: InputProblem[] = [];
  const text = file.text;
  if (text.trim() === '') return { objects, problems, documents: 0 };

  const deep = findExcessiveNesting(text, opts.maxDepth);
  if (deep !== undefined) {
    problems.push({ kind: 'parse-error', file, span: { start: deep, end: deep + 1 }, reason: { id: 'tooDeep', data: { maxDepth: opts.maxDepth } } });
    return { objects, problems, documents: 0 };
  }
  const excess = documentPastLimit(text, MAX_DOCUMENTS_PER_FILE);
  if (excess !== undefined) {
    problems.push({ kind: 'parse-error', file, span: { start: excess, end: excess + 3 }, reason: { id: 'tooManyDocuments', data: { limit: MAX_DOCUMENTS_PER_FILE } } });
    return { objects, problems, documents: 0 };
  }
  const crowded = flowItemPastLimit(text, MAX_FLOW_ITEMS_PER_FILE);
  if (crowded !== undefined) {
    problems.push({ kind: 'parse-error', file, span: { start: crowded, end: crowded + 1 }, reason: { id: 'tooManyFlowItems', data: { limit: MAX_FLOW_ITEMS_PER_FILE } } });
    return { objects, problems, documents: 0 };
  }

  let docs: Document.Parsed[];
  try {
    // The parser's own duplicate-key check compares each key with every earlier one (quadratic: a 150k-key JSON
    // object never finishes); duplicateKeys() below does it in one pass.
    // logLevel 'error': the library's warnings (e.g. "Keys with collection values will be stringified") would go
    // to stderr through process.emitWarning; what they warn about is handled here.
    // Plain block YAML (most manifests) takes the fast path, which builds what `yaml` would in a sixth of the time
    // and leaves everything else, errors included, to the library (src/yaml/fast-parse.ts).
    const parsed = parseAllFast(text, YAML_OPTIONS) ?? parseAllDocuments(text, YAML_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : [];
    if (!Array.isArray(parsed)) {
      for (const e of (parsed as { errors: { pos: [number, number]; message: string }[] }).errors) problems.push({ kind: 'parse-error', file, span: toSpan(e.pos), reason: { id: 'syntax', data: { error: safeParseMessage(e.message) } } });
    }
  } catch (err) {
    // The parser recurses on nesting our pre-scan did not see (e.g. deeply nested block sequences).
    problems.push({ kind: 'parse-error', file, span: { start: 0, end: 0 }, reason: { id: 'parserFailed', data: { error: errorClass(err) } } });
    return { objects, problems, documents: 0 };
  }

  // Whole-file scans are done once per file, never per document: a file of 100,000 tiny documents would scan
  // itself 100,000 times (quadratic).
  const mayHaveAliases = text.includes('*');
  const mayHaveTemplates = text.includes('{{');
  docs.forEach((doc, docIndex) => {
    let fatal = false;
    for (const span of duplicateKeys(doc)) problems.push({ kind: 'duplicate-key', file, span });
    for (const e of doc.errors) {
      if (!fatal) {
        // Only the first syntax error of a document: the parser's later errors are mostly echoes of it.
        fatal = true;
        const d = describeError(doc, e);
        problems.push({ kind: 'parse-error', file, reason: d.reason, span: offLineBreak(text, d.span) });
      }
    }
    if (fatal || doc.contents === null) return;
    if (mayHaveTemplates) templatesToStrings(doc, text);
    // Skip building JS values for kinds no rule reads (most of a GitOps repository). With anchors in the file the
    // value is still built, so an alias bomb is found wherever it hides.
    if (opts.keepKinds && !mayHaveAliases && isMap(doc.contents)) {
      const kind = (doc.contents as YAMLMap).get('kind');
      if (typeof kind === 'string' && kind !== 'List' && !opts.keepKinds.has(kind)) return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: opts.maxAliasCount });
    } catch (err) {
      const text = (err as Error).message;
      const unresolved = /^Unresolved alias[^:]*:\s*(\S+)/.exec(text)?.[1];
      const reason: ParseReason = unresolved !== undefined
        // The alias name is not repeated: under a credential key (`password: *abc…`) the "name" is the password.
        ? { id: 'aliasWithoutAnchor' }
        : /excessive alias count/i.test(text)
          ? { id: 'aliasBomb', data: { maxAliasCount: opts.maxAliasCount } }
          : { id: 'unreadableDocument', data: { error: safeParseMessage(text) } };
      problems.push({ kind: 'parse-error', file, span: firstAliasSpan(doc, unresolved) ?? toSpan(doc.range ? [doc.range[0], doc.range[0] + 1] : [0, 0]), reason });
      return;
    }
    if (!isRecord(value)) return;
    const root = doc.contents as Node;
    if (value['kind'] === 'List' && Array.isArray(value['items']) && isMap(root)) {
      value['items'].forEach((item, i) => {
        if (isRecord(item)) objects.push(makeObject(file, docIndex, item, root, ['items', i], opts));
      });
      return;
    }
    objects.push(makeObject(file, docIndex, value, root, [], opts));
  });
  return { objects, problems, documents: docs.length };
}

function makeObject(file: SourceFile, docIndex: number, body: Record<string, unknown>, root: Node, prefix: (string | number)[], opts: ParseOptions): ManifestObject {
  const metadata = isRecord(body['metadata']) ? body['metadata'] : undefined;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const kind = str(body['kind']);
  const isHelmValues = kind === undefined && (isRecord(body['vvp']) || (opts.vvpValuesFile === true && prefix.length === 0));
  let node: Node = root;
  for (const seg of prefix) {
    const next = isMap(node) || isSeq(node) ? (node as YAMLMap).get(seg, true) : undefined;
    if (next) node = next as Node;
  }
  return {
    apiVersion: str(body['apiVersion']),
    kind,
    name: str(metadata?.['name']),
    // namespaceDefaults name Kubernetes namespaces; VVP resources live in VVP namespaces and never take them.
    // A placeholder namespace (`$NAMESPACE`) is unknown: lookups then match any namespace, as for no namespace.
    namespace: isPlaceholder(metadata?.['namespace']) ? undefined : str(metadata?.['namespace']) ?? (isVvpResource(kind, str(body['apiVersion'])) ? undefined : opts.defaultNamespace),
    body,
    locator: yamlLocator(file, root, prefix),
    source: { kind: 'file', file, docIndex },
    yamlNode: node,
    hint: isHelmValues ? 'helm-values' : undefined,
    ...(opts.partial ? { partial: true } : {}),
  };
}

/** VVP API resources: `apiVersion: v1` Deployment/DeploymentTarget/SessionCluster/DeploymentDefaults. */
function isVvpResource(kind: string | undefined, apiVersion: string | undefined): boolean {
  return (apiVersion === 'v1' || apiVersion === undefined) && (kind === 'Deployment' || kind === 'DeploymentTarget' || kind === 'SessionCluster' || kind === 'DeploymentDefaults');
}

/**
 * An unquoted Go-template placeholder (`name: {{.Name}}`, envsubst-style generators outside Helm) is a flow map
 * with a map as key to YAML; the author means the text. Each becomes the string it was written as, with its
 * position kept, so the placeholder checks see `{{.Name}}` instead of an object.
 */
function templatesToStrings(doc: Document, text: string): void {
  visit(doc, {
    Map(_key, node) {
      if (!node.flow || !node.range) return undefined;
      const source = text.slice(node.range[0], node.range[1]);
      if (!/^\{\{[^\n]*\}\}$/.test(source)) return undefined;
      const scalar = new Scalar(source);
      scalar.range = [node.range[0], node.range[1], node.range[2]];
      scalar.source = source;
      return scalar;
    },
  });
}

function toSpan(pos: readonly [number, number]): Span {
  return { start: pos[0], end: Math.max(pos[0], pos[1]) };
}

/**
 * The parser sometimes points at the line break after a token (`metadata:\r` in a CR-only file). A region
 * never covers a line terminator: SARIF counts a lone CR as one, and the column would fall past the line's end.
 */
function offLineBreak(text: string, span: Span): Span {
  const start = Math.min(span.start, text.length);
  let end = Math.min(span.end, text.length);
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}

/** The first alias (`*name`, or any alias when no name is given): where an expansion problem starts. */
function firstAliasSpan(doc: Document, name?: string): Span | undefined {
  let found: Span | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      if (node.range) found = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where a parse error is best shown, and how it reads. The parser reports an unclosed quote at the end of the document, where
 * it gave up; the quote that was never closed is what the user must fix.
 */
function describeError(doc: Document, e: { code: string; message: string; pos: [number, number] }): { span: Span; reason: ParseReason } {
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) {
    let open: { span: Span; quote: string } | undefined;
    visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] <= e.pos[0] && node.range[1] >= e.pos[0]) {
          open = { span: { start: node.range[0], end: node.range[0] + 1 }, quote: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (open) return { span: open.span, reason: { id: 'unclosedQuote', data: { quote: open.quote } } };
  }
  const close = /end with an? ([\]}])/.exec(e.message)?.[1];
  if (close) {
    // The same for an unclosed flow collection: the parser stops at the next line, the bracket is what is open.
    let start: number | undefined;
    const check = (node: { flow?: boolean; range?: [number, number, number] | null }): void => {
      if (node.flow && node.range && node.range[0] < e.pos[0] && node.range[1] >= e.pos[0]) start = node.range[0];
    };
    visit(doc, { Seq: (_k, n) => void check(n), Map: (_k, n) => void check(n) });
    if (start !== undefined) return { span: { start, end: start + 1 }, reason: { id: 'unclosedBracket', data: { open: close === ']' ? '[' : '{', close } } };
  }
  const error = safeParseMessage(e.message).replace(/\.$/, '');
  // A more-indented line after `key: value` continues the value as a multi-line key; the message says so.
  const runsOn = /Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings/.test(error);
  return { span: toSpan(e.pos), reason: { id: runsOn ? 'valueRunsOn' : 'syntax', data: { error } } };
}

/**
 * The `---` that starts document `limit + 1` (at most one more document may precede the first marker), in one
 * pass over the text without parsing: a marker is `---` at the start of a line followed by a blank or the end.
 */
export function documentPastLimit(text: string, limit: number): number | undefined {
  let count = 0;
  const next = (from: number): number => {
    const nl = text.indexOf('\n---', from);
    return nl < 0 ? -1 : nl + 1;
  };
  for (let at = text.startsWith('---') ? 0 : next(0); at >= 0; at = next(at + 2)) {
    const after = text.charCodeAt(at + 3); // NaN past the end
    if (Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13) {
      if (++count > limit) return at;
    }
  }
  return undefined;
}

/**
 * Finds where flow or block nesting exceeds `max`, scanning the text without recursion. The YAML parser and
 * composer recurse per level, so a 10,000-level document must be refused before parsing.
 */
export function findExcessiveNesting(text: string, max: number): number | undefined {
  let flow = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  let seqDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      seqDepth = 0;
      if (quote === 39) continue; // single-quoted scalars may span lines
      continue;
    }
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) i++;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        indent++;
        if (indent > max * 2) return i;
        continue;
      }
      if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) {
        // `- - - x`: one nesting level per dash on the same line.
        seqDepth++;
        if (seqDepth > max) return i;
        continue;
      }
      lineStart = false;
    }
    // A comment starts at `#` after whitespace or at the start of a line (a commented-out JSON line is no nesting).
    if (c === 35 && (i === 0 || /[ \t\r\n]/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (flow === 0 && (c === 124 || c === 62)) continue;
    if (c === 34 || (c === 39 && (i === 0 || /[\s\[{,:]/.test(text[i - 1]!)))) {
      quote = c;
      continue;
    }
    if (c === 91 || c === 123) {
      flow++;
      if (flow > max) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return undefined;
}
