// Parse-error messages without source text. The YAML parser quotes what it choked on ("Block scalar header includes
// extra characters: |abc…", "Unresolved tag: !x!abc…", "Invalid escape sequence \q…"), and when that spot is a
// password the message would print it in every format and the baseline. Messages keep the error class and the
// region carries the position; the quoted source is dropped, whatever the message.

/** Parser messages whose interpolated part is source text, with the words kept in its place. */
const SOURCE_QUOTING: readonly [RegExp, string][] = [
  [/^Block scalar header includes extra characters\b.*/s, 'Block scalar header (after | or >) includes extra characters'],
  [/^Plain value cannot start with\b.*/s, 'Plain value cannot start with a reserved character (@ or `): quote it'],
  [/^(Could not resolve|Unresolved|Not a valid) tag\b.*/s, 'Unresolved tag (a value starting with !): quote the value if it is not a tag'],
  [/^The .* tag has no suffix.*/s, 'A tag (a value starting with !) has no suffix: quote the value if it is not a tag'],
  [/^Verbatim tags aren't resolved.*/s, 'A verbatim tag (!<…>) cannot be resolved: quote the value if it is not a tag'],
  [/^Invalid escape sequence\b.*/s, 'Invalid escape sequence in a double-quoted string (use single quotes, or \\\\ for a backslash)'],
  [/^Unresolved plain scalar\b.*/s, 'Unresolved plain scalar'],
  [/^Ordered maps must not include duplicate keys\b.*/s, 'Ordered maps must not include duplicate keys'],
  [/^Unknown directive\b.*/s, 'Unknown directive'],
  [/^Unsupported YAML version\b.*/s, 'Unsupported YAML version'],
  [/^Unresolved alias\b.*/s, 'Unresolved alias (an alias * before its anchor &)'],
  [/^Unexpected (?!,)\S+ in (flow collection|flow map|flow sequence|collection)\b.*/s, 'Unexpected character in a $1'],
  [/^Anchors and tags must be after the .* indicator.*/s, 'Anchors and tags must be after the indicator (? : -)'],
  [/^Expected a flow scalar value, but found\b.*/s, 'Expected a flow scalar value'],
  // Fixed texts that happen to contain ': ' (kept whole).
  [/^(Missing , or : between flow (map|sequence) items|Missing space after : in flow (map|sequence))$/s, '$1'],
];

/**
 * The first line of a parser message, with any quoted source removed. Messages not in the table pass only when
 * they carry no quote and no `: ` followed by text (the parser's way of quoting).
 */
export function safeParseMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '').trim();
  for (const [re, replacement] of SOURCE_QUOTING) if (re.test(first)) return first.replace(re, replacement);
  let safe = first;
  const colon = safe.indexOf(': ');
  if (colon >= 0) safe = safe.slice(0, colon);
  safe = safe.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…');
  return safe.length > 200 ? `${safe.slice(0, 199)}…` : safe;
}

/** For a thrown error: its class only (its message may hold input text). */
export function errorClass(err: unknown): string {
  if (err instanceof RangeError) return 'input too deeply nested or too large (RangeError)';
  return err instanceof Error ? err.name : 'unknown error';
}

/** A JSON.parse error without the text around it (Node quotes the input: `"FOO=bar…" is not valid JSON`). */
export function jsonErrorPosition(err: unknown): string {
  const m = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(err instanceof Error ? err.message : '');
  if (!m) return 'syntax error';
  return m[2] !== undefined ? `syntax error at line ${m[2]}, column ${m[3]}` : `syntax error at offset ${m[1]}`;
}
