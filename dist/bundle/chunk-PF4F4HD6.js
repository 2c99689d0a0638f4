import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  scalarAt,
  spcView,
  yamlNodeAt
} from "./chunk-YXRG2AV3.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/rules/support/spc.js
var import_yaml = __toESM(require_dist(), 1);
function azureSpcs(inventory) {
  const out = [];
  for (const o of inventory.ofClass("SecretProviderClass")) {
    const view = spcView(o);
    if (meantForAzure(view.provider))
      out.push(view);
  }
  return out;
}
function meantForAzure(provider) {
  if (provider === void 0 || provider === null)
    return true;
  if (typeof provider !== "string")
    return true;
  return provider.trim() === "" || /azure|akv|keyvault/i.test(provider);
}
var GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
function isGuid(s) {
  return GUID.test(s);
}
function show(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}
var YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function isYaml11NonString(spc, key) {
  const value = spc.parameters?.[key];
  if (typeof value !== "string")
    return false;
  const node = scalarAt(spc.object, spc.paramPath(key));
  return node !== void 0 && (0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.PLAIN && YAML11_NON_STRING.test(String(node.source ?? value));
}
function caseVariant(spc, name) {
  const lower = name.toLowerCase();
  return Object.keys(spc.parameters ?? {}).find((k) => k !== name && k.toLowerCase() === lower);
}

// dist/src/rules/support/fix.js
var import_yaml2 = __toESM(require_dist(), 1);
function replaceAt(o, path, target, text, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === text)
    return void 0;
  return { description, edits: [{ span: loc.span, text }] };
}
function replaceString(o, path, target, value, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === "" || src.includes("\n") || /^[|>&*!{[]/.test(src))
    return void 0;
  let text;
  if (src.startsWith('"'))
    text = JSON.stringify(value);
  else if (src.startsWith("'"))
    text = `'${value.replace(/'/g, "''")}'`;
  else
    text = isJson(loc.file) ? JSON.stringify(value) : yamlString(value);
  if (text === src)
    return void 0;
  return { description, edits: [{ span: loc.span, text }] };
}
function replaceInside(o, path, target, find, text, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  const at = src.indexOf(find);
  if (at < 0)
    return void 0;
  return { description, edits: [{ span: { start: loc.span.start + at, end: loc.span.start + at + find.length }, text }] };
}
function quoteScalar(o, path) {
  const loc = o.locator.locate(path, "value");
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const node = yamlNodeAt(o, path);
  if (node !== void 0 && !((0, import_yaml2.isScalar)(node) && node.type === import_yaml2.Scalar.PLAIN && !node.tag))
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === "" || src.includes("\n") || src.includes("\r") || /^["'|>&*!{[%@`]/.test(src))
    return void 0;
  const quoted = /["\\]/.test(src) && !isJson(loc.file) ? `'${src.replace(/'/g, "''")}'` : JSON.stringify(src);
  return { description: `Quote ${src} as a string`, edits: [{ span: loc.span, text: quoted }] };
}
function addKey(o, mapPath, keyText, valueText, description) {
  if (o.source.kind !== "file" || !o.yamlNode)
    return void 0;
  const file = o.source.file;
  const text = file.text;
  const json = isJson(file);
  if (json)
    valueText = asJson(valueText);
  const node = yamlNodeAt(o, mapPath);
  if (node && (0, import_yaml2.isMap)(node)) {
    if (!node.range)
      return void 0;
    if (node.flow)
      return flowInsert(text, node, keyText, valueText, json, description);
    return blockAppend(text, node, keyText, valueText, description);
  }
  if (json)
    return void 0;
  const parent = mapPath.length ? yamlNodeAt(o, mapPath.slice(0, -1)) : void 0;
  if (!parent || !(0, import_yaml2.isMap)(parent) || parent.flow)
    return void 0;
  const pair = parent.items.find((p) => (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === String(mapPath[mapPath.length - 1]));
  const v = pair?.value;
  const empty = v === null || (0, import_yaml2.isScalar)(v) && v.value === null && !v.source && !!v.range && v.range[0] === v.range[1];
  if (!pair || !(0, import_yaml2.isScalar)(pair.key) || !pair.key.range || !empty)
    return void 0;
  const keyStart = pair.key.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart)))
    return void 0;
  const col = keyStart - lineStart;
  const at = afterLine(text, pair.key.range[1]);
  if (at === void 0)
    return void 0;
  const eol = eolAt(text, pair.key.range[1]);
  const lead = at.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at.offset, end: at.offset }, text: lead + blockEntry(keyText, valueText, col + indentStep(text, parent, col), eol) }] };
}
function blockAppend(text, node, key, value, description) {
  const first = node.items[0];
  const last = node.items[node.items.length - 1];
  const firstKey = first?.key;
  if (!first || !last || !firstKey?.range)
    return void 0;
  const keyStart = firstKey.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart)))
    return void 0;
  const col = keyStart - lineStart;
  const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
  if (lastEnd === void 0)
    return void 0;
  const at = afterLine(text, lastEnd);
  if (at === void 0)
    return void 0;
  const eol = eolAt(text, Math.max(keyStart, lastEnd - 1));
  const lead = at.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at.offset, end: at.offset }, text: lead + blockEntry(key, value, col, eol, indentStep(text, node, col)) }] };
}
function flowInsert(text, node, key, value, json, description) {
  const [start, end] = node.range;
  const entry = flowEntry(key, value, json);
  if (node.items.length === 0) {
    const open = text.indexOf("{", start);
    if (open < 0 || open >= end)
      return void 0;
    return { description, edits: [{ span: { start: open + 1, end: open + 1 }, text: entry }] };
  }
  const last = node.items[node.items.length - 1];
  const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
  if (lastEnd === void 0)
    return void 0;
  let p = lastEnd;
  while (p < end && /[ \t\r\n]/.test(text[p]))
    p++;
  if (text[p] === ",")
    return { description, edits: [{ span: { start: p + 1, end: p + 1 }, text: ` ${entry},` }] };
  return { description, edits: [{ span: { start: lastEnd, end: lastEnd }, text: `, ${entry}` }] };
}
function flowEntry(key, value, json) {
  const k = json ? JSON.stringify(key) : key;
  if (typeof value === "string")
    return `${k}: ${value}`;
  return `${k}: {${Object.entries(value).map(([kk, vv]) => flowEntry(kk, vv, json)).join(", ")}}`;
}
function blockEntry(key, value, col, eol, step = 2) {
  const pad = " ".repeat(col);
  if (typeof value === "string")
    return `${pad}${key}: ${value}${eol}`;
  return `${pad}${key}:${eol}${Object.entries(value).map(([k, v]) => blockEntry(k, v, col + step, eol, step)).join("")}`;
}
function afterLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n")
    return { offset, needsBreak: false };
  const nl = text.indexOf("\n", offset);
  if (nl < 0)
    return { offset: text.length, needsBreak: true };
  return { offset: nl + 1, needsBreak: false };
}
function eolAt(text, offset) {
  const nl = text.indexOf("\n", offset);
  if (nl > 0)
    return text[nl - 1] === "\r" ? "\r\n" : "\n";
  const any = text.indexOf("\n");
  return any > 0 && text[any - 1] === "\r" ? "\r\n" : "\n";
}
function indentStep(text, node, col) {
  for (const item of node.items) {
    const v = item.value;
    if (v && (0, import_yaml2.isMap)(v) && !v.flow && v.items.length && v.items[0].key) {
      const k = v.items[0].key;
      if (!k.range)
        continue;
      const ls = text.lastIndexOf("\n", k.range[0] - 1) + 1;
      const inner = k.range[0] - ls;
      if (inner > col && /^[ ]*$/.test(text.slice(ls, k.range[0])))
        return inner - col;
    }
  }
  return 2;
}
function yamlString(s) {
  const plainSafe = /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(s) && !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}
