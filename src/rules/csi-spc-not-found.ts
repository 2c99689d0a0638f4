// csi-spc-not-found: the SPC must exist in the pod namespace (for VVP: the DeploymentTarget's namespace). When that
// namespace is not known (none set, or still a placeholder), any SPC of the name anywhere may be the one: only when
// none exists is it "not found", and the message says it was looked for in every namespace.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { isPlaceholder } from './support/spc.js';
import { lookupSpc } from './support/pods.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS],
  messages: {
    inOtherNamespace: 'SecretProviderClass {{name}} is not in the pod namespace {{namespace}}{{via}}; one exists in namespace {{otherNamespace}} instead, and the driver only looks in the pod namespace',
    notFound: 'SecretProviderClass {{name}} not found{{where}}',
  },
  create(ctx) {
    for (const { src, vol } of ctx.subjects.secretsVolumes) {
      const name = vol.spcName?.trim();
      if (!name || isPlaceholder(name)) continue;
      const found = lookupSpc(ctx, src, name);
      if (found.spc || !found.decidable) continue;
      const ns = src.namespace;
      const other = found.elsewhere[0];
      const via = src.namespaceFrom ? ' (from its DeploymentTarget)' : '';
      const related = [];
      if (other) related.push({ object: other, path: ['metadata', 'namespace'], message: `SecretProviderClass ${name} is in namespace ${other.namespace ?? '(unset)'}` });
      if (src.namespaceFrom) related.push({ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${ns}` });
      ctx.report({ object: src.object, path: [...vol.path, 'csi', 'volumeAttributes', 'secretProviderClass'], related,
        ...(other
          ? { messageId: 'inOtherNamespace' as const, data: { name, namespace: ns, via, otherNamespace: other.namespace ?? '(unset)' } }
          : { messageId: 'notFound' as const, data: { name, where: ns ? ` in the pod namespace ${ns}${via}` : ' in any namespace (the pod namespace is not known)' } }),
      });
    }
  },
});
