// CEL fragments shared by the exported rules. Only standard CEL plus the `strings` extension (trim, lowerAscii,
// indexOf, ...) and RE2 `matches`: what Kubernetes' CEL environment provides and what the conformant evaluator in
// the parity test (@bufbuild/cel) implements. No optional syntax (`.?`), no cel.bind, no Kubernetes-only libraries.
import { GUID_PATTERN } from '../model/guid.js';
import { PLACEHOLDER_PATTERNS } from '../model/placeholder.js';

/** A CEL single-quoted string literal. */
export function lit(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function litList(items: readonly string[]): string {
  return `[${items.map(lit).join(', ')}]`;
}

export const CSI_DRIVER = 'secrets-store.csi.k8s.io';

/** src/model/guid.ts, as RE2 (the same source). */
export const GUID_RE = GUID_PATTERN;

/** src/model/placeholder.ts, every pattern as one RE2 alternation: a policy and the linter agree on placeholders. */
export const PLACEHOLDER_RE = PLACEHOLDER_PATTERNS.map((p) => `(?:${p})`).join('|');

/** Go strconv.ParseBool's accepted spellings (src/model/spc.ts). */
export const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
export const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** The SPC parameters map (variables.params): `{}` when absent. */
export const P = 'variables.params';

/** `p[key]` for any key (dots and slashes included). */
export function param(key: string): string {
  return `${P}[${lit(key)}]`;
}

/** The parameter is set to a string whose trimmed value is non-empty (SpcView.param(key) is truthy). */
export function paramSet(key: string): string {
  return `(${lit(key)} in ${P} && type(${param(key)}) == string && ${param(key)}.trim() != '')`;
}

/** The trimmed parameter; only valid where paramSet(key) holds. */
export function trimmed(key: string): string {
  return `${param(key)}.trim()`;
}

export function isPlaceholder(expr: string): string {
  return `${expr}.matches(${lit(PLACEHOLDER_RE)})`;
}

/**
 * SpcView.flag(name) === true: a string Go's ParseBool reads as true, or (only seen outside a cluster, where the CRD
 * would refuse it) a YAML boolean true.
 */
export function flagTrue(nameExpr: string): string {
  return `(${nameExpr} in ${P} && ((type(${P}[${nameExpr}]) == string && ${P}[${nameExpr}].trim() in ${litList(GO_TRUE)}) || (type(${P}[${nameExpr}]) == bool && dyn(${P}[${nameExpr}]) == true)))`;
}

export const IDENTITY_FLAGS = ['usePodIdentity', 'useVMManagedIdentity', 'useAzureTokenProxy'];

/** A secrets-store volume (src/model/pod-sources/fields.ts volumesOf, isSecretsVolume). `v` is the volume variable. */
export function isSecretsVolume(v: string): string {
  return `has(${v}.csi) && ((has(${v}.csi.driver) && (${v}.csi.driver == ${lit(CSI_DRIVER)} || ${v}.csi.driver.contains('secrets-store'))) || (has(${v}.csi.volumeAttributes) && 'secretProviderClass' in ${v}.csi.volumeAttributes))`;
}

/** The exemption annotation of an object (mirrors the linter's suppression annotation): present with a reason. */
export const EXEMPT_PREFIX = 'vvp-kv-lint.io/ignore-';

export function exempt(ruleId: string): string {
  const key = lit(EXEMPT_PREFIX + ruleId);
  return `(has(object.metadata.annotations) && ${key} in object.metadata.annotations && object.metadata.annotations[${key}].trim() != '')`;
}

/** A message that names the rule and says where to read more. */
export function message(ruleId: string, text: string): string {
  return `[${ruleId}] ${text} (vvp-kv-lint explain ${ruleId}; exempt an object with the annotation ${EXEMPT_PREFIX}${ruleId}: "<reason>")`;
}
