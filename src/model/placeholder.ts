// The one notion of "this value is a placeholder someone still has to fill in": what users of envsubst, kustomize,
// Helm, Flux postBuild and pipeline token-replacement tasks actually leave in manifests. Every check in the tool
// asks this module (offline rules, Azure rules, secret masking, the exported admission policies via src/policy/cel.ts),
// so `$client-id` is a placeholder for all of them or for none. A placeholder is not a value: every check that
// depends on it is "unknown", never a mismatch, and unresolved-placeholder reports it once.
//
// Recognised (the whole value, after trimming, unless "inside" is said):
//   ${NAME} ${name:-default} (inside)   envsubst, Flux postBuild substitution, shell heredocs
//   $NAME, $client-id                   envsubst (the hyphenated form is how documentation writes them)
//   $(NAME), $(client-id) (inside)      Azure Pipelines variables; never a container's env reference here, because
//                                       only fields Kubernetes does not expand itself are checked
//   <client-id>                         documentation
//   {{ .Values.x }} (inside)            Go and Helm templates
//   #{NAME}# (inside)                   token-replacement tasks (Replace Tokens, Octopus)
//   __CLIENT_ID__, __client-id__        token-replacement tasks
//   %CLIENT_ID%                         Windows-style and some replacement tasks

/**
 * The patterns as regular-expression sources, written in the subset RE2 shares with JavaScript so that the
 * admission policies (CEL `matches`, src/policy/cel.ts) accept exactly what the linter accepts.
 */
export const PLACEHOLDER_PATTERNS: readonly string[] = [
  '\\$\\{[^}\\s]+\\}',
  '^\\$[A-Za-z_][A-Za-z0-9_.-]*$',
  '^<[^<>\\n]+>$',
  '\\{\\{[^}]*\\}\\}',
  '\\$\\([A-Za-z_][A-Za-z0-9_.-]*\\)',
  '#\\{[^}\\s]+\\}#',
  '^__[A-Za-z][A-Za-z0-9_.-]*__$',
  '^%[A-Za-z_][A-Za-z0-9_.-]*%$',
];

const PLACEHOLDERS = PLACEHOLDER_PATTERNS.map((p) => new RegExp(p));
/**
 * Every pattern needs one of these characters (`$`, `<`, `{`, `#`, `_`, `%`): a value without any (most names and
 * IDs) is answered by one test instead of eight. test/azure/placeholders.test.ts checks it against the patterns.
 */
const MARKS = /[$<{#_%]/;

/** The placeholder text inside `s`, or undefined when `s` is a real value. */
export function findPlaceholder(s: string): string | undefined {
  if (!MARKS.test(s)) return undefined;
  const t = s.trim();
  for (const re of PLACEHOLDERS) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

export function isPlaceholder(s: unknown): boolean {
  return typeof s === 'string' && findPlaceholder(s) !== undefined;
}

/** A value worth checking against Azure: set, and not a leftover placeholder (unresolved-placeholder reports those). */
export function concrete(s: string | undefined): s is string {
  return typeof s === 'string' && s !== '' && !isPlaceholder(s);
}

/** `s` when it is a real, non-empty string; undefined when absent, empty or a placeholder (= unknown). */
export function knownString(s: unknown): string | undefined {
  return typeof s === 'string' && s !== '' && !isPlaceholder(s) ? s : undefined;
}
