// pod-identity-binding-mismatch: the aadpodidbinding label must match an AzureIdentityBinding selector in the
// pod namespace, and that binding must name an existing AzureIdentity. When the pod namespace is not known (none,
// or a placeholder), a binding of the selector in any namespace may be the pods'.
import { defineRule } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import { identityBinding } from '../model/identity-binding.js';
import { sourcesMounting } from './support/identity.js';
import { visible, whereIs } from './support/pods.js';
import type { Inventory } from '../model/inventory.js';
import type { ManifestObject } from '../model/types.js';
import { isPlaceholder } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    noBinding: 'aadpodidbinding {{label}} matches no AzureIdentityBinding selector{{where}}{{selectors}}{{elsewhere}}',
    identityMissing: 'AzureIdentityBinding {{label}} selected by {{where}} names AzureIdentity {{identityName}}, which does not exist',
    // The pod namespace is unknown (none, or a placeholder) and several bindings of the selector, in different
    // namespaces, could be the pods': each names an AzureIdentity that does not exist, so the finding holds for all.
    identityMissingAll: 'every AzureIdentityBinding selected by {{where}} the pods may get ({{count}}: {{namespaces}}) names an AzureIdentity that does not exist ({{identityNames}})',
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
        const selectors = [...new Set(bindings.map((b) => identityBinding(b).selector).filter((s) => s !== undefined))];
        // A binding with that selector in another namespace: AAD Pod Identity only matches pods of its own namespace.
        const elsewhere = ctx.inventory.ofClass('AzureIdentityBinding').find((b) => !bindings.includes(b) && identityBinding(b).selector === label);
        ctx.report({
          object: src.object, path,
          messageId: 'noBinding', data: { label: JSON.stringify(label), where: src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? ' (from its DeploymentTarget)' : ''}` : ' in any namespace', selectors: selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(', ')})` : '', elsewhere: elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'} has it, but bindings only select pods of their own namespace` : '' },
          related: [
            ...(elsewhere ? [{ object: elsewhere, path: ['spec', 'selector'], message: `AzureIdentityBinding ${elsewhere.name ?? ''} in namespace ${elsewhere.namespace ?? '(unset)'}` }] : []),
            ...bindings.slice(0, 3).map((b) => ({ object: b, path: ['spec', 'selector'], message: `AzureIdentityBinding ${b.name ?? ''}` })),
            ...(src.namespaceFrom ? [{ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${src.namespace}` }] : []),
          ],
        });
        continue;
      }
      // Every binding of the selector the pods can see may be theirs (several when the pod namespace is unknown): the
      // identity is reported missing only when it is missing for each of them.
      const candidates = bindings.filter((b) => identityBinding(b).selector === label);
      const missing = candidates.map((b) => ({ binding: b, identityName: missingIdentity(ctx.inventory, b, src.namespace) }));
      if (!missing.every((m) => m.identityName !== undefined)) continue;
      const related = missing.map((m) => ({ object: m.binding, path: ['spec', 'azureIdentity'], message: `binding names AzureIdentity ${m.identityName!}` }));
      ctx.report({
        object: src.object, path, related,
        ...(missing.length === 1
          ? { messageId: 'identityMissing' as const, data: { label: binding.name ?? '', where: JSON.stringify(label), identityName: missing[0]!.identityName! } }
          : { messageId: 'identityMissingAll' as const, data: { where: JSON.stringify(label), count: missing.length, namespaces: missing.map((m) => whereIs(m.binding)).join(', '), identityNames: [...new Set(missing.map((m) => m.identityName!))].join(', ') } }),
      });
    }
  },
});

/** The AzureIdentity a binding names when it is known not to exist (in the binding's namespace, else the pod's). */
function missingIdentity(inv: Inventory, binding: ManifestObject, podNamespace: string | undefined): string | undefined {
  const identityName = identityBinding(binding).azureIdentity;
  if (identityName === undefined || isPlaceholder(identityName)) return undefined;
  const identities = visible(inv, 'AzureIdentity', 'AzureIdentity', binding.namespace ?? podNamespace);
  return identities.known && !identities.list.some((i) => i.name === identityName || isPlaceholder(i.name)) ? identityName : undefined;
}
