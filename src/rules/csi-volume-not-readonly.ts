// csi-volume-not-readonly: the driver refuses to publish unless csi.readOnly is true.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { addKey, replaceAt } from './support/fix.js';

export default defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    volumeNotReadonly: 'volume {{volume}} is not csi.readOnly: true; the Secrets Store CSI driver refuses it ("Readonly is not true in request")',
  },
  fixable: true,
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      const ro = vol.csi!['readOnly'];
      if (ro === true) continue;
      const csiPath = [...vol.path, 'csi'];
      ctx.report({
        object: src.object,
        path: csiPath,
        target: 'key',
        messageId: 'volumeNotReadonly', data: { volume: vol.name ?? '' },
        fix: () => (ro === undefined ? addKey(src.object, csiPath, 'readOnly', 'true', 'Set csi.readOnly: true') : replaceAt(src.object, [...csiPath, 'readOnly'], 'value', 'true', 'Set csi.readOnly: true')),
      });
    }
  },
});
