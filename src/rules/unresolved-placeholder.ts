// unresolved-placeholder: strings in checked objects that still hold a placeholder (${x}, $x, <x>, {{ x }}).
// Checked: SPC parameters (and each field of the objects block), CSI volumes of pod sources, AzureIdentity and
// AzureIdentityBinding specs. Secret values are never read here.
import { defineRule, type RuleContext } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import type { FieldPath, ManifestObject } from '../model/types.js';
import { isRecord } from '../model/kinds.js';
import { azureSpcs, findPlaceholder } from './support/spc.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    inObjectsEntry: '{{field}} of objects entry {{index}} still holds the placeholder {{placeholder}}; substitute the real value before applying',
    inValue: '{{field}} still holds the placeholder {{placeholder}}; substitute the real value before applying',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params) continue;
      for (const [key, value] of Object.entries(params)) {
        if (key === 'objects') continue;
        if (typeof value === 'string') reportIf(ctx, spc.object, spc.paramPath(key), value);
      }
      if (typeof params['objects'] === 'string') {
        for (const e of spc.objects.entries) {
          for (const [field, value] of Object.entries(e.fields ?? {})) {
            const ph = typeof value === 'string' ? findPlaceholder(value) : undefined;
            if (ph) ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: e.locate(field), messageId: 'inObjectsEntry', data: { field, index: e.index, placeholder: ph }, discriminator: `${e.index}:${field}` });
          }
        }
      }
    }
    for (const src of ctx.views.podSources) {
      for (const vol of src.volumes) if (vol.csi) walkStrings(ctx, src.object, vol.path, vol.body);
    }
    for (const cls of ['AzureIdentity', 'AzureIdentityBinding'] as const) {
      for (const o of ctx.inventory.ofClass(cls)) if (isRecord(o.body['spec'])) walkStrings(ctx, o, ['spec'], o.body['spec']);
    }
  },
});

function walkStrings(ctx: RuleContext, o: ManifestObject, path: FieldPath, value: unknown, depth = 0): void {
  if (depth > 20) return;
  if (typeof value === 'string') reportIf(ctx, o, path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(ctx, o, [...path, i], v, depth + 1));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(ctx, o, [...path, k], v, depth + 1);
}

function reportIf(ctx: RuleContext, o: ManifestObject, path: FieldPath, value: string): void {
  const ph = findPlaceholder(value);
  if (ph) ctx.report({ object: o, path, messageId: 'inValue', data: { field: String(path[path.length - 1]), placeholder: ph } });
}
