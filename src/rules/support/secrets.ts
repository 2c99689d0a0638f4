// The nodePublishSecretRef Secret of a volume, looked up in the pod namespace.
import type { Inventory } from '../../model/inventory.js';
import type { RuleData } from './pods.js';
import type { RuleContext } from '../contract.js';
import type { ManifestObject } from '../../model/types.js';
import { isRecord } from '../../model/kinds.js';
import type { SecretsVolume } from './pods.js';
import { candidatesNamed, visible } from './pods.js';
import { secretView } from '../../model/secret.js';

export function secretRefName(sv: SecretsVolume): string | undefined {
  const ref = sv.vol.csi?.['nodePublishSecretRef'];
  return isRecord(ref) && typeof ref['name'] === 'string' && ref['name'].trim() ? ref['name'].trim() : undefined;
}

export function findSecret(inv: Inventory, sv: SecretsVolume, name: string): { secret: ManifestObject | undefined; known: boolean } {
  const { list, known } = visible(inv, 'Secret', 'Secret', sv.src.namespace);
  return { secret: list.find((s) => s.name === name), known };
}

/**
 * Every Secret of the name the volume's pods may read: the one in the pod namespace when there is exactly one, else
 * those of the pod namespace and those whose namespace is unknown; any namespace's when the pod namespace is unknown
 * (not set, or a placeholder).
 */
export function candidateSecrets(inv: Inventory, sv: SecretsVolume, name: string): ManifestObject[] {
  return candidatesNamed(inv, 'Secret', sv.src.namespace, name);
}

/** Key names of a Secret (data and stringData); values are never read here. */
export function secretKeys(secret: ManifestObject): { key: string; field: 'data' | 'stringData' }[] {
  return secretView(secret).keys();
}

export interface ReferencedSecret {
  readonly secret: ManifestObject;
  readonly name: string;
  /** The first volume (in load order) that names the Secret: where related locations point. */
  readonly sv: SecretsVolume;
}

/**
 * Each Secret found as a nodePublishSecretRef, once, with the first volume naming it. `accept` filters the
 * volumes that count (e.g. only those whose SPC uses a service principal). Only Secrets the rule may report on.
 * Where several Secrets of the name could be the one a volume reads (pod namespace unknown), they count only when
 * every one of them is `defective` (the rule's finding holds whichever the pods get); where they disagree the
 * volume names none of them.
 */
export function referencedSecrets(ctx: RuleData & Pick<RuleContext, 'subjects' | 'reportsOn'>, accept: (sv: SecretsVolume) => boolean = () => true, defective: (secret: ManifestObject) => boolean = () => true): ReferencedSecret[] {
  // The rules report on the Secret: with no Secret among the subjects, the volumes of the project need no look.
  if (!ctx.subjects.ofClass('Secret').length) return [];
  const inv = ctx.inventory;
  const seen = new Set<ManifestObject>();
  const out: ReferencedSecret[] = [];
  for (const sv of ctx.views.secretsVolumes) {
    const name = secretRefName(sv);
    if (!name || !accept(sv)) continue;
    const candidates = candidateSecrets(inv, sv, name);
    if (!candidates.every(defective)) continue;
    for (const secret of candidates) {
      if (seen.has(secret) || !ctx.reportsOn(secret)) continue;
      seen.add(secret);
      out.push({ secret, name, sv });
    }
  }
  return out;
}
