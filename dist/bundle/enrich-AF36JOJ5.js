import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-VN7AAZE7.js";
import {
  liveObject
} from "./chunk-3Z46K6P4.js";
import {
  isRecord
} from "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/live/vvp/http.js
var VvpHttp = class {
  opts;
  /** HTTP requests actually sent (retries included); all GETs. */
  requests = 0;
  constructor(opts) {
    this.opts = opts;
  }
  async get(path) {
    const retries = this.opts.retries ?? 3;
    let backoff = this.opts.backoffMs ?? 250;
    let last = { ok: false, status: 0, reason: "timed out: not sent, the overall VVP timeout had passed" };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (Date.now() >= this.opts.deadline)
        return attempt === 0 ? last : { ok: false, status: last.status, reason: `${last.ok ? "" : last.reason}; the timeout passed` };
      last = await this.once(path);
      if (last.ok || !retryable(last.status))
        return last;
      if (attempt === retries)
        break;
      const wait = Math.min(backoff * (0.75 + Math.random() * 0.5), 5e3, this.opts.deadline - Date.now());
      if (wait <= 0)
        break;
      await new Promise((r) => setTimeout(r, wait));
      backoff *= 2;
    }
    return last;
  }
  async once(path) {
    const doFetch = this.opts.fetch ?? globalThis.fetch;
    const remaining = this.opts.deadline - Date.now();
    const timeout = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 3e4, remaining));
    const headers = { accept: "application/json" };
    if (this.opts.token)
      headers["authorization"] = `Bearer ${this.opts.token}`;
    this.requests++;
    let res;
    try {
      res = await doFetch(this.opts.baseUrl + path, { method: "GET", headers, redirect: "follow", signal: AbortSignal.timeout(timeout) });
    } catch (err) {
      return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
    }
    let text;
    try {
      text = await boundedText(res, MAX_RESPONSE_BYTES);
    } catch (err) {
      return { ok: false, status: 0, reason: this.scrub(networkReason(err, timeout)) };
    }
    if (text === void 0)
      return { ok: false, status: -1, reason: `the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB` };
    if (!res.ok)
      return { ok: false, status: res.status, reason: `HTTP ${res.status}${res.statusText ? " " + res.statusText : ""}` };
    try {
      return { ok: true, status: res.status, body: text === "" ? void 0 : JSON.parse(text) };
    } catch {
      return { ok: false, status: -1, reason: `HTTP ${res.status} but the answer is not JSON (${res.headers.get("content-type") ?? "no content type"}); is the URL the VVP API?` };
    }
  }
  /** Defence in depth: error texts come from the runtime and might quote request details. */
  scrub(s) {
    const t = this.opts.token;
    return t ? s.split(t).join("***") : s;
  }
};
var MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
async function boundedText(res, max) {
  if (Number(res.headers.get("content-length") ?? 0) > max) {
    await res.body?.cancel().catch(() => void 0);
    return void 0;
  }
  if (!res.body)
    return "";
  const reader = res.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done)
      break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => void 0);
      return void 0;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}
