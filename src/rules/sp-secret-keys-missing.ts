// sp-secret-keys-missing: the provider reads clientid and clientsecret (case-insensitive) from the Secret.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { lookupSpc, type SecretsVolume } from './support/pods.js';
import { referencedSecrets, secretKeys } from './support/secrets.js';
import type { ManifestObject } from '../model/types.js';
import { secretView } from '../model/secret.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretKeysMissing: 'Secret {{name}} lacks {{keys}}; the provider fails with "could not find {{firstKey}} in secrets"',
  },
  create(ctx) {
    // Volumes whose SPC uses another identity never read the Secret (sp-secret-ref-unneeded says so). An SPC not
    // found still counts (the Secret is what the volume names); several candidates count only when all of them
    // use a service principal — when they disagree the tool does not pick one.
    const servicePrincipal = (sv: SecretsVolume): boolean => {
      if (!sv.vol.spcName) return true;
      const { candidates } = lookupSpc(ctx, sv.src, sv.vol.spcName);
      return candidates.length === 0 || candidates.every((spc) => spc.identityMode === 'service-principal');
    };
    // Several Secrets the pods may read (namespace unknown) count only when each lacks a key.
    for (const { secret, name, sv } of referencedSecrets(ctx, servicePrincipal, (s) => missingKeys(s).length > 0)) {
      const missing = missingKeys(secret);
      if (!missing.length) continue;
      const field = secretView(secret).keysField;
      ctx.report({
        object: secret,
        path: field ? [field] : ['metadata', 'name'],
        target: 'key',
        messageId: 'secretKeysMissing', data: { name, keys: missing.join(' and '), firstKey: missing[0] },
        related: [{ object: sv.src.object, path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
      });
    }
  },
});

/** The keys the provider reads that the Secret lacks (compared case-insensitively, as the provider does). */
function missingKeys(secret: ManifestObject): string[] {
  const keys = new Set(secretKeys(secret).map((k) => k.key.toLowerCase()));
  return ['clientid', 'clientsecret'].filter((k) => !keys.has(k));
}
