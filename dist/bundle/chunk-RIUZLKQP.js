import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/load/locate.js
var import_yaml = __toESM(require_dist(), 1);
function walk(root, path) {
  const steps = [];
  if (!root)
    return { steps, complete: false };
  steps.push({ node: root });
  let node = root;
  for (const seg of path) {
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node.items, seg);
      if (pair && pair.value && !isEmptyScalar(pair.value))
        next = { node: pair.value, pair };
      else if (pair) {
        steps.push({ node: pair.key, pair });
        return { steps, complete: false };
      }
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item && !(0, import_yaml.isPair)(item))
        next = { node: item };
    }
    if (!next)
      return { steps, complete: false };
    steps.push(next);
    node = next.node;
  }
  return { steps, complete: true };
}
function isEmptyScalar(node) {
  return (0, import_yaml.isScalar)(node) && node.value === null && (node.source === "" || node.source === void 0) && !!node.range && node.range[0] === node.range[1];
}
function findPair(items, seg) {
  const want = String(seg);
  let found;
  for (const p of items) {
    const k = p.key;
    if ((0, import_yaml.isScalar)(k) && String(k.value) === want)
      found = p;
  }
  return found;
}
function nodeSpan(node) {
  const r = node.range;
  if (!r)
    return void 0;
  return { start: r[0], end: r[1] };
}
function firstLineSpan(text, span) {
  let end = text.indexOf("\n", span.start);
  if (end < 0 || end > span.end)
    end = span.end;
  if (end > span.start && text.charCodeAt(end - 1) === 13)
    end--;
  return { start: span.start, end: Math.max(end, span.start) };
}
function spanFor(text, step, target) {
  const { node, pair } = step;
  if (pair && (target === "key" || (0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))) {
    const ks = pair.key ? nodeSpan(pair.key) : void 0;
    if (ks)
      return ks;
  }
  const s = nodeSpan(node) ?? { start: 0, end: 0 };
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))
    return firstLineSpan(text, s);
  return s;
}
function yamlLocator(file, root, prefix = []) {
  return {
    locate(path, target = "value") {
      const { steps, complete } = walk(root, prefix.length ? [...prefix, ...path] : path);
      let last = steps[steps.length - 1];
      if (!last)
        return { kind: "file", file, span: { start: 0, end: 0 }, exact: false };
      if (!complete && steps.length === 1 && (0, import_yaml.isMap)(last.node)) {
        const kindPair = findPair(last.node.items, "kind");
        if (kindPair?.value)
          last = { node: kindPair.value, pair: kindPair };
      }
      const span = spanFor(file.text, last, complete ? target : "key");
      return { kind: "file", file, span, exact: complete };
    }
  };
}

// dist/src/model/lines.js
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 64;
function lineStarts(text) {
  let starts = cache.get(text);
  if (starts)
    return starts;
  starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  if (cache.size >= CACHE_MAX)
    cache.delete(cache.keys().next().value);
  cache.set(text, starts);
  return starts;
}
function lineIndex(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
function lineColumn(text, offset) {
  const starts = lineStarts(text);
  const i = lineIndex(starts, offset);
  return { line: i + 1, column: offset - starts[i] + 1 };
}

export {
  walk,
  nodeSpan,
  spanFor,
  yamlLocator,
  lineStarts,
  lineIndex,
  lineColumn
};
