// Counts the items of YAML flow collections (`[a, b]`, `{a: 1}`, and JSON) in one pass over the text, without
// parsing. Each parsed flow item costs about a kilobyte (its node, its place in the concrete syntax tree, its
// value): a single 10 MiB document `x: [0,0,0,…]` (five million items) took 2.4 GB and minutes. The loader refuses
// a file past a bound before parsing it, as it refuses one past the size or document limits.
//
// Approximate on purpose, and on the side of parsing: commas are counted only inside a flow collection that starts
// where a YAML node can start (after `:`, `-`, `,`, `[`, `{`, or at the start of a line or value), never in
// comments, quoted strings or block scalars (`|`, `>` and the more-indented lines under them).

/** The position of the first flow item past `limit`, or undefined when there are at most `limit`. */
export function flowItemPastLimit(text: string, limit: number): number | undefined {
  let flow = 0;
  let quote = 0;
  let items = 0;
  /** Indentation of the line that opened a block scalar; -1 when not in one. */
  let blockParent = -1;
  let lineIndent = 0;
  /** The last non-blank character on this line before `i` (0 at the start of a line). */
  let prev = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: its indentation decides whether it belongs to a block scalar.
    if (!quote) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 32) j++;
      lineIndent = j - i;
      const blank = j >= n || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
      if (blockParent >= 0 && flow === 0 && (blank || lineIndent > blockParent)) {
        const nl = text.indexOf('\n', j);
        if (nl < 0) return undefined;
        i = nl + 1;
        continue;
      }
      blockParent = -1;
      i = j;
      prev = 0;
    }
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i++;
        break;
      }
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === 92 && quote === 34) i++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      // A comment: `#` at the start of a line or after a blank.
      if (c === 35 && (prev === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return undefined;
        i = nl - 1; // the line break is handled next
        continue;
      }
      const nodeStart = prev === 0 || prev === 58 || prev === 45 || prev === 44 || prev === 91 || prev === 123 || prev === 63;
      if ((c === 34 || c === 39) && (nodeStart || flow > 0)) {
        quote = c;
      } else if ((c === 91 || c === 123) && (nodeStart || flow > 0)) {
        flow++;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      } else if (c === 44 && flow > 0) {
        if (++items > limit) return i;
      } else if ((c === 124 || c === 62) && flow === 0 && (prev === 0 || prev === 58 || prev === 45) && blockHeaderEnds(text, i + 1)) {
        // A block scalar: the lines under it, more indented than this one, are its text.
        blockParent = lineIndent;
        const nl = text.indexOf('\n', i);
        if (nl < 0) return undefined;
        i = nl + 1;
        break;
      }
      prev = c;
    }
  }
  return undefined;
}

/** After `|` or `>`: only indentation/chomping indicators, then blanks and maybe a comment, to the line's end. */
function blockHeaderEnds(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /[0-9+-]/.test(text[i]!)) i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return i >= text.length || text[i] === '\n' || (text[i] === '#' && i > from);
}
