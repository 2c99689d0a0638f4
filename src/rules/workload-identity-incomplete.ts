// workload-identity-incomplete: a workload-identity SPC gets tokens for the pods' ServiceAccount (the namespace's
// `default` when none is set); its azure.workload.identity/client-id annotation, when set, must equal clientID.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { candidatesNamed, whereIs } from './support/pods.js';
import { isPlaceholder } from './support/spc.js';
import type { ManifestObject } from '../model/types.js';

const ANNOTATION = 'azure.workload.identity/client-id';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'ServiceAccount'],
  messages: {
    identityIncomplete: '{{p}} has {{ANNOTATION}} {{ann}}, but SecretProviderClass {{name}} uses clientID {{clientId}}',
    // Several ServiceAccounts of the name could be the pods' (namespace unknown, a Kustomize base and overlay) and
    // every one of them disagrees with the SPC: the finding holds whichever the pods get.
    identityIncompleteAll: '{{p}}: every ServiceAccount {{sa}} the pods may get ({{count}}: {{where}}) has an {{ANNOTATION}} annotation other than clientID {{clientId}} of SecretProviderClass {{name}} ({{anns}})',
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
      if (isPlaceholder(clientId)) continue;
      // Several candidates (pod namespace unknown or a placeholder) are reported only when every one disagrees with
      // clientID; where one agrees, or says nothing, the tool does not pick one.
      const candidates = candidatesNamed(ctx.inventory, 'ServiceAccount', src.namespace, sa).map((account) => ({ account, ann: annotationOf(account) }));
      if (candidates.length === 0 || !candidates.every((c) => c.ann !== undefined && c.ann.trim() !== clientId)) continue;
      const p = src.serviceAccountName === undefined ? `${src.description} ${src.kind === 'flink-template' ? 'configures no ServiceAccount (spec.serviceAccount or kubernetes.service-account; Flink overwrites a template\'s serviceAccountName)' : 'sets no serviceAccountName'}, so its pods run as ServiceAccount default, which` : `ServiceAccount ${sa}`;
      ctx.report({
        object: src.object, path: src.serviceAccountPath ?? [...src.podPath], level: 'error',
        ...(candidates.length === 1
          ? { messageId: 'identityIncomplete' as const, data: { p, ANNOTATION, ann: candidates[0]!.ann!, name: spc.object.name, clientId } }
          : { messageId: 'identityIncompleteAll' as const, data: { p: src.serviceAccountName === undefined ? `${src.description} sets no serviceAccountName` : src.description, sa, count: candidates.length, where: candidates.map((c) => whereIs(c.account)).join(', '), ANNOTATION, name: spc.object.name, clientId, anns: [...new Set(candidates.map((c) => c.ann!.trim()))].join(', ') } }),
        related: [
          ...related,
          ...candidates.map((c) => ({ object: c.account, path: ['metadata', 'annotations', ANNOTATION], message: `ServiceAccount ${sa} annotation` })),
          // A native pod-template file: the configuration decides the account, not the file.
          ...(src.flinkTemplateRef ? [{ object: src.flinkTemplateRef.object, path: src.flinkTemplateRef.path, message: `Flink uses this pod template (${src.flinkTemplateRef.key}) with its configured ServiceAccount ${sa}` }] : []),
        ],
      });
      // No check of the pod label azure.workload.identity/use: the Azure provider never reads it for CSI mounts. It
      // takes clientID from the SPC and the ServiceAccount token the CSI driver requests for the pod
      // (csi.storage.k8s.io/serviceAccount.tokens; provider pkg/provider/provider.go buildAuthConfig); the label
      // only asks the workload identity webhook to inject AZURE_* variables for the application's own SDK calls.
    }
  },
});

/** The ServiceAccount's client-id annotation, when it names one (a placeholder names none). */
function annotationOf(account: ManifestObject): string | undefined {
  const meta = isRecord(account.body['metadata']) ? account.body['metadata'] : undefined;
  const ann = meta && isRecord(meta['annotations']) ? meta['annotations'][ANNOTATION] : undefined;
  return typeof ann === 'string' && !isPlaceholder(ann) ? ann : undefined;
}
