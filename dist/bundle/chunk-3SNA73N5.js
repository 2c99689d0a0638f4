import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  at,
  evaluateAccess,
  excessiveGrants,
  resolveIdentity,
  resolveTarget
} from "./chunk-P4EUQCNS.js";
import {
  objectProblems
} from "./chunk-5WKROK5L.js";
import {
  editDistance
} from "./chunk-IBGBM3B2.js";
import {
  TYPE_LABEL,
  azureChecks,
  azureSpcs,
  caseVariant,
  concrete,
  isGuid,
  isYaml11NonString,
  needsOf,
  show,
  vaultObject,
  vaultOf
} from "./chunk-CG6HI35K.js";
import {
  liveObject
} from "./chunk-3Z46K6P4.js";
import {
  findPlaceholder,
  isPlaceholder
} from "./chunk-DQ3U5FS6.js";
import {
  IDENTITY_FLAGS,
  parseGoBool,
  scalarAt,
  spcView,
  yamlNodeAt
} from "./chunk-JZALQHEK.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  CSI_DRIVER_NAME,
  POD_SOURCE_KINDS,
  SPC_GROUP,
  isRecord
} from "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/rules/contract.js
function defineRule(definition) {
  return definition;
}
function interpolate(template, data, where) {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
    if (!data || !Object.hasOwn(data, name))
      throw new TypeError(`${where}: message placeholder {{${name}}} has no data`);
    return String(data[name]);
  });
}

// dist/src/model/cluster-facts.js
function clusterAnchor(facts) {
  return liveObject({ apiVersion: "v1", kind: "Cluster", metadata: { name: facts.context }, server: facts.server }, { live: "cluster", scope: facts.context, resource: "cluster" });
}
function failedMountObject(facts, f) {
  const o = f.owner;
  const body = o ? { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: f.namespace } } : { apiVersion: "v1", kind: "Pod", metadata: { name: f.pod, namespace: f.namespace } };
  return liveObject(body, { live: "cluster", scope: facts.context, resource: o ? o.resource : "pod" });
}

// dist/src/rules/cluster-csi-driver-missing.js
var cluster_csi_driver_missing_default = defineRule({
  requires: ["cluster"],
  kinds: [],
  messages: {
    csiDriverMissing: 'Cluster "{{context}}" has no CSIDriver secrets-store.csi.k8s.io: secrets-store volumes cannot mount'
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || !facts.csiDriver || facts.csiDriver.present)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: "csiDriverMissing",
      data: { context: facts.context }
    });
  }
});

// dist/src/model/drift.js
function differingPaths(a, b, base = []) {
  const out = [];
  diff(a, b, base, out);
  return out;
}
function diff(a, b, path, out) {
  if (isEmpty(a) && isEmpty(b))
    return;
  if (isRecord(a) && isRecord(b)) {
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      diff(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(path);
      return;
    }
    a.forEach((v, i) => diff(v, b[i], [...path, i], out));
    return;
  }
  if (!sameScalar(a, b))
    out.push(path);
}
function sameScalar(a, b) {
  if (a === b)
    return true;
  const scalar = (v) => typeof v === "number" || typeof v === "boolean" || typeof v === "string";
  return scalar(a) && scalar(b) && typeof a !== typeof b && (typeof a === "string" || typeof b === "string") && String(a) === String(b);
}
function isEmpty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0 || isRecord(v) && Object.keys(v).length === 0;
}
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describePaths(paths, max = 10) {
  const shown = paths.slice(0, max).map(formatPath);
  return `${shown.join(", ")}${paths.length > shown.length ? ` and ${paths.length - shown.length} more` : ""}`;
}

// dist/src/rules/cluster-drift.js
var cluster_drift_default = defineRule({
  requires: ["cluster"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS],
  messages: {
    drift: "{{kind}} {{namespace}}/{{name}} differs from the cluster: {{differences}}"
  },
  create(ctx) {
    const inv = ctx.inventory;
    const live = inv.objects.filter((o) => o.source.kind === "live" && o.source.live === "cluster");
    if (!live.length)
      return;
    const sources = new Map(ctx.views.podSources.filter((s) => s.kind === "kube").map((s) => [s.object, s]));
    for (const o of [...inv.ofClass("SecretProviderClass"), ...inv.ofClass("KubeWorkload")]) {
      if (o.source.kind !== "file")
        continue;
      const twin = liveTwin(live, o);
      if (!twin)
        continue;
      const paths = o.kind === "SecretProviderClass" ? differingPaths(o.body["spec"], twin.body["spec"], ["spec"]) : workloadDrift(sources.get(o), sources.get(twin));
      if (!paths.length)
        continue;
      ctx.report({
        object: o,
        path: paths[0],
        messageId: "drift",
        data: { kind: o.kind, namespace: o.namespace ?? "", name: o.name, differences: describePaths(paths) },
        related: [{ object: twin, path: paths[0], message: "the object as it runs in the cluster" }]
      });
    }
  }
});
function liveTwin(live, o) {
  const candidates = live.filter((l) => l.kind === o.kind && l.name === o.name && (o.namespace === void 0 || l.namespace === o.namespace));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function workloadDrift(file, cluster) {
  if (!file || !cluster)
    return [];
  const view = (s) => ({
    volumes: Object.fromEntries(s.volumes.filter((v) => v.isSecretsVolume).map((v) => [v.name ?? "?", v.csi])),
    labels: { aadpodidbinding: s.labels["aadpodidbinding"], "azure.workload.identity/use": s.labels["azure.workload.identity/use"] },
    serviceAccountName: s.serviceAccountName
  });
  const paths = differingPaths(view(file), view(cluster));
  return paths.map((p) => {
    if (p[0] === "volumes") {
      const vol = file.volumes.find((v) => v.name === p[1]) ?? cluster.volumes.find((v) => v.name === p[1]);
      return vol && file.volumes.includes(vol) ? [...vol.path, ...p.slice(2).length ? ["csi", ...p.slice(2)] : []] : [...file.podPath];
    }
    if (p[0] === "labels")
      return [...file.labelsPath, ...p.slice(1)];
    return file.serviceAccountPath ?? [...file.podPath];
  });
}

// dist/src/rules/cluster-mount-failing.js
var cluster_mount_failing_default = defineRule({
  requires: ["cluster"],
  kinds: [],
  messages: {
    mountFailing: "{{podText}} failed to mount {{vol}} ({{reason}} {{times}}{{when}}): {{message}}"
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts?.failedMounts)
      return;
    const groups = /* @__PURE__ */ new Map();
    for (const f of facts.failedMounts) {
      const who = f.owner ? `${f.owner.kind}/${f.owner.name}` : `Pod/${f.pod}`;
      const key = `${f.namespace}\0${who}\0${f.volume ?? ""}`;
      let list = groups.get(key);
      if (!list)
        groups.set(key, list = []);
      list.push(f);
    }
    for (const list of groups.values()) {
      const latest = list.reduce((a, b) => (b.lastTimestamp ?? "") > (a.lastTimestamp ?? "") ? b : a);
      const count = list.reduce((n, f) => n + f.count, 0);
      const pods = [...new Set(list.map((f) => f.pod))];
      const podText = pods.length === 1 ? `Pod ${latest.namespace}/${pods[0]}` : `${pods.length} pods (${pods.slice(0, 3).join(", ")}${pods.length > 3 ? ", \u2026" : ""})`;
      const vol = latest.volume ? `volume "${latest.volume}"` : "a secrets-store volume";
      const when = latest.lastTimestamp ? `, last at ${latest.lastTimestamp}` : "";
      ctx.report({
        object: failedMountObject(facts, latest),
        path: volumesPath(latest.owner?.kind),
        // Event text is redacted at read time (src/live/kube/redact.ts): nothing after "clientsecret", no tokens.
        messageId: "mountFailing",
        data: { podText, vol, reason: latest.reason, times: count === 1 ? "once" : `${count} times`, when, message: latest.message },
        discriminator: latest.volume ?? ""
      });
    }
  }
});
function volumesPath(ownerKind) {
  if (!ownerKind)
    return ["spec", "volumes"];
  if (ownerKind === "CronJob")
    return ["spec", "jobTemplate", "spec", "template", "spec", "volumes"];
  return ["spec", "template", "spec", "volumes"];
}

// dist/src/rules/cluster-provider-missing.js
var cluster_provider_missing_default = defineRule({
  requires: ["cluster"],
  kinds: [],
  messages: {
    providerMissing: 'Cluster "{{context}}" has no ready Azure Key Vault provider: {{detail}}'
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    const pods = facts?.providerPods;
    if (!facts || !pods || pods.ready > 0)
      return;
    const detail = pods.total === 0 ? "no pod labelled app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure runs" : `${pods.total} provider pod${pods.total === 1 ? "" : "s"} (namespace ${pods.namespaces.join(", ")}), none Ready`;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: "providerMissing",
      data: { context: facts.context, detail }
    });
  }
});

// dist/src/rules/cluster-spc-crd-missing.js
var cluster_spc_crd_missing_default = defineRule({
  requires: ["cluster"],
  kinds: [],
  messages: {
    spcCrdMissing: 'Cluster "{{context}}" does not serve the SecretProviderClass CRD (secretproviderclasses.secrets-store.csi.x-k8s.io): the Secrets Store CSI driver is not installed'
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || facts.spcCrdInstalled !== false)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      messageId: "spcCrdMissing",
      data: { context: facts.context }
    });
  }
});

// dist/src/rules/cluster-token-requests-missing.js
var WORKLOAD_IDENTITY_AUDIENCE = "api://AzureADTokenExchange";
var IDENTITY_BINDING_AUDIENCE = "api://AKSIdentityBinding";
var cluster_token_requests_missing_default = defineRule({
  requires: ["cluster"],
  kinds: ["SecretProviderClass"],
  messages: {
    tokenRequestsMissing: "{{count}} SecretProviderClass{{uses}} {{mode}}, but the CSIDriver requests no token for audience {{audience}} (tokenRequests: {{have}})"
  },
  create(ctx) {
    const driver = ctx.inventory.cluster?.csiDriver;
    if (!driver || !driver.present)
      return;
    const needs = /* @__PURE__ */ new Map();
    for (const spc of ctx.inventory.ofClass("SecretProviderClass")) {
      const audience = neededAudience(spc);
      if (!audience || driver.tokenAudiences.includes(audience))
        continue;
      let list = needs.get(audience);
      if (!list)
        needs.set(audience, list = []);
      list.push(spc);
    }
    for (const [audience, spcs] of needs) {
      const related = spcs.slice(0, 20).map((spc) => ({
        object: spc,
        path: ["spec", "parameters", "clientID"],
        message: `${spc.namespace ? spc.namespace + "/" : ""}${spc.name ?? "?"} needs a token for ${audience}`
      }));
      const mode = audience === WORKLOAD_IDENTITY_AUDIENCE ? "workload identity" : "identity binding (useAzureTokenProxy)";
      const have = driver.tokenAudiences.length ? `only ${driver.tokenAudiences.join(", ")}` : "none";
      ctx.report({
        object: driver.object,
        path: driver.tokenAudiences.length ? ["spec", "tokenRequests"] : ["spec"],
        messageId: "tokenRequestsMissing",
        data: { count: spcs.length, uses: spcs.length === 1 ? " uses" : "es use", mode, audience, have },
        related,
        discriminator: audience
      });
    }
  }
});
function neededAudience(spc) {
  const spec = spc.body["spec"];
  if (!isRecord(spec) || spec["provider"] !== "azure" || !isRecord(spec["parameters"]))
    return void 0;
  const p = spec["parameters"];
  const clientID = typeof p["clientID"] === "string" ? p["clientID"].trim() : "";
  if (!clientID)
    return void 0;
  if (parseBool(p["useAzureTokenProxy"]))
    return IDENTITY_BINDING_AUDIENCE;
  if (parseBool(p["usePodIdentity"]) || parseBool(p["useVMManagedIdentity"]))
    return void 0;
  return WORKLOAD_IDENTITY_AUDIENCE;
}
function parseBool(v) {
  return typeof v === "string" && ["1", "t", "T", "TRUE", "true", "True"].includes(v.trim());
}

