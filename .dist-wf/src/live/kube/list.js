import { isRecord } from '../../model/kinds.js';
export const PAGE_SIZE = 500;
export async function listAll(t, path, opts = {}) {
    const items = [];
    let cont;
    let restarted = false;
    for (;;) {
        const r = await t.get(path, {
            limit: String(opts.pageSize ?? PAGE_SIZE),
            continue: cont,
            fieldSelector: opts.fieldSelector,
            labelSelector: opts.labelSelector,
        });
        if (!r.ok) {
            if (r.status === 404)
                return { status: 'absent', items };
            if (r.status === 403 || r.status === 401)
                return { status: 'forbidden', items, reason: r.reason };
            // 410: the continue token expired (the list took longer than the etcd compaction window): start over once.
            if (r.status === 410 && cont !== undefined && !restarted) {
                restarted = true;
                items.length = 0;
                cont = undefined;
                continue;
            }
            return { status: 'failed', items, reason: r.reason, timedOut: r.timedOut };
        }
        const body = isRecord(r.body) ? r.body : {};
        const page = Array.isArray(body['items']) ? body['items'] : [];
        // A list response omits apiVersion/kind on items; restore them from the list's own kind (PodList → Pod).
        const listKind = typeof body['kind'] === 'string' ? body['kind'].replace(/List$/, '') : undefined;
        const apiVersion = typeof body['apiVersion'] === 'string' ? body['apiVersion'] : undefined;
        for (const raw of page) {
            if (!isRecord(raw))
                continue;
            const withKind = { apiVersion: raw['apiVersion'] ?? apiVersion, kind: raw['kind'] ?? listKind, ...raw };
            const kept = opts.keep ? opts.keep(withKind) : withKind;
            if (kept)
                items.push(kept);
        }
        opts.onPage?.(items.length);
        const meta = isRecord(body['metadata']) ? body['metadata'] : {};
        cont = typeof meta['continue'] === 'string' && meta['continue'] !== '' ? meta['continue'] : undefined;
        if (cont === undefined)
            return { status: 'ok', items };
    }
}
export async function getOne(t, path) {
    const r = await t.get(path);
    if (r.ok)
        return isRecord(r.body) ? { status: 'ok', item: r.body } : { status: 'failed', reason: 'unexpected response', timedOut: false };
    if (r.status === 404)
        return { status: 'absent' };
    if (r.status === 403 || r.status === 401)
        return { status: 'forbidden', reason: r.reason };
    return { status: 'failed', reason: r.reason, timedOut: r.timedOut };
}
