// JSON.stringify escapes only C0 controls: DEL, C1 and the bidi/line separators stay raw, and a `cat`/`jq -r` of a
// report, SARIF log or baseline would pass them to a terminal. In model so the engine (baseline) and the reporters
// share it.
// Outside C0 (which JSON.stringify already escapes), the characters JSON would leave raw.
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Serialised JSON with DEL, C1, line/paragraph separators and bidi controls written as `\uXXXX`. Safe on the whole
 * document: these characters can only occur inside JSON strings, where the escape means the same character.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
