// What counts as a secret in an input, decided in one place: the values of a Secret's `data`/`stringData`, scalar
// values of a credential-named key anywhere (clientSecret, password, token, AccountKey…), kubectl's last-applied
// copy, and VVP `flinkConfiguration` entries whose key VVP itself treats as sensitive. (An SPC `objects` string names
// vault objects and is shown; what protects it is that parse errors never quote any source, see safe-message.ts.) Both the YAML AST (files:
// spans for diffs, source text and values for messages) and plain JS bodies (live objects) are walked by the same
// classification, so a reporter never decides this on its own.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { isRecord } from './kinds.js';
import type { Span } from './types.js';
import { isGuid } from './guid.js';
import { findPlaceholder, isPlaceholder } from './placeholder.js';

/**
 * Key names whose value is a credential, compared lower-case without `-`, `_`, `.` and spaces: the name ends in
 * one of these words. `secretName`, `nodePublishSecretRef`, `secretObjects` and friends end otherwise and stay visible.
 */
const CREDENTIAL_KEY = /(password|passwd|pwd|secret|clientsecret|token|apikey|accountkey|accesskey|secretkey|privatekey|sharedkey|credential|credentials|connectionstring|sastoken|signature|passphrase)$/;

/** Substrings that make a Flink configuration key sensitive (VVP and Flink hide such values in their UIs and logs). */
const FLINK_SENSITIVE = /password|secret|key|token|credential|auth|jaas|private/;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_. ]/g, '');
}

export function isCredentialKey(key: string): boolean {
  return CREDENTIAL_KEY.test(normalise(key));
}

/**
 * Where a value sits, enough to classify it: the document's kind, the first key of its path, the key holding it and
 * the key above that. Carried down the walk instead of whole paths, so a 400k-key mapping costs no path copies.
 */
interface Place {
  readonly top: string | number | undefined;
  readonly depth: number;
  readonly key: string | number | undefined;
  readonly parentKey: string | number | undefined;
}

const ROOT: Place = { top: undefined, depth: 0, key: undefined, parentKey: undefined };

function child(p: Place, seg: string | number): Place {
  return { top: p.depth === 0 ? seg : p.top, depth: p.depth + 1, key: seg, parentKey: p.key };
}

function isSensitivePlace(kind: unknown, p: Place): boolean {
  const key = p.key;
  if (typeof key !== 'string') return false;
  if (isCredentialKey(key)) return true;
  if (kind === 'Secret' && p.depth === 2 && (p.top === 'data' || p.top === 'stringData')) return true;
  // kubectl's copy of the applied object: for a Secret it holds every value again.
  if (key === LAST_APPLIED) return true;
  return p.parentKey === 'flinkConfiguration' && FLINK_SENSITIVE.test(key.toLowerCase());
}

/**
 * Credential-ID fields checked for a GUID format. A value that fails the check is often a pasted client secret,
 * so it is shown only in a short masked form.
 */
const GUID_FIELDS = new Set(['clientid', 'userassignedidentityid', 'tenantid']);

