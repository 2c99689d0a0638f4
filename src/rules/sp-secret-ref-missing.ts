// sp-secret-ref-missing: a service-principal SPC needs the volume's nodePublishSecretRef.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { agreeingSpcs, candidateNamespaces } from './support/pods.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretRefMissing: 'SecretProviderClass {{name}} uses a service principal (no identity flag, no clientID), but volume {{volume}} has no nodePublishSecretRef',
    // Several SPCs of the name could be the one (namespaces unknown) and all of them lead to this finding.
    secretRefMissingAll: 'every SecretProviderClass {{name}} the volume may get ({{count}}: {{namespaces}}) uses a service principal (no identity flag, no clientID), but volume {{volume}} has no nodePublishSecretRef',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      const spcs = agreeingSpcs(ctx, sv, (spc) => spc.isAzure && spc.identityMode === 'service-principal');
      if (!spcs) continue;
      const ref = sv.vol.csi!['nodePublishSecretRef'];
      if (isRecord(ref) && typeof ref['name'] === 'string' && ref['name'].trim()) continue;
      const name = spcs[0]!.object.name;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi'],
        target: 'key',
        ...(spcs.length === 1
          ? { messageId: 'secretRefMissing' as const, data: { name, volume: sv.vol.name ?? '' } }
          : { messageId: 'secretRefMissingAll' as const, data: { name, volume: sv.vol.name ?? '', count: spcs.length, namespaces: candidateNamespaces(spcs) } }),
        related: spcs.map((spc) => ({ object: spc.object, path: ['spec', 'parameters'], target: 'key' as const, message: 'no usePodIdentity, useVMManagedIdentity or clientID here' })),
      });
    }
  },
});
