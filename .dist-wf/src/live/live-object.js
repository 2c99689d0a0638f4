import { isRecord } from '../model/kinds.js';
export function liveObject(body, opts) {
    const metadata = isRecord(body['metadata']) ? body['metadata'] : {};
    const kind = typeof body['kind'] === 'string' ? body['kind'] : undefined;
    const name = typeof metadata['name'] === 'string' ? metadata['name'] : undefined;
    const namespace = opts.namespace ?? (typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined);
    const apiVersion = typeof body['apiVersion'] === 'string' ? body['apiVersion'] : undefined;
    const resource = opts.resource ?? (kind ?? 'object').toLowerCase();
    const fqn = [opts.scope, namespace ?? '_cluster', kind ?? 'Object', name ?? '?'].join('/');
    const display = namespace ? `${resource}/${namespace}/${name ?? '?'}` : `${resource}/${name ?? '?'}`;
    return {
        apiVersion,
        kind,
        name,
        namespace,
        body,
        source: { kind: 'live', live: opts.live, cluster: opts.scope },
        locator: {
            locate(path) {
                return { kind: 'logical', source: opts.live, fullyQualifiedName: fqn, displayName: display, path, uri: opts.uri };
            },
        },
    };
}
