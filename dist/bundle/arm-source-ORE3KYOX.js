import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  BUILTIN_ROLES,
  normaliseState
} from "./chunk-LT5CKFKO.js";
import {
  parseResourceId,
  roleGuid
} from "./chunk-ROWJY5MV.js";
import "./chunk-TG465G5B.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/azure/arm-pipeline.js
function isLoopback(endpoint) {
  try {
    const u = new URL(endpoint);
    return u.protocol === "http:" && (u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.hostname === "[::1]");
  } catch {
    return false;
  }
}
function armClientOptions(settings) {
  const loopback = isLoopback(settings.endpoint);
  const scope = loopback ? "https://management.azure.com/.default" : `${settings.endpoint}/.default`;
  if (loopback) {
    settings.adjustPipeline = (pipeline) => {
      pipeline.removePolicy({ name: "bearerTokenAuthenticationPolicy" });
      pipeline.addPolicy(loopbackBearerPolicy(settings.credential, scope), { phase: "Sign" });
    };
  }
  return {
    endpoint: settings.endpoint,
    ...loopback ? { allowInsecureConnection: true } : {},
    retryOptions: {
      maxRetries: settings.maxRetries,
      ...settings.retryDelayMs !== void 0 ? { retryDelayInMs: settings.retryDelayMs, maxRetryDelayInMs: settings.retryDelayMs * 4 } : {}
    },
    credentials: { scopes: [scope] },
    credentialScopes: [scope]
  };
}
function loopbackBearerPolicy(credential, scope) {
  return {
    name: "loopbackBearerPolicy",
    async sendRequest(request, next) {
      const token = await credential.getToken(scope, { abortSignal: request.abortSignal });
      if (token)
        request.headers.set("authorization", `Bearer ${token.token}`);
      return next(request);
    }
  };
}
function describeArmFailure(err, signal, budgetMs) {
  const e = err;
  if (signal?.aborted || e?.name === "AbortError" || e?.name === "TimeoutError") {
    return { id: "arm-timeout", reason: budgetMs !== void 0 ? `timed out: no answer within ${Math.round(budgetMs / 100) / 10} s` : "timed out" };
  }
  const status = typeof e?.statusCode === "number" ? e.statusCode : void 0;
  const code = typeof e?.code === "string" && !/^(REQUEST_SEND_ERROR|PARSE_ERROR)$/.test(e.code) ? ` ${e.code}` : "";
  const notJson = e?.code === "PARSE_ERROR" ? `${status !== void 0 ? `HTTP ${status}: ` : ""}the response was not JSON (is the endpoint Azure Resource Manager?)` : void 0;
  if (status === 401)
    return { id: "arm-unauthorized", reason: `HTTP 401${code}: the credential was rejected` };
  if (status === 403)
    return { id: "arm-forbidden", reason: `HTTP 403${code}: the identity running the linter lacks read access` };
  if (notJson)
    return { id: "arm-bad-response", reason: notJson };
  if (status === 404)
    return { id: "arm-not-found", reason: `HTTP 404${code}` };
  if (status === 429)
    return { id: "arm-throttled", reason: `HTTP 429${code}: throttled, retries exhausted` };
  if (status !== void 0 && status >= 500)
    return { id: "arm-server-error", reason: `HTTP ${status}${code}` };
  if (status !== void 0)
    return { id: "arm-error", reason: `HTTP ${status}${code}` };
  if (e?.name === "CredentialUnavailableError" || e?.name === "AuthenticationError" || e?.name === "AggregateAuthenticationError") {
    return { id: "arm-credential", reason: `no working Azure credential: ${credentialDetail(e)}` };
  }
  return { id: "arm-unreachable", reason: firstLine(e?.message) || "request failed" };
}
function credentialDetail(e) {
  const inner = Array.isArray(e.errors) ? e.errors.map((x) => firstLine(x?.message)).filter((m) => m !== "") : [];
  if (inner.length)
    return inner.join("; ").slice(0, 1200);
  const lines = (e.message ?? "").split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^ChainedTokenCredential authentication failed/.test(l));
  return (lines.join("; ") || firstLine(e.message) || "authentication failed").slice(0, 1200);
}
function firstLine(s) {
  return (s ?? "").split("\n")[0].slice(0, 200);
}

