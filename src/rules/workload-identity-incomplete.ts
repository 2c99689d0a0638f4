// workload-identity-incomplete: a workload-identity SPC needs the pods' ServiceAccount (client-id annotation
// equal to clientID, when set) and the pod label azure.workload.identity/use: "true".
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { podTemplatePath, visible } from './support/pods.js';

const ANNOTATION = 'azure.workload.identity/client-id';
const LABEL = 'azure.workload.identity/use';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount'],
  messages: {
    defaultServiceAccount: '{{description}} mounts workload-identity SecretProviderClass {{name}} with the default ServiceAccount; use a ServiceAccount annotated with azure.workload.identity/client-id: {{clientId}}',
    noServiceAccountField: '{{description}} cannot set a ServiceAccount; workload identity needs pod templates with spec.serviceAccountName',
    noServiceAccount: '{{description}} mounts workload-identity SecretProviderClass {{name}} but sets no serviceAccountName (tokens are issued for the pod\'s ServiceAccount)',
    annotationMismatch: 'ServiceAccount {{serviceAccount}} has azure.workload.identity/client-id {{annotation}}, but SecretProviderClass {{name}} uses clientID {{clientId}}',
    labelMissing: '{{description}} mounts workload-identity SecretProviderClass {{name}} but its pods lack the label azure.workload.identity/use: "true"',
  },
  create(ctx) {
    for (const { src, spc } of sourcesMounting(ctx, 'workload-identity')) {
      const clientId = spc.param('clientID')!;
      const related = [{ object: spc.object, path: spc.paramPath('clientID'), message: 'clientID selects workload identity' }];
      if (src.kind !== 'helm-values') {
        const sa = src.serviceAccountName;
        if (sa === 'default' && src.serviceAccountPath) {
          ctx.report({
            object: src.object, path: src.serviceAccountPath, level: 'error', related,
            messageId: 'defaultServiceAccount', data: { description: src.description, name: spc.object.name, clientId },
          });
        } else if (!sa || sa === 'default') {
          ctx.report({
            object: src.object, path: [...src.podPath], target: 'key', level: 'error', related,
            messageId: src.kind === 'vvp-pods' ? 'noServiceAccountField' : 'noServiceAccount', data: { description: src.description, name: spc.object.name },
          });
        } else {
          const { list } = visible(ctx.inventory, 'ServiceAccount', 'ServiceAccount', src.namespace);
          const account = list.find((s) => s.name === sa);
          const meta = account && isRecord(account.body['metadata']) ? account.body['metadata'] : undefined;
          const ann = meta && isRecord(meta['annotations']) ? meta['annotations'][ANNOTATION] : undefined;
          if (account && typeof ann === 'string' && ann.trim() !== clientId) {
            ctx.report({
              object: src.object, path: src.serviceAccountPath ?? [...src.podPath], level: 'error',
              messageId: 'annotationMismatch', data: { serviceAccount: sa, annotation: ann, name: spc.object.name, clientId },
              related: [...related, { object: account, path: ['metadata', 'annotations', ANNOTATION], message: `ServiceAccount ${sa} annotation` }],
            });
          }
        }
      }
      if (src.labels[LABEL] !== 'true') {
        ctx.report({
          object: src.object, path: podTemplatePath(src), target: 'key', level: 'warning', related,
          messageId: 'labelMissing', data: { description: src.description, name: spc.object.name },
          discriminator: 'label',
        });
      }
    }
  },
});
