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


export { escapeJsonControls } from '../model/json-controls.js';