// dist/src/azure/arm-source.js
function plain(v) {
  return JSON.parse(JSON.stringify(v));
}
function stripSlash(id) {
  return id.replace(/^\/+/, "");
}
async function collect(iter) {
  const out = [];
  for await (const x of iter)
    out.push(x);
  return out;
}
async function defaultCredential(authorityHost) {
  const { DefaultAzureCredential } = await import("@azure/identity");
  return new DefaultAzureCredential(authorityHost ? { authorityHost } : {});
}
async function loadClients() {
  const [kv, authz, msi] = await Promise.all([import("@azure/arm-keyvault"), import("@azure/arm-authorization"), import("@azure/arm-msi")]);
  const authzMod = authz.AuthorizationManagementClient ? authz : authz.default;
  return {
    KeyVaultManagementClient: kv.KeyVaultManagementClient,
    AuthorizationManagementClient: authzMod.AuthorizationManagementClient,
    ManagedServiceIdentityClient: msi.ManagedServiceIdentityClient
  };
}
var BUILTIN_GUIDS = new Set(BUILTIN_ROLES.map((r) => r.guid));
var VMSS_API_VERSION = "2024-07-01";
async function readArm(opts) {
  const notifications = [];
  const credential = opts.credential ?? await defaultCredential(opts.authorityHost);
  const settings = {
    endpoint: (opts.endpoint ?? "https://management.azure.com").replace(/\/+$/, ""),
    credential,
    maxRetries: opts.maxRetries ?? 3,
    retryDelayMs: opts.retryDelayMs
  };
  const timeoutMs = opts.timeoutMs ?? 6e4;
  const { KeyVaultManagementClient, AuthorizationManagementClient, ManagedServiceIdentityClient } = await loadClients();
  const raw = {
    generator: "vvp-kv-lint snapshot",
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    subscriptions: [...opts.subscriptions],
    vaults: [],
    roleAssignments: [],
    roleDefinitions: [],
    identities: [],
    federatedCredentials: []
  };
  const incomplete = {
    subscriptions: [],
    identitySubscriptions: [],
    vaultRoleAssignments: [],
    federatedCredentials: [],
    roleDefinitions: [],
    vmssSubscriptions: [],
    vaultContents: []
  };
  const deadline = opts.overallTimeoutMs !== void 0 ? Date.now() + opts.overallTimeoutMs : Infinity;
  async function attempt(what, run) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      notifications.push({ id: "arm-timeout", level: "warning", message: `Azure: did not read ${what}: the overall Azure timeout of ${secondsText(opts.overallTimeoutMs)} had passed.`, incomplete: true });
      return void 0;
    }
    const budget = Math.min(timeoutMs, remaining);
    const signal = AbortSignal.timeout(budget);
    try {
      return await run(signal);
    } catch (err) {
      const f = describeArmFailure(err, signal, budget);
      notifications.push({ id: f.id, level: "warning", message: `Azure: could not read ${what} (${f.reason}).`, incomplete: true });
      return void 0;
    }
  }
  const seenAssignments = /* @__PURE__ */ new Set();
  const contentsOf = new Set((opts.vaultContents?.vaultNames ?? []).map((n) => n.toLowerCase()));
  const pinnedKeys = new Set((opts.vaultContents?.pinnedKeys ?? []).map((k) => `${k.vault}/${k.name}`.toLowerCase()));
  if (opts.vaultContents) {
    raw.secrets = [];
    raw.keys = [];
    raw.keyVersions = [];
    raw.contentVaults = [];
  }
  async function readContents(kv, vault) {
    const name = String(vault["name"]);
    const rg = parseResourceId(String(vault["id"] ?? "")).resourceGroup;
    if (!rg)
      return;
    const secrets = await attempt(`the secrets of vault ${name}`, (abortSignal) => collect(kv.secrets.list(rg, name, { abortSignal })));
    const keys = secrets === void 0 ? void 0 : await attempt(`the keys of vault ${name}`, (abortSignal) => collect(kv.keys.list(rg, name, { abortSignal })));
    if (secrets === void 0 || keys === void 0) {
      incomplete.vaultContents.push(name);
      return;
    }
    raw.contentVaults.push(name);
    raw.secrets.push(...secrets.map((x) => armSecret(plain(x))));
    raw.keys.push(...keys.map((x) => armKey(plain(x))));
    for (const k of keys) {
      const keyName = String(k.name ?? "");
      if (!pinnedKeys.has(`${name}/${keyName}`.toLowerCase()))
        continue;
      const versions = await attempt(`the versions of key ${keyName} in vault ${name}`, (abortSignal) => collect(kv.keys.listVersions(rg, name, keyName, { abortSignal })));
      raw.keyVersions.push(...(versions ?? []).map((x) => armKey(plain(x))));
    }
  }
  const wantedVaults = opts.vaultNames ? new Set(opts.vaultNames.map((n) => n.toLowerCase())) : void 0;
  for (const sub of opts.subscriptions) {
    const kv = new KeyVaultManagementClient(credential, sub, armClientOptions(settings));
    const authz = new AuthorizationManagementClient(credential, sub, armClientOptions(settings));
    const msi = new ManagedServiceIdentityClient(credential, sub, armClientOptions(settings));
    for (const c of [kv, authz, msi]) {
      settings.adjustPipeline?.(c.pipeline);
      c.pipeline.addPolicy(await jsonOnlyPolicy());
    }
    const vaults = await attempt(`the key vaults of subscription ${sub}`, (abortSignal) => collect(kv.vaults.listBySubscription({ abortSignal })));
    if (vaults === void 0)
      incomplete.subscriptions.push(sub);
    for (const v of vaults ?? []) {
      const body = plain(v);
      const id = String(body["id"] ?? "");
      body["resourceGroup"] = parseResourceId(id).resourceGroup;
      raw.vaults.push(body);
      if (contentsOf.has(String(body["name"]).toLowerCase()))
        await readContents(kv, body);
      if (wantedVaults && !wantedVaults.has(String(body["name"]).toLowerCase()))
        continue;
      const assignments = await attempt(`the role assignments of vault ${String(body["name"])}`, (abortSignal) => collect(authz.roleAssignments.listForScope(stripSlash(id), { filter: "atScope()", abortSignal })));
      if (assignments === void 0)
        incomplete.vaultRoleAssignments.push(id);
      for (const a of assignments ?? []) {
        const ab = plain(a);
        const key = String(ab["id"] ?? JSON.stringify(ab)).toLowerCase();
        if (seenAssignments.has(key))
          continue;
        seenAssignments.add(key);
        raw.roleAssignments.push(ab);
      }
    }
    const identities = await attempt(`the user-assigned identities of subscription ${sub}`, (abortSignal) => collect(msi.userAssignedIdentities.listBySubscription({ abortSignal })));
    if (identities === void 0)
      incomplete.identitySubscriptions.push(sub);
    const ficFor = opts.federatedForClientIds ? new Set(opts.federatedForClientIds.map((c) => c.toLowerCase())) : void 0;
    for (const i of identities ?? []) {
      const body = plain(i);
      const id = String(body["id"] ?? "");
      const { resourceGroup, name } = parseResourceId(id);
      body["resourceGroup"] = resourceGroup;
      raw.identities.push(body);
      if (ficFor && !ficFor.has(String(body["clientId"] ?? "").toLowerCase()))
        continue;
      if (!resourceGroup || !name)
        continue;
      const fics = await attempt(`the federated credentials of identity ${name}`, (abortSignal) => collect(msi.federatedIdentityCredentials.list(resourceGroup, name, { abortSignal })));
      if (fics === void 0)
        incomplete.federatedCredentials.push(id);
      for (const f of fics ?? [])
        raw.federatedCredentials.push({ ...plain(f), identityId: id, resourceGroup });
    }
    if (opts.nodeResourceGroups && opts.nodeResourceGroups.length > 0) {
      const groups = new Set(opts.nodeResourceGroups.map((g) => g.toLowerCase()));
      const vmss = await attempt(`the scale sets of subscription ${sub}`, (abortSignal) => listGeneric(authz, `${settings.endpoint}/subscriptions/${sub}/providers/Microsoft.Compute/virtualMachineScaleSets?api-version=${VMSS_API_VERSION}`, abortSignal));
      if (vmss === void 0)
        incomplete.vmssSubscriptions.push(sub);
      raw.vmss ??= [];
      for (const s of vmss ?? []) {
        if (groups.has((parseResourceId(String(s["id"] ?? "")).resourceGroup ?? "").toLowerCase())) {
          raw.vmss.push({ id: s["id"], name: s["name"], resourceGroup: parseResourceId(String(s["id"])).resourceGroup, identity: s["identity"] ?? null });
        }
      }
    }
    const known = /* @__PURE__ */ new Set([...BUILTIN_GUIDS, ...raw.roleDefinitions.map((d) => roleGuid(String(d["id"])))]);
    const wanted = /* @__PURE__ */ new Map();
    for (const a of raw.roleAssignments) {
      const rid = String(a["roleDefinitionId"] ?? "");
      const g = roleGuid(rid);
      if (!known.has(g) && !wanted.has(g))
        wanted.set(g, rid);
    }
    for (const [g, rid] of wanted) {
      const def = await attempt(`role definition ${g}`, (abortSignal) => authz.roleDefinitions.getById(stripSlash(rid), { abortSignal }));
      if (def === void 0)
        incomplete.roleDefinitions.push(g);
      else
        raw.roleDefinitions.push(plain(def));
    }
  }
  if (Object.values(incomplete).some((l) => l.length > 0)) {
    raw.incomplete = Object.fromEntries(Object.entries(incomplete).filter(([, l]) => l.length > 0));
  }
  const state = normaliseState(raw, "arm");
  return { raw, state, notifications: [...notifications, ...state.notifications] };
}
async function jsonOnlyPolicy() {
  const { RestError } = await import("@azure/core-rest-pipeline");
  return {
    name: "vvpKvLintJsonOnly",
    async sendRequest(request, next) {
      const response = await next(request);
      const type = response.headers.get("content-type") ?? "";
      if (response.status >= 200 && response.status < 300 && response.bodyAsText && !/json/i.test(type)) {
        throw new RestError(`the response was not JSON (${type || "no content type"})`, { code: "PARSE_ERROR", statusCode: response.status, request, response });
      }
      return response;
    }
  };
}
function secondsText(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}
function seconds(v) {
  if (typeof v === "number")
    return v;
  if (typeof v === "string" && v) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? void 0 : Math.floor(t / 1e3);
  }
  return void 0;
}
function armAttributes(a) {
  if (typeof a !== "object" || a === null)
    return void 0;
  const o = a;
  const out = {};
  if (typeof o["enabled"] === "boolean")
    out["enabled"] = o["enabled"];
  for (const [from, to] of [["notBefore", "nbf"], ["expires", "exp"], ["created", "created"], ["updated", "updated"]]) {
    const s = seconds(o[from]);
    if (s !== void 0)
      out[to] = s;
  }
  return out;
}
function armSecret(s) {
  const p = s["properties"] ?? {};
  return {
    id: s["id"],
    name: s["name"],
    type: s["type"],
    properties: { contentType: p["contentType"], attributes: armAttributes(p["attributes"]), secretUri: p["secretUri"], secretUriWithVersion: p["secretUriWithVersion"] }
  };
}
function armKey(k) {
  return {
    id: k["id"],
    name: k["name"],
    type: k["type"],
    properties: { attributes: armAttributes(k["attributes"]), kty: k["kty"], keyUri: k["keyUri"], keyUriWithVersion: k["keyUriWithVersion"] }
  };
}
async function listGeneric(client, firstUrl, abortSignal) {
  const { createPipelineRequest, RestError } = await import("@azure/core-rest-pipeline");
  const out = [];
  let url = firstUrl;
  for (let pages = 0; url && pages < 1e3; pages++) {
    const res = await client.sendRequest(createPipelineRequest({ url, method: "GET", abortSignal, allowInsecureConnection: isLoopback(url) }));
    if (res.status < 200 || res.status >= 300) {
      throw new RestError(`GET failed with status ${res.status}`, { statusCode: res.status, request: res.request, response: res });
    }
    const body = JSON.parse(res.bodyAsText ?? "{}");
    out.push(...body.value ?? []);
    url = body.nextLink;
  }
  return out;
}
export {
  readArm
};
