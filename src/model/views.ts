// Views derived from the inventory once it is complete (files loaded, live sources and Azure state added), computed
// once per run by the engine and handed to every rule in its context: no rule re-derives them, and no cache keyed
// by the inventory has to guess when the inventory changed.
import type { Inventory } from './inventory.js';
import type { ManifestObject } from './types.js';
import { isPlaceholder } from './placeholder.js';
import { podSources } from './pod-sources.js';
import type { PodSource, PodVolume } from './pod-sources/types.js';
import { buildVvpIndex, type VvpIndex } from './pod-sources/vvp-index.js';

export interface SecretsVolume {
  readonly src: PodSource;
  readonly vol: PodVolume;
}

export interface DerivedViews {
  /** Every pod source (Kubernetes workloads, VVP templates and `pods`, Helm values, DeploymentDefaults). */
  readonly podSources: readonly PodSource[];
  /** Every secrets-store CSI volume of every pod source. */
  readonly secretsVolumes: readonly SecretsVolume[];
  /** VVP DeploymentTargets and SessionClusters by name and id (resolveTarget). */
  readonly vvpIndex: VvpIndex;
  /** SPCs whose name is still a placeholder: any of them may be the one a pod names (absence is no verdict). */
  readonly placeholderSpcs: readonly ManifestObject[];
  /** Texts of files that failed to parse and mention SecretProviderClass (an envsubst template may hold one). */
  readonly brokenSpcTexts: readonly string[];
}

export function deriveViews(inventory: Inventory): DerivedViews {
  const vvpIndex = buildVvpIndex(inventory);
  const sources = podSources(inventory, vvpIndex);
  const volumes: SecretsVolume[] = [];
  for (const src of sources) for (const vol of src.volumes) if (vol.isSecretsVolume) volumes.push({ src, vol });
  // Both lists are computed once here: scanning every SPC and every broken file per looked-up volume was
  // quadratic (10,000 documents spent three quarters of their time in it).
  const placeholderSpcs = inventory.ofClass('SecretProviderClass').filter((s) => isPlaceholder(s.name));
  const brokenSpcTexts = inventory.inputProblems
    .filter((p) => p.kind === 'parse-error' && p.file.text.includes('SecretProviderClass'))
    .map((p) => p.file.text);
  return { podSources: sources, secretsVolumes: volumes, vvpIndex, placeholderSpcs, brokenSpcTexts };
}
