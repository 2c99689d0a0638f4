// unresolved-placeholder: strings in checked objects that still hold a placeholder (${x}, $x, <x>, {{ x }}).
// Checked: every SPC field the driver and provider read (apiVersion, metadata.name/namespace, provider, parameters
// and each field of the objects block, secretObjects); of pods that mount secrets volumes the fields that decide
// the lookup (metadata.name/namespace, serviceAccountName, aadpodidbinding) and their CSI volumes; the namespace of
// DeploymentTargets; AzureIdentity and AzureIdentityBinding specs. Secret values are never read here.
import { defineRule, type RuleContext } from './contract.js';
import { POD_SOURCE_KINDS } from '../model/kinds.js';
import type { FieldPath, ManifestObject } from '../model/types.js';
import { isRecord } from '../model/kinds.js';
import { azureSpcs, findPlaceholder } from './support/spc.js';
import { podSources } from '../model/pod-sources.js';
import { at } from '../model/pod-sources/fields.js';

export default defineRule({
  kinds: ['SecretProviderClass', ...POD_SOURCE_KINDS, 'AzureIdentity', 'AzureIdentityBinding'],
  messages: {
    placeholder: '{{field}} of objects entry {{index}} still holds the placeholder {{ph}}; substitute the real value before applying',
    placeholder2: '{{String}} still holds the placeholder {{ph}}; substitute the real value before applying',
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.subjects)) {
      for (const path of [['apiVersion'], ['metadata', 'name'], ['metadata', 'namespace'], ['spec', 'provider']]) stringAt(ctx, spc.object, path);
      if (spc.spec?.['secretObjects'] !== undefined) walkStrings(ctx, spc.object, ['spec', 'secretObjects'], spc.spec['secretObjects']);
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
            if (ph) ctx.report({ object: spc.object, path: spc.paramPath('objects'), location: e.locate(field), messageId: 'placeholder', data: { field, index: e.index, ph }, discriminator: `${e.index}:${field}` });
          }
        }
      }
    }
    const seen = new Set<ManifestObject>();
    for (const src of ctx.subjects.podSources) {
      for (const vol of src.volumes) if (vol.csi) walkStrings(ctx, src.object, vol.path, vol.body);
      if (!src.volumes.some((v) => v.isSecretsVolume)) continue;
      if (src.serviceAccountPath) stringAt(ctx, src.object, src.serviceAccountPath);
      stringAt(ctx, src.object, [...src.labelsPath, 'aadpodidbinding']);
      if (seen.has(src.object) || src.kind === 'helm-values' || src.kind === 'vvp-defaults') continue;
      seen.add(src.object);
      for (const path of [['metadata', 'name'], ['metadata', 'namespace']]) stringAt(ctx, src.object, path);
    }
    for (const t of ctx.subjects.ofClass('VvpDeploymentTarget')) stringAt(ctx, t, ['spec', 'kubernetes', 'namespace']);
    for (const cls of ['AzureIdentity', 'AzureIdentityBinding'] as const) {
      for (const o of ctx.subjects.ofClass(cls)) if (isRecord(o.body['spec'])) walkStrings(ctx, o, ['spec'], o.body['spec']);
    }
  },
});

function stringAt(ctx: RuleContext, o: ManifestObject, path: FieldPath): void {
  const v = at(o.body, path);
  if (typeof v === 'string') reportIf(ctx, o, path, v);
}

function walkStrings(ctx: RuleContext, o: ManifestObject, path: FieldPath, value: unknown, depth = 0): void {
  if (depth > 20) return;
  if (typeof value === 'string') reportIf(ctx, o, path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(ctx, o, [...path, i], v, depth + 1));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(ctx, o, [...path, k], v, depth + 1);
}

function reportIf(ctx: RuleContext, o: ManifestObject, path: FieldPath, value: string): void {
  const ph = findPlaceholder(value);
  if (ph) ctx.report({ object: o, path, messageId: 'placeholder2', data: { String: String(path[path.length - 1]), ph } });
}
