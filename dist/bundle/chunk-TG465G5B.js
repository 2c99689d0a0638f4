import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  spcView
} from "./chunk-JZALQHEK.js";

// dist/src/azure/vault-contents.js
var ITEM_COLLECTIONS = {
  secrets: "secrets",
  keys: "keys",
  certificates: "certificates",
  secretVersions: "secrets",
  keyVersions: "keys",
  certificateVersions: "certificates"
};
var VaultItemError = class extends Error {
  pointer;
  constructor(pointer, message) {
    super(message);
    this.pointer = pointer;
  }
};
function parseItemId(id) {
  if (id.startsWith("/")) {
    const parts2 = id.split("/").filter(Boolean);
    const at = parts2.findIndex((p, i) => p.toLowerCase() === "vaults" && parts2[i - 1]?.toLowerCase() === "microsoft.keyvault");
    if (at < 0 || parts2.length < at + 4)
      return void 0;
    const vault2 = parts2[at + 1];
    const name = parts2[at + 3];
    const versionAt = parts2.findIndex((p, i) => i > at + 3 && p.toLowerCase() === "versions");
    return { vault: vault2, name, ...versionAt > 0 && parts2[versionAt + 1] ? { version: parts2[versionAt + 1] } : {}, arm: true };
  }
  let url;
  try {
    url = new URL(id);
  } catch {
    return void 0;
  }
  const parts = url.pathname.split("/").filter(Boolean);
  const vault = url.hostname.split(".")[0];
  if (!vault || parts.length < 2)
    return void 0;
  return { vault, name: parts[1], ...parts[2] ? { version: parts[2] } : {}, arm: false };
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function date(v, pointer) {
  if (v === void 0 || v === null || v === "")
    return void 0;
  const d = typeof v === "number" || typeof v === "string" && /^\d+(\.\d+)?$/.test(v) ? new Date(Number(v) * 1e3) : new Date(String(v));
  if (Number.isNaN(d.getTime()))
    throw new VaultItemError(pointer, "is not a date (Unix seconds or ISO 8601)");
  return d;
}
function item(raw, name, pointer) {
  const props = obj(raw["properties"]);
  const attrs = obj(props?.["attributes"]) ?? obj(raw["attributes"]) ?? {};
  const attrPointer = `${pointer}${props?.["attributes"] ? "/properties" : ""}/attributes`;
  const expires = date(attrs["exp"] ?? attrs["expires"], `${attrPointer}/${attrs["exp"] !== void 0 ? "exp" : "expires"}`);
  const contentType = props?.["contentType"] ?? raw["contentType"];
  return {
    name,
    ...typeof attrs["enabled"] === "boolean" ? { enabled: attrs["enabled"] } : {},
    ...expires ? { expires } : {},
    ...typeof contentType === "string" && contentType ? { contentType } : {},
    // The data plane prints `managed` (true, or null for a plain item); ARM has no such field.
    ..."managed" in raw ? { managed: raw["managed"] === true } : {}
  };
}
function normaliseVaultContents(raw) {
  const vaults = /* @__PURE__ */ new Map();
  const builder = (vault) => {
    const key = vault.toLowerCase();
    let b = vaults.get(key);
    if (!b) {
      b = { vault, listsIncludeManaged: false, secretVersions: /* @__PURE__ */ new Map(), keyVersions: /* @__PURE__ */ new Map(), certificateVersions: /* @__PURE__ */ new Map() };
      vaults.set(key, b);
    }
    return b;
  };
  for (const v of raw.contentVaults ?? []) {
    const b = builder(v);
    if (raw.secrets)
      b.secrets ??= /* @__PURE__ */ new Map();
  }
  for (const [collection, kind] of Object.entries(ITEM_COLLECTIONS)) {
    const versions = collection.endsWith("Versions");
    (raw[collection] ?? []).forEach((entry, i) => {
      const pointer = `/${collection}/${i}`;
      const idField = typeof entry["id"] === "string" ? "id" : "kid";
      if (typeof entry[idField] !== "string")
        throw new VaultItemError(`${pointer}/id`, "is required (the object id; az keyvault key list prints it as kid)");
      const id = entry[idField];
      const parsed = parseItemId(id);
      if (!parsed)
        throw new VaultItemError(`${pointer}/${idField}`, `is neither a Key Vault URL (https://<vault>.vault.azure.net/${kind}/<name>) nor an ARM id (.../vaults/<vault>/${kind}/<name>)`);
      const b = builder(parsed.vault);
      const name = parsed.name.toLowerCase();
      if (versions) {
        if (!parsed.version)
          throw new VaultItemError(`${pointer}/${idField}`, "names no version (list-versions prints ids that end with the version)");
        const map2 = kind === "secrets" ? b.secretVersions : kind === "keys" ? b.keyVersions : b.certificateVersions;
        let set = map2.get(name);
        if (!set)
          map2.set(name, set = /* @__PURE__ */ new Set());
        set.add(parsed.version.toLowerCase());
        return;
      }
      const map = b[kind] ??= /* @__PURE__ */ new Map();
      const it = item(entry, parsed.name, pointer);
      map.set(name, it);
      if (kind !== "certificates" && (parsed.arm || it.managed === true))
        b.listsIncludeManaged = true;
    });
  }
  for (const b of vaults.values()) {
    if (!b.secrets && !b.keys && !b.certificates)
      continue;
    if (raw.secrets)
      b.secrets ??= /* @__PURE__ */ new Map();
    if (raw.keys)
      b.keys ??= /* @__PURE__ */ new Map();
    if (raw.certificates)
      b.certificates ??= /* @__PURE__ */ new Map();
  }
  return new Map([...vaults].map(([k, b]) => [k, b]));
}
function contentsWanted(inventory) {
  const vaults = /* @__PURE__ */ new Map();
  const pinned = /* @__PURE__ */ new Map();
  for (const o of inventory.ofClass("SecretProviderClass")) {
    const spc = spcView(o);
    if (!spc.isAzure)
      continue;
    const vault = spc.param("keyvaultName");
    if (!vault || !/^[A-Za-z0-9-]{3,24}$/.test(vault))
      continue;
    vaults.set(vault.toLowerCase(), vault);
    for (const e of spc.objects.entries) {
      const name = typeof e.fields?.["objectName"] === "string" ? e.fields["objectName"].trim() : "";
      const type = e.fields?.["objectType"];
      const version = typeof e.fields?.["objectVersion"] === "string" ? e.fields["objectVersion"].trim() : "";
      if (!name || !version || version === "latest" || type !== "key" && type !== "cert" && type !== "secret")
        continue;
      pinned.set(`${vault}/${name}`.toLowerCase(), { vault, name });
    }
  }
  return { vaultNames: [...vaults.values()], pinnedKeys: [...pinned.values()] };
}

export {
  ITEM_COLLECTIONS,
  VaultItemError,
  parseItemId,
  normaliseVaultContents,
  contentsWanted
};
