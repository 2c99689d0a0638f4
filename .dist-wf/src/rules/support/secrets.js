import { isRecord } from '../../model/kinds.js';
import { visible } from './pods.js';
export function secretRefName(sv) {
    const ref = sv.vol.csi?.['nodePublishSecretRef'];
    return isRecord(ref) && typeof ref['name'] === 'string' && ref['name'].trim() ? ref['name'].trim() : undefined;
}
export function findSecret(inv, sv, name) {
    const { list, known } = visible(inv, 'Secret', 'Secret', sv.src.namespace);
    return { secret: list.find((s) => s.name === name), known };
}
/** Key names of a Secret (data and stringData); values are never read here. */
export function secretKeys(secret) {
    const out = [];
    for (const field of ['data', 'stringData']) {
        const m = secret.body[field];
        if (isRecord(m))
            for (const key of Object.keys(m))
                out.push({ key, field });
    }
    return out;
}
