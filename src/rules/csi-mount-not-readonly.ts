// csi-mount-not-readonly: mount secrets volumes readOnly, as every official example does.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { addKey, replaceAt } from './support/fix.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    mountNotReadonly: 'container {{container}} mounts secrets volume {{volume}} without readOnly: true',
  },
  fixable: true,
  create(ctx) {
    for (const src of ctx.subjects.podSources) {
      const secretNames = new Set(src.volumes.filter((v) => v.isSecretsVolume).map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.readOnly || !secretNames.has(m.name)) continue;
          ctx.report({
            object: src.object,
            path: m.path,
            messageId: 'mountNotReadonly', data: { container: c.name ?? '', volume: m.name },
            fix: () => (!m.readOnlySet
              ? addKey(src.object, m.path, 'readOnly', 'true', 'Mount the secrets volume readOnly')
              : replaceAt(src.object, [...m.path, 'readOnly'], 'value', 'true', 'Mount the secrets volume readOnly')),
          });
        }
      }
    }
  },
});