// dist/src/rules/support/fix.js
var import_yaml = __toESM(require_dist(), 1);
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
  const at2 = src.indexOf(find);
  if (at2 < 0)
    return void 0;
  return { description, edits: [{ span: { start: loc.span.start + at2, end: loc.span.start + at2 + find.length }, text }] };
}
function quoteScalar(o, path) {
  const loc = o.locator.locate(path, "value");
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const node = yamlNodeAt(o, path);
  if (node !== void 0 && !((0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.PLAIN && !node.tag))
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
  if (node && (0, import_yaml.isMap)(node)) {
    if (!node.range)
      return void 0;
    if (node.flow)
      return flowInsert(text, node, keyText, valueText, json, description);
    return blockAppend(text, node, keyText, valueText, description);
  }
  if (json)
    return void 0;
  const parent = mapPath.length ? yamlNodeAt(o, mapPath.slice(0, -1)) : void 0;
  if (!parent || !(0, import_yaml.isMap)(parent) || parent.flow)
    return void 0;
  const pair = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(mapPath[mapPath.length - 1]));
  const v = pair?.value;
  const empty = v === null || (0, import_yaml.isScalar)(v) && v.value === null && !v.source && !!v.range && v.range[0] === v.range[1];
  if (!pair || !(0, import_yaml.isScalar)(pair.key) || !pair.key.range || !empty)
    return void 0;
  const keyStart = pair.key.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart)))
    return void 0;
  const col = keyStart - lineStart;
  const at2 = afterLine(text, pair.key.range[1]);
  if (at2 === void 0)
    return void 0;
  const eol = eolAt(text, pair.key.range[1]);
  const lead = at2.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at2.offset, end: at2.offset }, text: lead + blockEntry(keyText, valueText, col + indentStep(text, parent, col), eol) }] };
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
  const at2 = afterLine(text, lastEnd);
  if (at2 === void 0)
    return void 0;
  const eol = eolAt(text, Math.max(keyStart, lastEnd - 1));
  const lead = at2.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at2.offset, end: at2.offset }, text: lead + blockEntry(key, value, col, eol, indentStep(text, node, col)) }] };
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
    if (v && (0, import_yaml.isMap)(v) && !v.flow && v.items.length && v.items[0].key) {
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

// dist/src/rules/csi-driver-invalid.js
var csi_driver_invalid_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS],
  messages: {
    driverMissing: "volume {{volume}} has {{how}} csi.driver; the Secrets Store CSI driver is secrets-store.csi.k8s.io",
    driverWrong: "csi.driver {{driver}} is not the Secrets Store CSI driver secrets-store.csi.k8s.io{{apiGroupHint}}"
  },
  fixable: true,
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      const csi = vol.csi;
      if (!("volumeAttributes" in csi) || csi["driver"] === CSI_DRIVER_NAME)
        continue;
      const driver = csi["driver"];
      const missing = driver === void 0 || driver === null || driver === "";
      const hasKey = "driver" in csi;
      const path = hasKey ? [...vol.path, "csi", "driver"] : [...vol.path, "csi"];
      const target = hasKey && driver !== null && driver !== void 0 ? "value" : "key";
      ctx.report({
        object: src.object,
        path,
        target,
        ...missing ? { messageId: "driverMissing", data: { volume: vol.name ?? "", how: hasKey ? "an empty" : "no" } } : { messageId: "driverWrong", data: { driver: show(driver), apiGroupHint: driver === SPC_GROUP ? ` (${SPC_GROUP} is the API group of SecretProviderClass)` : "" } },
        fix: target !== "value" ? void 0 : () => replaceString(src.object, path, "value", CSI_DRIVER_NAME, `Set the driver to ${CSI_DRIVER_NAME}`)
      });
    }
  }
});

// dist/src/rules/csi-mount-not-readonly.js
var csi_mount_not_readonly_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    mountNotReadonly: "container {{container}} mounts secrets volume {{volume}} without readOnly: true"
  },
  fixable: true,
  create(ctx) {
    for (const src of ctx.views.podSources) {
      const secretNames = new Set(src.volumes.filter((v) => v.isSecretsVolume).map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.readOnly || !secretNames.has(m.name))
            continue;
          ctx.report({
            object: src.object,
            path: m.path,
            messageId: "mountNotReadonly",
            data: { container: c.name ?? "", volume: m.name },
            fix: () => at(src.object.body, [...m.path, "readOnly"]) === void 0 ? addKey(src.object, m.path, "readOnly", "true", "Mount the secrets volume readOnly") : replaceAt(src.object, [...m.path, "readOnly"], "value", "true", "Mount the secrets volume readOnly")
          });
        }
      }
    }
  }
});

// dist/src/rules/csi-spc-missing-attribute.js
var csi_spc_missing_attribute_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS],
  messages: {
    spcMissingAttribute: 'volume {{volume}} has no csi.volumeAttributes.secretProviderClass; the driver fails with "secretProviderClass is not set"'
  },
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      if (vol.spcName !== void 0 && vol.spcName.trim() !== "")
        continue;
      const attrs = vol.csi["volumeAttributes"];
      if (vol.csi["driver"] !== CSI_DRIVER_NAME && !isRecord(attrs))
        continue;
      ctx.report({ object: src.object, path: [...vol.path, "csi"], target: "key", messageId: "spcMissingAttribute", data: { volume: vol.name ?? "" } });
    }
  }
});

// dist/src/rules/support/pods.js
function lookupSpc(inv, src, name) {
  const matches = [...new Set(inv.find("SecretProviderClass", src.namespace, name))];
  const exact = src.namespace === void 0 ? [] : matches.filter((m) => m.namespace === src.namespace);
  const candidates = exact.length === 1 ? exact : matches;
  const spcs = inv.ofClass("SecretProviderClass");
  const maybe = spcs.some((s) => isPlaceholder(s.name) && (src.namespace === void 0 || s.namespace === void 0 || s.namespace === src.namespace));
  const ambiguous = candidates.length > 1;
  const inBroken = inv.inputProblems.some((p) => p.kind === "parse-error" && p.file.text.includes("SecretProviderClass") && p.file.text.includes(name));
  const decidable = !ambiguous && (spcs.length > 0 && !maybe && !inBroken || inv.liveListComplete("SecretProviderClass", src.namespace));
  const elsewhere = matches.length ? [] : inv.find("SecretProviderClass", void 0, name);
  return { spc: candidates.length === 1 ? spcView(candidates[0]) : void 0, decidable, elsewhere, ambiguous };
}
function spcOfVolume(inv, sv) {
  return sv.vol.spcName ? lookupSpc(inv, sv.src, sv.vol.spcName).spc : void 0;
}
function isMounted(src, volumeName) {
  return volumeName !== void 0 && src.containers.some((c) => c.mounts.some((m) => m.name === volumeName));
}
function visible(inv, cls, kind, ns) {
  if (ns === void 0) {
    const all = inv.ofClass(cls);
    return { list: [...all], known: inv.liveListComplete(kind, ns) || all.length > 0 };
  }
  const own = inv.inNamespace(cls, ns);
  return { list: [...own, ...inv.inNamespace(cls, "")], known: inv.liveListComplete(kind, ns) || own.length > 0 };
}
function podTemplatePath(src) {
  return src.labelsPath.length && Object.keys(src.labels).length ? [...src.labelsPath] : [...src.podPath];
}

// dist/src/rules/csi-spc-not-found.js
var csi_spc_not_found_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS],
  messages: {
    inOtherNamespace: "SecretProviderClass {{name}} is not in the pod namespace {{namespace}}{{via}}; one exists in namespace {{otherNamespace}} instead, and the driver only looks in the pod namespace",
    notFound: "SecretProviderClass {{name}} not found{{where}}"
  },
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      const name = vol.spcName?.trim();
      if (!name || isPlaceholder(name))
        continue;
      const found = lookupSpc(ctx.inventory, src, name);
      if (found.spc || !found.decidable)
        continue;
      const ns = src.namespace;
      const other = found.elsewhere[0];
      const via = src.namespaceFrom ? " (from its DeploymentTarget)" : "";
      const related = [];
      if (other)
        related.push({ object: other, path: ["metadata", "namespace"], message: `SecretProviderClass ${name} is in namespace ${other.namespace ?? "(unset)"}` });
      if (src.namespaceFrom)
        related.push({ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${ns}` });
      ctx.report({
        object: src.object,
        path: [...vol.path, "csi", "volumeAttributes", "secretProviderClass"],
        related,
        ...other ? { messageId: "inOtherNamespace", data: { name, namespace: ns, via, otherNamespace: other.namespace ?? "(unset)" } } : { messageId: "notFound", data: { name, where: ns ? ` in the pod namespace ${ns}${via}` : "" } }
      });
    }
  }
});

// dist/src/rules/csi-volume-not-readonly.js
var csi_volume_not_readonly_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    volumeNotReadonly: 'volume {{volume}} is not csi.readOnly: true; the Secrets Store CSI driver refuses it ("Readonly is not true in request")'
  },
  fixable: true,
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      const ro = vol.csi["readOnly"];
      if (ro === true)
        continue;
      const csiPath = [...vol.path, "csi"];
      ctx.report({
        object: src.object,
        path: csiPath,
        target: "key",
        messageId: "volumeNotReadonly",
        data: { volume: vol.name ?? "" },
        fix: () => ro === void 0 ? addKey(src.object, csiPath, "readOnly", "true", "Set csi.readOnly: true") : replaceAt(src.object, [...csiPath, "readOnly"], "value", "true", "Set csi.readOnly: true")
      });
    }
  }
});

// dist/src/rules/csi-volume-unmounted.js
var csi_volume_unmounted_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    volumeUnmounted: "secrets volume {{volume}} is not mounted by any container of {{description}}"
  },
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      if (isMounted(src, vol.name))
        continue;
      if (src.kind === "vvp-defaults")
        continue;
      if (src.kind === "vvp-pods" && isRecord(at(src.object.body, [...vol.path.slice(0, -1), "volumeMount"])))
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, messageId: "volumeUnmounted", data: { volume: vol.name ?? "", description: src.description } });
    }
  }
});

// dist/src/rules/grant-excessive.js
var grant_excessive_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    excessive: "{{principal}} holds more than read access on key vault {{vault}}: {{grants}}; a CSI mount only needs get (and list for version history)"
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed)
        continue;
      const res = resolveIdentity(ctx, state, spc);
      for (const principal of res.principals) {
        const extra = excessiveGrants(state, vault, principal.principalIds);
        if (extra.length === 0)
          continue;
        ctx.report({
          object: spc.object,
          path: res.path,
          discriminator: principal.label,
          messageId: "excessive",
          data: { principal: principal.label, vault: vault.name, grants: extra.map((e) => e.description).join("; ") },
          related: [{ object: vaultObject(vault), path: ["properties", vault.enableRbacAuthorization ? "enableRbacAuthorization" : "accessPolicies"], message: `key vault ${vault.name}` }]
        });
      }
    }
  }
});

// dist/src/rules/support/azure/grant-check.js
function grantProblems(data) {
  const inventory = data.inventory;
  const out = [];
  for (const { spc, state } of azureChecks(inventory)) {
    const vault = vaultOf(state, spc);
    if (!vault?.detailed)
      continue;
    const needs = needsOf(spc);
    if (needs.length === 0)
      continue;
    const res = resolveIdentity(data, state, spc);
    const modelName = vault.enableRbacAuthorization ? "Azure RBAC" : "access policies";
    const related = [
      {
        object: vaultObject(vault),
        path: ["properties", "enableRbacAuthorization"],
        message: `key vault ${vault.name} uses ${modelName}${vault.enableRbacAuthorization ? "" : " (enableRbacAuthorization is not true)"}`
      }
    ];
    for (const principal of res.principals) {
      const ev = evaluateAccess(state, vault, principal.principalIds, needs);
      const missing = ev.results.filter((r) => r.effective === "missing");
      if (missing.length === 0)
        continue;
      const otherModel = missing.filter((r) => (ev.model === "rbac" ? r.policy : r.rbac) === "granted");
      const types = (rs) => rs.map((r) => TYPE_LABEL[r.need.objectType] + (r.need.history ? " (with version history)" : "")).join(", ");
      const lacks = (rs) => rs.flatMap((r) => ev.model === "rbac" ? r.missingRbac : r.missingPolicy).filter((v, i, a) => a.indexOf(v) === i).join(", ");
      const hint3 = ev.model === "rbac" ? `assign a role that includes ${lacks(missing)} (e.g. Key Vault ${missing.some((r) => r.need.objectType !== "secret") ? "Certificate User" : "Secrets User"}) at the vault scope` : `add an access policy with ${lacks(missing)} for object id ${principal.principalIds[0] ?? "(none)"}`;
      const tenantNote = ev.model === "accessPolicy" && ev.otherTenantPolicies.length > 0 ? " (an access policy exists for it but names another tenant, so it does not count)" : "";
      if (otherModel.length === missing.length) {
        const via = ev.model === "rbac" ? "only through an access policy, which an RBAC vault ignores" : `only through ${otherModel.flatMap((r) => r.rbacVia).filter((v, i, a) => a.indexOf(v) === i).join(", ")}, which an access-policy vault ignores`;
        out.push({
          kind: "wrong-model",
          spc,
          path: res.path,
          principal,
          message: `${principal.label} can read ${types(missing)} in key vault ${vault.name} ${via}; ${hint3}, or switch the vault's permission model`,
          related
        });
      } else {
        out.push({
          kind: "missing",
          spc,
          path: res.path,
          principal,
          message: `${principal.label} cannot read ${types(missing)} in key vault ${vault.name} (${modelName})${tenantNote}; ${hint3}`,
          related
        });
      }
    }
  }
  return out;
}

