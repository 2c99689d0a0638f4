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

// dist/src/model/sensitive.js
var import_yaml = __toESM(require_dist(), 1);
var CREDENTIAL_KEY = /(password|passwd|pwd|secret|clientsecret|token|apikey|accountkey|accesskey|secretkey|privatekey|sharedkey|credential|credentials|connectionstring|sastoken|signature|passphrase)$/;
var FLINK_SENSITIVE = /password|secret|key|token|credential|auth|jaas|private/;
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
function normalise(key) {
  return key.toLowerCase().replace(/[-_. ]/g, "");
}
function isCredentialKey(key) {
  return CREDENTIAL_KEY.test(normalise(key));
}
var ROOT = { top: void 0, depth: 0, key: void 0, parentKey: void 0 };
function child(p, seg) {
  return { top: p.depth === 0 ? seg : p.top, depth: p.depth + 1, key: seg, parentKey: p.key };
}
function isSensitivePlace(kind, p) {
  const key = p.key;
  if (typeof key !== "string")
    return false;
  if (isCredentialKey(key))
    return true;
  if (kind === "Secret" && p.depth === 2 && (p.top === "data" || p.top === "stringData"))
    return true;
  if (key === LAST_APPLIED)
    return true;
  return p.parentKey === "flinkConfiguration" && FLINK_SENSITIVE.test(key.toLowerCase());
}
var GUID_FIELDS = /* @__PURE__ */ new Set(["clientid", "userassignedidentityid", "tenantid"]);
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var PLACEHOLDER = /^\s*(\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<[^<>]*>|__.*__|%.*%)\s*$/;
function isMisformattedId(p, value) {
  const key = p.key;
  if (typeof key !== "string" || !GUID_FIELDS.has(normalise(key)))
    return false;
  const v = value.trim();
  return v !== "" && !GUID.test(v) && !PLACEHOLDER.test(v);
}
function sensitivePartsOfText(text) {
  const out = { spans: [], values: [] };
  let docs;
  try {
    const parsed = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: false, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch {
    return out;
  }
  for (const doc of docs)
    addSensitiveNodes(doc.contents, text, out);
  return out;
}
function addSensitiveNodes(root, text, out) {
  if (!root)
    return;
  const kind = (0, import_yaml.isMap)(root) ? root.get("kind") : void 0;
  const items = kind === "List" && (0, import_yaml.isMap)(root) ? root.get("items", true) : void 0;
  if ((0, import_yaml.isSeq)(items)) {
    for (const item of items.items)
      if (item && !(0, import_yaml.isPair)(item))
        addSensitiveNodes(item, text, out);
  }
  const stack = [{ node: root, place: ROOT, hidden: false }];
  while (stack.length > 0) {
    const { node, place, hidden } = stack.pop();
    if ((0, import_yaml.isScalar)(node)) {
      if (hidden)
        addScalar(node, text, "secret", out);
      else if (typeof node.value === "string" && isMisformattedId(place, node.value))
        addScalar(node, text, "id", out);
      continue;
    }
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair) || !pair.value)
          continue;
        const k = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
        const p = child(place, typeof k === "string" || typeof k === "number" ? k : "");
        stack.push({ node: pair.value, place: p, hidden: hidden || (0, import_yaml.isScalar)(pair.value) && isSensitivePlace(kind, p) });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => {
        if (item && !(0, import_yaml.isPair)(item))
          stack.push({ node: item, place: child(place, i), hidden });
      });
    }
  }
}
function addScalar(node, text, kind, out) {
  if (node.range) {
    out.spans.push({ start: node.range[0], end: node.range[1] });
    const source = text.slice(node.range[0], node.range[1]);
    if (kind === "secret")
      out.values.push({ text: source, kind });
    if (source.includes("\n"))
      for (const line of source.split(/\r?\n/))
        out.values.push({ text: line.trim(), kind });
  }
  const v = (0, import_yaml.isScalar)(node) ? node.value : void 0;
  if (v !== null && v !== void 0 && typeof v !== "object") {
    const s = String(v);
    out.values.push({ text: s, kind });
    if (s.includes("\n"))
      for (const line of s.split(/\r?\n/))
        out.values.push({ text: line.trim(), kind });
  }
}
function addSensitiveBodyValues(body, out) {
  const kind = body["kind"];
  const stack = [{ value: body, place: ROOT, hidden: false }];
  while (stack.length > 0) {
    const { value, place, hidden } = stack.pop();
    if (Array.isArray(value))
      value.forEach((v, i) => stack.push({ value: v, place: child(place, i), hidden }));
    else if (isRecord(value)) {
      for (const k in value) {
        const p = child(place, k);
        const v = value[k];
        stack.push({ value: v, place: p, hidden: hidden || (v === null || typeof v !== "object") && isSensitivePlace(kind, p) });
      }
    } else if (value !== null && value !== void 0) {
      const s = String(value);
      if (hidden) {
        out.values.push({ text: s, kind: "secret" });
        if (s.includes("\n"))
          for (const line of s.split(/\r?\n/))
            out.values.push({ text: line.trim(), kind: "secret" });
      } else if (typeof value === "string" && isMisformattedId(place, value))
        out.values.push({ text: s, kind: "id" });
    }
  }
}

