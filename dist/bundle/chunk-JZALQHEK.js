import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  isRecord
} from "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/yaml/safe-message.js
var SOURCE_QUOTING = [
  [/^Block scalar header includes extra characters\b.*/s, "Block scalar header (after | or >) includes extra characters"],
  [/^Plain value cannot start with\b.*/s, "Plain value cannot start with a reserved character (@ or `): quote it"],
  [/^(Could not resolve|Unresolved|Not a valid) tag\b.*/s, "Unresolved tag (a value starting with !): quote the value if it is not a tag"],
  [/^The .* tag has no suffix.*/s, "A tag (a value starting with !) has no suffix: quote the value if it is not a tag"],
  [/^Verbatim tags aren't resolved.*/s, "A verbatim tag (!<\u2026>) cannot be resolved: quote the value if it is not a tag"],
  [/^Invalid escape sequence\b.*/s, "Invalid escape sequence in a double-quoted string (use single quotes, or \\\\ for a backslash)"],
  [/^Unresolved plain scalar\b.*/s, "Unresolved plain scalar"],
  [/^Ordered maps must not include duplicate keys\b.*/s, "Ordered maps must not include duplicate keys"],
  [/^Unknown directive\b.*/s, "Unknown directive"],
  [/^Unsupported YAML version\b.*/s, "Unsupported YAML version"],
  [/^Unresolved alias\b.*/s, "Unresolved alias (an alias * before its anchor &)"],
  [/^Unexpected (?!,)\S+ in (flow collection|flow map|flow sequence|collection)\b.*/s, "Unexpected character in a $1"],
  [/^Anchors and tags must be after the .* indicator.*/s, "Anchors and tags must be after the indicator (? : -)"],
  [/^Expected a flow scalar value, but found\b.*/s, "Expected a flow scalar value"],
  // Fixed texts that happen to contain ': ' (kept whole).
  [/^(Missing , or : between flow (map|sequence) items|Missing space after : in flow (map|sequence))$/s, "$1"]
];
function safeParseMessage(message) {
  const first = message.split("\n")[0].replace(/\s+at line \d+, column \d+:?$/, "").trim();
  for (const [re, replacement] of SOURCE_QUOTING)
    if (re.test(first))
      return first.replace(re, replacement);
  let safe = first;
  const colon = safe.indexOf(": ");
  if (colon >= 0)
    safe = safe.slice(0, colon);
  safe = safe.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, "\u2026");
  return safe.length > 200 ? `${safe.slice(0, 199)}\u2026` : safe;
}
function errorClass(err) {
  if (err instanceof RangeError)
    return "input too deeply nested or too large (RangeError)";
  return err instanceof Error ? err.name : "unknown error";
}
function jsonErrorPosition(err) {
  const m = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(err instanceof Error ? err.message : "");
  if (!m)
    return "syntax error";
  return m[2] !== void 0 ? `syntax error at line ${m[2]}, column ${m[3]}` : `syntax error at offset ${m[1]}`;
}

// dist/src/model/spc.js
var import_yaml3 = __toESM(require_dist(), 1);
var import_yaml4 = __toESM(require_dist(), 1);

// dist/src/yaml/embedded.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/src/yaml/locate.js
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

// dist/src/yaml/lines.js
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 64;
function lineStarts(text) {
  let starts = cache.get(text);
  if (starts)
    return starts;
  starts = computeLineStarts(text);
  if (cache.size >= CACHE_MAX)
    cache.delete(cache.keys().next().value);
  cache.set(text, starts);
  return starts;
}
function computeLineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
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