// dist/src/rules/grant-missing.js
var grant_missing_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    // The grant check (src/azure/grant-check.ts) words the problem: which identity, which object types, which grant.
    grantProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of ctx.once(grantProblems)) {
      if (p.kind !== "missing")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: "grantProblem", data: { problem: p.message }, related: p.related });
    }
  }
});

// dist/src/rules/grant-wrong-model.js
var grant_wrong_model_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    // The grant check (src/azure/grant-check.ts) words the problem: which identity, which object types, which grant.
    grantProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of ctx.once(grantProblems)) {
      if (p.kind !== "wrong-model")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, messageId: "grantProblem", data: { problem: p.message }, related: p.related });
    }
  }
});

// dist/src/rules/kv-federated-credential-missing.js
var kv_federated_credential_missing_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    federatedCredentialMissing: "{{label}} has no federated credential for {{p}}{{have}}; create one with az identity federated-credential create --subject {{p2}} --audiences api://AzureADTokenExchange"
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (spc.identityMode !== "workload-identity" || !state.provided.has("federatedCredentials"))
        continue;
      const res = resolveIdentity(ctx, state, spc);
      for (const principal of res.principals) {
        const identity = principal.identity;
        if (!identity?.id || state.incomplete.federatedCredentials.has(identity.id.toLowerCase()))
          continue;
        const subjects = state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === identity.id.toLowerCase()).map((f) => f.subject);
        const missing = /* @__PURE__ */ new Set();
        for (const pod of res.pods) {
          if (pod.kind === "helm-values")
            continue;
          const sa = pod.serviceAccountName ?? "default";
          if (isPlaceholder(sa))
            continue;
          const ok = pod.namespace !== void 0 ? subjects.includes(`system:serviceaccount:${pod.namespace}:${sa}`) : subjects.some((s) => s.startsWith("system:serviceaccount:") && s.endsWith(`:${sa}`));
          if (!ok)
            missing.add(`system:serviceaccount:${pod.namespace ?? "<namespace>"}:${sa}`);
        }
        if (missing.size === 0)
          continue;
        const have = subjects.length ? ` (it has: ${subjects.join(", ")})` : " (it has none)";
        ctx.report({
          object: spc.object,
          path: spc.paramPath("clientID"),
          discriminator: identity.id,
          messageId: "federatedCredentialMissing",
          data: { label: principal.label, p: [...missing].join(", "), have, p2: [...missing][0] }
        });
      }
    }
  }
});

// dist/src/rules/kv-identity-not-found.js
var kv_identity_not_found_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    identityNotFound: "client id {{clientId}} ({{where}}) matches no managed identity or service principal in the Azure state, so its grants cannot be checked; check the id (az identity show --query clientId) or add the identity to the state"
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      for (const nf of resolveIdentity(ctx, state, spc).notFound) {
        if (!concrete(nf.clientId) || !isGuid(nf.clientId))
          continue;
        ctx.report({
          object: nf.object,
          path: nf.path,
          discriminator: nf.clientId,
          messageId: "identityNotFound",
          data: { clientId: nf.clientId, where: nf.where }
        });
      }
    }
  }
});

// dist/src/rules/kv-network-restricted.js
var kv_network_restricted_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    networkRestricted: "key vault {{name}} {{why}}, so the nodes' requests are likely refused (403 Forbidden); add a private endpoint, a VNet rule for the node subnet, or the cluster's egress IP"
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed || vault.privateEndpointConnections > 0)
        continue;
      const disabled = (vault.publicNetworkAccess ?? "").toLowerCase() === "disabled";
      const acls = vault.networkAcls;
      const denyAll = (acls?.defaultAction ?? "").toLowerCase() === "deny" && acls.ipRules.length === 0 && acls.virtualNetworkRules.length === 0;
      if (!disabled && !denyAll)
        continue;
      const why = disabled ? "has public network access disabled and no private endpoint" : "has a firewall that denies by default with no IP or virtual-network rule and no private endpoint";
      ctx.report({
        object: spc.object,
        path: spc.paramPath("keyvaultName"),
        messageId: "networkRestricted",
        data: { name: vault.name, why },
        related: [{ object: vaultObject(vault), path: ["properties", disabled ? "publicNetworkAccess" : "networkAcls"], message: `network settings of key vault ${vault.name}` }]
      });
    }
  }
});

// dist/src/rules/kv-object-disabled.js
var kv_object_disabled_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass"],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "disabled")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        messageId: "objectProblem",
        data: { problem: p.message },
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
});

// dist/src/rules/kv-object-expired.js
var kv_object_expired_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass"],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "expired")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        messageId: "objectProblem",
        data: { problem: p.message },
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
});

// dist/src/rules/kv-object-not-found.js
var kv_object_not_found_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass"],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "not-found")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        messageId: "objectProblem",
        data: { problem: p.message },
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
});

// dist/src/rules/kv-object-type-mismatch.js
var kv_object_type_mismatch_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass"],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "type-mismatch")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        messageId: "objectProblem",
        data: { problem: p.message },
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
});

// dist/src/rules/kv-object-version-not-found.js
var kv_object_version_not_found_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass"],
  messages: {
    // src/rules/support/azure/object-check.ts words the problem: which object, which vault, what the lists say.
    objectProblem: "{{problem}}"
  },
  create(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "version-not-found")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        messageId: "objectProblem",
        data: { problem: p.message },
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
});

// dist/src/rules/kv-tenant-mismatch.js
var kv_tenant_mismatch_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    tenantMismatch: "{{key}} {{value}} is not the tenant of key vault {{name}} ({{tenantId}})"
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      const tenant = spc.tenant;
      if (!vault?.detailed || !vault.tenantId || !tenant || !isGuid(tenant.value))
        continue;
      if (tenant.value.toLowerCase() === vault.tenantId.toLowerCase())
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath(tenant.key),
        messageId: "tenantMismatch",
        data: { key: tenant.key, value: tenant.value, name: vault.name, tenantId: vault.tenantId },
        related: [{ object: vaultObject(vault), path: ["properties", "tenantId"], message: `vault ${vault.name} belongs to tenant ${vault.tenantId}` }]
      });
    }
  }
});

// dist/src/rules/kv-vault-not-found.js
var kv_vault_not_found_default = defineRule({
  requires: ["azure"],
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount", "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    vaultNotFound: 'key vault "{{name}}" is not in the Azure state ({{count}} vault{{plural}} from {{origin}}); check the name, or include its subscription'
  },
  create(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (!state.provided.has("vaults") || state.incomplete.subscriptions.size > 0)
        continue;
      const name = spc.param("keyvaultName");
      if (!concrete(name) || vaultOf(state, spc))
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath("keyvaultName"),
        messageId: "vaultNotFound",
        data: { name, count: state.vaults.length, plural: state.vaults.length === 1 ? "" : "s", origin: state.origin }
      });
    }
  }
});

// dist/src/rules/support/identity.js
function sourcesMounting(ctx, mode) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of ctx.views.secretsVolumes) {
    if (seen.has(sv.src))
      continue;
    const spc = spcOfVolume(ctx.inventory, sv);
    if (!spc || !spc.isAzure || spc.identityMode !== mode)
      continue;
    seen.add(sv.src);
    out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
  }
  return out;
}

// dist/src/rules/pod-identity-binding-mismatch.js
var pod_identity_binding_mismatch_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    noBinding: "aadpodidbinding {{label}} matches no AzureIdentityBinding selector{{where}}{{selectors}}{{elsewhere}}",
    identityMissing: "AzureIdentityBinding {{label}} selected by {{where}} names AzureIdentity {{identityName}}, which does not exist"
  },
  create(ctx) {
    for (const { src } of sourcesMounting(ctx, "pod-identity")) {
      const label = src.labels["aadpodidbinding"];
      if (!label || isPlaceholder(label))
        continue;
      const { list: bindings, known } = visible(ctx.inventory, "AzureIdentityBinding", "AzureIdentityBinding", src.namespace);
      if (!known || bindings.some((b) => isRecord(b.body["spec"]) && isPlaceholder(b.body["spec"]["selector"])))
        continue;
      const path = [...src.labelsPath, "aadpodidbinding"];
      const binding = bindings.find((b) => isRecord(b.body["spec"]) && b.body["spec"]["selector"] === label);
      if (!binding) {
        const selectors = bindings.map((b) => isRecord(b.body["spec"]) ? b.body["spec"]["selector"] : void 0).filter((s) => typeof s === "string");
        const elsewhere = ctx.inventory.ofClass("AzureIdentityBinding").find((b) => !bindings.includes(b) && isRecord(b.body["spec"]) && b.body["spec"]["selector"] === label);
        ctx.report({
          object: src.object,
          path,
          messageId: "noBinding",
          data: { label: JSON.stringify(label), where: src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? " (from its DeploymentTarget)" : ""}` : "", selectors: selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(", ")})` : "", elsewhere: elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ""} in namespace ${elsewhere.namespace ?? "(unset)"} has it, but bindings only select pods of their own namespace` : "" },
          related: [
            ...elsewhere ? [{ object: elsewhere, path: ["spec", "selector"], message: `AzureIdentityBinding ${elsewhere.name ?? ""} in namespace ${elsewhere.namespace ?? "(unset)"}` }] : [],
            ...bindings.slice(0, 3).map((b) => ({ object: b, path: ["spec", "selector"], message: `AzureIdentityBinding ${b.name ?? ""}` })),
            ...src.namespaceFrom ? [{ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${src.namespace}` }] : []
          ]
        });
        continue;
      }
      const identityName = isRecord(binding.body["spec"]) ? binding.body["spec"]["azureIdentity"] : void 0;
      const identities = visible(ctx.inventory, "AzureIdentity", "AzureIdentity", binding.namespace ?? src.namespace);
      if (typeof identityName === "string" && !isPlaceholder(identityName) && identities.known && !identities.list.some((i) => i.name === identityName || isPlaceholder(i.name))) {
        ctx.report({
          object: src.object,
          path,
          messageId: "identityMissing",
          data: { label: binding.name ?? "", where: JSON.stringify(label), identityName },
          related: [{ object: binding, path: ["spec", "azureIdentity"], message: `binding names AzureIdentity ${identityName}` }]
        });
      }
    }
  }
});