function isMisformattedId(p: Place, value: string): boolean {
  const key = p.key;
  if (typeof key !== 'string' || !GUID_FIELDS.has(normalise(key))) return false;
  const v = value.trim();
  // Placeholders (`$client-id`, `${CLIENT_ID}`, `<client-id>`) are reported by their own rule and are no secret.
  return v !== '' && !isGuid(v) && !isPlaceholder(v);
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
  // `kind: List`: each item is an object with its own kind.
  const items = kind === 'List' && isMap(root) ? root.get('items', true) : undefined;
  if (isSeq(items)) {
    for (const item of items.items) if (item && !isPair(item)) addSensitiveNodes(item as Node, text, out);
  }
  // An explicit stack, not recursion: inputs may nest as deep as the parser accepts.
  const stack: { node: Node; place: Place; hidden: boolean }[] = [{ node: root, place: ROOT, hidden: false }];
  while (stack.length > 0) {
    const { node, place, hidden } = stack.pop()!;
    if (isScalar(node)) {
      if (hidden) addScalar(node, text, 'secret', out);
      else if (typeof node.value === 'string' && isMisformattedId(place, node.value)) addScalar(node, text, 'id', out);
      continue;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !pair.value) continue;
        const k = isScalar(pair.key) ? pair.key.value : undefined;
        const p = child(place, typeof k === 'string' || typeof k === 'number' ? k : '');
        // A credential-named key hides its value only when that is a scalar (`serviceAccountToken: {audience, path}`
        // is a projected-volume spec, not a token).
        stack.push({ node: pair.value as Node, place: p, hidden: hidden || (isScalar(pair.value) && isSensitivePlace(kind, p)) });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item && !isPair(item)) stack.push({ node: item as Node, place: child(place, i), hidden });
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

/**
 * Values a live reader dropped from an object body (a Secret's data, src/live/kube/redact.ts) but that the redactor
 * must still recognise wherever they come back (an event quoting what the pod sent). Kept under a symbol as a
 * non-enumerable property: JSON, Object.keys, spreads and every output skip it, so they are never printed or stored.
 */
export const WITHHELD_VALUES: unique symbol = Symbol('withheld sensitive values');

/** Attaches `values` to `body` as withheld values (see WITHHELD_VALUES). */
export function withholdValues<T extends object>(body: T, values: readonly string[]): T {
  if (values.length) Object.defineProperty(body, WITHHELD_VALUES, { value: values, enumerable: false });
  return body;
}

/** The same classification over a plain object body (live objects have no AST). */
export function addSensitiveBodyValues(body: Record<string, unknown>, out: SensitiveParts): void {
  walkBody(body, (v) => {
    out.values.push(v);
    return false;
  });
}

/** Whether a plain object body holds any sensitive value (stops at the first): what the context cache seals. */
export function hasSensitiveBodyValue(body: Record<string, unknown>): boolean {
  let found = false;
  walkBody(body, () => (found = true));
  return found;
}

/** Calls `found` with each sensitive value of `body` until it returns true. */
function walkBody(body: Record<string, unknown>, found: (v: SensitiveValue) => boolean): void {
  const kind = body['kind'];
  const withheld = (body as { [WITHHELD_VALUES]?: readonly string[] })[WITHHELD_VALUES];
  if (withheld) for (const v of withheld) if (found({ text: v, kind: 'secret' })) return;
  const stack: { value: unknown; place: Place; hidden: boolean }[] = [{ value: body, place: ROOT, hidden: false }];
  while (stack.length > 0) {
    const { value, place, hidden } = stack.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, place: child(place, i), hidden }));
    else if (isRecord(value)) {
      for (const k in value) {
        const p = child(place, k);
        const v = value[k];
        stack.push({ value: v, place: p, hidden: hidden || ((v === null || typeof v !== 'object') && isSensitivePlace(kind, p)) });
      }
    } else if (value !== null && value !== undefined) {
      const s = String(value);
      if (hidden) {
        if (found({ text: s, kind: 'secret' })) return;
        // A placeholder inside a credential (`s3cr3t${SUFFIX}`) is quoted alone by unresolved-placeholder: it is part
        // of the value, so it is hidden too (runs of 8 characters are caught anyway; this takes shorter ones).
        const ph = typeof value === 'string' ? findPlaceholder(s) : undefined;
        if (ph !== undefined && ph !== s.trim() && found({ text: ph, kind: 'secret' })) return;
        if (s.includes('\n')) for (const line of s.split(/\r?\n/)) if (found({ text: line.trim(), kind: 'secret' })) return;
        // A Secret's `data` is base64: the decoded value is what a pod (and an error that echoes it) sees.
        const decoded = kind === 'Secret' && place.top === 'data' && place.depth === 2 ? decodedBase64(s) : undefined;
        // A well-formed client id decoded from `data` stays quotable, as rules name the identity by it.
        if (decoded !== undefined && !(typeof place.key === 'string' && GUID_FIELDS.has(normalise(place.key)) && isGuid(decoded.trim()))) {
          if (found({ text: decoded, kind: 'secret' })) return;
          if (decoded.includes('\n')) for (const line of decoded.split(/\r?\n/)) if (found({ text: line.trim(), kind: 'secret' })) return;
        }
      } else if (typeof value === 'string' && isMisformattedId(place, value) && found({ text: s, kind: 'id' })) return;
    }
  }
}

/** The text a base64 value decodes to, when it is valid base64 of UTF-8 text (else undefined: nothing to hide). */
export function decodedBase64(s: string): string | undefined {
  const t = s.replace(/\s+/g, '');
  if (t.length < 4 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) return undefined;
  const bytes = Buffer.from(t, 'base64');
  const text = bytes.toString('utf8');
  // Binary (a keystore, a certificate in DER form) is never quoted as text; one invalid sequence means binary.
  if (text.includes('\uFFFD') || /[\u0000-\u0008\u000E-\u001F]/.test(text)) return undefined;
  return text;
}
