// workload-identity-incomplete: a workload-identity SPC gets tokens for the pods' ServiceAccount (the namespace's
// `default` when none is set); its azure.workload.identity/client-id annotation, when set, must equal clientID.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { visible } from './support/pods.js';
import { isPlaceholder } from './support/spc.js';

const ANNOTATION = 'azure.workload.identity/client-id';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount'],
  messages: {
    identityIncomplete: '{{p}} has {{ANNOTATION}} {{ann}}, but SecretProviderClass {{name}} uses clientID {{clientId}}',
  },
  create(ctx) {
    for (const { src, spc } of sourcesMounting(ctx, 'workload-identity')) {
      const clientId = spc.param('clientID')!;
      const related = [{ object: spc.object, path: spc.paramPath('clientID'), message: 'clientID selects workload identity' }];
      if (src.kind === 'helm-values') continue;
      // Kubernetes runs a pod without serviceAccountName (and VVP's `pods` form, which cannot set one) as the
      // namespace's `default` ServiceAccount; a federated credential for system:serviceaccount:<ns>:default works.
      const sa = src.serviceAccountName ?? 'default';
      if (isPlaceholder(sa)) continue;
      const { list } = visible(ctx.inventory, 'ServiceAccount', 'ServiceAccount', src.namespace);
      // Several candidates (pod namespace unknown): the tool does not pick one.
      const named = list.filter((s) => s.name === sa);
      const account = named.length === 1 ? named[0] : undefined;
      const meta = account && isRecord(account.body['metadata']) ? account.body['metadata'] : undefined;
      const ann = meta && isRecord(meta['annotations']) ? meta['annotations'][ANNOTATION] : undefined;
      if (account && typeof ann === 'string' && !isPlaceholder(ann) && !isPlaceholder(clientId) && ann.trim() !== clientId) {
        ctx.report({
          object: src.object, path: src.serviceAccountPath ?? [...src.podPath], level: 'error',
          messageId: 'identityIncomplete', data: { p: src.serviceAccountName === undefined ? `${src.description} ${src.kind === 'flink-template' ? 'configures no ServiceAccount (spec.serviceAccount or kubernetes.service-account; Flink overwrites a template\'s serviceAccountName)' : 'sets no serviceAccountName'}, so its pods run as ServiceAccount default, which` : `ServiceAccount ${sa}`, ANNOTATION, ann, name: spc.object.name, clientId },
          related: [
            ...related,
            { object: account, path: ['metadata', 'annotations', ANNOTATION], message: `ServiceAccount ${sa} annotation` },
            // A native pod-template file: the configuration decides the account, not the file.
            ...(src.flinkTemplateRef ? [{ object: src.flinkTemplateRef.object, path: src.flinkTemplateRef.path, message: `Flink uses this pod template (${src.flinkTemplateRef.key}) with its configured ServiceAccount ${sa}` }] : []),
          ],
        });
      }
      // No check of the pod label azure.workload.identity/use: the Azure provider never reads it for CSI mounts. It
      // takes clientID from the SPC and the ServiceAccount token the CSI driver requests for the pod
      // (csi.storage.k8s.io/serviceAccount.tokens; provider pkg/provider/provider.go buildAuthConfig); the label
      // only asks the workload identity webhook to inject AZURE_* variables for the application's own SDK calls.
    }
  },
});