// dist/src/engine/redact.js
var MASK = "***";
var MIN_LENGTH = 6;
var PREFIX = MIN_LENGTH;
var ORDINARY = /* @__PURE__ */ new Set(["true", "false", "null", "secret", "secrets", "string", "object", "objects", "array", "secretproviderclass"]);
function maskedId(value) {
  const v = value.trim();
  return v.length < 12 ? MASK : `${v.slice(0, 3)}\u2026(${v.length} characters)`;
}
var Redactor = class {
  byPrefix = /* @__PURE__ */ new Map();
  size = 0;
  add(v) {
    const text = v.text;
    if (text.length < MIN_LENGTH || ORDINARY.has(text.trim().toLowerCase()))
      return;
    const replacement = v.kind === "id" ? maskedId(text) : MASK;
    const key = text.slice(0, PREFIX);
    let list = this.byPrefix.get(key);
    if (!list)
      this.byPrefix.set(key, list = []);
    if (list.some((e) => e.text === text))
      return;
    list.push({ text, replacement });
    list.sort((a, b) => b.text.length - a.text.length);
    this.size++;
  }
  addAll(parts) {
    for (const v of parts.values)
      this.add(v);
  }
  get empty() {
    return this.size === 0;
  }
  /** `s` with every known sensitive value replaced. */
  text(s) {
    if (this.size === 0 || s.length < MIN_LENGTH)
      return s;
    let out = "";
    let copied = 0;
    for (let i = 0; i + PREFIX <= s.length; ) {
      const list = this.byPrefix.get(s.slice(i, i + PREFIX));
      const hit = list?.find((e) => s.startsWith(e.text, i));
      if (hit) {
        out += s.slice(copied, i) + hit.replacement;
        i += hit.text.length;
        copied = i;
      } else
        i++;
    }
    return copied === 0 ? s : out + s.slice(copied);
  }
  /** True when `s` still holds a sensitive value. */
  contains(s) {
    return this.text(s) !== s;
  }
  finding(f) {
    const fix = f.fix ? this.fix(f.fix, f) : void 0;
    const out = {
      ...f,
      message: this.text(f.message),
      related: f.related.map((r) => ({ ...r, message: this.text(r.message) }))
    };
    if (fix)
      return { ...out, fix };
    const { fix: _dropped, ...rest } = out;
    return rest;
  }
  /**
   * A fix whose edit wraps a sensitive value (quoting `clientSecret: 8675309…`) is rewritten as insertions around
   * it, so SARIF `fixes[]` never carries the value; a fix that would still carry one is not offered.
   */
  fix(fix, f) {
    const text = f.location.kind === "file" ? f.location.file.text : void 0;
    const edits = [];
    for (const e of fix.edits) {
      if (!this.contains(e.text)) {
        edits.push(e);
        continue;
      }
      const src = text?.slice(e.span.start, e.span.end) ?? "";
      const at = src === "" ? -1 : e.text.indexOf(src);
      const pre = at < 0 ? "" : e.text.slice(0, at);
      const post = at < 0 ? "" : e.text.slice(at + src.length);
      if (at < 0 || this.contains(pre) || this.contains(post))
        return void 0;
      if (pre)
        edits.push({ span: { start: e.span.start, end: e.span.start }, text: pre });
      if (post)
        edits.push({ span: { start: e.span.end, end: e.span.end }, text: post });
    }
    return { ...fix, description: this.text(fix.description), edits };
  }
  notification(n) {
    return { ...n, message: this.text(n.message) };
  }
};
function redactorFor(inventory, reportFiles) {
  const r = new Redactor();
  const parts = { spans: [], values: [] };
  for (const o of inventory.objects) {
    const reported = o.source.kind === "file" && (!reportFiles || reportFiles.has(o.source.file.relPath));
    addObject(o, parts, reported);
  }
  r.addAll(parts);
  return r;
}
function addObject(o, parts, withAst) {
  if (withAst && o.source.kind === "file" && o.yamlNode) {
    addSensitiveNodes(o.yamlNode, o.source.file.text, parts);
    if (o.source.file.text.includes("*"))
      addSensitiveBodyValues(o.body, parts);
  } else
    addSensitiveBodyValues(o.body, parts);
}
function lineMasker(text) {
  const parts = sensitivePartsOfText(text);
  if (parts.spans.length === 0)
    return (_i, line) => line;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    lineStarts.push(i + 1);
  const byLine = /* @__PURE__ */ new Map();
  for (const s of parts.spans) {
    let l = lineOf(lineStarts, s.start);
    for (; l < lineStarts.length && lineStarts[l] < Math.max(s.end, s.start + 1); l++) {
      let list = byLine.get(l);
      if (!list)
        byLine.set(l, list = []);
      list.push(s);
    }
  }
  const redactor = new Redactor();
  redactor.addAll(parts);
  return (index, line) => {
    const spans = byLine.get(index);
    if (!spans)
      return redactor.text(line);
    const start = lineStarts[index];
    const eol = /\r?\n$/.exec(line)?.[0] ?? "";
    const body = line.slice(0, line.length - eol.length);
    let from = Math.max(0, Math.min(...spans.map((s) => s.start)) - start);
    const before = body.slice(0, from);
    const colon = Math.max(before.lastIndexOf(": "), before.lastIndexOf(":	"));
    if (colon >= 0)
      from = colon + 2;
    else
      from = before.replace(/[!&][^\s]*\s*$/, "").length;
    return `${body.slice(0, from)}${MASK}${eol}`;
  };
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

export {
  isCredentialKey,
  redactorFor,
  lineMasker
};