function renameKey(o, path, newKey, description) {
  return replaceString(o, path, "key", newKey, description);
}
function isJson(file) {
  return /\.json$/i.test(file.relPath);
}
function asJson(v) {
  if (typeof v !== "string")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asJson(x)]));
  try {
    JSON.parse(v);
    return v;
  } catch {
    return JSON.stringify(v);
  }
}

// dist/src/rules/spc-parameter-unknown.js
var KNOWN_PARAMETERS = [
  "keyvaultName",
  "tenantID",
  "tenantId",
  "objects",
  "usePodIdentity",
  "useVMManagedIdentity",
  "userAssignedIdentityID",
  "clientID",
  "useAzureTokenProxy",
  "cloudName",
  "cloudEnvFileName",
  "csi.storage.k8s.io/pod.name",
  "csi.storage.k8s.io/pod.namespace",
  "csi.storage.k8s.io/pod.uid",
  "csi.storage.k8s.io/serviceAccount.name",
  "csi.storage.k8s.io/serviceAccount.tokens",
  "csi.storage.k8s.io/ephemeral",
  "secretProviderClass"
];
var DEPRECATED = /* @__PURE__ */ new Set(["tenantId"]);
function suggestParameter(key) {
  const lower = key.toLowerCase();
  const ci = KNOWN_PARAMETERS.filter((k) => k.toLowerCase() === lower && !DEPRECATED.has(k));
  if (ci.length === 1)
    return ci[0];
  let best;
  let bestDistance = 3;
  for (const k of KNOWN_PARAMETERS) {
    if (DEPRECATED.has(k))
      continue;
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance)
      [best, bestDistance] = [k, d];
  }
  return best;
}
var rule = {
  id: "spc-parameter-unknown",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      for (const key of Object.keys(params)) {
        if (KNOWN_PARAMETERS.includes(key))
          continue;
        const suggestion = suggestParameter(key);
        const exactOnlyByCase = suggestion !== void 0 && suggestion.toLowerCase() === key.toLowerCase();
        const path = spc.paramPath(key);
        ctx.report({
          object: spc.object,
          path,
          target: "key",
          message: unknownMessage(key, suggestion, exactOnlyByCase),
          // Renaming is only safe when the key differs by case alone and the right key is not already there.
          fix: exactOnlyByCase && !Object.hasOwn(params, suggestion) ? () => renameKey(spc.object, path, suggestion, `Rename ${key} to ${suggestion}`) : void 0
        });
      }
    }
  }
};
var OBJECT_FIELDS = ["objectName", "objectAlias", "objectVersion", "objectVersionHistory", "objectType", "objectFormat", "objectEncoding", "filePermission"];
function unknownMessage(key, suggestion, byCase) {
  if (byCase)
    return `the Azure provider ignores parameter ${key}: keys are case-sensitive and the one it reads is ${suggestion}`;
  const field = OBJECT_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
  if (field)
    return `the Azure provider ignores parameter ${key}: ${field} is a field of an entry of the objects block`;
  return `the Azure provider does not read parameter ${key}${suggestion ? `; did you mean ${suggestion}?` : "; it is ignored"}`;
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export {
  replaceAt,
  replaceString,
  replaceInside,
  quoteScalar,
  addKey,
  yamlString,
  renameKey,
  azureSpcs,
  isGuid,
  show,
  isYaml11NonString,
  caseVariant,
  KNOWN_PARAMETERS,
  rule
};
