// What counts as a secret in an input, decided in one place: the values of a Secret's `data`/`stringData`, of a
// credential-named key anywhere (clientSecret, password, token, AccountKey…), everything inside an SPC `objects`
// string, and VVP `flinkConfiguration` entries whose key VVP itself treats as sensitive. Both the YAML AST (files:
// spans for diffs, source text and values for messages) and plain JS bodies (live objects) are walked by the same
// classification, so a reporter never decides this on its own.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { isRecord } from './kinds.js';
import type { Span } from './types.js';

/**
 * Key names whose value is a credential, compared lower-case without `-`, `_`, `.` and spaces: the name ends in
 * one of these words. `secretName`, `nodePublishSecretRef`, `secretObjects` and friends end otherwise and stay visible.
 */
const CREDENTIAL_KEY = /(password|passwd|pwd|secret|clientsecret|token|apikey|accountkey|accesskey|secretkey|privatekey|sharedkey|credential|credentials|connectionstring|sastoken|signature|passphrase)$/;

/** Substrings that make a Flink configuration key sensitive (VVP and Flink hide such values in their UIs and logs). */
const FLINK_SENSITIVE = /password|secret|key|token|credential|auth|jaas|private/;

function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_. ]/g, '');
}

export function isCredentialKey(key: string): boolean {
  return CREDENTIAL_KEY.test(normalise(key));
}

/** Where a value sits: the document's kind and the chain of keys from the document root to it. */
function isSensitivePath(kind: unknown, path: readonly (string | number)[]): boolean {
  const key = path[path.length - 1];
  if (typeof key === 'string' && isCredentialKey(key)) return true;
  if (kind === 'Secret' && path.length >= 2 && (path[0] === 'data' || path[0] === 'stringData')) return true;
  if (kind === 'SecretProviderClass' && key === 'objects') return true;
  const flink = path.lastIndexOf('flinkConfiguration');
  if (flink >= 0 && flink === path.length - 2 && typeof key === 'string' && FLINK_SENSITIVE.test(key.toLowerCase())) return true;
  return false;
}

/**
 * Credential-ID fields checked for a GUID format. A value that fails the check is often a pasted client secret,
 * so it is shown only in a short masked form.
 */
const GUID_FIELDS = new Set(['clientid', 'userassignedidentityid', 'tenantid']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Placeholders (`${CLIENT_ID}`, `{{ .Values.x }}`, `<client-id>`) are reported by their own rule and are no secret. */
const PLACEHOLDER = /^\s*(\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<[^<>]*>|__.*__|%.*%)\s*$/;

function isMisformattedId(path: readonly (string | number)[], value: string): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !GUID_FIELDS.has(normalise(key))) return false;
  const v = value.trim();
  return v !== '' && !GUID.test(v) && !PLACEHOLDER.test(v);
}

export interface SensitiveValue {
  /** The text to hide: a parsed value or its source form. */
  readonly text: string;
  /** 'secret': replaced by ***; 'id': a misformatted credential ID, replaced by a short masked form. */
  readonly kind: 'secret' | 'id';
}

export interface SensitiveParts {
  /** Source spans (in the text walked) of sensitive values: diffs mask the lines they cover. */
  readonly spans: Span[];
  readonly values: SensitiveValue[];
}

/** Every sensitive value of a YAML/JSON text (all documents, broken ones as far as they parsed). */
export function sensitivePartsOfText(text: string): SensitiveParts {
  const out: SensitiveParts = { spans: [], values: [] };
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch {
    return out;
  }
  for (const doc of docs) addSensitiveNodes(doc.contents as Node | null, text, out);
  return out;
}

/** Sensitive values under one document (or object) root node; `text` is the source the ranges point into. */
export function addSensitiveNodes(root: Node | null | undefined, text: string, out: SensitiveParts): void {
  if (!root) return;
  const kind = isMap(root) ? (root.get('kind') as unknown) : undefined;
  // An explicit stack, not recursion: inputs may nest as deep as the parser accepts.
  const stack: { node: Node; path: (string | number)[]; hidden: boolean }[] = [{ node: root, path: [], hidden: false }];
  while (stack.length > 0) {
    const { node, path, hidden } = stack.pop()!;
    if (isScalar(node)) {
      if (hidden) addScalar(node, text, 'secret', out);
      else if (typeof node.value === 'string' && isMisformattedId(path, node.value)) addScalar(node, text, 'id', out);
      continue;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !pair.value) continue;
        const k = isScalar(pair.key) ? pair.key.value : undefined;
        const seg = typeof k === 'string' || typeof k === 'number' ? k : '';
        const childPath = [...path, seg];
        stack.push({ node: pair.value as Node, path: childPath, hidden: hidden || isSensitivePath(kind, childPath) });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item && !isPair(item)) stack.push({ node: item as Node, path: [...path, i], hidden });
      });
    }
  }
}

function addScalar(node: Node, text: string, kind: SensitiveValue['kind'], out: SensitiveParts): void {
  if (node.range) {
    out.spans.push({ start: node.range[0], end: node.range[1] });
    const source = text.slice(node.range[0], node.range[1]);
    // The source form (quotes, escapes, `0x1F` for 31) is what a fix description quotes; an ID is shown by value.
    if (kind === 'secret') out.values.push({ text: source, kind });
    // A block scalar or a multi-line quoted string may reach a message line by line.
    if (source.includes('\n')) for (const line of source.split(/\r?\n/)) out.values.push({ text: line.trim(), kind });
  }
  const v = isScalar(node) ? node.value : undefined;
  if (v !== null && v !== undefined && typeof v !== 'object') {
    const s = String(v);
    out.values.push({ text: s, kind });
    if (s.includes('\n')) for (const line of s.split(/\r?\n/)) out.values.push({ text: line.trim(), kind });
  }
}

/** The same classification over a plain object body (live objects have no AST). */
export function addSensitiveBodyValues(body: Record<string, unknown>, out: SensitiveParts): void {
  const kind = body['kind'];
  const stack: { value: unknown; path: (string | number)[]; hidden: boolean }[] = [{ value: body, path: [], hidden: false }];
  while (stack.length > 0) {
    const { value, path, hidden } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i], hidden }));
    else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        const childPath = [...path, k];
        stack.push({ value: v, path: childPath, hidden: hidden || isSensitivePath(kind, childPath) });
      }
    } else if (value !== null && value !== undefined) {
      const s = String(value);
      if (hidden) {
        out.values.push({ text: s, kind: 'secret' });
        if (s.includes('\n')) for (const line of s.split(/\r?\n/)) out.values.push({ text: line.trim(), kind: 'secret' });
      } else if (typeof value === 'string' && isMisformattedId(path, value)) out.values.push({ text: s, kind: 'id' });
    }
  }
}
