import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  liveObject
} from "./chunk-QY4OY53H.js";
import {
  spcView
} from "./chunk-YXRG2AV3.js";

// dist/src/azure/rule-support.js
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var PLACEHOLDER = /\$\{|^\$[A-Za-z_]|^<.*>$|\{\{/;
function isGuid(s) {
  return typeof s === "string" && GUID.test(s);
}
function concrete(s) {
  return typeof s === "string" && s !== "" && !PLACEHOLDER.test(s);
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
  isGuid,
  concrete,
  azureChecks,
  vaultOf,
  needsOf,
  vaultObject,
  TYPE_LABEL
};
