import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  liveObject
} from "./chunk-3Z46K6P4.js";
import {
  isPlaceholder
} from "./chunk-DQ3U5FS6.js";
import {
  scalarAt,
  spcView
} from "./chunk-JZALQHEK.js";
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

// dist/src/rules/support/azure/rule-support.js
function concrete(s) {
  return typeof s === "string" && s !== "" && !isPlaceholder(s);
}
function azureChecks(inventory) {
  const state = inventory.azure;
  if (!state)
    return [];
  return inventory.ofClass("SecretProviderClass").map(spcView).filter((s) => s.isAzure).map((spc) => ({ spc, state }));
}
function vaultOf(state, spc) {
  const name = spc.param("keyvaultName");
  if (!concrete(name))
    return void 0;
  const n = name.toLowerCase();
  return state.vaults.find((v) => v.name.toLowerCase() === n);
}
function needsOf(spc) {
  const byType = /* @__PURE__ */ new Map();
  for (const e of spc.objects.entries) {
    const t = e.fields?.["objectType"];
    if (t !== "secret" && t !== "key" && t !== "cert")
      continue;
    const h = Number(e.fields?.["objectVersionHistory"] ?? 0);
    byType.set(t, (byType.get(t) ?? false) || h > 1);
  }
  return [...byType].map(([objectType, history]) => ({ objectType, history }));
}
var vaultObjects = /* @__PURE__ */ new WeakMap();
function vaultObject(vault) {
  let o = vaultObjects.get(vault);
  if (!o) {
    o = liveObject({ apiVersion: "Microsoft.KeyVault", kind: "Vault", metadata: { name: vault.name, namespace: vault.resourceGroup }, id: vault.id }, { live: "azure", scope: vault.subscription ?? "azure", resource: "keyvault", uri: `https://portal.azure.com/#@/resource${vault.id}` });
    vaultObjects.set(vault, o);
  }
  return o;
}
var TYPE_LABEL = { secret: "secrets", key: "keys", cert: "certificates" };

export {
  azureSpcs,
  isGuid,
  show,
  isYaml11NonString,
  caseVariant,
  concrete,
  azureChecks,
  vaultOf,
  needsOf,
  vaultObject,
  TYPE_LABEL
};
