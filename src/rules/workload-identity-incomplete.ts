// workload-identity-incomplete: a workload-identity SPC needs the pods' ServiceAccount (client-id annotation
// equal to clientID, when set) and the pod label azure.workload.identity/use: "true".
import type { RuleModule } from '../engine/types.js';
import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { podTemplatePath, visible } from './support/pods.js';

const ANNOTATION = 'azure.workload.identity/client-id';
const LABEL = 'azure.workload.identity/use';

export const rule: RuleModule = {
  id: 'workload-identity-incomplete',
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, 'workload-identity')) {
      const clientId = spc.param('clientID')!;
      const related = [{ object: spc.object, path: spc.paramPath('clientID'), message: 'clientID selects workload identity' }];
      if (src.kind !== 'helm-values') {
        const sa = src.serviceAccountName;
        if (sa === 'default' && src.serviceAccountPath) {
          ctx.report({
            object: src.object, path: src.serviceAccountPath, level: 'error', related,
            message: `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} with the default ServiceAccount; use a ServiceAccount annotated with ${ANNOTATION}: ${clientId}`,
          });
        } else if (!sa || sa === 'default') {
          ctx.report({
            object: src.object, path: [...src.podPath], target: 'key', level: 'error', related,
            message: src.kind === 'vvp-pods'
              ? `${src.description} cannot set a ServiceAccount; workload identity needs pod templates with spec.serviceAccountName`
              : `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} but sets no serviceAccountName (tokens are issued for the pod's ServiceAccount)`,
          });
        } else {
          const { list } = visible(ctx.inventory, 'ServiceAccount', 'ServiceAccount', src.namespace);
          const account = list.find((s) => s.name === sa);
          const meta = account && isRecord(account.body['metadata']) ? account.body['metadata'] : undefined;
          const ann = meta && isRecord(meta['annotations']) ? meta['annotations'][ANNOTATION] : undefined;
          if (account && typeof ann === 'string' && ann.trim() !== clientId) {
            ctx.report({
              object: src.object, path: src.serviceAccountPath ?? [...src.podPath], level: 'error',
              message: `ServiceAccount ${sa} has ${ANNOTATION} ${ann}, but SecretProviderClass ${spc.object.name} uses clientID ${clientId}`,
              related: [...related, { object: account, path: ['metadata', 'annotations', ANNOTATION], message: `ServiceAccount ${sa} annotation` }],
            });
          }
        }
      }
      if (src.labels[LABEL] !== 'true') {
        ctx.report({
          object: src.object, path: podTemplatePath(src), target: 'key', level: 'warning', related,
          message: `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} but its pods lack the label ${LABEL}: "true"`,
          discriminator: 'label',
        });
      }
    }
  },
};