function retryable(status) {
  return status === 0 || status === 429 || status >= 500;
}
function networkReason(err, timeout) {
  const e = err;
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return `timed out: no answer within ${Math.round(timeout / 100) / 10} s`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e?.message ?? "network error"} (${cause})` : e?.message ?? "network error";
}

// dist/src/live/vvp/read-vvp.js
var ENDPOINTS = [
  { path: "deployment-targets", kind: "DeploymentTarget", resource: "vvp-deploymenttarget" },
  // VVP 2.1 has no SessionClusters: 404 there means "not served by this version", like deployment-defaults.
  { path: "sessionclusters", kind: "SessionCluster", resource: "vvp-sessioncluster", optional: true },
  { path: "deployments", kind: "Deployment", resource: "vvp-deployment" },
  { path: "deployment-defaults", kind: "DeploymentDefaults", resource: "vvp-deploymentdefaults", single: true, optional: true }
];
var VVP_SCOPE = "vvp";
async function readVvp(opts) {
  const base = normaliseBaseUrl(opts.url);
  const env = opts.env ?? process.env;
  const token = opts.token ?? (env["VVP_TOKEN"] || void 0);
  const http = new VvpHttp({
    baseUrl: base,
    token,
    deadline: Date.now() + opts.timeoutMs,
    requestTimeoutMs: opts.requestTimeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
    fetch: opts.fetch
  });
  const reader = new Reader(http, base, token !== void 0);
  await reader.run(opts.namespaces);
  return { objects: reader.objects, notifications: reader.notifications, requestCount: http.requests, namespaces: reader.namespacesRead };
}
function normaliseBaseUrl(url) {
  return url.replace(/\/+$/, "");
}
function vvpNamespaceName(name) {
  return name.startsWith("namespaces/") ? name.slice("namespaces/".length) : name;
}
var Reader = class {
  http;
  base;
  hasToken;
  objects = [];
  notifications = [];
  namespacesRead = [];
  /** Set after a failure that makes every further request pointless (401, no answer at all). */
  stopped = false;
  /** Some request got a JSON answer: the URL is the VVP API, so one bad answer is that endpoint's problem only. */
  answered = false;
  constructor(http, base, hasToken) {
    this.http = http;
    this.base = base;
    this.hasToken = hasToken;
  }
  async run(requested) {
    const namespaces = requested && requested.length > 0 ? [...new Set(requested.map(vvpNamespaceName))] : await this.listNamespaces();
    for (const ns of namespaces) {
      if (this.stopped)
        break;
      let readAny = false;
      for (const [i, ep] of ENDPOINTS.entries()) {
        if (this.stopped)
          break;
        const outcome = await this.readEndpoint(ns, ep, i === 0);
        if (outcome === "no-namespace")
          break;
        if (outcome === "read" && !ep.optional)
          readAny = true;
      }
      if (readAny)
        this.namespacesRead.push(ns);
    }
  }
  async listNamespaces() {
    const path = "/namespaces/v1/namespaces";
    const res = await this.http.get(path);
    if (!res.ok) {
      if (res.status === 404) {
        this.notifications.push({ id: "vvp-namespaces-unavailable", level: "note", message: `VVP API ${this.base}${path} answered 404, so the VVP namespaces are unknown; reading namespace "default" only (pass --vvp-namespace to choose)` });
        return ["default"];
      }
      if (res.status === 403) {
        this.notifications.push({ id: "vvp-forbidden", level: "warning", incomplete: true, message: `VVP API ${this.base}${path} answered 403 Forbidden: the API token may not list VVP namespaces (namespace-scoped tokens such as editor tokens cannot); pass the namespace(s) to read with --vvp-namespace NS` });
        return [];
      }
      this.fail(path, res, "the list of VVP namespaces");
      return [];
    }
    this.answered = true;
    const body = res.body;
    const list = isRecord(body) ? Array.isArray(body["namespaces"]) ? body["namespaces"] : Array.isArray(body["items"]) ? body["items"] : void 0 : void 0;
    if (!list) {
      this.badShape(path, "a {namespaces: [...]} list");
      return [];
    }
    const names = [];
    for (const n of list) {
      const raw = isRecord(n) ? typeof n["name"] === "string" ? n["name"] : isRecord(n["metadata"]) && typeof n["metadata"]["name"] === "string" ? n["metadata"]["name"] : void 0 : typeof n === "string" ? n : void 0;
      if (raw)
        names.push(vvpNamespaceName(raw));
    }
    return names;
  }
  /**
   * 'read' when the endpoint answered (objects added, or legitimately absent); 'no-namespace' when the first list
   * of a namespace is 404 (the namespace does not exist: one notification, not one per list).
   */
  async readEndpoint(ns, ep, first) {
    const path = `/api/v1/namespaces/${encodeURIComponent(ns)}/${ep.path}`;
    const res = await this.http.get(path);
    if (res.ok)
      this.answered = true;
    if (!res.ok) {
      if (ep.optional && res.status === 404)
        return "read";
      if (first && res.status === 404) {
        this.notifications.push({ id: "vvp-not-found", level: "warning", message: `VVP API ${this.base}${path} answered 404 Not Found: VVP namespace "${ns}" does not exist (or the URL is not the VVP gateway); it was not checked`, incomplete: true });
        return "no-namespace";
      }
      this.fail(path, res, `${ep.kind} resources of VVP namespace "${ns}"`);
      return "failed";
    }
    const body = res.body;
    if (ep.single) {
      if (body === void 0 || body === null)
        return "read";
      if (!isRecord(body)) {
        this.badShape(path, `a ${ep.kind} object`);
        return "failed";
      }
      this.addItem(body, ns, ep);
      return "read";
    }
    const items = isRecord(body) && Array.isArray(body["items"]) ? body["items"] : isRecord(body) && body["items"] === void 0 && body["kind"] !== void 0 ? [] : void 0;
    if (!items) {
      this.badShape(path, "a ResourceListOf {kind, items: [...]}");
      return "failed";
    }
    for (const item of items)
      if (isRecord(item))
        this.addItem(item, ns, ep);
    return "read";
  }
  addItem(item, ns, ep) {
    const body = { ...item, apiVersion: item["apiVersion"] ?? "v1", kind: item["kind"] ?? ep.kind };
    const meta = isRecord(item["metadata"]) ? item["metadata"] : {};
    const name = typeof meta["name"] === "string" ? meta["name"] : void 0;
    const id = typeof meta["id"] === "string" ? meta["id"] : void 0;
    this.objects.push(liveObject(body, { live: "vvp", scope: VVP_SCOPE, resource: ep.resource, namespace: ns, uri: this.uriOf(ns, ep, name, id) }));
  }
  /**
   * A link the user can open: the deployment page of the VVP UI for Deployments (route used by Ververica's own
   * tooling: /app/#/namespaces/<ns>/deployments/<id>/detail/overview), else the resource's GET URL in the API.
   */
  uriOf(ns, ep, name, id) {
    const nsPart = encodeURIComponent(ns);
    if (ep.kind === "Deployment") {
      const ref = id ?? name;
      return ref ? `${this.base}/app/#/namespaces/${nsPart}/deployments/${encodeURIComponent(ref)}${id ? "/detail/overview" : ""}` : `${this.base}/app/#/namespaces/${nsPart}/deployments`;
    }
    if (ep.single || !name)
      return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}`;
    return `${this.base}/api/v1/namespaces/${nsPart}/${ep.path}/${encodeURIComponent(name)}`;
  }
  fail(path, res, what) {
    const where = `VVP API ${this.base}${path}`;
    const push = (id, message) => {
      this.notifications.push({ id, level: "warning", message, incomplete: true });
    };
    if (res.status === 401) {
      this.stopped = true;
      push("vvp-unauthorized", `${where} answered 401 Unauthorized: ${this.hasToken ? "the API token was not accepted" : "pass an API token with --vvp-token or VVP_TOKEN"}; no VVP resources were read from here on`);
    } else if (res.status === 403) {
      push("vvp-forbidden", `${where} answered 403 Forbidden: the API token may not read ${what} (it needs at least the viewer role in that namespace); they were not checked`);
    } else if (res.status === 404) {
      push("vvp-not-found", `${where} answered 404 Not Found: ${what} were not checked (does the namespace exist, and is the URL the VVP gateway?)`);
    } else if (res.status === -1) {
      if (!this.answered)
        this.stopped = true;
      push("vvp-bad-response", `${where}: ${res.reason}; ${this.stopped ? "no VVP resources were read from here on" : `${what} were not checked`}`);
    } else if (res.status === 0) {
      this.stopped = true;
      const timedOut = res.reason.startsWith("timed out");
      push(timedOut ? "vvp-timeout" : "vvp-unreachable", `${where} ${timedOut ? "did not answer in time" : "could not be reached"} (${res.reason}); no VVP resources were read from here on`);
    } else {
      push("vvp-unreachable", `${where} failed after retries (${res.reason}): ${what} were not checked`);
    }
  }
  badShape(path, expected) {
    this.notifications.push({ id: "vvp-bad-response", level: "warning", message: `VVP API ${this.base}${path} did not return ${expected}; those resources were not checked`, incomplete: true });
  }
};

// dist/src/live/vvp/enrich.js
function vvpEnricher(flags, options = {}) {
  const url = flags["vvp-url"];
  if (url === void 0) {
    if (flags["vvp-token"] !== void 0 || (flags["vvp-namespace"]?.length ?? 0) > 0)
      throw new UsageError("--vvp-token and --vvp-namespace need --vvp-url");
    return void 0;
  }
  checkUrl(url);
  return async (inventory) => {
    const result = await readVvp({
      url,
      token: flags["vvp-token"],
      namespaces: flags["vvp-namespace"],
      timeoutMs: options.timeoutMs ?? 6e4,
      requestTimeoutMs: options.requestTimeoutMs,
      retries: options.retries,
      backoffMs: options.backoffMs,
      fetch: options.fetch,
      env: options.env
    });
    for (const o of result.objects)
      inventory.add(o);
    inventory.notifications.push(...result.notifications);
    options.onRead?.(result);
  };
}
function checkUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new UsageError(`--vvp-url must be an http(s) URL such as http://localhost:8080, got protocol "${parsed.protocol}"`);
  if (parsed.username || parsed.password)
    throw new UsageError("--vvp-url must not contain credentials; pass the API token with --vvp-token or VVP_TOKEN");
  if (parsed.search || parsed.hash)
    throw new UsageError("--vvp-url must be the base URL of the VVP gateway, without a query or fragment");
}
export {
  vvpEnricher
};
