// Repeated keys in the mappings of one document, found in one pass (a Set per mapping). Keys compare as the YAML
// parser's own uniqueKeys check does: scalars by value (1 and "1" differ), collections never; the merge key `<<`
// may repeat.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../model/types.js';

/** The span of every key that repeats an earlier key of the same mapping, in source order. */
export function duplicateKeys(doc: Document): Span[] {
  const out: Span[] = [];
  const root = doc.contents as Node | null;
  if (!root) return out;
  // An explicit stack: documents may nest as deep as the nesting limit allows. Aliases are not followed (their
  // collection is checked where its anchor is).
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        if (isScalar(k)) {
          const v = k.value;
          // NaN never equals itself; `<<` merges may repeat.
          if (!(typeof v === 'number' && Number.isNaN(v)) && !(v === '<<' && k.type === 'PLAIN')) {
            if (seen.has(v)) {
              if (k.range) out.push({ start: k.range[0], end: k.range[1] });
            } else seen.add(v);
          }
        } else if (k && (isMap(k) || isSeq(k))) stack.push(k);
        if (pair.value) stack.push(pair.value as Node);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push(item as Node);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
