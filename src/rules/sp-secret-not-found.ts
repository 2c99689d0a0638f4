// sp-secret-not-found: the nodePublishSecretRef Secret must be in the pod namespace. Offline, only decided when
// the project holds Secrets of that namespace; live, when the cluster's Secrets were listed.
import type { RuleModule } from '../engine/types.js';
import { isPlaceholder } from './support/spc.js';
import { secretsVolumes } from './support/pods.js';
import { findSecret, secretRefName } from './support/secrets.js';

export const rule: RuleModule = {
  id: 'sp-secret-not-found',
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
      const name = secretRefName(sv);
      if (!name || isPlaceholder(name) || sv.src.namespace === undefined) continue;
      const { secret, known } = findSecret(ctx.inventory, sv, name);
      if (secret || !known) continue;
      const elsewhere = ctx.inventory.ofClass('Secret').find((s) => s.name === name);
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'],
        message: `Secret ${name} is not in the pod namespace ${sv.src.namespace}${sv.src.namespaceFrom ? ' (from its DeploymentTarget)' : ''}${elsewhere ? `; one exists in namespace ${elsewhere.namespace ?? '(unset)'}, but the driver only reads the pod namespace` : ''}`,
        related: [
          ...(elsewhere ? [{ object: elsewhere, path: ['metadata', 'name'], message: `Secret ${name} in namespace ${elsewhere.namespace ?? '(unset)'}` }] : []),
          ...(sv.src.namespaceFrom ? [{ object: sv.src.namespaceFrom.object, path: sv.src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${sv.src.namespace}` }] : []),
        ],
      });
    }
  },
};
