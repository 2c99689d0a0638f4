import { isRecord } from '../../model/kinds.js';
export const KUBERNETES_PATH = ['spec', 'template', 'spec', 'kubernetes'];
/** Notes for every git/VVP pair whose kubernetes section differs; empty unless both sources are loaded. */
export function vvpDrift(inventory) {
    const deployments = inventory.ofClass('VvpDeployment');
    const live = deployments.filter((o) => o.source.kind === 'live' && o.source.live === 'vvp');
    const files = deployments.filter((o) => o.source.kind === 'file');
    if (live.length === 0 || files.length === 0)
        return [];
    const notes = [];
    for (const l of live) {
        // A file without metadata.namespace is applied to whichever namespace the user picks: it matches any.
        const f = files.find((o) => o.name === l.name && (o.namespace === undefined || o.namespace === l.namespace));
        if (!f)
            continue;
        const paths = [];
        diff(at(f.body, KUBERNETES_PATH), at(l.body, KUBERNETES_PATH), KUBERNETES_PATH, paths);
        if (paths.length === 0)
            continue;
        const shown = paths.slice(0, 10).map(formatPath);
        const more = paths.length > shown.length ? ` and ${paths.length - shown.length} more` : '';
        const where = f.source.kind === 'file' ? f.source.file.relPath : 'git';
        notes.push({
            live: l,
            file: f,
            paths,
            message: `VVP Deployment ${JSON.stringify(l.name)} in VVP namespace ${JSON.stringify(l.namespace)} differs from ${where} under spec.template.spec.kubernetes: ${shown.join(', ')}${more}`,
        });
    }
    return notes;
}
/** Collects the shallowest differing paths. Absent, null, {} and [] count as the same (VVP may echo empty defaults). */
function diff(a, b, path, out) {
    if (isEmpty(a) && isEmpty(b))
        return;
    if (isRecord(a) && isRecord(b)) {
        for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
            diff(a[k], b[k], [...path, k], out);
        return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            out.push(path);
            return;
        }
        a.forEach((v, i) => diff(v, b[i], [...path, i], out));
        return;
    }
    if (!sameScalar(a, b))
        out.push(path);
}
function sameScalar(a, b) {
    if (a === b)
        return true;
    // A file may write `"1"` where the API echoes 1 (or the reverse) for string maps; that is not drift.
    return (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'boolean' || typeof b === 'string') && String(a) === String(b) && typeof a !== typeof b && (typeof a === 'string' || typeof b === 'string');
}
function isEmpty(v) {
    return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}
function at(v, path) {
    let cur = v;
    for (const p of path) {
        if (typeof p === 'number')
            cur = Array.isArray(cur) ? cur[p] : undefined;
        else
            cur = isRecord(cur) ? cur[p] : undefined;
    }
    return cur;
}
function formatPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