// dist/src/yaml/embedded.js
var EmbeddedYaml = class _EmbeddedYaml {
  file;
  text;
  map;
  scalarSpan;
  doc;
  value;
  /** Parse errors of the embedded text, with spans in outer-file coordinates. */
  errors = [];
  constructor(file, text, map, scalarSpan) {
    this.file = file;
    this.text = text;
    this.map = map;
    this.scalarSpan = scalarSpan;
    this.doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: false, uniqueKeys: false, logLevel: "error" });
    for (const e of this.doc.errors) {
      this.errors.push({ message: safeParseMessage(e.message), span: this.outer({ start: e.pos[0], end: e.pos[1] }) });
    }
    let value;
    try {
      value = this.doc.errors.length ? void 0 : this.doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      this.errors.push({ message: safeParseMessage(err.message), span: scalarSpan });
    }
    this.value = value;
  }
  /** Embeds the string held by `scalar`, a node of `outer` (file text or another embedded text). */
  static fromScalar(scalar, outer) {
    const text = typeof scalar.value === "string" ? scalar.value : String(scalar.value ?? "");
    const local = literalBlockMap(outer.text, scalar, text);
    const own = nodeSpan(scalar) ?? { start: 0, end: 0 };
    const scalarSpan = outer.scalarSpan(own);
    const map = local ? (off) => outer.toFile(local(off)) : void 0;
    return new _EmbeddedYaml(outer.file, text, map, scalarSpan);
  }
  /** Embeds a top-level scalar of a file. */
  static inFile(file, scalar) {
    return _EmbeddedYaml.fromScalar(scalar, { file, text: file.text, toFile: (o) => o, scalarSpan: (s) => s });
  }
  /** Embeds a scalar found inside this embedded document (YAML inside YAML inside YAML). */
  nested(scalar) {
    return _EmbeddedYaml.fromScalar(scalar, {
      file: this.file,
      text: this.text,
      toFile: (o) => this.map ? this.map(o) : this.scalarSpan.start,
      scalarSpan: (s) => this.outer(s)
    });
  }
  /** Converts a span of the embedded text to the outer file. */
  outer(span) {
    if (!this.map)
      return this.scalarSpan;
    const start = this.map(span.start);
    const end = span.end > span.start ? this.map(span.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }
  get root() {
    return this.doc.contents ?? null;
  }
  /** The scalar node at `path` (for nesting), if it is a scalar. */
  scalarAt(path) {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    return complete && last && (0, import_yaml2.isScalar)(last.node) ? last.node : void 0;
  }
  locator() {
    return {
      locate: (path, target = "value") => this.locate(path, target)
    };
  }
  locate(path, target = "value") {
    const { steps, complete } = walk(this.root, path);
    const last = steps[steps.length - 1];
    if (!last || !this.map)
      return { kind: "file", file: this.file, span: this.scalarSpan, exact: false };
    return { kind: "file", file: this.file, span: this.outer(spanFor(this.text, last, complete ? target : "key")), exact: complete };
  }
};
function literalBlockMap(outerText, scalar, value) {
  if (scalar.type !== import_yaml2.Scalar.BLOCK_LITERAL || !scalar.range)
    return void 0;
  const [start, valueEnd] = scalar.range;
  const headerEnd = outerText.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= valueEnd)
    return void 0;
  const srcLineStarts = [];
  for (let p = headerEnd + 1; p <= valueEnd && p < outerText.length; ) {
    srcLineStarts.push(p);
    const nl = outerText.indexOf("\n", p);
    if (nl < 0)
      break;
    p = nl + 1;
  }
  let indent = -1;
  for (const ls of srcLineStarts) {
    let i = ls;
    while (outerText.charCodeAt(i) === 32)
      i++;
    const c = outerText.charCodeAt(i);
    if (c !== 10 && c !== 13 && !Number.isNaN(c)) {
      indent = i - ls;
      break;
    }
  }
  if (indent < 0)
    return void 0;
  const valueLineStarts = [0];
  for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1))
    valueLineStarts.push(i + 1);
  return (off) => {
    const lo = lineIndex(valueLineStarts, off);
    const src = srcLineStarts[lo];
    if (src === void 0)
      return valueEnd;
    return Math.min(src + indent + (off - valueLineStarts[lo]), valueEnd);
  };
}

