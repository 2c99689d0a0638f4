// The one notion of "this value is a placeholder someone still has to fill in" (documentation and script
// variables: ${name}, a whole-value $name or <name>, Go/Helm templates {{ ... }}, Azure Pipelines $(name), and the
// token-replacement styles of pipeline tasks, #{name}# and a whole-value __NAME__). A placeholder is not a value:
// every check that depends on it is "unknown", never a mismatch, and unresolved-placeholder reports it once.

// Only fields Kubernetes does not expand itself are checked, so `$(name)` is never a container's env reference here.
const PLACEHOLDERS = [/\$\{[^}\s]+\}/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /^<[^<>\n]+>$/, /\{\{[^}]*\}\}/, /\$\([A-Za-z_][A-Za-z0-9_.]*\)/, /#\{[^}\s]+\}#/, /^__[A-Za-z][A-Za-z0-9_]*__$/];

/** The placeholder text inside `s`, or undefined when `s` is a real value. */
export function findPlaceholder(s: string): string | undefined {
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

/** `s` when it is a real, non-empty string; undefined when absent, empty or a placeholder (= unknown). */
export function knownString(s: unknown): string | undefined {
  return typeof s === 'string' && s !== '' && !isPlaceholder(s) ? s : undefined;
}
