// pod-identity-label-missing: pods mounting a usePodIdentity SPC need the aadpodidbinding label on the pod.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { podTemplatePath, visible } from './support/pods.js';
import { addKey, yamlString } from './support/fix.js';
import { at } from '../model/pod-sources/fields.js';
import { identityBinding } from '../model/identity-binding.js';
import { extraLabelsHonoured } from './support/vvp.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    inKubernetesLabels: 'aadpodidbinding is set in kubernetes.labels, which VVP puts on deployments, jobs and services but not on pods; move it to {{podLabels}}',
    labelMissing: '{{description}} mounts pod-identity SecretProviderClass {{name}} but its pods carry no aadpodidbinding label (add it to {{where}})',
  },
  fixable: true,
  create(ctx) {
    for (const { src, spc } of sourcesMounting(ctx, 'pod-identity')) {
      if (src.labels['aadpodidbinding']) {
        if (src.kind !== 'helm-values' || extraLabelsHonoured(ctx.options.vvpVersion) !== false) continue;
        continue; // extraLabels on VVP < 2.5: vvp-extra-labels-unsupported says it
      }
      const inKubeLabels = src.nonPodLabels?.labels['aadpodidbinding'] !== undefined;
      const { list: bindings } = visible(ctx.inventory, 'AzureIdentityBinding', 'AzureIdentityBinding', src.namespace);
      const selectors = [...new Set(bindings.map((b) => identityBinding(b).selector).filter((s): s is string => s !== undefined && s !== ''))];
      const where = src.kind === 'helm-values' ? 'extraLabels' : src.kind === 'vvp-pods' ? 'kubernetes.pods.labels' : src.kind === 'kube' ? 'the pod template labels' : 'the pod template metadata.labels';
      ctx.report({
        object: src.object,
        path: inKubeLabels ? src.nonPodLabels!.path : podTemplatePath(src),
        target: 'key',
        messageId: inKubeLabels ? 'inKubernetesLabels' : 'labelMissing', data: { podLabels: src.kind === 'vvp-pods' ? 'kubernetes.pods.labels' : 'the pod template metadata.labels', description: src.description, name: spc.object.name, where },
        related: [{ object: spc.object, path: spc.paramPath('usePodIdentity'), message: 'usePodIdentity is enabled here' }],
        // Only when exactly one binding selector can serve these pods is the label value unambiguous.
        // A missing labels map is created under its parent; a labels value that is not a map is left alone.
        fix: !inKubeLabels && selectors.length === 1
          ? () => {
            const value = yamlString(selectors[0]!);
            const description = `Label the pods aadpodidbinding: ${selectors[0]}`;
            return addKey(src.object, src.labelsPath, 'aadpodidbinding', value, description)
              ?? (src.labelsPath.length > 0 && at(src.object.body, src.labelsPath) === undefined
                ? addKey(src.object, src.labelsPath.slice(0, -1), String(src.labelsPath[src.labelsPath.length - 1]), { aadpodidbinding: value }, description)
                : undefined);
          }
          : undefined,
      });
    }
  },
});
