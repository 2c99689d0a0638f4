// Everything read from the cluster passes through here before it is kept: Secret values are dropped the
// moment their page is parsed, and noise that may embed secrets (last-applied annotations) is removed.
import { isRecord } from '../../model/kinds.js';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** Stands in for a dropped non-empty value: base64 of "REDACTED", so "is the key set and non-empty" still holds. */
export const REDACTED_B64 = 'UkVEQUNURUQ=';
/** Drops managedFields, status and the last-applied annotation (a copy of the object, values included). */
export function slimObject(item) {
    const { status: _status, ...rest } = item;
    const meta = isRecord(item['metadata']) ? item['metadata'] : {};
    const { managedFields: _mf, annotations, ...m } = meta;
    const out = { ...m };
    if (isRecord(annotations)) {
        const a = { ...annotations };
        delete a[LAST_APPLIED];
        if (Object.keys(a).length > 0)
            out['annotations'] = a;
    }
    return { ...rest, metadata: out };
}
/**
 * A Secret reduced to what the rules need: identity, labels, type and the key names. Every value is replaced,
 * except `clientid` (any case), which is an application id, not a credential. Annotations are dropped whole.
 */
export function slimSecret(item) {
    const meta = isRecord(item['metadata']) ? item['metadata'] : {};
    const data = {};
    const src = isRecord(item['data']) ? item['data'] : {};
    for (const [k, v] of Object.entries(src)) {
        if (k.toLowerCase() === 'clientid' && typeof v === 'string')
            data[k] = v;
        else
            data[k] = typeof v === 'string' && v.length > 0 ? REDACTED_B64 : '';
    }
    const metadata = {};
    for (const k of ['name', 'namespace', 'uid', 'labels', 'creationTimestamp'])
        if (meta[k] !== undefined)
            metadata[k] = meta[k];
    const out = { apiVersion: 'v1', kind: 'Secret', metadata, data };
    if (typeof item['type'] === 'string')
        out['type'] = item['type'];
    return out;
}
/**
 * kubelet's FailedMount text carries no secret values, but the provider's errors are passed through verbatim:
 * cut everything after "clientsecret", mask anything token-shaped, and bound the length.
 */
export function redactEventMessage(message) {
    let m = message.replace(/\s+/g, ' ').trim();
    const cut = m.search(/client_?secret/i);
    if (cut >= 0)
        m = m.slice(0, cut) + 'clientsecret [redacted]';
    m = m.replace(/eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*){0,2}/g, '[redacted token]');
    m = m.replace(/(bearer|password|token)([=: ]+)\S+/gi, '$1$2[redacted]');
    return m.length > 400 ? m.slice(0, 399) + '…' : m;
}
