// Iteration helpers over pod sources for the CSI, identity and VVP rules.
import type { Inventory } from '../../model/inventory.js';
import type { ManifestObject } from '../../model/types.js';
import type { PodSource } from '../../model/pod-sources/types.js';
import type { SecretsVolume } from '../../model/views.js';
import type { RuleContext } from '../contract.js';
import { spcView, type SpcView } from '../../model/spc.js';

export type { SecretsVolume } from '../../model/views.js';

/** What support helpers read from a rule's context: the inventory and the views derived from it once. */
export type RuleData = Pick<RuleContext, 'inventory' | 'views'>;

export interface SpcLookup {
  /**
   * The SPC the pods would get, when exactly one candidate is found in the pod namespace (or any namespace when that
   * is unknown: not set, or a placeholder, src/model/pod-sources.ts). SPCs whose own namespace is unknown are
   * candidates for every pod namespace.
   */
  readonly spc: SpcView | undefined;
  /** True when "not found" is a verdict: the project (or the live cluster) holds SPCs to look in, none of them could be it. Meaningful only without `spc`. */
  readonly decidable: boolean;
  /** SPCs of that name in other namespaces (for "found in X instead"). */
  readonly elsewhere: readonly ManifestObject[];
  /**
   * Several SPCs of that name could be the one (namespaces unknown, or copies in overlays): the tool does not
   * pick one, so every check that depends on the SPC stays silent.
   */
  readonly ambiguous: boolean;
  /** Every SPC that could be the one: `spc` alone when resolved, the candidates when ambiguous, none when not found. */
  readonly candidates: readonly SpcView[];
}

export function lookupSpc({ inventory: inv, views }: RuleData, src: PodSource, name: string): SpcLookup {
  const matches = [...new Set(inv.find('SecretProviderClass', src.namespace, name))];
  // An SPC in the pod's own namespace is the one the driver reads, whatever namespace-less copies exist.
  const exact = src.namespace === undefined ? [] : matches.filter((m) => m.namespace === src.namespace);
  const candidates = exact.length === 1 ? exact : matches;
  // An SPC whose name (or namespace) is still a placeholder may be the one the pod names: absence is no verdict.
  const maybe = views.placeholderSpcs.some((s) => src.namespace === undefined || s.namespace === undefined || s.namespace === src.namespace);
  const ambiguous = candidates.length > 1;
  // A document that failed to parse may hold it (an envsubst template that is not YAML until substituted). Only
  // asked when nothing was found: it reads the text of every broken file.
  const inBroken = candidates.length === 0 && views.brokenSpcTexts.some((text) => text.includes(name));
  const anySpc = inv.ofClass('SecretProviderClass').length > 0;
  const decidable = !ambiguous && ((anySpc && !maybe && !inBroken) || inv.liveListComplete('SecretProviderClass', src.namespace));
  const elsewhere = matches.length ? [] : inv.find('SecretProviderClass', undefined, name);
  const views1 = candidates.map(spcView);
  return { spc: views1.length === 1 ? views1[0] : undefined, decidable, elsewhere, ambiguous, candidates: views1 };
}

/**
 * The SPCs a volume may get, when they agree on `holds`: the one SPC when it is resolved, or every candidate when
 * several could be the one and each of them holds (ambiguity that does not matter is no ambiguity). Undefined when
 * none is found, or when the candidates disagree (the rule then stays silent: the tool does not pick one).
 */
export function agreeingSpcs(data: RuleData, sv: SecretsVolume, holds: (spc: SpcView) => boolean): readonly SpcView[] | undefined {
  if (!sv.vol.spcName) return undefined;
  const { candidates } = lookupSpc(data, sv.src, sv.vol.spcName);
  if (candidates.length === 0 || !candidates.every(holds)) return undefined;
  return candidates;
}

/** `ns-a, ns-b` (or "no namespace") of ambiguous candidates, for messages that say a finding holds for all of them. */
export function candidateNamespaces(spcs: readonly SpcView[]): string {
  return spcs.map((s) => whereIs(s.object)).join(', ');
}

/**
 * How one of several candidates is told apart in a message: its namespace, else its file. A namespace that is still a
 * placeholder is no namespace here (the loader leaves it unset), so two copies in `${NAMESPACE}` are named by file.
 */
export function whereIs(object: ManifestObject): string {
  return object.namespace ?? (object.source.kind === 'file' ? object.source.file.relPath : 'no namespace');
}

/** The SPC of a volume when it can be resolved; undefined otherwise (rules that need it then stay silent). */
export function spcOfVolume(data: RuleData, sv: SecretsVolume): SpcView | undefined {
  return sv.vol.spcName ? lookupSpc(data, sv.src, sv.vol.spcName).spc : undefined;
}

export function isMounted(src: PodSource, volumeName: string | undefined): boolean {
  return volumeName !== undefined && src.containers.some((c) => c.mounts.some((m) => m.name === volumeName));
}

/** The objects of a class a pod in this namespace can see; `known` says whether absence is meaningful. */
export function visible(inv: Inventory, cls: 'Secret' | 'ServiceAccount' | 'AzureIdentityBinding' | 'AzureIdentity', kind: string, ns: string | undefined): { list: ManifestObject[]; known: boolean } {
  if (ns === undefined) {
    const all = inv.ofClass(cls);
    return { list: [...all], known: inv.liveListComplete(kind, ns) || all.length > 0 };
  }
  const own = inv.inNamespace(cls, ns);
  return { list: [...own, ...inv.inNamespace(cls, '')], known: inv.liveListComplete(kind, ns) || own.length > 0 };
}

/**
 * Every object of the class and name that may be the one a pod in `ns` refers to: the one in the pod namespace when
 * there is exactly one (it is what Kubernetes reads, whatever namespace-less copies exist), else those of the pod
 * namespace and those whose namespace is unknown; of any namespace when the pod namespace is unknown (not set, or a
 * placeholder). Several candidates are for the rule to judge: a finding that holds for each, or silence.
 */
export function candidatesNamed(inv: Inventory, cls: 'Secret' | 'ServiceAccount', ns: string | undefined, name: string): ManifestObject[] {
  const named = visible(inv, cls, cls, ns).list.filter((o) => o.name === name);
  const exact = ns === undefined ? [] : named.filter((o) => o.namespace === ns);
  return exact.length === 1 ? exact : named;
}

/** Where a pod-level finding points: the labels map when present, else the pod template. */
export function podTemplatePath(src: PodSource): (string | number)[] {
  return src.labelsPath.length && Object.keys(src.labels).length ? [...src.labelsPath] : [...src.podPath];
}
