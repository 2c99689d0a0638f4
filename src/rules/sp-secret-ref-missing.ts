// sp-secret-ref-missing: a service-principal SPC needs the volume's nodePublishSecretRef.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { spcOfVolume } from './support/pods.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretRefMissing: 'SecretProviderClass {{name}} uses a service principal (no identity flag, no clientID), but volume {{volume}} has no nodePublishSecretRef',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      const spc = spcOfVolume(ctx, sv);
      if (!spc || !spc.isAzure || spc.identityMode !== 'service-principal') continue;
      const ref = sv.vol.csi!['nodePublishSecretRef'];
      if (isRecord(ref) && typeof ref['name'] === 'string' && ref['name'].trim()) continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi'],
        target: 'key',
        messageId: 'secretRefMissing', data: { name: spc.object.name, volume: sv.vol.name ?? '' },
        related: [{ object: spc.object, path: ['spec', 'parameters'], target: 'key', message: 'no usePodIdentity, useVMManagedIdentity or clientID here' }],
      });
    }
  },
});
