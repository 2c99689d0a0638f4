// Builds inventory objects for things read from a live API (cluster, VVP, Azure): no file, a logical location.
import type { FieldPath, LiveSourceKind, LogicalLocation, ManifestObject } from './types.js';
import { isRecord } from './kinds.js';

export interface LiveObjectOptions {
  readonly live: LiveSourceKind;
  /** Cluster (kube context) name, VVP base URL host, or Azure subscription: first segment of the logical name. */
  readonly scope: string;
  /** Lower-case kubectl resource name used in display names, e.g. `pod`, `secretproviderclass`. */
  readonly resource?: string;
  /** Optional link for text output (VVP UI deployment page). */
  readonly uri?: string;
  /** Namespace override (VVP objects: the VVP namespace). */
  readonly namespace?: string;
}

export function liveObject(body: Record<string, unknown>, opts: LiveObjectOptions): ManifestObject {
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
      locate(path: FieldPath): LogicalLocation {
        return { kind: 'logical', source: opts.live, fullyQualifiedName: fqn, displayName: display, path, uri: opts.uri };
      },
    },
  };
}
