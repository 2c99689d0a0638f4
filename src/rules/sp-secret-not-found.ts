// sp-secret-not-found: the nodePublishSecretRef Secret must be in the pod namespace. Offline, only decided when
// the project holds Secrets of that namespace; live, when the cluster's Secrets were listed. When the pod namespace
// is not known (none set, or still a placeholder: `${NAMESPACE}`), a Secret of the name in any namespace may be the
// one: only when the project holds Secrets and none anywhere has the name (or a placeholder name) is it missing.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS, SECRET_PRODUCER_KINDS } from '../model/kinds.js';
import { producedSecretName } from '../model/secret.js';
import { isPlaceholder } from './support/spc.js';
import { findSecret, secretRefName } from './support/secrets.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret', ...SECRET_PRODUCER_KINDS],
  messages: {
    secretNotFound: 'Secret {{name}} is not in the pod namespace {{namespace}}{{via}}{{elsewhere}}',
    secretNotFoundAnywhere: 'Secret {{name}} not found in any namespace (the pod namespace is not known)',
  },
  create(ctx) {
    for (const sv of ctx.subjects.secretsVolumes) {
      const name = secretRefName(sv);
      // A kustomize secretGenerator's Secret exists once built (under a hashed name kustomize puts in the reference).
      if (!name || isPlaceholder(name) || ctx.inventory.generatedSecretNames.has(name)) continue;
      const { secret, known } = findSecret(ctx.inventory, sv, name);
      if (secret || !known) continue;
      // A SealedSecret or ExternalSecret that makes the Secret where the pods may read it: its controller creates it.
      const ns = sv.src.namespace;
      if (ctx.inventory.ofClass('SecretProducer').some((p) => producedSecretName(p) === name && (ns === undefined || p.namespace === undefined || p.namespace === ns))) continue;
      if (sv.src.namespace === undefined) {
        // Any namespace: a Secret whose name is still a placeholder may be the one.
        if (ctx.inventory.ofClass('Secret').some((s) => isPlaceholder(s.name))) continue;
        ctx.report({ object: sv.src.object, path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'], messageId: 'secretNotFoundAnywhere', data: { name } });
        continue;
      }
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
