import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  similarIds
} from "./chunk-IBGBM3B2.js";
import {
  azureChecks,
  concrete,
  vaultObject
} from "./chunk-CG6HI35K.js";
import {
  liveObject
} from "./chunk-3Z46K6P4.js";

// dist/src/rules/support/azure/object-check.js
var DEFAULT_EXPIRY_WARNING_DAYS = 30;
var CERT_CONTENT_TYPES = /* @__PURE__ */ new Set(["application/x-pkcs12", "application/x-pem-file"]);
function certPresence(c, n) {
  if (c.certificates?.has(n))
    return "yes";
  const s = c.secrets?.get(n);
  const k = c.keys?.get(n);
  if (s?.managed || k?.managed)
    return "yes";
  if (s?.managed === false || k?.managed === false)
    return "no";
  if (c.certificates)
    return "no";
  if (!c.listsIncludeManaged)
    return "unknown";
  if (c.secrets && !s || c.keys && !k)
    return "no";
  if (s && k)
    return s.contentType === void 0 ? "unknown" : CERT_CONTENT_TYPES.has(s.contentType.toLowerCase()) ? "yes" : "no";
  return "unknown";
}
function presence(c, n, type) {
  const cert = certPresence(c, n);
  if (type === "cert")
    return cert;
  const list = type === "secret" ? c.secrets : c.keys;
  if (list?.has(n) || cert === "yes")
    return "yes";
  if (!list)
    return "unknown";
  return c.listsIncludeManaged || cert === "no" ? "no" : "unknown";
}
function itemFor(c, n, type) {
  if (type === "secret")
    return c.secrets?.get(n) ?? c.certificates?.get(n);
  if (type === "key")
    return c.keys?.get(n) ?? c.certificates?.get(n);
  return c.certificates?.get(n) ?? c.secrets?.get(n);
}
function versionsFor(c, n, type) {
  const own = type === "secret" ? c.secretVersions : type === "key" ? c.keyVersions : c.certificateVersions;
  if (own.has(n))
    return own.get(n);
  if (certPresence(c, n) !== "yes")
    return void 0;
  return c.certificateVersions.get(n) ?? c.keyVersions.get(n) ?? c.secretVersions.get(n);
}
function originalNames(c, type) {
  const out = /* @__PURE__ */ new Map();
  const lists = type === "secret" ? [c.secrets, c.certificates] : type === "key" ? [c.keys, c.certificates] : [c.certificates];
  for (const l of lists)
    for (const [k, v] of l ?? [])
      if (!out.has(k))
        out.set(k, v.name);
  return out;
}
function vaultRelated(state, c, path, what) {
  const vault = state.vaults.find((v) => v.name.toLowerCase() === c.vault.toLowerCase());
  const object = vault !== void 0 ? vaultObject(vault) : liveObject({ apiVersion: "Microsoft.KeyVault", kind: "Vault", metadata: { name: c.vault } }, { live: "azure", scope: "azure", resource: "keyvault" });
  return { object, path, message: `${what} of key vault ${c.vault} (${state.origin})` };
}
var LABEL = { secret: "secret", key: "key", cert: "certificate" };
var LIST = { secret: "secrets", key: "keys", cert: "certificates" };
var cache = /* @__PURE__ */ new WeakMap();
function objectProblems(inventory, warningDays = DEFAULT_EXPIRY_WARNING_DAYS, now = /* @__PURE__ */ new Date()) {
  let byKey = cache.get(inventory);
  if (!byKey)
    cache.set(inventory, byKey = /* @__PURE__ */ new Map());
  const key = `${warningDays}`;
  let out = byKey.get(key);
  if (!out)
    byKey.set(key, out = compute(inventory, warningDays, now));
  return out;
}
function compute(inventory, warningDays, now) {
  const out = [];
  const soon = new Date(now.getTime() + warningDays * 864e5);
  for (const { spc, state } of azureChecks(inventory)) {
    const vaultName = spc.param("keyvaultName");
    if (!concrete(vaultName))
      continue;
    const lower = vaultName.toLowerCase();
    const c = state.vaultContents.get(lower);
    if (!c || state.incomplete.vaultContents.has(lower))
      continue;
    for (const entry of spc.objects.entries) {
      const f = entry.fields;
      if (!f)
        continue;
      const name = typeof f["objectName"] === "string" ? f["objectName"].trim() : "";
      const type = f["objectType"];
      if (!concrete(name) || type !== "secret" && type !== "key" && type !== "cert")
        continue;
      const n = name.toLowerCase();
      const version = typeof f["objectVersion"] === "string" ? f["objectVersion"].trim() : "";
      const pinned = version !== "" && version.toLowerCase() !== "latest" && concrete(version);
      const push = (kind, field, message, what, level) => {
        const path = what.startsWith("versions") ? [LIST[type], name, "versions"] : [what];
        out.push({ kind, spc, entry, field, message, ...level ? { level } : {}, related: [vaultRelated(state, c, path, what)] });
      };
      const here = presence(c, n, type);
      if (here === "unknown")
        continue;
      if (here === "no") {
        const asSecret = type !== "secret" ? presence(c, n, "secret") : "no";
        const asKey = type !== "key" ? presence(c, n, "key") : "no";
        if (asSecret === "yes" || asKey === "yes") {
          const other = asSecret === "yes" ? "secret" : "key";
          const fetch = type === "secret" ? "GetSecret" : type === "key" ? "GetKey" : "GetCertificate";
          push("type-mismatch", "objectType", `${name} exists in key vault ${c.vault} only as a ${other === "secret" ? "plain secret" : "key"}, not as a ${LABEL[type]}: objectType ${type} makes the provider call ${fetch}, which fails with ${LABEL[type].replace(/^./, (s) => s.toUpperCase())}NotFound; use objectType: ${other}`, LIST[other]);
          continue;
        }
        const names = originalNames(c, type);
        const near = similarIds(n, [...names.keys()], 1).map((k) => names.get(k));
        push("not-found", "objectName", `${LABEL[type]} ${name} is not in key vault ${c.vault} (${names.size} ${LIST[type]} listed)${near.length ? `; did you mean ${near[0]}?` : ""}`, LIST[type]);
        continue;
      }
      if (pinned) {
        const known = versionsFor(c, n, type);
        if (known && !known.has(version.toLowerCase())) {
          push("version-not-found", "objectVersion", `version ${version} of ${LABEL[type]} ${name} is not in key vault ${c.vault} (${known.size} version${known.size === 1 ? "" : "s"} listed); pin an existing version or leave objectVersion empty for the latest`, `versions of ${name}`);
        }
      } else {
        const it = itemFor(c, n, type);
        if (it?.enabled === false) {
          push("disabled", "objectName", `${LABEL[type]} ${name} is disabled in key vault ${c.vault}: the provider's GET is refused (403 Forbidden, "Operation get is not allowed on a disabled ${LABEL[type]}"); enable it or mount another`, LIST[type]);
        } else if (it?.expires && it.expires.getTime() <= now.getTime()) {
          push("expired", "objectName", `${LABEL[type]} ${name} in key vault ${c.vault} expired on ${it.expires.toISOString().slice(0, 10)}: rotate it (a new version with a later expiry)`, LIST[type]);
        } else if (it?.expires && it.expires.getTime() <= soon.getTime()) {
          const days = Math.max(0, Math.ceil((it.expires.getTime() - now.getTime()) / 864e5));
          push("expired", "objectName", `${LABEL[type]} ${name} in key vault ${c.vault} expires on ${it.expires.toISOString().slice(0, 10)} (in ${days} day${days === 1 ? "" : "s"}, within the ${warningDays}-day window): rotate it before then`, LIST[type], "warning");
        }
      }
      if (type === "cert" && wantsPrivateKey(spc, entry)) {
        push("type-mismatch", "objectType", `objectType cert mounts only the public certificate of ${name}; its private key is served only as objectType: secret (PEM with key and certificate, or objectFormat: pfx)`, LIST.cert, "note");
      }
    }
  }
  return out;
}
var PRIVATE_KEY_FILE = /(\.key|\.pfx|\.p12)$|private|keystore|tls[-_.]?key/i;
function wantsPrivateKey(spc, entry) {
  const file = entry.fileName;
  if (!file)
    return false;
  if (PRIVATE_KEY_FILE.test(file))
    return true;
  const synced = spc.spec?.["secretObjects"];
  if (!Array.isArray(synced))
    return false;
  return synced.some((s) => {
    if (typeof s !== "object" || s === null)
      return false;
    const so = s;
    const data = Array.isArray(so["data"]) ? so["data"] : [];
    return data.some((d) => typeof d === "object" && d !== null && d["objectName"] === file && (d["key"] === "tls.key" || so["type"] === "kubernetes.io/tls"));
  });
}
function vaultContentsNotes(inventory) {
  const out = /* @__PURE__ */ new Map();
  for (const { spc, state } of azureChecks(inventory)) {
    if (!state.provided.has("secrets") && !state.provided.has("keys") && !state.provided.has("certificates") && state.incomplete.vaultContents.size === 0)
      continue;
    const vault = spc.param("keyvaultName");
    if (!concrete(vault))
      continue;
    const lower = vault.toLowerCase();
    const why = state.incomplete.vaultContents.has(lower) ? "its secrets or keys could not be listed" : !state.vaultContents.has(lower) ? "the state has no secret, key or certificate list for it" : void 0;
    if (!why || out.has(lower))
      continue;
    out.set(lower, { id: "azure-not-checked", level: "note", message: `objects of key vault ${vault} not checked (kv-object-*): ${why}` });
  }
  return [...out.values()];
}

export {
  DEFAULT_EXPIRY_WARNING_DAYS,
  objectProblems,
  vaultContentsNotes
};