// dist/src/rules/pod-identity-deprecated.js
var pod_identity_deprecated_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    identityDeprecated: "AAD Pod Identity was deprecated on 2022-10-24 and is archived; plan a move to workload identity"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.flag("usePodIdentity") !== true)
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("usePodIdentity"), target: "key", messageId: "identityDeprecated" });
    }
  }
});

// dist/src/rules/support/vvp.js
function extraLabelsHonoured(version) {
  if (!version)
    return void 0;
  const [major, minor] = version;
  return major > 2 || major === 2 && minor >= 5;
}

// dist/src/rules/pod-identity-label-missing.js
var pod_identity_label_missing_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    inKubernetesLabels: "aadpodidbinding is set in kubernetes.labels, which VVP puts on deployments, jobs and services but not on pods; move it to {{podLabels}}",
    labelMissing: "{{description}} mounts pod-identity SecretProviderClass {{name}} but its pods carry no aadpodidbinding label (add it to {{where}})"
  },
  fixable: true,
  create(ctx) {
    for (const { src, spc } of sourcesMounting(ctx, "pod-identity")) {
      if (src.labels["aadpodidbinding"]) {
        if (src.kind !== "helm-values" || extraLabelsHonoured(ctx.options.vvpVersion) !== false)
          continue;
        continue;
      }
      const inKubeLabels = src.nonPodLabels?.labels["aadpodidbinding"] !== void 0;
      const { list: bindings } = visible(ctx.inventory, "AzureIdentityBinding", "AzureIdentityBinding", src.namespace);
      const selectors = [...new Set(bindings.map((b) => isRecord(b.body["spec"]) ? b.body["spec"]["selector"] : void 0).filter((s) => typeof s === "string" && s !== ""))];
      const where = src.kind === "helm-values" ? "extraLabels" : src.kind === "vvp-pods" ? "kubernetes.pods.labels" : src.kind === "kube" ? "the pod template labels" : "the pod template metadata.labels";
      ctx.report({
        object: src.object,
        path: inKubeLabels ? src.nonPodLabels.path : podTemplatePath(src),
        target: "key",
        messageId: inKubeLabels ? "inKubernetesLabels" : "labelMissing",
        data: { podLabels: src.kind === "vvp-pods" ? "kubernetes.pods.labels" : "the pod template metadata.labels", description: src.description, name: spc.object.name, where },
        related: [{ object: spc.object, path: spc.paramPath("usePodIdentity"), message: "usePodIdentity is enabled here" }],
        // Only when exactly one binding selector can serve these pods is the label value unambiguous.
        // A missing labels map is created under its parent; a labels value that is not a map is left alone.
        fix: !inKubeLabels && selectors.length === 1 ? () => {
          const value = yamlString(selectors[0]);
          const description = `Label the pods aadpodidbinding: ${selectors[0]}`;
          return addKey(src.object, src.labelsPath, "aadpodidbinding", value, description) ?? (src.labelsPath.length > 0 && at(src.object.body, src.labelsPath) === void 0 ? addKey(src.object, src.labelsPath.slice(0, -1), String(src.labelsPath[src.labelsPath.length - 1]), { aadpodidbinding: value }, description) : void 0);
        } : void 0
      });
    }
  }
});

// dist/src/rules/support/secrets.js
function secretRefName(sv) {
  const ref = sv.vol.csi?.["nodePublishSecretRef"];
  return isRecord(ref) && typeof ref["name"] === "string" && ref["name"].trim() ? ref["name"].trim() : void 0;
}
function findSecret(inv, sv, name) {
  const { list, known } = visible(inv, "Secret", "Secret", sv.src.namespace);
  return { secret: list.find((s) => s.name === name), known };
}
function secretKeys(secret) {
  const out = [];
  for (const field of ["data", "stringData"]) {
    const m = secret.body[field];
    if (isRecord(m))
      for (const key of Object.keys(m))
        out.push({ key, field });
  }
  return out;
}
function referencedSecrets(ctx, accept = () => true) {
  const inv = ctx.inventory;
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of ctx.views.secretsVolumes) {
    const name = secretRefName(sv);
    if (!name || !accept(sv))
      continue;
    const { secret } = findSecret(inv, sv, name);
    if (!secret || seen.has(secret))
      continue;
    seen.add(secret);
    out.push({ secret, name, sv });
  }
  return out;
}

// dist/src/rules/secret-committed.js
var CREDENTIAL_KEY = /client[-_.]?secret|password|^secret$/i;
var secret_committed_default = defineRule({
  kinds: [...POD_SOURCE_KINDS, "Secret"],
  messages: {
    committed: "Secret {{name}} commits credential values under {{field}} ({{keys}}){{ref}}; rotate them and keep them out of the repository"
  },
  create(ctx) {
    const refNames = new Set(ctx.views.secretsVolumes.map(secretRefName).filter((n) => !!n));
    for (const secret of ctx.inventory.ofClass("Secret")) {
      if (secret.source.kind !== "file")
        continue;
      const isRef = secret.name !== void 0 && refNames.has(secret.name);
      const byField = /* @__PURE__ */ new Map();
      for (const { key, field } of secretKeys(secret)) {
        const value = secret.body[field][key];
        const hasValue = value !== null && value !== void 0 && String(value).trim() !== "" && !isRecord(value);
        if (!hasValue)
          continue;
        if (!(isRef || CREDENTIAL_KEY.test(key)))
          continue;
        if (isRef && !/client|secret|password|key|token/i.test(key))
          continue;
        let keys = byField.get(field);
        if (!keys)
          byField.set(field, keys = []);
        keys.push(key);
      }
      for (const [field, keys] of byField) {
        ctx.report({
          object: secret,
          path: [field],
          target: "key",
          messageId: "committed",
          data: { name: secret.name ?? "", field, keys: keys.join(", "), ref: isRef ? "; it is a nodePublishSecretRef Secret" : "" }
        });
      }
    }
  }
});

// dist/src/rules/sp-secret-keys-missing.js
var sp_secret_keys_missing_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "Secret"],
  messages: {
    secretKeysMissing: 'Secret {{name}} lacks {{keys}}; the provider fails with "could not find {{firstKey}} in secrets"'
  },
  create(ctx) {
    const servicePrincipal = (sv) => {
      const spc = spcOfVolume(ctx.inventory, sv);
      return !spc || spc.identityMode === "service-principal";
    };
    for (const { secret, name, sv } of referencedSecrets(ctx, servicePrincipal)) {
      const keys = new Set(secretKeys(secret).map((k) => k.key.toLowerCase()));
      const missing = ["clientid", "clientsecret"].filter((k) => !keys.has(k));
      if (!missing.length)
        continue;
      const hasData = secret.body["data"] !== void 0 || secret.body["stringData"] !== void 0;
      ctx.report({
        object: secret,
        path: hasData ? [secret.body["data"] !== void 0 ? "data" : "stringData"] : ["metadata", "name"],
        target: "key",
        messageId: "secretKeysMissing",
        data: { name, keys: missing.join(" and "), firstKey: missing[0] },
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }]
      });
    }
  }
});

// dist/src/rules/sp-secret-label-missing.js
var LABEL = "secrets-store.csi.k8s.io/used";
var sp_secret_label_missing_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "Secret"],
  messages: {
    secretLabelMissing: 'Secret {{name}} lacks label secrets-store.csi.k8s.io/used: "true"; secret rotation fails without it on driver v0.1.0-v1.5.x'
  },
  fixable: true,
  create(ctx) {
    for (const { secret, name, sv } of referencedSecrets(ctx)) {
      const meta = isRecord(secret.body["metadata"]) ? secret.body["metadata"] : {};
      const labels = isRecord(meta["labels"]) ? meta["labels"] : void 0;
      const value = labels?.[LABEL];
      if (value === "true")
        continue;
      const labelPath = ["metadata", "labels", LABEL];
      ctx.report({
        object: secret,
        path: value !== void 0 ? labelPath : labels ? ["metadata", "labels"] : ["metadata", "name"],
        target: value !== void 0 ? "value" : "key",
        messageId: "secretLabelMissing",
        data: { name },
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
        fix: () => value !== void 0 ? replaceAt(secret, labelPath, "value", '"true"', `Set ${LABEL} to "true"`) : addKey(secret, ["metadata", "labels"], LABEL, '"true"', `Add label ${LABEL}: "true"`) ?? (isRecord(secret.body["metadata"]) && !Object.hasOwn(meta, "labels") ? addKey(secret, ["metadata"], "labels", { [LABEL]: '"true"' }, `Add label ${LABEL}: "true"`) : void 0)
      });
    }
  }
});

