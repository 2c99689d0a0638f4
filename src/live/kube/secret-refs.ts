// Which Secrets a cluster read must fetch: the ones some CSI volume names as nodePublishSecretRef.
import { isRecord } from '../../model/kinds.js';

/** Every `nodePublishSecretRef.name` anywhere in an object (pod specs, templates, CronJob job templates). */
export function collectSecretRefs(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 40) return;
  if (Array.isArray(value)) {
    for (const v of value) collectSecretRefs(v, out, depth + 1);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'nodePublishSecretRef' && isRecord(v) && typeof v['name'] === 'string' && v['name'] !== '') out.add(v['name']);
      else collectSecretRefs(v, out, depth + 1);
    }
  }
}
