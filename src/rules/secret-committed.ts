// secret-committed: Secret manifests in the repository that carry credentials. Values are never read or printed.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { secretKeys, secretRefName } from './support/secrets.js';
import { isRecord } from '../model/kinds.js';
import { findPlaceholder } from './support/spc.js';

const CREDENTIAL_KEY = /client[-_.]?secret|password|^secret$/i;

export default defineRule({
  kinds: [...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    committed: 'Secret {{name}} commits credential values under {{field}} ({{keys}}){{ref}}; rotate them and keep them out of the repository',
  },
  create(ctx) {
    const refNames = new Set(ctx.views.secretsVolumes.map(secretRefName).filter((n): n is string => !!n));
    for (const secret of ctx.inventory.ofClass('Secret')) {
      if (secret.source.kind !== 'file') continue;
      const isRef = secret.name !== undefined && refNames.has(secret.name);
      // One finding per data/stringData block (the catalog's region), naming the keys but never a value.
      const byField = new Map<'data' | 'stringData', string[]>();
      for (const { key, field } of secretKeys(secret)) {
        const value = (secret.body[field] as Record<string, unknown>)[key];
        const hasValue = value !== null && value !== undefined && String(value).trim() !== '' && !isRecord(value);
        if (!hasValue) continue;
        // A stringData value that is wholly a placeholder (`${CLIENT_SECRET}`, `$client-secret`) is a template that
        // envsubst or the pipeline fills at deploy time: no credential is committed. Only whole values count, so
        // a real password that merely contains `${x}` is still reported.
        if (field === 'stringData' && typeof value === 'string' && findPlaceholder(value) === value.trim()) continue;
        if (!(isRef || CREDENTIAL_KEY.test(key))) continue;
        if (isRef && !/client|secret|password|key|token/i.test(key)) continue;
        // push, not a copy per key: a Secret may have 150,000 keys.
        let keys = byField.get(field);
        if (!keys) byField.set(field, (keys = []));
        keys.push(key);
      }
      for (const [field, keys] of byField) {
        ctx.report({
          object: secret,
          path: [field],
          target: 'key',
          messageId: 'committed', data: { name: secret.name ?? '', field, keys: keys.join(', '), ref: isRef ? '; it is a nodePublishSecretRef Secret' : '' },
        });
      }
    }
  },
});