// dist/src/rules/sp-secret-not-found.js
var sp_secret_not_found_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "Secret"],
  messages: {
    secretNotFound: "Secret {{name}} is not in the pod namespace {{namespace}}{{via}}{{elsewhere}}"
  },
  create(ctx) {
    for (const sv of ctx.views.secretsVolumes) {
      const name = secretRefName(sv);
      if (!name || isPlaceholder(name) || sv.src.namespace === void 0)
        continue;
      const { secret, known } = findSecret(ctx.inventory, sv, name);
      if (secret || !known)
        continue;
      const elsewhere = ctx.inventory.ofClass("Secret").find((s) => s.name === name);
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"],
        messageId: "secretNotFound",
        data: { name, namespace: sv.src.namespace, via: sv.src.namespaceFrom ? " (from its DeploymentTarget)" : "", elsewhere: elsewhere ? `; one exists in namespace ${elsewhere.namespace ?? "(unset)"}, but the driver only reads the pod namespace` : "" },
        related: [
          ...elsewhere ? [{ object: elsewhere, path: ["metadata", "name"], message: `Secret ${name} in namespace ${elsewhere.namespace ?? "(unset)"}` }] : [],
          ...sv.src.namespaceFrom ? [{ object: sv.src.namespaceFrom.object, path: sv.src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${sv.src.namespace}` }] : []
        ]
      });
    }
  }
});

// dist/src/rules/sp-secret-ref-missing.js
var sp_secret_ref_missing_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "Secret"],
  messages: {
    secretRefMissing: "SecretProviderClass {{name}} uses a service principal (no identity flag, no clientID), but volume {{volume}} has no nodePublishSecretRef"
  },
  create(ctx) {
    for (const sv of ctx.views.secretsVolumes) {
      const spc = spcOfVolume(ctx.inventory, sv);
      if (!spc || !spc.isAzure || spc.identityMode !== "service-principal")
        continue;
      const ref = sv.vol.csi["nodePublishSecretRef"];
      if (isRecord(ref) && typeof ref["name"] === "string" && ref["name"].trim())
        continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi"],
        target: "key",
        messageId: "secretRefMissing",
        data: { name: spc.object.name, volume: sv.vol.name ?? "" },
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: "no usePodIdentity, useVMManagedIdentity or clientID here" }]
      });
    }
  }
});

// dist/src/rules/sp-secret-ref-unneeded.js
var sp_secret_ref_unneeded_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "Secret"],
  messages: {
    secretRefUnneeded: "SecretProviderClass {{name}} uses {{identityMode}}; the nodePublishSecretRef Secret is never used"
  },
  create(ctx) {
    for (const sv of ctx.views.secretsVolumes) {
      if (sv.vol.csi["nodePublishSecretRef"] === void 0)
        continue;
      const spc = spcOfVolume(ctx.inventory, sv);
      if (!spc || !spc.isAzure || spc.identityMode === "service-principal")
        continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi", "nodePublishSecretRef"],
        target: "key",
        messageId: "secretRefUnneeded",
        data: { name: spc.object.name, identityMode: spc.identityMode },
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: `identity mode ${spc.identityMode} is set here` }]
      });
    }
  }
});

// dist/src/rules/spc-api-version.js
var spc_api_version_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    apiVersion: "apiVersion is {{p}}; a SecretProviderClass needs apiVersion: {{SPC_GROUP}}/v1",
    apiVersion2: "apiVersion must be the string {{SPC_GROUP}}/v1",
    apiVersion3: "apiVersion uses the CSI driver name {{CSI_DRIVER_NAME}} as API group; the group is {{SPC_GROUP}} (note the x-)",
    apiVersion4: "{{SPC_GROUP}}/v1alpha1 is deprecated; use {{SPC_GROUP}}/v1",
    apiVersion5: "apiVersion {{p}} is not served for SecretProviderClass; use {{SPC_GROUP}}/v1"
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const o = spc.object;
      const v = o.body["apiVersion"];
      if (v === void 0 || v === null || typeof v === "string" && v.trim() === "") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", messageId: "apiVersion", data: { p: v === void 0 ? "missing" : "empty", SPC_GROUP } });
      } else if (isPlaceholder(v)) {
      } else if (typeof v !== "string") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", messageId: "apiVersion2", data: { SPC_GROUP } });
      } else if (v.startsWith(`${CSI_DRIVER_NAME}/`)) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "error",
          messageId: "apiVersion3",
          data: { CSI_DRIVER_NAME, SPC_GROUP },
          fix: () => replaceInside(o, ["apiVersion"], "value", CSI_DRIVER_NAME, SPC_GROUP, `Use API group ${SPC_GROUP}`)
        });
      } else if (v === `${SPC_GROUP}/v1alpha1`) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "warning",
          messageId: "apiVersion4",
          data: { SPC_GROUP },
          fix: () => replaceInside(o, ["apiVersion"], "value", "v1alpha1", "v1", "Use apiVersion v1")
        });
      } else if (v !== `${SPC_GROUP}/v1`) {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", messageId: "apiVersion5", data: { p: JSON.stringify(v), SPC_GROUP } });
      }
    }
  }
});

// dist/src/rules/spc-bool-invalid.js
var spc_bool_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    boolInvalid: '{{flag}} {{value}} is not a boolean the provider accepts (use "true" or "false")'
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      for (const flag of IDENTITY_FLAGS) {
        const raw = spc.parameters?.[flag];
        if (typeof raw !== "string")
          continue;
        const v = raw.trim();
        if (v === "" || parseGoBool(v) !== void 0 || isPlaceholder(v) || isYaml11NonString(spc, flag))
          continue;
        ctx.report({ object: spc.object, path: spc.paramPath(flag), messageId: "boolInvalid", data: { flag, value: show(v) } });
      }
    }
  }
});

// dist/src/rules/spc-client-id-invalid.js
var spc_client_id_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    clientIdInvalid: "clientID {{value}} is not a GUID; use the client id of the managed identity or app registration"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("clientID");
      if (!v || isGuid(v) || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("clientID"), messageId: "clientIdInvalid", data: { value: show(v) } });
    }
  }
});

// dist/src/rules/spc-identity-mode-conflict.js
var spc_identity_mode_conflict_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    twoModes: "{{secondFlag}} and {{firstFlag}} are both true; only one identity mode can be enabled at a time",
    clientIdWithMode: "clientID is set together with {{clashing}}: the provider then parses workload-identity tokens and fails without them; remove clientID{{hint}}"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      const enabled = Object.keys(params).filter((k) => IDENTITY_FLAGS.includes(k) && spc.flag(k) === true);
      if (enabled.length > 1) {
        const [firstFlag, secondFlag] = enabled;
        ctx.report({
          object: spc.object,
          path: spc.paramPath(secondFlag),
          target: "key",
          messageId: "twoModes",
          data: { secondFlag, firstFlag },
          related: [{ object: spc.object, path: spc.paramPath(firstFlag), target: "key", message: `${firstFlag} is also true` }]
        });
        continue;
      }
      const clientId = spc.param("clientID");
      const clashing = enabled.find((k) => k === "usePodIdentity" || k === "useVMManagedIdentity");
      if (clientId && clashing) {
        const keys = Object.keys(params);
        const later = keys.indexOf("clientID") > keys.indexOf(clashing) ? "clientID" : clashing;
        const earlier = later === "clientID" ? clashing : "clientID";
        ctx.report({
          object: spc.object,
          path: spc.paramPath(later),
          target: "key",
          messageId: "clientIdWithMode",
          data: { clashing, hint: clashing === "useVMManagedIdentity" ? " (use userAssignedIdentityID for a user-assigned identity)" : "" },
          related: [{ object: spc.object, path: spc.paramPath(earlier), target: "key", message: `${earlier} is set here` }]
        });
      }
    }
  }
});

// dist/src/rules/spc-keyvault-name-invalid.js
var VAULT_NAME = /^(?=.{3,24}$)[A-Za-z](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]$/;
var spc_keyvault_name_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    missing: "keyvaultName is {{state}}; the provider needs the Key Vault name{{hint}}",
    invalid: "keyvaultName {{value}} is not a valid Key Vault name: it {{why}}"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const raw = spc.parameters?.["keyvaultName"];
      if (typeof raw !== "string" && raw !== void 0 && raw !== null)
        continue;
      const v = spc.param("keyvaultName");
      if (!v) {
        const path = spc.has("keyvaultName") ? spc.paramPath("keyvaultName") : ["spec", "parameters"];
        ctx.report({ object: spc.object, path, target: spc.has("keyvaultName") ? "value" : "key", messageId: "missing", data: { state: spc.has("keyvaultName") ? "empty" : "not set", hint: hint(caseVariant(spc, "keyvaultName")) } });
        continue;
      }
      if (isPlaceholder(v) || VAULT_NAME.test(v))
        continue;
      const host = /^(?:[a-z]+:\/\/)?([A-Za-z0-9-]+)\.vault\./i.exec(v)?.[1];
      const why = /[./:]/.test(v) ? `looks like a URI or host name; use the bare vault name${host ? ` ${host}` : ""}` : v.length < 3 || v.length > 24 ? `is ${v.length} characters (3-24 allowed)` : /--/.test(v) ? "contains consecutive hyphens" : !/^[A-Za-z]/.test(v) ? "must start with a letter" : !/[A-Za-z0-9]$/.test(v) ? "must end with a letter or digit" : "may only contain letters, digits and hyphens";
      ctx.report({ object: spc.object, path: spc.paramPath("keyvaultName"), messageId: "invalid", data: { value: show(v), why } });
    }
  }
});
function hint(variant) {
  return variant ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-objects-file-collision.js
var spc_objects_file_collision_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    objectsFileCollision: "objects entry {{index}} writes file {{file}}, already written by entry {{prev}}; give one an objectAlias"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.parameters === void 0 || typeof spc.parameters["objects"] !== "string")
        continue;
      const first = /* @__PURE__ */ new Map();
      for (const e of spc.objects.entries) {
        const name = e.fileName;
        if (!name)
          continue;
        const prev = first.get(name);
        if (prev === void 0) {
          first.set(name, e.index);
          continue;
        }
        const byAlias = typeof e.fields?.["objectAlias"] === "string" && e.fields["objectAlias"].trim() !== "";
        const prevEntry = spc.objects.entries[prev];
        ctx.report({
          object: spc.object,
          path: spc.paramPath("objects"),
          location: e.locate(byAlias ? "objectAlias" : "objectName"),
          messageId: "objectsFileCollision",
          data: { index: e.index, file: JSON.stringify(name), prev },
          related: [{ object: spc.object, path: spc.paramPath("objects"), location: prevEntry.locate(prevEntry.fields?.["objectAlias"] ? "objectAlias" : "objectName"), message: `entry ${prev} writes ${JSON.stringify(name)}` }],
          discriminator: String(e.index)
        });
      }
    }
  }
});

// dist/src/rules/spc-objects-invalid.js
var OBJECT_TYPES = ["secret", "key", "cert"];
var OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
var KNOWN_FIELDS = ["objectName", "objectAlias", "objectVersion", "objectVersionHistory", "objectType", "objectFormat", "objectEncoding", "filePermission"];
function entryProblems(e) {
  if (e.error || !e.fields)
    return [{ message: e.error ?? `entry ${e.index} is not a YAML mapping` }];
  const f = e.fields;
  const out = [];
  const str = (k) => typeof f[k] === "string" ? f[k].trim() : f[k] === void 0 || f[k] === null ? void 0 : String(f[k]);
  for (const k of Object.keys(f)) {
    if (!KNOWN_FIELDS.includes(k)) {
      const near = KNOWN_FIELDS.find((n) => n.toLowerCase() === k.toLowerCase());
      out.push({ field: k, target: "key", message: `unknown field ${k} in objects entry ${e.index}${near ? `; did you mean ${near}?` : ""}` });
    }
  }
  const name = str("objectName");
  if (!name)
    out.push({ field: f["objectName"] === void 0 ? void 0 : "objectName", message: `objects entry ${e.index} has no objectName` });
  else if (!isPlaceholder(name) && !OBJECT_NAME.test(name))
    out.push({ field: "objectName", message: `objectName ${show(name)} is not a Key Vault object name (1-127 letters, digits and hyphens)` });
  const type = str("objectType");
  if (type === void 0)
    out.push({ message: `objects entry ${e.index} has no objectType (secret, key or cert)` });
  else if (!OBJECT_TYPES.includes(type)) {
    const hint3 = /^cert/i.test(type) ? ": use cert for a certificate" : OBJECT_TYPES.includes(type.toLowerCase()) ? `, in lower case: use ${type.toLowerCase()}` : "";
    out.push({ field: "objectType", message: `objectType ${show(type)} must be exactly secret, key or cert${hint3}` });
  }
  const format = str("objectFormat");
  if (format) {
    if (!["pem", "pfx"].includes(format.toLowerCase()))
      out.push({ field: "objectFormat", message: `objectFormat ${show(format)} must be pem or pfx` });
    else if (format.toLowerCase() === "pfx" && type !== "secret")
      out.push({ field: "objectFormat", message: "objectFormat pfx is only supported with objectType: secret" });
  }
  const encoding = str("objectEncoding");
  if (encoding) {
    if (!["utf-8", "hex", "base64"].includes(encoding.toLowerCase()))
      out.push({ field: "objectEncoding", message: `objectEncoding ${show(encoding)} must be utf-8, hex or base64` });
    else if (type !== void 0 && type !== "secret")
      out.push({ field: "objectEncoding", message: "objectEncoding is only supported with objectType: secret" });
  }
  const perm = str("filePermission");
  if (perm && !/^0?[0-7]{3,4}$/.test(perm))
    out.push({ field: "filePermission", message: `filePermission ${show(perm)} is not an octal mode such as 0644; the provider silently uses mode 0` });
  const alias = str("objectAlias");
  if (alias !== void 0 && alias !== "" && !isPlaceholder(alias)) {
    if (alias.startsWith("/"))
      out.push({ field: "objectAlias", message: `objectAlias ${show(alias)} must be a relative file name` });
    else if (alias.includes(".."))
      out.push({ field: "objectAlias", message: `objectAlias ${show(alias)} must not contain ".."` });
  }
  const version = str("objectVersion");
  if (version && version !== "latest" && !isPlaceholder(version) && !/^[0-9A-Za-z]{32}$/.test(version)) {
    out.push({ field: "objectVersion", message: `objectVersion ${show(version)} must be empty, latest or a 32-character version id` });
  }
  const history = f["objectVersionHistory"];
  if (history !== void 0 && history !== null && !(Number.isInteger(Number(history)) && Number(history) >= 0)) {
    out.push({ field: "objectVersionHistory", message: `objectVersionHistory ${show(history)} must be a whole number` });
  }
  return out;
}
var spc_objects_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    // The `objects` string does not parse (src/model/spc.ts words the YAML error), or an entry is wrong (entryProblems).
    objectsUnparsable: "{{problem}}",
    noObjects: "`objects` lists no Key Vault object",
    entryInvalid: "{{problem}}"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.parameters === void 0 && spc.spec?.["parameters"] !== void 0)
        continue;
      const raw = spc.parameters?.["objects"];
      if (raw !== void 0 && raw !== null && typeof raw !== "string")
        continue;
      const objects = spc.objects;
      if (objects.error) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: objects.error.location, messageId: "objectsUnparsable", data: { problem: objects.error.message } });
        continue;
      }
      if (!objects.entries.length) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), messageId: "noObjects" });
        continue;
      }
      for (const e of objects.entries) {
        for (const p of entryProblems(e)) {
          ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(p.field, p.target), messageId: "entryInvalid", data: { problem: p.message }, discriminator: `${e.index}:${p.field ?? ""}:${p.message}` });
        }
      }
    }
  }
});

// dist/src/rules/spc-parameter-not-string.js
var spc_parameter_not_string_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    nullValue: 'parameter {{key}} has no value (null), not a string; the API server drops it as if {{key}} were not set: write a quoted value, or "" for an empty one',
    notString: "parameter {{key}} is {{kind}}, not a string; SecretProviderClass parameters are strings: {{advice}}"
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      for (const [key, value] of Object.entries(params)) {
        const path = spc.paramPath(key);
        let kind;
        if (typeof value !== "string")
          kind = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a map" : `a ${typeof value}`;
        else if (isYaml11NonString(spc, key))
          kind = yaml11Kind(String(scalarAt(spc.object, path)?.source ?? value));
        if (!kind)
          continue;
        ctx.report({
          object: spc.object,
          path,
          messageId: value === null ? "nullValue" : "notString",
          data: { key, kind, advice: advice(value) },
          fix: () => quoteScalar(spc.object, path)
        });
      }
    }
  }
});
function yaml11Kind(source) {
  const what = /^(?:~|null|Null|NULL)$/.test(source) ? "null" : /^[-+.0-9]/.test(source) ? "a number" : "a boolean";
  return `unquoted ${source}, which kubectl (YAML 1.1) reads as ${what}`;
}
function advice(value) {
  if (typeof value === "object")
    return "write it as a YAML block string (`key: |`)";
  return "quote the value";
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
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance)
      [best, bestDistance] = [k, d];
  }
  return best;
}
var spc_parameter_unknown_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    wrongCase: "the Azure provider ignores parameter {{key}}: keys are case-sensitive and the one it reads is {{suggestion}}",
    objectField: "the Azure provider ignores parameter {{key}}: {{field}} is a field of an entry of the objects block",
    didYouMean: "the Azure provider does not read parameter {{key}}; did you mean {{suggestion}}?",
    unknown: "the Azure provider does not read parameter {{key}}; it is ignored"
  },
  fixable: true,
  create(ctx) {
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
          ...unknownMessage(key, suggestion, exactOnlyByCase),
          // Renaming is only safe when the key differs by case alone and the right key is not already there.
          fix: exactOnlyByCase && !Object.hasOwn(params, suggestion) ? () => renameKey(spc.object, path, suggestion, `Rename ${key} to ${suggestion}`) : void 0
        });
      }
    }
  }
});
var OBJECT_FIELDS = ["objectName", "objectAlias", "objectVersion", "objectVersionHistory", "objectType", "objectFormat", "objectEncoding", "filePermission"];
function unknownMessage(key, suggestion, byCase) {
  if (byCase)
    return { messageId: "wrongCase", data: { key, suggestion } };
  const field = OBJECT_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
  if (field)
    return { messageId: "objectField", data: { key, field } };
  return suggestion ? { messageId: "didYouMean", data: { key, suggestion } } : { messageId: "unknown", data: { key } };
}

// dist/src/rules/spc-provider-invalid.js
var spc_provider_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    notSet: "spec.provider is not set; the Azure Key Vault provider is selected with provider: azure",
    unknown: 'spec.provider {{provider}} is not a registered provider; the Azure Key Vault provider is "azure"'
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const p = spc.provider;
      if (p === "azure")
        continue;
      const unset = p === void 0 || p === null || typeof p === "string" && p.trim() === "";
      ctx.report({ object: spc.object, path: ["spec", "provider"], ...unset ? { messageId: "notSet" } : { messageId: "unknown", data: { provider: show(p) } } });
    }
  }
});

// dist/src/rules/spc-secret-objects-invalid.js
var spc_secret_objects_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    entryNotMapping: "secretObjects[{{i}}] must be a mapping",
    fieldMissing: "secretObjects[{{i}}] has no {{field}}",
    noData: "secretObjects[{{i}}] has no data",
    dataNotMapping: "secretObjects[{{i}}].data[{{j}}] must be a mapping",
    noKey: "secretObjects[{{i}}].data[{{j}}] has no key",
    tlsKey: "key {{key}} is not supported for a kubernetes.io/tls Secret; only tls.key and tls.crt are",
    noObjectName: "secretObjects[{{i}}].data[{{j}}] has no objectName",
    notMounted: "objectName {{name}} is not a file this SecretProviderClass mounts{{hint}}"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const list = spc.spec?.["secretObjects"];
      if (!Array.isArray(list))
        continue;
      const files = typeof spc.parameters?.["objects"] === "string" && !spc.objects.error ? spc.fileNames : void 0;
      list.forEach((entry, i) => {
        const base = ["spec", "secretObjects", i];
        const report = (path, messageId, data2, target) => ctx.report({ object: spc.object, path: [...base, ...path], target, messageId, data: data2 });
        if (!isRecord(entry))
          return report([], "entryNotMapping", { i });
        for (const field of ["secretName", "type"]) {
          if (typeof entry[field] !== "string" || !entry[field].trim())
            report(entry[field] === void 0 ? [] : [field], "fieldMissing", { i, field }, entry[field] === void 0 ? "key" : "value");
        }
        const data = entry["data"];
        if (!Array.isArray(data) || data.length === 0)
          return report(data === void 0 ? [] : ["data"], "noData", { i });
        const tls = entry["type"] === "kubernetes.io/tls";
        data.forEach((d, j) => {
          if (!isRecord(d))
            return report(["data", j], "dataNotMapping", { i, j });
          const key = typeof d["key"] === "string" ? d["key"].trim() : "";
          if (!key)
            report(["data", j], "noKey", { i, j });
          else if (tls && key !== "tls.key" && key !== "tls.crt")
            report(["data", j, "key"], "tlsKey", { key: JSON.stringify(key) });
          const name = typeof d["objectName"] === "string" ? d["objectName"].trim() : "";
          if (!name)
            report(["data", j], "noObjectName", { i, j });
          else if (files && !isPlaceholder(name) && ![...files].some(isPlaceholder) && !files.has(name)) {
            const aliased = spc.objects.entries.find((e) => e.fields?.["objectName"] === name && e.fileName && e.fileName !== name)?.fileName;
            const hint3 = aliased ? `; that object is mounted as ${JSON.stringify(aliased)} (its objectAlias): use that name` : ` (${[...files].map((f) => JSON.stringify(f)).join(", ") || "none"}); use the objectAlias, else the objectName`;
            report(["data", j, "objectName"], "notMounted", { name: JSON.stringify(name), hint: hint3 });
          }
        });
      });
    }
  }
});

// dist/src/rules/spc-tenant-id-deprecated-key.js
var spc_tenant_id_deprecated_key_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    bothKeys: "tenantId is deprecated and ignored here because tenantID is also set; remove it",
    deprecated: "tenantId is deprecated; the provider prefers tenantID"
  },
  fixable: true,
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (!spc.has("tenantId"))
        continue;
      const path = spc.paramPath("tenantId");
      const both = spc.has("tenantID");
      ctx.report({
        object: spc.object,
        path,
        target: "key",
        messageId: both ? "bothKeys" : "deprecated",
        fix: both ? void 0 : () => renameKey(spc.object, path, "tenantID", "Rename tenantId to tenantID")
      });
    }
  }
});

// dist/src/rules/spc-tenant-id-invalid.js
var spc_tenant_id_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    missing: "{{key}} is {{state}}; the provider needs the Entra tenant id of the vault{{hint}}",
    invalid: "{{key}} {{value}} is not a tenant GUID (or adfs for Azure Stack Hub)"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (!spc.parameters && spc.spec?.["parameters"] !== void 0)
        continue;
      const tenant = spc.tenant;
      if (!tenant) {
        const present = ["tenantID", "tenantId"].find((k) => spc.has(k));
        if (present && typeof spc.parameters?.[present] !== "string" && spc.parameters?.[present] !== null)
          continue;
        ctx.report({
          object: spc.object,
          path: present ? spc.paramPath(present) : ["spec", "parameters"],
          target: present ? "value" : "key",
          messageId: "missing",
          data: { key: present ?? "tenantID", state: present ? "empty" : "not set", hint: present ? "" : hint2(caseVariant(spc, "tenantID")) }
        });
        continue;
      }
      const v = tenant.value;
      if (isGuid(v) || v === "adfs" || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath(tenant.key), messageId: "invalid", data: { key: tenant.key, value: show(v) } });
    }
  }
});
function hint2(variant) {
  return variant && variant !== "tenantId" ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-user-assigned-id-invalid.js
var spc_user_assigned_id_invalid_default = defineRule({
  kinds: ["SecretProviderClass"],
  messages: {
    resourceIdOfIdentity: "userAssignedIdentityID is the resource id of identity {{identity}}, not its client id; use the client id (az identity show --query clientId)",
    resourceId: "userAssignedIdentityID {{value}} is a resource id; it must be the client id of the user-assigned identity",
    notGuid: "userAssignedIdentityID {{value}} is not a GUID; it must be the client id of the user-assigned identity",
    ignored: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"'
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("userAssignedIdentityID");
      if (!v)
        continue;
      const path = spc.paramPath("userAssignedIdentityID");
      if (!isGuid(v) && !isPlaceholder(v)) {
        const resourceName = /^\/subscriptions\/.*\/userAssignedIdentities\/([^/]+)\/?$/i.exec(v)?.[1];
        const message = resourceName ? { messageId: "resourceIdOfIdentity", data: { identity: JSON.stringify(resourceName) } } : { messageId: v.startsWith("/") ? "resourceId" : "notGuid", data: { value: show(v) } };
        ctx.report({ object: spc.object, path, level: "error", ...message });
      } else if (spc.flag("useVMManagedIdentity") !== true) {
        ctx.report({ object: spc.object, path, level: "warning", messageId: "ignored" });
      }
    }
  }
});

// dist/src/rules/suppression-reason-missing.js
var suppression_reason_missing_default = defineRule({
  kinds: [],
  phase: "suppressions",
  messages: {
    comment: '{{where}} gives no reason, so it does not apply; add " -- <why>" after the rule ids',
    annotation: "{{where}} gives no reason, so it does not apply; give the annotation a value that says why"
  },
  create(ctx) {
    for (const d of ctx.directives) {
      if (d.verdict !== "no-reason")
        continue;
      ctx.report({ path: [], location: d.location, identity: d.identity, messageId: d.kind === "annotation" ? "annotation" : "comment", data: { where: d.where } });
    }
  }
});

// dist/src/rules/suppression-unused.js
var suppression_unused_default = defineRule({
  kinds: [],
  phase: "suppressions",
  messages: {
    malformed: "{{where}} never applies: {{why}}",
    unused: "{{where}} suppresses nothing{{forIds}}: no such finding {{scope}}; remove it"
  },
  create(ctx) {
    for (const d of ctx.directives) {
      if (d.verdict === "malformed") {
        ctx.report({ path: [], location: d.location, identity: d.identity, messageId: "malformed", data: { where: d.where, why: d.detail } });
      } else if (d.verdict === "unused") {
        const forIds = d.ruleIds.length > 1 ? ` for ${d.unusedIds.join(", ")}` : "";
        const scope = d.kind === "next-line" ? "on the next line" : d.kind === "file" ? "in this file" : "in this object";
        ctx.report({ path: [], location: d.location, identity: d.identity, messageId: "unused", data: { where: d.where, forIds, scope } });
      }
    }
  }
});

// dist/src/rules/unresolved-placeholder.js
var unresolved_placeholder_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "AzureIdentity", "AzureIdentityBinding"],
  messages: {
    placeholder: "{{field}} of objects entry {{index}} still holds the placeholder {{ph}}; substitute the real value before applying",
    placeholder2: "{{String}} still holds the placeholder {{ph}}; substitute the real value before applying"
  },
  create(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      for (const path of [["apiVersion"], ["metadata", "name"], ["metadata", "namespace"], ["spec", "provider"]])
        stringAt(ctx, spc.object, path);
      if (spc.spec?.["secretObjects"] !== void 0)
        walkStrings(ctx, spc.object, ["spec", "secretObjects"], spc.spec["secretObjects"]);
      const params = spc.parameters;
      if (!params)
        continue;
      for (const [key, value] of Object.entries(params)) {
        if (key === "objects")
          continue;
        if (typeof value === "string")
          reportIf(ctx, spc.object, spc.paramPath(key), value);
      }
      if (typeof params["objects"] === "string") {
        for (const e of spc.objects.entries) {
          for (const [field, value] of Object.entries(e.fields ?? {})) {
            const ph = typeof value === "string" ? findPlaceholder(value) : void 0;
            if (ph)
              ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(field), messageId: "placeholder", data: { field, index: e.index, ph }, discriminator: `${e.index}:${field}` });
          }
        }
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const src of ctx.views.podSources) {
      for (const vol of src.volumes)
        if (vol.csi)
          walkStrings(ctx, src.object, vol.path, vol.body);
      if (!src.volumes.some((v) => v.isSecretsVolume))
        continue;
      if (src.serviceAccountPath)
        stringAt(ctx, src.object, src.serviceAccountPath);
      stringAt(ctx, src.object, [...src.labelsPath, "aadpodidbinding"]);
      if (seen.has(src.object) || src.kind === "helm-values" || src.kind === "vvp-defaults")
        continue;
      seen.add(src.object);
      for (const path of [["metadata", "name"], ["metadata", "namespace"]])
        stringAt(ctx, src.object, path);
    }
    for (const t of ctx.inventory.ofClass("VvpDeploymentTarget"))
      stringAt(ctx, t, ["spec", "kubernetes", "namespace"]);
    for (const cls of ["AzureIdentity", "AzureIdentityBinding"]) {
      for (const o of ctx.inventory.ofClass(cls))
        if (isRecord(o.body["spec"]))
          walkStrings(ctx, o, ["spec"], o.body["spec"]);
    }
  }
});
function stringAt(ctx, o, path) {
  const v = at(o.body, path);
  if (typeof v === "string")
    reportIf(ctx, o, path, v);
}
function walkStrings(ctx, o, path, value, depth = 0) {
  if (depth > 20)
    return;
  if (typeof value === "string")
    reportIf(ctx, o, path, value);
  else if (Array.isArray(value))
    value.forEach((v, i) => walkStrings(ctx, o, [...path, i], v, depth + 1));
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value))
      walkStrings(ctx, o, [...path, k], v, depth + 1);
}
function reportIf(ctx, o, path, value) {
  const ph = findPlaceholder(value);
  if (ph)
    ctx.report({ object: o, path, messageId: "placeholder2", data: { String: String(path[path.length - 1]), ph } });
}

// dist/src/rules/volume-mount-unknown.js
var volume_mount_unknown_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    mountUnknown: "container {{container}} mounts volume {{volume}}, which {{description}} does not define"
  },
  create(ctx) {
    const sources = ctx.views.podSources;
    const defaultVolumes = new Set(sources.filter((s) => s.kind === "vvp-defaults").flatMap((s) => s.volumes.map((v) => v.name)));
    for (const src of sources) {
      if (src.kind === "vvp-pods")
        continue;
      const names = new Set(src.volumes.map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.name === void 0 || names.has(m.name) || src.implicitVolumes?.includes(m.name))
            continue;
          if (src.kind !== "kube" && src.kind !== "helm-values" && defaultVolumes.has(m.name))
            continue;
          ctx.report({ object: src.object, path: [...m.path, "name"], messageId: "mountUnknown", data: { container: c.name ?? "", volume: m.name, description: src.description } });
        }
      }
    }
  }
});

// dist/src/rules/vvp-chart-volume-platform-only.js
var vvp_chart_volume_platform_only_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    chartVolumePlatformOnly: "secrets volume {{volume}} in the chart values mounts only into the Ververica Platform pod, not into Flink jobs; Flink pods need it in the Deployment pod templates or globalDeploymentDefaults"
  },
  create(ctx) {
    for (const { src, vol } of ctx.views.secretsVolumes) {
      if (src.kind !== "helm-values")
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, messageId: "chartVolumePlatformOnly", data: { volume: vol.name ?? "" } });
    }
  }
});

// dist/src/rules/vvp-container-name.js
var vvp_container_name_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    containerName: "container {{container}} has no image, so it patches the Flink container, but it is not named {{expected}}: VVP adds it as a broken extra container and its volumeMounts never reach Flink{{hint}}"
  },
  create(ctx) {
    for (const src of ctx.views.podSources) {
      if (src.kind !== "vvp-template" && src.kind !== "vvp-defaults" || src.flinkRole !== "jobmanager" && src.flinkRole !== "taskmanager")
        continue;
      const expected = src.flinkRole === "jobmanager" ? "flink-jobmanager" : "flink-taskmanager";
      for (const c of src.containers) {
        if (c.hasImage || c.name === expected || c.path.includes("initContainers"))
          continue;
        ctx.report({
          object: src.object,
          path: [...c.path, "name"],
          messageId: "containerName",
          data: { container: JSON.stringify(c.name ?? ""), expected, hint: c.name === "flink-main-container" ? " (flink-main-container is the Apache Flink convention, not VVP's)" : "" }
        });
      }
    }
  }
});

// dist/src/rules/vvp-deployment-target-unknown.js
var vvp_deployment_target_unknown_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    deploymentTargetUnknown: "DeploymentTarget {{target}} is not among the known DeploymentTargets, so the pod namespace is unknown and namespace checks are relaxed"
  },
  create(ctx) {
    const withSecrets = new Set(ctx.views.secretsVolumes.map((sv) => sv.src.object));
    for (const o of [...ctx.inventory.ofClass("VvpDeployment"), ...ctx.inventory.ofClass("VvpSessionCluster")]) {
      if (!withSecrets.has(o))
        continue;
      const spec = isRecord(o.body["spec"]) ? o.body["spec"] : {};
      const field = typeof spec["deploymentTargetName"] === "string" ? "deploymentTargetName" : typeof spec["deploymentTargetId"] === "string" ? "deploymentTargetId" : void 0;
      if (!field || resolveTarget(ctx.views.vvpIndex, o))
        continue;
      ctx.report({ object: o, path: ["spec", field], messageId: "deploymentTargetUnknown", data: { target: JSON.stringify(spec[field]) } });
    }
  }
});

// dist/src/rules/support/vvp-drift.js
var KUBERNETES_PATH = ["spec", "template", "spec", "kubernetes"];
function vvpDrift(inventory) {
  const deployments = inventory.ofClass("VvpDeployment");
  const live = deployments.filter((o) => o.source.kind === "live" && o.source.live === "vvp");
  const files = deployments.filter((o) => o.source.kind === "file");
  if (live.length === 0 || files.length === 0)
    return [];
  const notes = [];
  for (const l of live) {
    const f = files.find((o) => o.name === l.name && (o.namespace === void 0 || o.namespace === l.namespace));
    if (!f)
      continue;
    const paths = differingPaths(at(f.body, KUBERNETES_PATH), at(l.body, KUBERNETES_PATH), KUBERNETES_PATH);
    if (paths.length === 0)
      continue;
    const where = f.source.kind === "file" ? f.source.file.relPath : "git";
    notes.push({
      live: l,
      file: f,
      paths,
      message: `VVP Deployment ${JSON.stringify(l.name)} in VVP namespace ${JSON.stringify(l.namespace)} differs from ${where} under spec.template.spec.kubernetes: ${describePaths(paths)}`
    });
  }
  return notes;
}

// dist/src/rules/vvp-drift.js
var vvp_drift_default = defineRule({
  requires: ["vvp-api"],
  kinds: [],
  messages: {
    // The drift description (src/live/vvp/drift.ts) names the Deployment and the fields that differ.
    drift: "{{drift}}"
  },
  create(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ["spec", "template", "spec", "kubernetes"],
        messageId: "drift",
        data: { drift: note.message },
        related: [{ object: note.file, path: note.paths[0] ?? ["spec"], message: `the Deployment as committed in ${note.file.source.kind === "file" ? note.file.source.file.relPath : "git"}` }]
      });
    }
  }
});

// dist/src/rules/vvp-extra-labels-unsupported.js
var vvp_extra_labels_unsupported_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    extraLabelsUnsupported: "extraLabels is only applied from VVP 2.5; on VVP {{major}}.{{minor}} these labels are silently dropped"
  },
  create(ctx) {
    if (extraLabelsHonoured(ctx.options.vvpVersion) !== false)
      return;
    const [major, minor] = ctx.options.vvpVersion;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", messageId: "extraLabelsUnsupported", data: { major, minor } });
    }
  }
});

// dist/src/rules/vvp-pods-and-templates.js
var vvp_pods_and_templates_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    podsAndTemplates: "kubernetes.pods is set together with {{templates}}; VVP accepts only one of them"
  },
  create(ctx) {
    const targets = [
      ...ctx.inventory.ofClass("VvpDeployment").map((o) => ({ o, base: ["spec", "template", "spec", "kubernetes"] })),
      ...ctx.inventory.ofClass("VvpDeploymentDefaults").map((o) => ({ o, base: ["spec", "template", "spec", "kubernetes"] })),
      ...ctx.inventory.ofClass("VvpSessionCluster").map((o) => ({ o, base: ["spec", "kubernetes"] }))
    ];
    for (const { o, base } of targets) {
      const k = at(o.body, base);
      if (!isRecord(k) || k["pods"] === void 0)
        continue;
      const templates = ["jobManagerPodTemplate", "taskManagerPodTemplate"].filter((t) => k[t] !== void 0);
      if (!templates.length)
        continue;
      ctx.report({ object: o, path: [...base, "pods"], target: "key", messageId: "podsAndTemplates", data: { templates: templates.join(" and ") }, related: templates.map((t) => ({ object: o, path: [...base, t], target: "key", message: `${t} is set here` })) });
    }
  }
});

// dist/src/rules/vvp-pods-volume-name-mismatch.js
var vvp_pods_volume_name_mismatch_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    entryName: "entry name {{value}} differs from volume.name and volumeMount.name {{other}}; all three names must agree",
    fieldName: "{{label}} {{value}} differs from the entry name {{other}}; all three names must agree"
  },
  create(ctx) {
    for (const src of ctx.views.podSources) {
      if (src.flinkRole !== "both")
        continue;
      const list = at(src.object.body, [...src.podPath, "volumeMounts"]);
      if (!Array.isArray(list))
        continue;
      list.forEach((entry, i) => {
        if (!isRecord(entry))
          return;
        const base = [...src.podPath, "volumeMounts", i];
        const outer = entry["name"];
        const names = [
          ["volume.name", [...base, "volume", "name"], isRecord(entry["volume"]) ? entry["volume"]["name"] : void 0],
          ["volumeMount.name", [...base, "volumeMount", "name"], isRecord(entry["volumeMount"]) ? entry["volumeMount"]["name"] : void 0]
        ];
        const [vol, mount] = names;
        if (typeof vol[2] === "string" && vol[2] === mount[2] && outer !== void 0 && outer !== vol[2]) {
          ctx.report({ object: src.object, path: [...base, "name"], messageId: "entryName", data: { value: JSON.stringify(outer), other: JSON.stringify(vol[2]) } });
          return;
        }
        for (const [label, path, value] of names) {
          if (value === void 0 || value === outer)
            continue;
          ctx.report({ object: src.object, path, messageId: "fieldName", data: { label, value: JSON.stringify(value), other: JSON.stringify(outer) }, related: [{ object: src.object, path: [...base, "name"], message: "entry name" }] });
        }
      });
    }
  }
});

// dist/src/rules/vvp-version-unknown.js
var vvp_version_unknown_default = defineRule({
  kinds: [...POD_SOURCE_KINDS],
  messages: {
    versionUnknown: "cannot tell whether this VVP version applies extraLabels (2.5+): pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep the chart Chart.yaml beside the values"
  },
  create(ctx) {
    if (ctx.options.vvpVersion)
      return;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", messageId: "versionUnknown" });
    }
  }
});

// dist/src/rules/workload-identity-incomplete.js
var ANNOTATION = "azure.workload.identity/client-id";
var workload_identity_incomplete_default = defineRule({
  kinds: ["SecretProviderClass", ...POD_SOURCE_KINDS, "ServiceAccount"],
  messages: {
    identityIncomplete: "{{p}} has {{ANNOTATION}} {{ann}}, but SecretProviderClass {{name}} uses clientID {{clientId}}"
  },
  create(ctx) {
    for (const { src, spc } of sourcesMounting(ctx, "workload-identity")) {
      const clientId = spc.param("clientID");
      const related = [{ object: spc.object, path: spc.paramPath("clientID"), message: "clientID selects workload identity" }];
      if (src.kind === "helm-values")
        continue;
      const sa = src.serviceAccountName ?? "default";
      if (isPlaceholder(sa))
        continue;
      const { list } = visible(ctx.inventory, "ServiceAccount", "ServiceAccount", src.namespace);
      const named = list.filter((s) => s.name === sa);
      const account = named.length === 1 ? named[0] : void 0;
      const meta = account && isRecord(account.body["metadata"]) ? account.body["metadata"] : void 0;
      const ann = meta && isRecord(meta["annotations"]) ? meta["annotations"][ANNOTATION] : void 0;
      if (account && typeof ann === "string" && !isPlaceholder(ann) && !isPlaceholder(clientId) && ann.trim() !== clientId) {
        ctx.report({
          object: src.object,
          path: src.serviceAccountPath ?? [...src.podPath],
          level: "error",
          messageId: "identityIncomplete",
          data: { p: src.serviceAccountName === void 0 ? `${src.description} sets no serviceAccountName, so its pods run as ServiceAccount default, which` : `ServiceAccount ${sa}`, ANNOTATION, ann, name: spc.object.name, clientId },
          related: [...related, { object: account, path: ["metadata", "annotations", ANNOTATION], message: `ServiceAccount ${sa} annotation` }]
        });
      }
    }
  }
});

// dist/src/rules/yaml-duplicate-key.js
var yaml_duplicate_key_default = defineRule({
  kinds: [],
  messages: {
    duplicateKey: "key {{key}} is repeated in this mapping; only the last value takes effect",
    duplicateUnnamed: "a key is repeated in this mapping; only the last value takes effect"
  },
  create(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "duplicate-key")
        continue;
      const key = p.file.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80)).split(/\r?\n/)[0].trim();
      ctx.report({
        path: [],
        location: { kind: "file", file: p.file, span: p.span, exact: true },
        messageId: key ? "duplicateKey" : "duplicateUnnamed",
        data: { key: /^["']/.test(key) ? key : JSON.stringify(key) },
        discriminator: String(p.span.start)
      });
    }
  }
});

// dist/src/rules/yaml-parse-error.js
var yaml_parse_error_default = defineRule({
  kinds: [],
  messages: {
    // The parser's own words (or the loader's: binary, not UTF-8, too large, too deep).
    parseError: "{{reason}}"
  },
  create(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "parse-error")
        continue;
      ctx.report({ path: [], location: { kind: "file", file: p.file, span: p.span, exact: true }, messageId: "parseError", data: { reason: p.message }, discriminator: p.message });
    }
  }
});

// dist/src/generated/rule-modules.js
var RULE_MODULES = [
  { id: "cluster-csi-driver-missing", definition: cluster_csi_driver_missing_default },
  { id: "cluster-drift", definition: cluster_drift_default },
  { id: "cluster-mount-failing", definition: cluster_mount_failing_default },
  { id: "cluster-provider-missing", definition: cluster_provider_missing_default },
  { id: "cluster-spc-crd-missing", definition: cluster_spc_crd_missing_default },
  { id: "cluster-token-requests-missing", definition: cluster_token_requests_missing_default },
  { id: "csi-driver-invalid", definition: csi_driver_invalid_default },
  { id: "csi-mount-not-readonly", definition: csi_mount_not_readonly_default },
  { id: "csi-spc-missing-attribute", definition: csi_spc_missing_attribute_default },
  { id: "csi-spc-not-found", definition: csi_spc_not_found_default },
  { id: "csi-volume-not-readonly", definition: csi_volume_not_readonly_default },
  { id: "csi-volume-unmounted", definition: csi_volume_unmounted_default },
  { id: "grant-excessive", definition: grant_excessive_default },
  { id: "grant-missing", definition: grant_missing_default },
  { id: "grant-wrong-model", definition: grant_wrong_model_default },
  { id: "kv-federated-credential-missing", definition: kv_federated_credential_missing_default },
  { id: "kv-identity-not-found", definition: kv_identity_not_found_default },
  { id: "kv-network-restricted", definition: kv_network_restricted_default },
  { id: "kv-object-disabled", definition: kv_object_disabled_default },
  { id: "kv-object-expired", definition: kv_object_expired_default },
  { id: "kv-object-not-found", definition: kv_object_not_found_default },
  { id: "kv-object-type-mismatch", definition: kv_object_type_mismatch_default },
  { id: "kv-object-version-not-found", definition: kv_object_version_not_found_default },
  { id: "kv-tenant-mismatch", definition: kv_tenant_mismatch_default },
  { id: "kv-vault-not-found", definition: kv_vault_not_found_default },
  { id: "pod-identity-binding-mismatch", definition: pod_identity_binding_mismatch_default },
  { id: "pod-identity-deprecated", definition: pod_identity_deprecated_default },
  { id: "pod-identity-label-missing", definition: pod_identity_label_missing_default },
  { id: "secret-committed", definition: secret_committed_default },
  { id: "sp-secret-keys-missing", definition: sp_secret_keys_missing_default },
  { id: "sp-secret-label-missing", definition: sp_secret_label_missing_default },
  { id: "sp-secret-not-found", definition: sp_secret_not_found_default },
  { id: "sp-secret-ref-missing", definition: sp_secret_ref_missing_default },
  { id: "sp-secret-ref-unneeded", definition: sp_secret_ref_unneeded_default },
  { id: "spc-api-version", definition: spc_api_version_default },
  { id: "spc-bool-invalid", definition: spc_bool_invalid_default },
  { id: "spc-client-id-invalid", definition: spc_client_id_invalid_default },
  { id: "spc-identity-mode-conflict", definition: spc_identity_mode_conflict_default },
  { id: "spc-keyvault-name-invalid", definition: spc_keyvault_name_invalid_default },
  { id: "spc-objects-file-collision", definition: spc_objects_file_collision_default },
  { id: "spc-objects-invalid", definition: spc_objects_invalid_default },
  { id: "spc-parameter-not-string", definition: spc_parameter_not_string_default },
  { id: "spc-parameter-unknown", definition: spc_parameter_unknown_default },
  { id: "spc-provider-invalid", definition: spc_provider_invalid_default },
  { id: "spc-secret-objects-invalid", definition: spc_secret_objects_invalid_default },
  { id: "spc-tenant-id-deprecated-key", definition: spc_tenant_id_deprecated_key_default },
  { id: "spc-tenant-id-invalid", definition: spc_tenant_id_invalid_default },
  { id: "spc-user-assigned-id-invalid", definition: spc_user_assigned_id_invalid_default },
  { id: "suppression-reason-missing", definition: suppression_reason_missing_default },
  { id: "suppression-unused", definition: suppression_unused_default },
  { id: "unresolved-placeholder", definition: unresolved_placeholder_default },
  { id: "volume-mount-unknown", definition: volume_mount_unknown_default },
  { id: "vvp-chart-volume-platform-only", definition: vvp_chart_volume_platform_only_default },
  { id: "vvp-container-name", definition: vvp_container_name_default },
  { id: "vvp-deployment-target-unknown", definition: vvp_deployment_target_unknown_default },
  { id: "vvp-drift", definition: vvp_drift_default },
  { id: "vvp-extra-labels-unsupported", definition: vvp_extra_labels_unsupported_default },
  { id: "vvp-pods-and-templates", definition: vvp_pods_and_templates_default },
  { id: "vvp-pods-volume-name-mismatch", definition: vvp_pods_volume_name_mismatch_default },
  { id: "vvp-version-unknown", definition: vvp_version_unknown_default },
  { id: "workload-identity-incomplete", definition: workload_identity_incomplete_default },
  { id: "yaml-duplicate-key", definition: yaml_duplicate_key_default },
  { id: "yaml-parse-error", definition: yaml_parse_error_default }
];

export {
  interpolate,
  KNOWN_PARAMETERS,
  RULE_MODULES
};
