// Everything read from the cluster passes through here before it is kept: Secret values are dropped the
// moment their page is parsed, and noise that may embed secrets (last-applied annotations) is removed.
import { isRecord } from '../../model/kinds.js';
import type { Item } from './list.js';
import { decodedBase64, isCredentialKey, withholdValues } from '../../model/sensitive.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** Stands in for a dropped non-empty value: base64 of "REDACTED", so "is the key set and non-empty" still holds. */
export const REDACTED_B64 = 'UkVEQUNURUQ=';

/** Drops managedFields, status and the last-applied annotation (a copy of the object, values included). */
export function slimObject(item: Item): Item {
  const { status: _status, ...rest } = item;
  const meta = isRecord(item['metadata']) ? item['metadata'] : {};
  const { managedFields: _mf, annotations, ...m } = meta;
  const out: Record<string, unknown> = { ...m };
  if (isRecord(annotations)) {
    const a = { ...annotations };
    delete a[LAST_APPLIED];
    if (Object.keys(a).length > 0) out['annotations'] = a;
  }
  return { ...rest, metadata: out };
}

/**
 * A Secret reduced to what the rules need: identity, labels, type and the key names. Every value is replaced,
 * except `clientid` (any case), which is an application id, not a credential. Annotations are dropped whole. The
 * replaced values, base64 and decoded, are withheld on the object (model/sensitive.ts WITHHELD_VALUES): never
 * output, but masked wherever Azure or the provider echo them back (an event quoting the secret the pod sent).
 */
export function slimSecret(item: Item): Item {
  const meta = isRecord(item['metadata']) ? item['metadata'] : {};
  const data: Record<string, string> = {};
  const src = isRecord(item['data']) ? item['data'] : {};
  const withheld: string[] = [];
  for (const [k, v] of Object.entries(src)) {
    if (k.toLowerCase() === 'clientid' && typeof v === 'string') data[k] = v;
    else data[k] = typeof v === 'string' && v.length > 0 ? REDACTED_B64 : '';
    if (typeof v === 'string' && v.length > 0 && data[k] !== v) {
      withheld.push(v);
      const decoded = decodedBase64(v);
      if (decoded !== undefined) withheld.push(decoded, ...(decoded.includes('\n') ? decoded.split(/\r?\n/).map((l) => l.trim()) : []));
    }
  }
  const metadata: Record<string, unknown> = {};
  for (const k of ['name', 'namespace', 'uid', 'labels', 'creationTimestamp']) if (meta[k] !== undefined) metadata[k] = meta[k];
  const out: Item = { apiVersion: 'v1', kind: 'Secret', metadata, data };
  if (typeof item['type'] === 'string') out['type'] = item['type'];
  return withholdValues(out, withheld);
}

/**
 * kubelet's FailedMount text carries no secret values, but the provider's and the cloud SDK's errors are passed
 * through verbatim. Redacted by shape, not by source: nothing after "clientsecret"; the value of every key/value
 * pair whose key names a credential (`{"password":"…"}`, `client-secret: …`, `AccountKey=…;`, `pwd=…`, `sig=…`,
 * escaped JSON included); URL user-info passwords; bearer tokens and JWTs; and the length is bounded.
 */
export function redactEventMessage(message: string): string {
  let m = message.replace(/\s+/g, ' ').trim();
  const cut = m.search(/client[_-]?secret/i);
  if (cut >= 0) m = m.slice(0, cut) + 'clientsecret [redacted]';
  m = m.replace(/eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*){0,2}/g, '[redacted token]');
  m = m.replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]');
  m = m.replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[redacted]@');
  m = m.replace(KEY_VALUE, (all, open: string, key: string, close: string, sep: string) => (isSecretKey(key) ? `${open}${key}${close}${sep}[redacted]` : all));
  return m.length > 400 ? m.slice(0, 399) + '…' : m;
}

/** `key=value`, `key: value`, `"key":"value"`, `\"key\": \"value\"`, with the value quoted or up to a delimiter. */
const KEY_VALUE = /(\\*["']?)([A-Za-z][\w.-]*)(\\*["']?)(\s*(?::=|=|:)\s*)(\\*"(?:[^"\\]|\\.)*?\\*"|'[^']*'|[^\s"',;}&\\)\]]+)/g;

/** Key names whose value is a credential: the shared classification plus connection-string and SAS words. */
function isSecretKey(key: string): boolean {
  return isCredentialKey(key) || /^(sig|key|pass|auth|authorization|sharedaccesskey|sharedaccesssignature)$/i.test(key);
}
