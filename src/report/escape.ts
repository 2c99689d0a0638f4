// Terminal escapes in names, keys, messages or baseline entries (ESC, the other C0 and C1 controls, DEL, and the
// bidirectional overrides of "Trojan source") would reach a terminal raw and could erase or disguise earlier lines.
// Every human-facing format passes its text through here. JSON.stringify escapes only C0 controls: DEL, C1 and the
// bidi/line separators stay raw, and a `cat`/`jq -r` of a report would pass them to a terminal; serialised JSON goes
// through escapeJsonControls.

// C0 controls except tab and newline, DEL, C1 controls, line/paragraph separators and bidi embedding/override/isolate.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** `s` with each control character shown as a visible escape (`\x1b`, `\u202e`); newlines too unless kept. */
export function escapeControls(s: string, opts: { keepNewlines?: boolean } = {}): string {
  return s.replace(opts.keepNewlines ? CONTROLS : WITH_NEWLINES, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 10) return '\\n';
    if (code === 13) return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// Outside C0 (which JSON.stringify already escapes), the characters JSON would leave raw.
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Serialised JSON with DEL, C1, line/paragraph separators and bidi controls written as `\uXXXX`. Safe on the whole
 * document: these characters can only occur inside JSON strings, where the escape means the same character.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
