// Renders a FieldPath the way kubectl explain / JSONPath users read it: `spec.volumes[0].csi`, with keys that are
// not plain identifiers quoted: `metadata.annotations["azure.workload.identity/client-id"]`.
import type { FieldPath } from '../model/types.js';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
