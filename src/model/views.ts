// Views derived from the inventory once it is complete (files loaded, live sources and Azure state added), computed
// once per run by the engine and handed to every rule in its context: no rule re-derives them, and no cache keyed
// by the inventory has to guess when the inventory changed.
import type { Inventory } from './inventory.js';
import type { ObjectClass } from './kinds.js';
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

/**
 * The views of a complete inventory. Each is computed on first use (a pre-commit run whose rules only look at the
 * linted file's objects never derives the repository's pod sources) and then shared by every rule.
 */
export function deriveViews(inventory: Inventory): DerivedViews {
  let vvpIndex: VvpIndex | undefined;
  let sources: readonly PodSource[] | undefined;
  let volumes: readonly SecretsVolume[] | undefined;
  let placeholderSpcs: readonly ManifestObject[] | undefined;
  let brokenSpcTexts: readonly string[] | undefined;
  return {
    get vvpIndex() {
      return (vvpIndex ??= buildVvpIndex(inventory));
    },
    get podSources() {
      return (sources ??= podSources(inventory, this.vvpIndex));
    },
    get secretsVolumes() {
      return (volumes ??= secretsVolumesOf(this.podSources));
    },
    // Both lists are computed once: scanning every SPC and every broken file per looked-up volume was quadratic
    // (10,000 documents spent three quarters of their time in it).
    get placeholderSpcs() {
      return (placeholderSpcs ??= inventory.ofClass('SecretProviderClass').filter((s) => isPlaceholder(s.name)));
    },
    get brokenSpcTexts() {
      return (brokenSpcTexts ??= inventory.inputProblems.filter((p) => p.kind === 'parse-error' && p.file.text.includes('SecretProviderClass')).map((p) => p.file.text));
    },
  };
}

/**
 * What a rule examines: the pod sources, secrets volumes and objects it may report findings on (those of the linted
 * files, and live objects). A rule loops over these and looks things up in the whole inventory and its views, so a
 * pre-commit run of one file does the work of one file, not of the repository it resolves references in.
 */
export interface SubjectViews {
  readonly podSources: readonly PodSource[];
  readonly secretsVolumes: readonly SecretsVolume[];
  ofClass(cls: ObjectClass): readonly ManifestObject[];
}

/** The subjects of a run; with `reportsOn` undefined (every object reportable) they are the views themselves. */
export function subjectViews(inventory: Inventory, views: DerivedViews, reportsOn?: (o: ManifestObject) => boolean): SubjectViews {
  if (!reportsOn) return { get podSources() { return views.podSources; }, get secretsVolumes() { return views.secretsVolumes; }, ofClass: (cls) => inventory.ofClass(cls) };
  const byClass = new Map<ObjectClass, readonly ManifestObject[]>();
  let sources: readonly PodSource[] | undefined;
  let volumes: readonly SecretsVolume[] | undefined;
  return {
    get podSources() {
      return (sources ??= podSources(inventory, views.vvpIndex, reportsOn));
    },
    get secretsVolumes() {
      return (volumes ??= secretsVolumesOf(this.podSources));
    },
    ofClass(cls) {
      let list = byClass.get(cls);
      if (!list) byClass.set(cls, (list = inventory.ofClass(cls).filter(reportsOn)));
      return list;
    },
  };
}

function secretsVolumesOf(sources: readonly PodSource[]): SecretsVolume[] {
  const out: SecretsVolume[] = [];
  for (const src of sources) for (const vol of src.volumes) if (vol.isSecretsVolume) out.push({ src, vol });
  return out;
}
