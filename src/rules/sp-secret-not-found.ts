// sp-secret-not-found: the nodePublishSecretRef Secret must be in the pod namespace. Offline, only decided when
// the project holds Secrets of that namespace; live, when the cluster's Secrets were listed.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isPlaceholder } from './support/spc.js';
import { findSecret, secretRefName } from './support/secrets.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretNotFound: 'Secret {{name}} is not in the pod namespace {{namespace}}{{via}}{{elsewhere}}',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      const name = secretRefName(sv);
      if (!name || isPlaceholder(name) || sv.src.namespace === undefined) continue;
      const { secret, known } = findSecret(ctx.inventory, sv, name);
      if (secret || !known) continue;
      const elsewhere = ctx.inventory.ofClass('Secret').find((s) => s.name === name);
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'],
        messageId: 'secretNotFound', data: { name, namespace: sv.src.namespace, via: sv.src.namespaceFrom ? ' (from its DeploymentTarget)' : '', elsewhere: elsewhere ? `; one exists in namespace ${elsewhere.namespace ?? '(unset)'}, but the driver only reads the pod namespace` : '' },
        related: [
          ...(elsewhere ? [{ object: elsewhere, path: ['metadata', 'name'], message: `Secret ${name} in namespace ${elsewhere.namespace ?? '(unset)'}` }] : []),
          ...(sv.src.namespaceFrom ? [{ object: sv.src.namespaceFrom.object, path: sv.src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${sv.src.namespace}` }] : []),
        ],
      });
    }
  },
});
