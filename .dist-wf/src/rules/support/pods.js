import { podSources } from '../../model/pod-sources.js';
import { spcView } from '../../model/spc.js';
export function secretsVolumes(inv) {
    const out = [];
    for (const src of podSources(inv))
        for (const vol of src.volumes)
            if (vol.isSecretsVolume)
                out.push({ src, vol });
    return out;
}
export function lookupSpc(inv, src, name) {
    const matches = inv.find('SecretProviderClass', src.namespace, name);
    const spcs = inv.ofClass('SecretProviderClass');
    const decidable = spcs.length > 0 || inv.liveListComplete('SecretProviderClass', src.namespace);
    const elsewhere = matches.length ? [] : inv.find('SecretProviderClass', undefined, name);
    return { spc: matches[0] ? spcView(matches[0]) : undefined, decidable, elsewhere };
}
/** The SPC of a volume when it can be resolved; undefined otherwise (rules that need it then stay silent). */
export function spcOfVolume(inv, sv) {
    return sv.vol.spcName ? lookupSpc(inv, sv.src, sv.vol.spcName).spc : undefined;
}
export function isMounted(src, volumeName) {
    return volumeName !== undefined && src.containers.some((c) => c.mounts.some((m) => m.name === volumeName));
}
/** The objects of a class a pod in this namespace can see; `known` says whether absence is meaningful. */
export function visible(inv, cls, kind, ns) {
    const all = inv.ofClass(cls);
    const list = ns === undefined ? [...all] : all.filter((o) => o.namespace === ns || o.namespace === undefined);
    const known = inv.liveListComplete(kind, ns) || (ns !== undefined ? all.some((o) => o.namespace === ns) : all.length > 0);
    return { list, known };
}
/** Where a pod-level finding points: the labels map when present, else the pod template. */
export function podTemplatePath(src) {
    return src.labelsPath.length && Object.keys(src.labels).length ? [...src.labelsPath] : [...src.podPath];
}
