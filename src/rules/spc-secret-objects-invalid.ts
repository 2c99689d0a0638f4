// spc-secret-objects-invalid: secretObjects entries the driver cannot sync into a Kubernetes Secret.
import type { RuleModule } from '../engine/types.js';
import { isRecord } from '../model/kinds.js';
import { azureSpcs, isPlaceholder } from './support/spc.js';

export const rule: RuleModule = {
  id: 'spc-secret-objects-invalid',
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const list = spc.spec?.['secretObjects'];
      if (!Array.isArray(list)) continue;
      const files = typeof spc.parameters?.['objects'] === 'string' && !spc.objects.error ? spc.fileNames : undefined;
      list.forEach((entry, i) => {
        const base = ['spec', 'secretObjects', i];
        const report = (path: (string | number)[], message: string, target?: 'key' | 'value'): void =>
          ctx.report({ object: spc.object, path: [...base, ...path], target, message });
        if (!isRecord(entry)) return report([], `secretObjects[${i}] must be a mapping`);
        for (const field of ['secretName', 'type'] as const) {
          if (typeof entry[field] !== 'string' || !(entry[field] as string).trim()) report(entry[field] === undefined ? [] : [field], `secretObjects[${i}] has no ${field}`, entry[field] === undefined ? 'key' : 'value');
        }
        const data = entry['data'];
        if (!Array.isArray(data) || data.length === 0) return report(data === undefined ? [] : ['data'], `secretObjects[${i}] has no data`);
        const tls = entry['type'] === 'kubernetes.io/tls';
        data.forEach((d, j) => {
          if (!isRecord(d)) return report(['data', j], `secretObjects[${i}].data[${j}] must be a mapping`);
          const key = typeof d['key'] === 'string' ? d['key'].trim() : '';
          if (!key) report(['data', j], `secretObjects[${i}].data[${j}] has no key`);
          else if (tls && key !== 'tls.key' && key !== 'tls.crt') report(['data', j, 'key'], `key ${JSON.stringify(key)} is not supported for a kubernetes.io/tls Secret; only tls.key and tls.crt are`);
          const name = typeof d['objectName'] === 'string' ? d['objectName'].trim() : '';
          if (!name) report(['data', j], `secretObjects[${i}].data[${j}] has no objectName`);
          // A placeholder on either side (objectName: $CERT_NAME) is unknown, not a mismatch.
          else if (files && !isPlaceholder(name) && ![...files].some(isPlaceholder) && !files.has(name)) {
            const aliased = spc.objects.entries.find((e) => e.fields?.['objectName'] === name && e.fileName && e.fileName !== name)?.fileName;
            const hint = aliased ? `; that object is mounted as ${JSON.stringify(aliased)} (its objectAlias): use that name` : ` (${[...files].map((f) => JSON.stringify(f)).join(', ') || 'none'}); use the objectAlias, else the objectName`;
            report(['data', j, 'objectName'], `objectName ${JSON.stringify(name)} is not a file this SecretProviderClass mounts${hint}`);
          }
        });
      });
    }
  },
};
