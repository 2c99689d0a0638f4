// pod-identity-label-missing: pods mounting a usePodIdentity SPC need the aadpodidbinding label on the pod.
import type { RuleModule } from '../engine/types.js';
import { sourcesMounting } from './support/identity.js';
import { podTemplatePath, visible } from './support/pods.js';
import { addKey } from './support/fix.js';
import { isRecord } from '../model/kinds.js';
import { extraLabelsHonoured } from './support/vvp.js';

export const rule: RuleModule = {
  id: 'pod-identity-label-missing',
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, 'pod-identity')) {
      if (src.labels['aadpodidbinding']) {
        if (src.kind !== 'helm-values' || extraLabelsHonoured(ctx.options.vvpVersion) !== false) continue;
        continue; // extraLabels on VVP < 2.5: vvp-extra-labels-unsupported says it
      }
      const inKubeLabels = src.nonPodLabels?.labels['aadpodidbinding'] !== undefined;
      const { list: bindings } = visible(ctx.inventory, 'AzureIdentityBinding', 'AzureIdentityBinding', src.namespace);
      const selectors = [...new Set(bindings.map((b) => (isRecord(b.body['spec']) ? b.body['spec']['selector'] : undefined)).filter((s): s is string => typeof s === 'string' && s !== ''))];
      const where = src.kind === 'helm-values' ? 'extraLabels' : src.kind === 'vvp-pods' ? 'kubernetes.pods.labels' : src.kind === 'kube' ? 'the pod template labels' : 'the pod template metadata.labels';
      ctx.report({
        object: src.object,
        path: inKubeLabels ? src.nonPodLabels!.path : podTemplatePath(src),
        target: 'key',
        message: inKubeLabels
          ? `aadpodidbinding is set in kubernetes.labels, which VVP puts on deployments, jobs and services but not on pods; move it to ${src.kind === 'vvp-pods' ? 'kubernetes.pods.labels' : 'the pod template metadata.labels'}`
          : `${src.description} mounts pod-identity SecretProviderClass ${spc.object.name} but its pods carry no aadpodidbinding label (add it to ${where})`,
        related: [{ object: spc.object, path: spc.paramPath('usePodIdentity'), message: 'usePodIdentity is enabled here' }],
        // Only when exactly one binding selector can serve these pods is the label value unambiguous.
        fix: !inKubeLabels && selectors.length === 1 && Object.keys(src.labels).length > 0
          ? () => addKey(src.object, src.labelsPath, 'aadpodidbinding', selectors[0]!, `Label the pods aadpodidbinding: ${selectors[0]}`)
          : undefined,
      });
    }
  },
};
