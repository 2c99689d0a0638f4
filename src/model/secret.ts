// What the rules read of a Kubernetes Secret: its type, its key names by field, and its labels. Values are read
// only to tell a placeholder from a committed credential (secret-committed); nothing here formats one.
import type { ManifestObject } from './types.js';
import { isRecord } from './kinds.js';

export type SecretField = 'data' | 'stringData';

export class SecretView {
  constructor(readonly object: ManifestObject) {}

  /** `type` as written (any YAML type; undefined when absent). */
  get type(): unknown {
    return this.object.body['type'];
  }

  /** The first of `data` and `stringData` the Secret has (whatever their shape), where "keys" findings point. */
  get keysField(): SecretField | undefined {
    const b = this.object.body;
    return b['data'] !== undefined ? 'data' : b['stringData'] !== undefined ? 'stringData' : undefined;
  }

  /** Key names of `data` and `stringData`, in that order. */
  keys(): { key: string; field: SecretField }[] {
    const out: { key: string; field: SecretField }[] = [];
    for (const field of ['data', 'stringData'] as const) {
      const m = this.object.body[field];
      if (isRecord(m)) for (const key of Object.keys(m)) out.push({ key, field });
    }
    return out;
  }

  /** The value under a key: for classifying it only, never for output. */
  rawValue(field: SecretField, key: string): unknown {
    const m = this.object.body[field];
    return isRecord(m) ? m[key] : undefined;
  }

  /** `metadata` is a mapping (a fix may add `labels` under it). */
  get hasMetadata(): boolean {
    return isRecord(this.object.body['metadata']);
  }

  /** `metadata.labels` when it is a mapping. */
  get labels(): Record<string, unknown> | undefined {
    const meta = this.object.body['metadata'];
    const labels = isRecord(meta) ? meta['labels'] : undefined;
    return isRecord(labels) ? labels : undefined;
  }

  /** `metadata` has a `labels` key at all (a bare `labels:` is null, not a mapping). */
  get hasLabelsKey(): boolean {
    const meta = this.object.body['metadata'];
    return isRecord(meta) && Object.hasOwn(meta, 'labels');
  }
}

const views = new WeakMap<ManifestObject, SecretView>();

export function secretView(o: ManifestObject): SecretView {
  let v = views.get(o);
  if (!v) views.set(o, (v = new SecretView(o)));
  return v;
}

/**
 * The name of the Secret a SealedSecret or ExternalSecret makes in its namespace: `spec.template.metadata.name`
 * (SealedSecret) or `spec.target.name` (ExternalSecret) when set, else the object's own name, as the controllers do.
 */
export function producedSecretName(o: ManifestObject): string | undefined {
  const spec = o.body['spec'];
  if (isRecord(spec)) {
    const template = spec['template'];
    const meta = isRecord(template) ? template['metadata'] : undefined;
    const fromTemplate = isRecord(meta) ? meta['name'] : undefined;
    if (o.kind === 'SealedSecret' && typeof fromTemplate === 'string' && fromTemplate.trim()) return fromTemplate.trim();
    const target = spec['target'];
    const fromTarget = isRecord(target) ? target['name'] : undefined;
    if (o.kind === 'ExternalSecret' && typeof fromTarget === 'string' && fromTarget.trim()) return fromTarget.trim();
  }
  return o.name;
}
