// csi-spc-missing-attribute: a secrets-store volume must name its SecretProviderClass.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { CSI_DRIVER_NAME, isRecord } from '../model/kinds.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS],
  messages: {
    spcMissingAttribute: 'volume {{volume}} has no csi.volumeAttributes.secretProviderClass; the driver fails with "secretProviderClass is not set"',
  },
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      if (vol.spcName !== undefined && vol.spcName.trim() !== '') continue;
      const attrs = vol.csi!['volumeAttributes'];
      if (vol.csi!['driver'] !== CSI_DRIVER_NAME && !isRecord(attrs)) continue;
      ctx.report({ object: src.object, path: [...vol.path, 'csi'], target: 'key', messageId: 'spcMissingAttribute', data: { volume: vol.name ?? '' } });
    }
  },
});
