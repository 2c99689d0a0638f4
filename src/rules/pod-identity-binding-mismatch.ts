// pod-identity-binding-mismatch: the aadpodidbinding label must match an AzureIdentityBinding selector in the
// pod namespace, and that binding must name an existing AzureIdentity.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { identityBinding } from '../model/identity-binding.js';
import { sourcesMounting } from './support/identity.js';
import { visible } from './support/pods.js';
import { isPlaceholder } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    noBinding: 'aadpodidbinding {{label}} matches no AzureIdentityBinding selector{{where}}{{selectors}}{{elsewhere}}',
    identityMissing: 'AzureIdentityBinding {{label}} selected by {{where}} names AzureIdentity {{identityName}}, which does not exist',
  },
  create(ctx) {
    for (const { src } of sourcesMounting(ctx, 'pod-identity')) {
      const label = src.labels['aadpodidbinding'];
      if (!label || isPlaceholder(label)) continue;
      const { list: bindings, known } = visible(ctx.inventory, 'AzureIdentityBinding', 'AzureIdentityBinding', src.namespace);
      // A binding whose selector is still a placeholder (`selector: <label>`) may be the one: unknown, not a mismatch.
      if (!known || bindings.some((b) => isPlaceholder(identityBinding(b).selector))) continue;
      const path = [...src.labelsPath, 'aadpodidbinding'];
      const binding = bindings.find((b) => identityBinding(b).selector === label);
      if (!binding) {
        const selectors = bindings.map((b) => identityBinding(b).selector).filter((s) => s !== undefined);
        // A binding with that selector in another namespace: AAD Pod Identity only matches pods of its own namespace.
        const elsewhere = ctx.inventory.ofClass('AzureIdentityBinding').find((b) => !bindings.includes(b) && identityBinding(b).selector === label);
        ctx.report({
          object: src.object, path,
          messageId: 'noBinding', data: { label: JSON.stringify(label), where: src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? ' (from its DeploymentTarget)' : ''}` : '', selectors: selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(', ')})` : '', elsewhere: elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'} has it, but bindings only select pods of their own namespace` : '' },
          related: [
            ...(elsewhere ? [{ object: elsewhere, path: ['spec', 'selector'], message: `AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'}` }] : []),
            ...bindings.slice(0, 3).map((b) => ({ object: b, path: ['spec', 'selector'], message: `AzureIdentityBinding ${b.name ?? ''}` })),
            ...(src.namespaceFrom ? [{ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${src.namespace}` }] : []),
          ],
        });
        continue;
      }
      const identityName = identityBinding(binding).azureIdentity;
      const identities = visible(ctx.inventory, 'AzureIdentity', 'AzureIdentity', binding.namespace ?? src.namespace);
      if (identityName !== undefined && !isPlaceholder(identityName) && identities.known && !identities.list.some((i) => i.name === identityName || isPlaceholder(i.name))) {
        ctx.report({
          object: src.object, path,
          messageId: 'identityMissing', data: { label: binding.name ?? '', where: JSON.stringify(label), identityName },
          related: [{ object: binding, path: ['spec', 'azureIdentity'], message: `binding names AzureIdentity ${identityName}` }],
        });
      }
    }
  },
});
