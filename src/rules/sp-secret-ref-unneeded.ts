// sp-secret-ref-unneeded: an identity-mode SPC never reads the nodePublishSecretRef Secret.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { spcOfVolume } from './support/pods.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretRefUnneeded: 'SecretProviderClass {{name}} uses {{identityMode}}; the nodePublishSecretRef Secret is never used',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      if (sv.vol.csi!['nodePublishSecretRef'] === undefined) continue;
      const spc = spcOfVolume(ctx, sv);
      if (!spc || !spc.isAzure || spc.identityMode === 'service-principal') continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi', 'nodePublishSecretRef'],
        target: 'key',
        messageId: 'secretRefUnneeded', data: { name: spc.object.name, identityMode: spc.identityMode },
        related: [{ object: spc.object, path: ['spec', 'parameters'], target: 'key', message: `identity mode ${spc.identityMode} is set here` }],
      });
    }
  },
});
