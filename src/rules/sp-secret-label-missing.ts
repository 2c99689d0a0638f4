// sp-secret-label-missing: nodePublishSecretRef Secrets need secrets-store.csi.k8s.io/used=true (rotation on
// drivers v0.1.0-v1.5.x).
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { secretView } from '../model/secret.js';
import { referencedSecrets } from './support/secrets.js';
import { addKey, replaceAt } from './support/fix.js';

const LABEL = 'secrets-store.csi.k8s.io/used';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'Secret'],
  messages: {
    secretLabelMissing: 'Secret {{name}} lacks label secrets-store.csi.k8s.io/used: "true"; secret rotation fails without it on driver v0.1.0-v1.5.x',
  },
  fixable: true,
  create(ctx) {
    // Several Secrets the pods may read (namespace unknown) count only when none of them carries the label.
    for (const { secret, name, sv } of referencedSecrets(ctx, undefined, (s) => secretView(s).labels?.[LABEL] !== 'true')) {
      const view = secretView(secret);
      const labels = view.labels;
      const value = labels?.[LABEL];
      if (value === 'true') continue;
      const labelPath = ['metadata', 'labels', LABEL];
      ctx.report({
        object: secret,
        path: value !== undefined ? labelPath : labels ? ['metadata', 'labels'] : ['metadata', 'name'],
        target: value !== undefined ? 'value' : 'key',
        messageId: 'secretLabelMissing', data: { name },
        related: [{ object: sv.src.object, path: [...sv.vol.path, 'csi', 'nodePublishSecretRef', 'name'], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
        fix: () => (value !== undefined ? replaceAt(secret, labelPath, 'value', '"true"', `Set ${LABEL} to "true"`)
          // Into the labels map (also `labels: {}` or a bare `labels:`), else a new labels map under metadata.
          : addKey(secret, ['metadata', 'labels'], LABEL, '"true"', `Add label ${LABEL}: "true"`)
            ?? (view.hasMetadata && !view.hasLabelsKey ? addKey(secret, ['metadata'], 'labels', { [LABEL]: '"true"' }, `Add label ${LABEL}: "true"`) : undefined)),
      });
    }
  },
});

