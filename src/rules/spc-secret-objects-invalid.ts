// spc-secret-objects-invalid: secretObjects entries the driver cannot sync into a Kubernetes Secret.
import { defineRule } from './contract.js';
import { isRecord } from '../model/kinds.js';
import { azureSpcs, isPlaceholder } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass'],
  messages: {
    entryNotMapping: 'secretObjects[{{i}}] must be a mapping',
    fieldMissing: 'secretObjects[{{i}}] has no {{field}}',
    noData: 'secretObjects[{{i}}] has no data',
    dataNotMapping: 'secretObjects[{{i}}].data[{{j}}] must be a mapping',
    noKey: 'secretObjects[{{i}}].data[{{j}}] has no key',
    tlsKey: 'key {{key}} is not supported for a kubernetes.io/tls Secret; only tls.key and tls.crt are',
    noObjectName: 'secretObjects[{{i}}].data[{{j}}] has no objectName',
    notMounted: 'objectName {{name}} is not a file this SecretProviderClass mounts{{hint}}',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      const list = spc.spec?.['secretObjects'];
      if (!Array.isArray(list)) continue;
      const files = typeof spc.parameters?.['objects'] === 'string' && !spc.objects.error ? spc.fileNames : undefined;
      list.forEach((entry, i) => {
        const base = ['spec', 'secretObjects', i];
        type Id = 'entryNotMapping' | 'fieldMissing' | 'noData' | 'dataNotMapping' | 'noKey' | 'tlsKey' | 'noObjectName' | 'notMounted';
        const report = (path: (string | number)[], messageId: Id, data: Record<string, unknown>, target?: 'key' | 'value'): void =>
          ctx.report({ object: spc.object, path: [...base, ...path], target, messageId, data });
        if (!isRecord(entry)) return report([], 'entryNotMapping', { i });
        for (const field of ['secretName', 'type'] as const) {
          if (typeof entry[field] !== 'string' || !(entry[field] as string).trim()) report(entry[field] === undefined ? [] : [field], 'fieldMissing', { i, field }, entry[field] === undefined ? 'key' : 'value');
        }
        const data = entry['data'];
        if (!Array.isArray(data) || data.length === 0) return report(data === undefined ? [] : ['data'], 'noData', { i });
        const tls = entry['type'] === 'kubernetes.io/tls';
        data.forEach((d, j) => {
          if (!isRecord(d)) return report(['data', j], 'dataNotMapping', { i, j });
          const key = typeof d['key'] === 'string' ? d['key'].trim() : '';
          if (!key) report(['data', j], 'noKey', { i, j });
          else if (tls && key !== 'tls.key' && key !== 'tls.crt') report(['data', j, 'key'], 'tlsKey', { key: JSON.stringify(key) });
          const name = typeof d['objectName'] === 'string' ? d['objectName'].trim() : '';
          if (!name) report(['data', j], 'noObjectName', { i, j });
          // A placeholder on either side (objectName: $CERT_NAME) is unknown, not a mismatch.
          else if (files && !isPlaceholder(name) && ![...files].some(isPlaceholder) && !files.has(name)) {
            const aliased = spc.objects.entries.find((e) => e.fields?.['objectName'] === name && e.fileName && e.fileName !== name)?.fileName;
            const hint = aliased ? `; that object is mounted as ${JSON.stringify(aliased)} (its objectAlias): use that name` : ` (${[...files].map((f) => JSON.stringify(f)).join(', ') || 'none'}); use the objectAlias, else the objectName`;
            report(['data', j, 'objectName'], 'notMounted', { name: JSON.stringify(name), hint });
          }
        });
      });
    }
  },
});
