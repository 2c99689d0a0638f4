// The one notion of "this value is a placeholder someone still has to fill in" (documentation and script
// variables: ${name}, a whole-value $name or <name>, Go/Helm templates {{ ... }}). A placeholder is not a value:
// every check that depends on it is "unknown", never a mismatch, and unresolved-placeholder reports it once.

const PLACEHOLDERS = [/\$\{[^}\s]+\}/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /^<[^<>\n]+>$/, /\{\{[^}]*\}\}/];

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
