// Every place a pod spec can come from, normalised into one view so each CSI/identity rule is written once:
// Kubernetes workloads, VVP Deployment/SessionCluster pod templates and the older `pods` form, VVP Helm values
// (the platform's own pod) and `vvp.globalDeploymentDefaults` (a YAML string, parsed with positions).
import picomatch from 'picomatch';
import { isScalar } from 'yaml';
import { CSI_DRIVER_NAME, isRecord } from './kinds.js';
import { EmbeddedYaml } from '../load/embedded.js';
import { yamlNodeAt } from './spc.js';
const cache = new WeakMap();
export function podSources(inventory) {
    let list = cache.get(inventory);
    if (!list)
        cache.set(inventory, (list = collect(inventory)));
    return list;
}
/** Volumes VVP mounts into Flink containers itself; pod-template mounts may name them without defining them. */
const VVP_SYSTEM_VOLUMES = ['flink-logs', 'flink-tmp-dir', 'flink-config-volume', 'hadoop-config-volume', 'pod-template', 'user-artifacts'];
function collect(inv) {
    const out = [];
    for (const o of inv.ofClass('KubeWorkload')) {
        const s = kubeWorkload(o);
        if (s)
            out.push(s);
    }
    for (const o of inv.ofClass('VvpDeployment'))
        out.push(...vvpObject(inv, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP Deployment'));
    for (const o of inv.ofClass('VvpSessionCluster'))
        out.push(...vvpObject(inv, o, ['spec', 'kubernetes'], 'VVP SessionCluster'));
    for (const o of inv.ofClass('VvpDeploymentDefaults'))
        out.push(...vvpObject(inv, o, ['spec', 'template', 'spec', 'kubernetes'], 'VVP DeploymentDefaults', 'vvp-defaults'));
    for (const o of inv.ofClass('HelmValues')) {
        out.push(helmValues(inv, o));
        const defaults = globalDeploymentDefaults(o);
        if (defaults)
            out.push(...vvpObject(inv, defaults, ['spec', 'template', 'spec', 'kubernetes'], 'vvp.globalDeploymentDefaults', 'vvp-defaults'));
    }
    return out;
}
const POD_SPEC_PATHS = {
    Pod: { spec: ['spec'], meta: ['metadata'] },
    PodTemplate: { spec: ['template', 'spec'], meta: ['template', 'metadata'] },
    CronJob: { spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], meta: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'] },
};
const TEMPLATE_PATHS = { spec: ['spec', 'template', 'spec'], meta: ['spec', 'template', 'metadata'] };
function kubeWorkload(o) {
    const paths = POD_SPEC_PATHS[o.kind ?? ''] ?? TEMPLATE_PATHS;
    const spec = at(o.body, paths.spec);
    if (!isRecord(spec))
        return undefined;
    const meta = at(o.body, paths.meta);
    const sa = spec['serviceAccountName'] ?? spec['serviceAccount'];
    return {
        object: o,
        kind: 'kube',
        description: `${o.kind} ${o.name ?? ''}`.trim(),
        podPath: o.kind === 'Pod' ? ['metadata'] : paths.meta,
        labelsPath: [...paths.meta, 'labels'],
        labels: stringMap(isRecord(meta) ? meta['labels'] : undefined),
        volumes: volumesOf(spec['volumes'], [...paths.spec, 'volumes']),
        containers: [
            ...containersOf(spec['containers'], [...paths.spec, 'containers']),
            ...containersOf(spec['initContainers'], [...paths.spec, 'initContainers']),
        ],
        serviceAccountName: typeof sa === 'string' ? sa : undefined,
        serviceAccountPath: typeof spec['serviceAccountName'] === 'string' ? [...paths.spec, 'serviceAccountName'] : typeof spec['serviceAccount'] === 'string' ? [...paths.spec, 'serviceAccount'] : undefined,
        namespace: o.namespace,
    };
}
function vvpObject(inv, o, base, label, kind = 'vvp-template') {
    const k = at(o.body, base);
    if (!isRecord(k))
        return [];
    const target = kind === 'vvp-defaults' ? undefined : resolveTarget(inv, o);
    const common = {
        object: o,
        namespace: target?.namespace,
        namespaceFrom: target ? { object: target.object, path: ['spec', 'kubernetes', 'namespace'] } : undefined,
        nonPodLabels: isRecord(k['labels']) ? { labels: stringMap(k['labels']), path: [...base, 'labels'] } : undefined,
        implicitVolumes: VVP_SYSTEM_VOLUMES,
    };
    const name = o.name ? ` ${o.name}` : '';
    const out = [];
    for (const [field, role] of [
        ['jobManagerPodTemplate', 'jobmanager'],
        ['taskManagerPodTemplate', 'taskmanager'],
    ]) {
        const tpl = k[field];
        if (!isRecord(tpl))
            continue;
        const tbase = [...base, field];
        const spec = isRecord(tpl['spec']) ? tpl['spec'] : {};
        const meta = isRecord(tpl['metadata']) ? tpl['metadata'] : {};
        const sa = spec['serviceAccountName'];
        out.push({
            ...common,
            kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-template',
            description: `${label}${name} ${field}`,
            podPath: tbase,
            labelsPath: [...tbase, 'metadata', 'labels'],
            labels: stringMap(meta['labels']),
            volumes: volumesOf(spec['volumes'], [...tbase, 'spec', 'volumes']),
            containers: containersOf(spec['containers'], [...tbase, 'spec', 'containers']).concat(containersOf(spec['initContainers'], [...tbase, 'spec', 'initContainers'])),
            serviceAccountName: typeof sa === 'string' ? sa : undefined,
            serviceAccountPath: typeof sa === 'string' ? [...tbase, 'spec', 'serviceAccountName'] : undefined,
            flinkRole: role,
        });
    }
    const pods = k['pods'];
    if (isRecord(pods)) {
        const pbase = [...base, 'pods'];
        const volumes = [];
        const mounts = [];
        const list = Array.isArray(pods['volumeMounts']) ? pods['volumeMounts'] : [];
        list.forEach((entry, i) => {
            if (!isRecord(entry))
                return;
            const ebase = [...pbase, 'volumeMounts', i];
            if (isRecord(entry['volume']))
                volumes.push(...volumesOf([entry['volume']], [...ebase, 'volume']).map((v) => ({ ...v, path: [...ebase, 'volume'] })));
            if (isRecord(entry['volumeMount'])) {
                const vm = entry['volumeMount'];
                mounts.push({ name: typeof vm['name'] === 'string' ? vm['name'] : undefined, readOnly: vm['readOnly'] === true, path: [...ebase, 'volumeMount'] });
            }
        });
        out.push({
            ...common,
            kind: kind === 'vvp-defaults' ? 'vvp-defaults' : 'vvp-pods',
            description: `${label}${name} kubernetes.pods`,
            podPath: pbase,
            labelsPath: [...pbase, 'labels'],
            labels: stringMap(pods['labels']),
            volumes,
            containers: [{ name: 'flink', path: [...pbase, 'volumeMounts'], hasImage: true, mounts }],
            serviceAccountName: undefined,
            serviceAccountPath: undefined,
            flinkRole: 'both',
        });
    }
    return out;
}
/** The DeploymentTarget of a VVP Deployment or SessionCluster (directly, or through its SessionCluster). */
export function resolveTarget(inv, o) {
    const spec = isRecord(o.body['spec']) ? o.body['spec'] : {};
    const byName = typeof spec['deploymentTargetName'] === 'string' ? spec['deploymentTargetName'] : undefined;
    const byId = typeof spec['deploymentTargetId'] === 'string' ? spec['deploymentTargetId'] : undefined;
    if (!byName && !byId && typeof spec['sessionClusterName'] === 'string') {
        const session = inv.ofClass('VvpSessionCluster').find((s) => s.name === spec['sessionClusterName'] && sameVvpNamespace(s, o));
        if (session)
            return resolveTarget(inv, session);
    }
    const targets = inv.ofClass('VvpDeploymentTarget');
    const found = targets.find((t) => (byName !== undefined && t.name === byName && sameVvpNamespace(t, o)) || (byId !== undefined && isRecord(t.body['metadata']) && t.body['metadata']['id'] === byId));
    if (!found)
        return undefined;
    const ns = at(found.body, ['spec', 'kubernetes', 'namespace']);
    return { object: found, namespace: typeof ns === 'string' && ns ? ns : undefined };
}
/**
 * VVP objects' metadata.namespace is a VVP namespace, not a Kubernetes one: compare it as written, never the
 * object's `namespace` (which config namespaceDefaults may have filled with a Kubernetes namespace).
 */
function sameVvpNamespace(a, b) {
    const na = vvpNamespace(a);
    const nb = vvpNamespace(b);
    return na === undefined || nb === undefined || na === nb;
}
function vvpNamespace(o) {
    const ns = at(o.body, ['metadata', 'namespace']);
    return typeof ns === 'string' && ns !== '' ? ns : undefined;
}
function helmValues(inv, o) {
    const mounts = [];
    const vm = o.body['volumeMounts'];
    if (Array.isArray(vm)) {
        vm.forEach((m, i) => {
            if (isRecord(m))
                mounts.push({ name: typeof m['name'] === 'string' ? m['name'] : undefined, readOnly: m['readOnly'] === true, path: ['volumeMounts', i] });
        });
    }
    return {
        object: o,
        kind: 'helm-values',
        description: 'Ververica Platform Helm values',
        podPath: [],
        labelsPath: ['extraLabels'],
        labels: stringMap(o.body['extraLabels']),
        volumes: volumesOf(o.body['volumes'], ['volumes']),
        containers: [{ name: 'ververica-platform', path: ['volumeMounts'], hasImage: true, mounts }],
        serviceAccountName: undefined,
        serviceAccountPath: undefined,
        namespace: releaseNamespace(inv, o),
    };
}
function releaseNamespace(inv, o) {
    const cfg = inv.helmReleaseNamespace;
    if (typeof cfg === 'string')
        return cfg;
    if (!cfg || o.source.kind !== 'file')
        return undefined;
    const rel = o.source.file.relPath;
    for (const [glob, ns] of Object.entries(cfg))
        if (picomatch.isMatch(rel, glob, { dot: true }))
            return ns;
    return undefined;
}
/** `vvp.globalDeploymentDefaults` is a YAML string: parse it with positions mapped into the values file. */
function globalDeploymentDefaults(values) {
    const vvp = values.body['vvp'];
    if (!isRecord(vvp) || typeof vvp['globalDeploymentDefaults'] !== 'string')
        return undefined;
    const node = yamlNodeAt(values, ['vvp', 'globalDeploymentDefaults']);
    if (values.source.kind !== 'file' || !node || !isScalar(node))
        return undefined;
    const embedded = EmbeddedYaml.inFile(values.source.file, node);
    if (!isRecord(embedded.value))
        return undefined;
    return {
        apiVersion: 'v1',
        kind: 'DeploymentDefaults',
        name: 'globalDeploymentDefaults',
        namespace: undefined,
        body: embedded.value,
        locator: embedded.locator(),
        source: values.source,
        // No yamlNode: its offsets are in the embedded text, so node-based edits (fixes) must not use it.
    };
}
function volumesOf(list, base) {
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((v, i) => {
        if (!isRecord(v))
            return;
        const csi = isRecord(v['csi']) ? v['csi'] : undefined;
        const attrs = csi && isRecord(csi['volumeAttributes']) ? csi['volumeAttributes'] : undefined;
        const spcName = attrs && typeof attrs['secretProviderClass'] === 'string' ? attrs['secretProviderClass'] : undefined;
        const driver = csi?.['driver'];
        out.push({
            name: typeof v['name'] === 'string' ? v['name'] : undefined,
            path: [...base, i],
            body: v,
            csi,
            spcName,
            isSecretsVolume: !!csi && (driver === CSI_DRIVER_NAME || (attrs !== undefined && 'secretProviderClass' in attrs) || (typeof driver === 'string' && /secrets-store/.test(driver))),
        });
    });
    return out;
}
function containersOf(list, base) {
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((c, i) => {
        if (!isRecord(c))
            return;
        const mounts = [];
        if (Array.isArray(c['volumeMounts'])) {
            c['volumeMounts'].forEach((m, j) => {
                if (isRecord(m))
                    mounts.push({ name: typeof m['name'] === 'string' ? m['name'] : undefined, readOnly: m['readOnly'] === true, path: [...base, i, 'volumeMounts', j] });
            });
        }
        out.push({ name: typeof c['name'] === 'string' ? c['name'] : undefined, path: [...base, i], hasImage: typeof c['image'] === 'string' && c['image'] !== '', mounts });
    });
    return out;
}
function stringMap(v) {
    const out = {};
    if (!isRecord(v))
        return out;
    for (const [k, val] of Object.entries(v))
        if (val !== null && val !== undefined)
            out[k] = String(val);
    return out;
}
export function at(v, path) {
    let cur = v;
    for (const seg of path) {
        if (Array.isArray(cur) && typeof seg === 'number')
            cur = cur[seg];
        else if (isRecord(cur))
            cur = cur[seg];
        else
            return undefined;
    }
    return cur;
}
