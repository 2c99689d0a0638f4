// sp-secret-ref-unneeded: an identity-mode SPC never reads the nodePublishSecretRef Secret.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { agreeingSpcs, candidateNamespaces } from './support/pods.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretRefUnneeded: 'SecretProviderClass {{name}} uses {{identityMode}}; the nodePublishSecretRef Secret is never used',
    // Several SPCs of the name could be the one (namespaces unknown) and none of them reads the Secret.
    secretRefUnneededAll: 'no SecretProviderClass {{name}} the volume may get ({{count}}: {{namespaces}}) uses a service principal ({{identityModes}}); the nodePublishSecretRef Secret is never used',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      if (sv.vol.csi!['nodePublishSecretRef'] === undefined) continue;
      const spcs = agreeingSpcs(ctx, sv, (spc) => spc.isAzure && spc.identityMode !== 'service-principal');
      if (!spcs) continue;
      const spc = spcs[0]!;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi', 'nodePublishSecretRef'],
        target: 'key',
        ...(spcs.length === 1
          ? { messageId: 'secretRefUnneeded' as const, data: { name: spc.object.name, identityMode: spc.identityMode } }
          : {
              messageId: 'secretRefUnneededAll' as const,
              data: { name: spc.object.name, count: spcs.length, namespaces: candidateNamespaces(spcs), identityModes: [...new Set(spcs.map((s) => s.identityMode))].join(', ') },
            }),
        related: spcs.map((s) => ({ object: s.object, path: ['spec', 'parameters'], target: 'key' as const, message: `identity mode ${s.identityMode} is set here` })),
      });
    }
  },
});
