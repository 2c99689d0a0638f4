// pod-identity-binding-mismatch: the aadpodidbinding label must match an AzureIdentityBinding selector in the
// pod namespace, and that binding must name an existing AzureIdentity.
import type { RuleModule } from '../engine/types.js';
import { isRecord } from '../model/kinds.js';
import { sourcesMounting } from './support/identity.js';
import { visible } from './support/pods.js';
import { isPlaceholder } from './support/spc.js';

export const rule: RuleModule = {
  id: 'pod-identity-binding-mismatch',
  check(ctx) {
    for (const { src } of sourcesMounting(ctx.inventory, 'pod-identity')) {
      const label = src.labels['aadpodidbinding'];
      if (!label || isPlaceholder(label)) continue;
      const { list: bindings, known } = visible(ctx.inventory, 'AzureIdentityBinding', 'AzureIdentityBinding', src.namespace);
      // A binding whose selector is still a placeholder (`selector: <label>`) may be the one: unknown, not a mismatch.
      if (!known || bindings.some((b) => isRecord(b.body['spec']) && isPlaceholder(b.body['spec']['selector']))) continue;
      const path = [...src.labelsPath, 'aadpodidbinding'];
      const binding = bindings.find((b) => isRecord(b.body['spec']) && b.body['spec']['selector'] === label);
      if (!binding) {
        const selectors = bindings.map((b) => (isRecord(b.body['spec']) ? b.body['spec']['selector'] : undefined)).filter((s) => typeof s === 'string');
        // A binding with that selector in another namespace: AAD Pod Identity only matches pods of its own namespace.
        const elsewhere = ctx.inventory.ofClass('AzureIdentityBinding').find((b) => !bindings.includes(b) && isRecord(b.body['spec']) && b.body['spec']['selector'] === label);
        ctx.report({
          object: src.object, path,
          message: `aadpodidbinding ${JSON.stringify(label)} matches no AzureIdentityBinding selector${src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? ' (from its DeploymentTarget)' : ''}` : ''}${selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(', ')})` : ''}${elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'} has it, but bindings only select pods of their own namespace` : ''}`,
          related: [
            ...(elsewhere ? [{ object: elsewhere, path: ['spec', 'selector'], message: `AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'}` }] : []),
            ...bindings.slice(0, 3).map((b) => ({ object: b, path: ['spec', 'selector'], message: `AzureIdentityBinding ${b.name ?? ''}` })),
            ...(src.namespaceFrom ? [{ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${src.namespace}` }] : []),
          ],
        });
        continue;
      }
      const identityName = isRecord(binding.body['spec']) ? binding.body['spec']['azureIdentity'] : undefined;
      const identities = visible(ctx.inventory, 'AzureIdentity', 'AzureIdentity', binding.namespace ?? src.namespace);
      if (typeof identityName === 'string' && !isPlaceholder(identityName) && identities.known && !identities.list.some((i) => i.name === identityName || isPlaceholder(i.name))) {
        ctx.report({
          object: src.object, path,
          message: `AzureIdentityBinding ${binding.name ?? ''} selected by ${JSON.stringify(label)} names AzureIdentity ${identityName}, which does not exist`,
          related: [{ object: binding, path: ['spec', 'azureIdentity'], message: `binding names AzureIdentity ${identityName}` }],
        });
      }
    }
  },
};