// dist/src/model/spc.js
var IDENTITY_FLAGS = ["usePodIdentity", "useVMManagedIdentity", "useAzureTokenProxy"];
var PARAMS_PATH = ["spec", "parameters"];
var SpcView = class {
  object;
  constructor(object) {
    this.object = object;
  }
  get spec() {
    const s = this.object.body["spec"];
    return isRecord(s) ? s : void 0;
  }
  get provider() {
    return this.spec?.["provider"];
  }
  get isAzure() {
    return isAzureProvider(this.provider);
  }
  get parameters() {
    const p = this.spec?.["parameters"];
    return isRecord(p) ? p : void 0;
  }
  /** A parameter as the provider sees it: strings only, trimmed. Non-strings are undefined (CRD rejects them). */
  param(name) {
    const v = this.parameters?.[name];
    return typeof v === "string" ? v.trim() : void 0;
  }
  has(name) {
    return this.parameters !== void 0 && Object.hasOwn(this.parameters, name);
  }
  /** Go strconv.ParseBool on a flag; empty/absent = false; unparsable = undefined. */
  flag(name) {
    const v = this.param(name);
    if (v === void 0 || v === "")
      return this.has(name) && typeof this.parameters?.[name] === "boolean" ? this.parameters[name] : false;
    return parseGoBool(v);
  }
  /** The identity mode the provider (v1.8) would pick; conflicts resolve to the first flag set. */
  get identityMode() {
    if (this.flag("usePodIdentity"))
      return "pod-identity";
    if (this.flag("useVMManagedIdentity"))
      return this.param("userAssignedIdentityID") ? "vm-user-assigned" : "vm-system-assigned";
    if (this.flag("useAzureTokenProxy"))
      return "identity-binding";
    if (this.param("clientID"))
      return "workload-identity";
    return "service-principal";
  }
  get tenant() {
    const v1 = this.param("tenantID");
    if (v1)
      return { key: "tenantID", value: v1 };
    const v2 = this.param("tenantId");
    if (v2)
      return { key: "tenantId", value: v2 };
    return void 0;
  }
  locate(path, target) {
    return this.object.locator.locate(path, target);
  }
  paramPath(name) {
    return [...PARAMS_PATH, name];
  }
  objectsCache;
  /** The parsed `objects` parameter. */
  get objects() {
    return this.objectsCache ??= parseObjects(this);
  }
  /** File names written into the volume (for secretObjects and collisions). */
  get fileNames() {
    const names = /* @__PURE__ */ new Set();
    for (const e of this.objects.entries)
      if (e.fileName)
        names.add(e.fileName);
    return names;
  }
};
var views = /* @__PURE__ */ new WeakMap();
var restored = /* @__PURE__ */ new WeakMap();
function restoreSpcFacts(o, facts) {
  restored.set(o, facts);
}
function spcView(o) {
  let v = views.get(o);
  if (!v)
    views.set(o, v = new SpcView(o));
  return v;
}
function isAzureProvider(p) {
  return typeof p === "string" && p === "azure";
}
var GO_TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var GO_FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function parseGoBool(s) {
  if (GO_TRUE.has(s))
    return true;
  if (GO_FALSE.has(s))
    return false;
  return void 0;
}
function parseObjects(view) {
  const objectsPath = view.paramPath("objects");
  const raw = view.parameters?.["objects"];
  const here = (target = "value") => view.locate(objectsPath, target);
  if (raw === void 0 || raw === null || typeof raw === "string" && raw.trim() === "") {
    return { error: { message: raw === void 0 ? "`objects` is not set; list the Key Vault objects to mount" : "`objects` is empty; list the Key Vault objects to mount", location: here() }, entries: [] };
  }
  if (typeof raw !== "string")
    return { error: { message: "`objects` must be a YAML string (use `objects: |`)", location: here() }, entries: [] };
  const o = view.object;
  const known = restored.get(o)?.objects;
  if (known)
    return known();
  const scalar = scalarAt(o, objectsPath);
  if (o.source.kind === "file" && scalar)
    return parseEmbeddedObjects(EmbeddedYaml.inFile(o.source.file, scalar), here);
  return parsePlainObjects(raw, here);
}
function parseEmbeddedObjects(outer, here) {
  if (outer.errors.length) {
    return { error: { message: `\`objects\` is not valid YAML: ${outer.errors[0].message}`, location: { ...here(), span: outer.errors[0].span, exact: true } }, entries: [] };
  }
  const value = outer.value;
  if (!isRecord(value) || !Array.isArray(value["array"])) {
    return { error: { message: "`objects` must hold a key `array` with a list of YAML strings", location: here() }, entries: [] };
  }
  const entries = [];
  value["array"].forEach((item, index) => {
    const itemLoc = outer.locate(["array", index]);
    if (typeof item !== "string") {
      entries.push({ index, fields: void 0, error: "an `array` entry must be a YAML string (use `- |`)", locate: () => itemLoc, fileName: void 0 });
      return;
    }
    const itemScalar = outer.scalarAt(["array", index]);
    const inner = itemScalar ? outer.nested(itemScalar) : void 0;
    if (!inner || inner.errors.length || inner.value !== void 0 && inner.value !== null && !isRecord(inner.value)) {
      const msg = inner?.errors[0]?.message ?? "not a YAML mapping";
      entries.push({ index, fields: void 0, error: `entry ${index} is not valid: ${msg}`, locate: () => inner?.errors[0] ? { ...itemLoc, span: inner.errors[0].span } : itemLoc, fileName: void 0 });
      return;
    }
    const fields = isRecord(inner.value) ? inner.value : {};
    entries.push({
      index,
      fields,
      locate: (field, target = "value") => field ? inner.locate([field], target) : itemLoc,
      fileName: fileNameOf(fields)
    });
  });
  return { entries };
}
function parsePlainObjects(raw, here) {
  let value;
  try {
    value = (0, import_yaml4.parse)(raw, { maxAliasCount: 100, logLevel: "error" });
  } catch (err) {
    return { error: { message: `\`objects\` is not valid YAML: ${err.message.split("\n")[0]}`, location: here() }, entries: [] };
  }
  if (!isRecord(value) || !Array.isArray(value["array"]))
    return { error: { message: "`objects` must hold a key `array` with a list of YAML strings", location: here() }, entries: [] };
  const entries = value["array"].map((item, index) => {
    let fields;
    let error;
    if (typeof item !== "string")
      error = "an `array` entry must be a YAML string (use `- |`)";
    else {
      try {
        const v = (0, import_yaml4.parse)(item, { logLevel: "error" });
        if (v === null || v === void 0)
          fields = {};
        else if (isRecord(v))
          fields = v;
        else
          error = `entry ${index} is not a YAML mapping`;
      } catch (err) {
        error = `entry ${index} is not valid: ${err.message.split("\n")[0]}`;
      }
    }
    return { index, fields, error, locate: () => here(), fileName: fields ? fileNameOf(fields) : void 0 };
  });
  return { entries };
}
function fileNameOf(fields) {
  const alias = typeof fields["objectAlias"] === "string" ? fields["objectAlias"].trim() : "";
  if (alias)
    return alias;
  const name = fields["objectName"];
  return typeof name === "string" && name.trim() ? name.trim() : typeof name === "number" ? String(name) : void 0;
}
function scalarAt(o, path) {
  const params = restored.get(o)?.paramScalars;
  if (params && path.length === 3 && path[0] === PARAMS_PATH[0] && path[1] === PARAMS_PATH[1] && typeof path[2] === "string" && params.has(path[2])) {
    const known = params.get(path[2]);
    if (!known)
      return void 0;
    const value = o.body["spec"]["parameters"][path[2]];
    const scalar = new import_yaml3.Scalar(value);
    scalar.type = known.type;
    scalar.source = known.source;
    return scalar;
  }
  const node = yamlNodeAt(o, path);
  return node && (0, import_yaml3.isScalar)(node) ? node : void 0;
}
function yamlNodeAt(o, path) {
  const root = o.yamlNode;
  if (!root || !((0, import_yaml3.isMap)(root) || (0, import_yaml3.isSeq)(root)))
    return void 0;
  const { steps, complete } = walk(root, path);
  return complete ? steps[steps.length - 1]?.node : void 0;
}

export {
  safeParseMessage,
  errorClass,
  jsonErrorPosition,
  yamlLocator,
  lineStarts,
  lineIndex,
  lineColumn,
  EmbeddedYaml,
  IDENTITY_FLAGS,
  restoreSpcFacts,
  spcView,
  parseGoBool,
  scalarAt,
  yamlNodeAt
};
