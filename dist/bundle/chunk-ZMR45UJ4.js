import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  KubeconfigError,
  oneLine,
  resolveKubeconfig
} from "./chunk-EWGYMB77.js";
import {
  GATE_OPTIONS,
  OUTPUT_OPTIONS,
  PROJECT_OPTIONS,
  SOURCE_OPTIONS,
  checkCommonFlags,
  emit,
  enrichFromFlags,
  formatOf,
  parseMaxWarnings
} from "./chunk-YTJ55LPK.js";
import {
  exitCodeForError
} from "./chunk-Z3ZAT2ZE.js";
import {
  explainParseError
} from "./chunk-JY5FJ42G.js";
import {
  lint
} from "./chunk-RVPLG47E.js";
import {
  isCredentialKey
} from "./chunk-66VMUO7N.js";
import {
  EXIT,
  safeCommandLine
} from "./chunk-OVBIPZTM.js";
import {
  TOOL_VERSION
} from "./chunk-SANQURRP.js";
import {
  liveObject
} from "./chunk-3Z46K6P4.js";
import {
  isRecord
} from "./chunk-EOPA2HFE.js";

// dist/src/cli/commands/audit.js
import { resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// dist/src/live/kube/transport.js
import http from "node:http";
import https from "node:https";
var MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
var KubeTransport = class {
  kube;
  opts;
  /** HTTP requests actually sent (retries included). All of them are GETs. */
  requests = 0;
  /** Requests that returned any HTTP answer below 500 other than 429 (the API was reachable and answered). */
  answered = 0;
  constructor(kube, opts) {
    this.kube = kube;
    this.opts = opts;
  }
  /** GET `path` (absolute API path) with query parameters; JSON body on 2xx. */
  async get(path, query = {}) {
    const url = new URL(this.kube.server + path);
    for (const [k, v] of Object.entries(query))
      if (v !== void 0 && v !== "")
        url.searchParams.set(k, v);
    const retries = this.opts.retries ?? 3;
    let backoff = this.opts.backoffMs ?? 250;
    let last = { ok: false, status: 0, reason: "not sent: the --timeout deadline passed", timedOut: true };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (Date.now() >= this.opts.deadline)
        return { ok: false, status: 0, reason: "the --timeout deadline passed", timedOut: true };
      last = await this.once(url);
      if (last.ok || !retryable(last))
        return last;
      if (attempt === retries)
        break;
      const retryAfter = last.ok ? 0 : last.retryAfterMs ?? 0;
      const wait = Math.min(Math.max(backoff * (0.75 + Math.random() * 0.5), retryAfter), 5e3, this.opts.deadline - Date.now());
      if (wait <= 0)
        break;
      await new Promise((r2) => setTimeout(r2, wait));
      backoff *= 2;
    }
    return last;
  }
  async once(url) {
    const { headers, agent } = await this.kube.authenticate();
    const remaining = this.opts.deadline - Date.now();
    const timeout = Math.max(1, Math.min(this.opts.requestTimeoutMs ?? 3e4, remaining));
    const lib = url.protocol === "http:" ? http : https;
    this.requests++;
    return new Promise((resolve3) => {
      const req = lib.request(url, { method: "GET", agent, headers: { ...headers, Accept: "application/json" }, signal: AbortSignal.timeout(timeout) }, (res) => {
        const chunks = [];
        let size = 0;
        res.on("data", (c) => {
          size += c.length;
          if (size > MAX_RESPONSE_BYTES) {
            req.destroy();
            resolve3({ ok: false, status: -1, reason: `the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`, timedOut: false });
            return;
          }
          chunks.push(c);
        });
        res.on("error", (e) => resolve3(networkFailure(e)));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8");
          if (status !== 429 && status < 500)
            this.answered++;
          if (status >= 200 && status < 300) {
            try {
              resolve3({ ok: true, status, body: JSON.parse(text) });
            } catch {
              resolve3({ ok: false, status, reason: "the response is not JSON", timedOut: false });
            }
            return;
          }
          const retryAfterMs = Number(res.headers["retry-after"] ?? 0) * 1e3 || 0;
          resolve3({ ok: false, status, reason: statusReason(status, text), timedOut: false, retryAfterMs });
        });
      });
      req.on("error", (e) => resolve3(networkFailure(e)));
      req.end();
    });
  }
};
function retryable(r2) {
  return !r2.ok && (r2.status === 0 || r2.status === 429 || r2.status >= 500);
}
function networkFailure(e) {
  const timedOut = e.name === "TimeoutError" || e.name === "AbortError" || e.code === "ABORT_ERR";
  return { ok: false, status: 0, reason: timedOut ? "the request timed out" : e.code ?? e.message.split("\n")[0], timedOut };
}
function statusReason(status, text) {
  try {
    const s = JSON.parse(text);
    if (typeof s.message === "string" && s.message)
      return `${status}: ${s.message.split("\n")[0].slice(0, 300)}`;
  } catch {
  }
  return `HTTP ${status}`;
}

// dist/src/live/kube/list.js
var PAGE_SIZE = 500;
var MAX_LIST_ITEMS = 25e4;
async function listAll(t, path, opts = {}) {
  const items = [];
  let cont;
  let restarted = false;
  const tokens = /* @__PURE__ */ new Set();
  let read = 0;
  let pages = 0;
  const maxItems = opts.maxItems ?? MAX_LIST_ITEMS;
  const maxPages = Math.ceil(maxItems / (opts.pageSize ?? PAGE_SIZE)) + 100;
  for (; ; ) {
    if (++pages > maxPages)
      return { status: "failed", items, reason: `the list did not end after ${maxPages} pages; stopped reading it`, timedOut: false };
    const r2 = await t.get(path, {
      limit: String(opts.pageSize ?? PAGE_SIZE),
      continue: cont,
      fieldSelector: opts.fieldSelector,
      labelSelector: opts.labelSelector
    });
    if (!r2.ok) {
      if (r2.status === 404)
        return { status: "absent", items };
      if (r2.status === 403 || r2.status === 401)
        return { status: "forbidden", items, reason: r2.reason };
      if (r2.status === 410 && cont !== void 0 && !restarted) {
        restarted = true;
        items.length = 0;
        read = 0;
        tokens.clear();
        cont = void 0;
        continue;
      }
      return { status: "failed", items, reason: r2.reason, timedOut: r2.timedOut };
    }
    const body = isRecord(r2.body) ? r2.body : {};
    const page = Array.isArray(body["items"]) ? body["items"] : [];
    const listKind = typeof body["kind"] === "string" ? body["kind"].replace(/List$/, "") : void 0;
    const apiVersion = typeof body["apiVersion"] === "string" ? body["apiVersion"] : void 0;
    read += page.length;
    if (read > maxItems) {
      return { status: "failed", items, reason: `the list returned more than ${maxItems} objects; stopped reading it`, timedOut: false };
    }
    for (const raw of page) {
      if (!isRecord(raw))
        continue;
      const withKind = { apiVersion: raw["apiVersion"] ?? apiVersion, kind: raw["kind"] ?? listKind, ...raw };
      const kept = opts.keep ? opts.keep(withKind) : withKind;
      if (kept)
        items.push(kept);
    }
    opts.onPage?.(items.length);
    const meta = isRecord(body["metadata"]) ? body["metadata"] : {};
    cont = typeof meta["continue"] === "string" && meta["continue"] !== "" ? meta["continue"] : void 0;
    if (cont === void 0)
      return { status: "ok", items };
    if (tokens.has(cont))
      return { status: "failed", items, reason: "the API server repeated a continue token (the list would never end); stopped reading it", timedOut: false };
    tokens.add(cont);
  }
}
async function getOne(t, path) {
  const r2 = await t.get(path);
  if (r2.ok)
    return isRecord(r2.body) ? { status: "ok", item: r2.body } : { status: "failed", reason: "unexpected response", timedOut: false };
  if (r2.status === 404)
    return { status: "absent" };
  if (r2.status === 403 || r2.status === 401)
    return { status: "forbidden", reason: r2.reason };
  return { status: "failed", reason: r2.reason, timedOut: r2.timedOut };
}

// dist/src/live/kube/resources.js
var r = (kind, group, version, plural2, namespaced, optional = false) => ({
  kind,
  group,
  version,
  plural: plural2,
  namespaced,
  display: kind.toLowerCase(),
  optional
});
var SPC_V1 = r("SecretProviderClass", "secrets-store.csi.x-k8s.io", "v1", "secretproviderclasses", true, true);
var SPC_V1ALPHA1 = { ...SPC_V1, version: "v1alpha1" };
var POD = r("Pod", "", "v1", "pods", true);
var SECRET = r("Secret", "", "v1", "secrets", true);
var SERVICE_ACCOUNT = r("ServiceAccount", "", "v1", "serviceaccounts", true);
var EVENT = r("Event", "", "v1", "events", true);
var DEPLOYMENT = r("Deployment", "apps", "v1", "deployments", true);
var STATEFUL_SET = r("StatefulSet", "apps", "v1", "statefulsets", true);
var DAEMON_SET = r("DaemonSet", "apps", "v1", "daemonsets", true);
var JOB = r("Job", "batch", "v1", "jobs", true);
var CRON_JOB = r("CronJob", "batch", "v1", "cronjobs", true);
var AZURE_IDENTITY = r("AzureIdentity", "aadpodidentity.k8s.io", "v1", "azureidentities", true, true);
var AZURE_IDENTITY_BINDING = r("AzureIdentityBinding", "aadpodidentity.k8s.io", "v1", "azureidentitybindings", true, true);
var CSI_DRIVER = r("CSIDriver", "storage.k8s.io", "v1", "csidrivers", false);
var CRD = r("CustomResourceDefinition", "apiextensions.k8s.io", "v1", "customresourcedefinitions", false);
var WORKLOADS = [DEPLOYMENT, STATEFUL_SET, DAEMON_SET, JOB, CRON_JOB];
var SPC_CRD_NAME = "secretproviderclasses.secrets-store.csi.x-k8s.io";
var CSI_DRIVER_NAME = "secrets-store.csi.k8s.io";
var PROVIDER_LABEL_SELECTOR = "app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)";
function resourcePath(res, namespace, name2) {
  const base = res.group === "" ? `/api/${res.version}` : `/apis/${res.group}/${res.version}`;
  const ns2 = res.namespaced && namespace !== void 0 ? `/namespaces/${encodeURIComponent(namespace)}` : "";
  const n = name2 !== void 0 ? `/${encodeURIComponent(name2)}` : "";
  return `${base}${ns2}/${res.plural}${n}`;
}
function permissionText(res, verb, namespace) {
  const where = res.namespaced ? namespace !== void 0 ? `in namespace "${namespace}"` : "in all namespaces" : "at cluster scope";
  return `${verb} ${res.plural}${res.group ? "." + res.group : ""} ${where} (RBAC: verb "${verb}", resource "${res.plural}", apiGroup "${res.group}")`;
}

// dist/src/live/kube/redact.js
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
var REDACTED_B64 = "UkVEQUNURUQ=";
function slimObject(item) {
  const { status: _status, ...rest } = item;
  const meta = isRecord(item["metadata"]) ? item["metadata"] : {};
  const { managedFields: _mf, annotations, ...m } = meta;
  const out = { ...m };
  if (isRecord(annotations)) {
    const a = { ...annotations };
    delete a[LAST_APPLIED];
    if (Object.keys(a).length > 0)
      out["annotations"] = a;
  }
  return { ...rest, metadata: out };
}
function slimSecret(item) {
  const meta = isRecord(item["metadata"]) ? item["metadata"] : {};
  const data = {};
  const src = isRecord(item["data"]) ? item["data"] : {};
  for (const [k, v] of Object.entries(src)) {
    if (k.toLowerCase() === "clientid" && typeof v === "string")
      data[k] = v;
    else
      data[k] = typeof v === "string" && v.length > 0 ? REDACTED_B64 : "";
  }
  const metadata = {};
  for (const k of ["name", "namespace", "uid", "labels", "creationTimestamp"])
    if (meta[k] !== void 0)
      metadata[k] = meta[k];
  const out = { apiVersion: "v1", kind: "Secret", metadata, data };
  if (typeof item["type"] === "string")
    out["type"] = item["type"];
  return out;
}
function redactEventMessage(message) {
  let m = message.replace(/\s+/g, " ").trim();
  const cut = m.search(/client[_-]?secret/i);
  if (cut >= 0)
    m = m.slice(0, cut) + "clientsecret [redacted]";
  m = m.replace(/eyJ[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*){0,2}/g, "[redacted token]");
  m = m.replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]");
  m = m.replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, "$1[redacted]@");
  m = m.replace(KEY_VALUE, (all, open, key2, close, sep) => isSecretKey(key2) ? `${open}${key2}${close}${sep}[redacted]` : all);
  return m.length > 400 ? m.slice(0, 399) + "\u2026" : m;
}
var KEY_VALUE = /(\\*["']?)([A-Za-z][\w.-]*)(\\*["']?)(\s*(?::=|=|:)\s*)(\\*"(?:[^"\\]|\\.)*?\\*"|'[^']*'|[^\s"',;}&\\)\]]+)/g;
function isSecretKey(key2) {
  return isCredentialKey(key2) || /^(sig|key|pass|auth|authorization|sharedaccesskey|sharedaccesssignature)$/i.test(key2);
}

// dist/src/live/kube/workloads.js
function selectPodSources(pods, podRes, workloads) {
  const byKey = /* @__PURE__ */ new Map();
  for (const [res, items] of workloads)
    for (const item of items)
      byKey.set(key(res.kind, ns(item), name(item)), { item, res });
  const emit2 = [];
  const seenOwnerUids = /* @__PURE__ */ new Set();
  const podOwner = /* @__PURE__ */ new Map();
  const top = (kind, namespace, n) => {
    const found = byKey.get(key(kind, namespace, n));
    if (!found)
      return void 0;
    const parent = controllerOf(found.item);
    if (kind === "Job" && parent?.kind === "CronJob")
      return byKey.get(key("CronJob", namespace, parent.name)) ?? found;
    return found;
  };
  for (const [res, items] of workloads) {
    for (const item of items) {
      const parent = controllerOf(item);
      if (res.kind === "Job" && parent?.kind === "CronJob" && byKey.has(key("CronJob", ns(item), parent.name)))
        continue;
      emit2.push({ item, res });
    }
  }
  for (const pod of pods) {
    const namespace = ns(pod);
    const ctl = controllerOf(pod);
    let owner;
    if (ctl) {
      if (ctl.kind === "ReplicaSet") {
        const hash = labels(pod)["pod-template-hash"];
        const dep = hash && ctl.name.endsWith("-" + hash) ? ctl.name.slice(0, -hash.length - 1) : void 0;
        if (dep)
          owner = top("Deployment", namespace, dep);
      } else {
        owner = top(ctl.kind, namespace, ctl.name);
      }
    }
    if (owner) {
      podOwner.set(key("Pod", namespace, name(pod)), {
        kind: owner.res.kind,
        apiVersion: owner.res.group ? `${owner.res.group}/${owner.res.version}` : owner.res.version,
        name: name(owner.item),
        resource: owner.res.display
      });
      continue;
    }
    if (ctl) {
      if (seenOwnerUids.has(ctl.uid))
        continue;
      seenOwnerUids.add(ctl.uid);
    }
    emit2.push({ item: pod, res: podRes });
  }
  return { emit: emit2, ownerOf: (namespace, podName) => podOwner.get(key("Pod", namespace, podName)) };
}
function controllerOf(item) {
  const meta = isRecord(item["metadata"]) ? item["metadata"] : {};
  const refs = Array.isArray(meta["ownerReferences"]) ? meta["ownerReferences"] : [];
  for (const r2 of refs) {
    if (isRecord(r2) && r2["controller"] === true && typeof r2["kind"] === "string" && typeof r2["name"] === "string") {
      return { kind: r2["kind"], name: r2["name"], uid: typeof r2["uid"] === "string" ? r2["uid"] : `${r2["kind"]}/${r2["name"]}` };
    }
  }
  return void 0;
}
function ns(item) {
  const meta = item["metadata"];
  return isRecord(meta) && typeof meta["namespace"] === "string" ? meta["namespace"] : "";
}
function name(item) {
  const meta = item["metadata"];
  return isRecord(meta) && typeof meta["name"] === "string" ? meta["name"] : "";
}
function labels(item) {
  const meta = item["metadata"];
  const l = isRecord(meta) ? meta["labels"] : void 0;
  return isRecord(l) ? l : {};
}
function key(kind, namespace, n) {
  return `${kind}\0${namespace}\0${n}`;
}

// dist/src/live/kube/read-cluster.js
async function readCluster(opts) {
  let kube;
  try {
    kube = await resolveKubeconfig({ file: opts.kubeconfig, context: opts.context, env: opts.env });
  } catch (e) {
    const cause = e instanceof KubeconfigError ? e.message : `kubeconfig cannot be loaded: ${oneLine(e)}`;
    return emptyResult("", "", void 0, cause, 0);
  }
  const namespace = opts.allNamespaces ? void 0 : opts.namespace ?? kube.namespace ?? "default";
  const t = new KubeTransport(kube, {
    deadline: Date.now() + (opts.timeoutSeconds ?? 120) * 1e3,
    requestTimeoutMs: opts.requestTimeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs
  });
  try {
    return await new ClusterReader(kube, t, namespace, opts).read();
  } catch (e) {
    if (e instanceof KubeconfigError)
      return emptyResult(kube.contextName, kube.server, namespace, e.message, t.requests);
    throw e;
  }
}
function addClusterRead(inventory, result) {
  for (const o of result.objects)
    inventory.add(o);
  inventory.cluster = result.facts;
  inventory.notifications.push(...result.notifications);
  for (const [kind, set] of result.completeKinds) {
    const have = inventory.completeLiveKinds.get(kind);
    if (have)
      for (const n of set)
        have.add(n);
    else
      inventory.completeLiveKinds.set(kind, new Set(set));
  }
}
function emptyResult(context, server, namespace, fatal, requests) {
  return { context, server, namespace, objects: [], facts: void 0, notifications: [], completeKinds: /* @__PURE__ */ new Map(), perNamespace: /* @__PURE__ */ new Map(), requests, fatal };
}
var ClusterReader = class {
  kube;
  t;
  namespace;
  opts;
  notifications = [];
  completeKinds = /* @__PURE__ */ new Map();
  objects = [];
  perNamespace = /* @__PURE__ */ new Map();
  readErrors = {};
  succeeded = 0;
  firstFailure;
  scopeKey;
  constructor(kube, t, namespace, opts) {
    this.kube = kube;
    this.t = t;
    this.namespace = namespace;
    this.opts = opts;
    this.scopeKey = namespace ?? "*";
  }
  async read() {
    const progress = this.opts.onProgress ?? (() => {
    });
    progress(`connecting to ${this.kube.server}`);
    const csi = await getOne(this.t, resourcePath(CSI_DRIVER, void 0, CSI_DRIVER_NAME));
    if (csi.status === "failed" && this.t.answered === 0) {
      const what = /^\d/.test(csi.reason) || csi.reason.startsWith("HTTP") ? "the Kubernetes API fails at" : "cannot reach the Kubernetes API at";
      return emptyResult(this.kube.contextName, this.kube.server, this.namespace, `${what} ${this.kube.server} (context "${this.kube.contextName}"): ${csi.reason}`, this.t.requests);
    }
    if (csi.status === "forbidden" && /^401/.test(csi.reason)) {
      return emptyResult(this.kube.contextName, this.kube.server, this.namespace, `the API server at ${this.kube.server} rejected the credentials of context "${this.kube.contextName}" (401 Unauthorized)`, this.t.requests);
    }
    const csiDriver = this.csiDriverFact(csi);
    const pool = new Pool(this.opts.concurrency ?? 4);
    const list = (res, o = {}, clusterWide = false) => pool.run(() => listAll(this.t, resourcePath(res, clusterWide ? void 0 : this.namespace), { ...o, onPage: (n) => progress(`reading ${res.plural}: ${n}`) }));
    const spcP = this.readSpcs(pool, list);
    const podsP = list(POD, { keep: slimObject });
    const workloadPs = WORKLOADS.map((res) => list(res, { keep: slimObject }).then((o) => [res, o]));
    const saP = list(SERVICE_ACCOUNT, { keep: slimObject });
    const aiP = list(AZURE_IDENTITY, { keep: slimObject });
    const aibP = list(AZURE_IDENTITY_BINDING, { keep: slimObject });
    const providerP = list(POD, { labelSelector: PROVIDER_LABEL_SELECTOR }, true);
    const eventsP = list(EVENT, { fieldSelector: "involvedObject.kind=Pod,reason=FailedMount" });
    const pods = this.settle(POD, "list", await podsP);
    const workloads = /* @__PURE__ */ new Map();
    for (const [res, o] of await Promise.all(workloadPs))
      workloads.set(res, this.settle(res, "list", o));
    const selection = selectPodSources(pods, POD, workloads);
    for (const { item, res } of selection.emit)
      this.add(item, res);
    const secretNames = new Set(this.opts.extraSecretNames ?? []);
    for (const { item } of selection.emit)
      collectSecretRefs(item, secretNames);
    const secretOutcomes = await Promise.all([...secretNames].sort().map((n) => list(SECRET, { fieldSelector: `metadata.name=${n}`, keep: slimSecret })));
    let secretsComplete = true;
    for (const o of secretOutcomes) {
      for (const item of this.settle(SECRET, "list", o, false))
        this.add(item, SECRET);
      if (o.status !== "ok" && o.status !== "absent")
        secretsComplete = false;
    }
    if (secretsComplete)
      this.markComplete(SECRET.kind);
    for (const item of this.settle(SERVICE_ACCOUNT, "list", await saP))
      this.add(item, SERVICE_ACCOUNT);
    for (const item of this.settle(AZURE_IDENTITY, "list", await aiP))
      this.add(item, AZURE_IDENTITY);
    for (const item of this.settle(AZURE_IDENTITY_BINDING, "list", await aibP))
      this.add(item, AZURE_IDENTITY_BINDING);
    const spc = await spcP;
    for (const item of spc.items)
      this.add(item, spc.res);
    const providerPods = this.providerFact(await providerP);
    const failedMounts = this.failedMountsFact(await eventsP, pods, selection.ownerOf);
    if (csiDriver?.present) {
      this.objects.push(csiDriver.object);
      this.count("");
    }
    const facts = {
      context: this.kube.contextName,
      server: this.kube.server,
      spcCrdInstalled: spc.installed,
      spcVersions: spc.versions,
      csiDriver,
      providerPods,
      failedMounts,
      readErrors: this.readErrors
    };
    const fatal = this.succeeded === 0 ? `nothing could be read from ${this.kube.server} (context "${this.kube.contextName}"): ${this.firstFailure ?? "no answer"}` : void 0;
    return {
      context: this.kube.contextName,
      server: this.kube.server,
      namespace: this.namespace,
      objects: this.objects,
      facts: fatal ? void 0 : facts,
      notifications: this.notifications,
      completeKinds: this.completeKinds,
      perNamespace: this.perNamespace,
      requests: this.t.requests,
      fatal
    };
  }
  /** Records the outcome of a list: marks the kind complete, or notifies. Returns the items read. */
  settle(res, verb, o, markComplete = true) {
    if (o.status === "ok" || o.status === "absent") {
      this.succeeded++;
      if (markComplete)
        this.markComplete(res.kind);
      return o.items;
    }
    this.fail(res, verb, o, this.namespace);
    return o.items;
  }
  fail(res, verb, o, namespace) {
    const what = permissionText(res, verb, res.namespaced ? namespace : void 0);
    let message;
    let id;
    if (o.status === "forbidden") {
      id = "k8s-forbidden";
      message = `forbidden: cannot ${what}; ${res.kind} objects were not checked (${o.reason}). Grant it, see deploy/audit-rbac.yaml.`;
    } else {
      id = o.timedOut ? "k8s-timeout" : "k8s-unavailable";
      message = `could not ${verb} ${res.plural}${res.group ? "." + res.group : ""} after retries: ${o.reason}; ${res.kind} objects were not (fully) checked.`;
    }
    this.firstFailure ??= message;
    this.notifications.push({ id, level: "warning", message, incomplete: true });
    return message;
  }
  markComplete(kind) {
    let set = this.completeKinds.get(kind);
    if (!set)
      this.completeKinds.set(kind, set = /* @__PURE__ */ new Set());
    set.add(this.scopeKey);
  }
  add(item, res) {
    const o = liveObject(item, { live: "cluster", scope: this.kube.contextName, resource: res.display });
    this.objects.push(o);
    this.count(o.namespace ?? "");
  }
  count(namespace) {
    this.perNamespace.set(namespace, (this.perNamespace.get(namespace) ?? 0) + 1);
  }
  csiDriverFact(o) {
    if (o.status === "absent")
      return this.succeeded++, { present: false };
    if (o.status === "ok") {
      this.succeeded++;
      const item = slimObject({ apiVersion: "storage.k8s.io/v1", kind: "CSIDriver", ...o.item });
      const spec = isRecord(item["spec"]) ? item["spec"] : {};
      const tokenAudiences = (Array.isArray(spec["tokenRequests"]) ? spec["tokenRequests"] : []).map((r2) => isRecord(r2) && typeof r2["audience"] === "string" ? r2["audience"] : "").filter((a) => a !== "");
      const object = liveObject(item, { live: "cluster", scope: this.kube.contextName, resource: "csidriver" });
      return { present: true, tokenAudiences, object };
    }
    this.readErrors.csiDriver = this.fail(CSI_DRIVER, "get", o, void 0);
    return void 0;
  }
  /** CRD first (it says which versions are served); without permission on CRDs, try v1 then v1alpha1. */
  async readSpcs(pool, list) {
    const crd = await pool.run(() => getOne(this.t, resourcePath(CRD, void 0, SPC_CRD_NAME)));
    let installed;
    let versions;
    if (crd.status === "absent") {
      this.succeeded++;
      this.markComplete(SPC_V1.kind);
      return { installed: false, items: [], res: SPC_V1 };
    }
    if (crd.status === "ok") {
      this.succeeded++;
      installed = true;
      const spec = isRecord(crd.item["spec"]) ? crd.item["spec"] : {};
      versions = (Array.isArray(spec["versions"]) ? spec["versions"] : []).filter((v) => isRecord(v) && v["served"] !== false && typeof v["name"] === "string").map((v) => v["name"]);
    } else {
      this.readErrors.spcCrd = this.fail(CRD, "get", crd, void 0);
    }
    const order = versions && !versions.includes("v1") && versions.includes("v1alpha1") ? [SPC_V1ALPHA1] : [SPC_V1, SPC_V1ALPHA1];
    for (const res of order) {
      const o = await list(res, { keep: slimObject });
      if (o.status === "absent")
        continue;
      delete this.readErrors.spcCrd;
      return { installed: installed ?? true, versions, items: this.settle(res, "list", o), res };
    }
    this.succeeded++;
    this.markComplete(SPC_V1.kind);
    delete this.readErrors.spcCrd;
    return { installed: false, versions, items: [], res: SPC_V1 };
  }
  providerFact(o) {
    if (o.status !== "ok" && o.status !== "absent") {
      this.readErrors.providerPods = this.fail(POD, "list", o, void 0);
      return void 0;
    }
    this.succeeded++;
    const namespaces = /* @__PURE__ */ new Set();
    let ready = 0;
    for (const p of o.items) {
      namespaces.add(ns(p));
      const status = isRecord(p["status"]) ? p["status"] : {};
      const conds = Array.isArray(status["conditions"]) ? status["conditions"] : [];
      if (conds.some((c) => isRecord(c) && c["type"] === "Ready" && c["status"] === "True"))
        ready++;
    }
    return { ready, total: o.items.length, namespaces: [...namespaces].sort() };
  }
  failedMountsFact(o, pods, ownerOf) {
    if (o.status !== "ok" && o.status !== "absent") {
      this.readErrors.failedMounts = this.fail(EVENT, "list", o, this.namespace);
      return void 0;
    }
    this.succeeded++;
    const podByKey = /* @__PURE__ */ new Map();
    for (const p of pods)
      podByKey.set(`${ns(p)}/${name(p)}`, p);
    const merged = /* @__PURE__ */ new Map();
    for (const e of o.items) {
      const inv = isRecord(e["involvedObject"]) ? e["involvedObject"] : {};
      const namespace = typeof inv["namespace"] === "string" ? inv["namespace"] : ns(e);
      const pod = typeof inv["name"] === "string" ? inv["name"] : "";
      const raw = typeof e["message"] === "string" ? e["message"] : "";
      const volume = /volume "([^"]+)"/.exec(raw)?.[1];
      if (!isSecretsStoreMount(raw, volume, podByKey.get(`${namespace}/${pod}`)))
        continue;
      const series = isRecord(e["series"]) ? e["series"] : {};
      const count = typeof e["count"] === "number" ? e["count"] : typeof series["count"] === "number" ? series["count"] : 1;
      const last = [e["lastTimestamp"], series["lastObservedTime"], e["eventTime"], e["firstTimestamp"]].find((x) => typeof x === "string");
      const key2 = `${namespace}/${pod}/${volume ?? ""}`;
      const prev = merged.get(key2);
      const f = {
        namespace,
        pod,
        volume,
        owner: ownerOf(namespace, pod),
        reason: typeof e["reason"] === "string" ? e["reason"] : "FailedMount",
        message: redactEventMessage(raw),
        count: count + (prev?.count ?? 0),
        lastTimestamp: prev?.lastTimestamp && last && prev.lastTimestamp > last ? prev.lastTimestamp : last ?? prev?.lastTimestamp
      };
      merged.set(key2, prev && prev.lastTimestamp && last && prev.lastTimestamp > last ? { ...f, message: prev.message } : f);
    }
    return [...merged.values()].sort((a, b) => `${a.namespace}/${a.pod}`.localeCompare(`${b.namespace}/${b.pod}`));
  }
};
function isSecretsStoreMount(message, volume, pod) {
  if (/secrets?[-_ ]?store|secretproviderclass/i.test(message))
    return true;
  if (!volume || !pod)
    return false;
  const spec = isRecord(pod["spec"]) ? pod["spec"] : {};
  const vols = Array.isArray(spec["volumes"]) ? spec["volumes"] : [];
  return vols.some((v) => isRecord(v) && v["name"] === volume && isRecord(v["csi"]) && (v["csi"]["driver"] === CSI_DRIVER_NAME || isRecord(v["csi"]["volumeAttributes"]) && "secretProviderClass" in v["csi"]["volumeAttributes"]));
}
function collectSecretRefs(value, out, depth = 0) {
  if (depth > 40)
    return;
  if (Array.isArray(value)) {
    for (const v of value)
      collectSecretRefs(v, out, depth + 1);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "nodePublishSecretRef" && isRecord(v) && typeof v["name"] === "string" && v["name"] !== "")
        out.add(v["name"]);
      else
        collectSecretRefs(v, out, depth + 1);
    }
  }
}
var Pool = class {
  size;
  active = 0;
  queue = [];
  constructor(size) {
    this.size = size;
  }
  async run(task) {
    if (this.active >= this.size)
      await new Promise((r2) => this.queue.push(r2));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
};

// dist/src/cli/commands/audit-fleet.js
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
function fleetOptions() {
  return {
    ...AUDIT_OPTIONS,
    context: { type: "string", multiple: true },
    "all-contexts": { type: "boolean" },
    "max-parallel": { type: "string" }
  };
}
function isFleetAudit(args) {
  return args.includes("--all-contexts") || args.filter((a) => a === "--context" || a.startsWith("--context=")).length > 1;
}
async function fleetAuditCommand(args, io) {
  let flags;
  try {
    flags = parseArgs({ args, options: fleetOptions(), allowPositionals: false, strict: true }).values;
  } catch (err) {
    return usage(io, err.message);
  }
  const problem = checkCommonFlags(flags);
  if (problem)
    return usage(io, problem);
  const format = flags.format ?? "text";
  if (flags["all-contexts"] && flags.context?.length)
    return usage(io, "--all-contexts and --context exclude each other");
  const maxParallel = flags["max-parallel"] === void 0 ? 4 : Number(flags["max-parallel"]);
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 64)
    return usage(io, `--max-parallel must be a whole number from 1 to 64, got "${flags["max-parallel"]}"`);
  let contexts = [...new Set(flags.context ?? [])];
  if (flags["all-contexts"]) {
    const { listContexts, KubeconfigError: KubeconfigError2 } = await import("./kubeconfig-MAQMVG4W.js");
    try {
      contexts = await listContexts({ file: flags.kubeconfig !== void 0 ? resolve(io.cwd, flags.kubeconfig) : void 0, env: io.env });
    } catch (err) {
      if (!(err instanceof KubeconfigError2))
        throw err;
      io.stderr.write(`vvp-kv-lint: audit: ${err.message}
`);
      return EXIT.ERROR;
    }
    if (contexts.length === 0) {
      io.stderr.write("vvp-kv-lint: audit: the kubeconfig has no contexts\n");
      return EXIT.ERROR;
    }
  }
  const base = withoutFlags(args, ["--context", "--all-contexts", "--max-parallel", "--output", "-o", "--format", "-f", "--category"]);
  const category = flags.category ?? "vvp-kv-lint-audit";
  const outcomes = await mapBounded(contexts, maxParallel, async (context) => {
    const out = [];
    const err = [];
    const started = Date.now();
    const childArgs = [...base, "--context", context, "--format", format, ...format === "sarif" ? ["--category", `${category}/${context}/`] : []];
    let code;
    try {
      code = await auditCommand(childArgs, {
        stdout: { write: (s) => out.push(s), isTTY: false },
        stderr: { write: (s) => err.push(s), isTTY: false },
        cwd: io.cwd,
        env: io.env
      });
    } catch (e) {
      err.push(`vvp-kv-lint: ${e.message ?? String(e)}
`);
      code = EXIT.ERROR;
    }
    return { context, code, stdout: out.join(""), stderr: err.join("").trim(), ms: Date.now() - started };
  });
  const text = format === "sarif" ? sarifLog(outcomes, category) : format === "json" ? jsonReport(outcomes) : textReport(outcomes);
  if (flags.output !== void 0) {
    try {
      writeFileSync(resolve(io.cwd, flags.output), text);
    } catch (err) {
      io.stderr.write(`vvp-kv-lint: cannot write ${flags.output}: ${err.code ?? err.message}
`);
      return EXIT.ERROR;
    }
  } else
    io.stdout.write(text);
  for (const o of outcomes)
    io.stderr.write(`${summaryOf(o)}
`);
  const failed = outcomes.filter((o) => o.code === EXIT.ERROR).length;
  io.stderr.write(`audit: ${outcomes.length} cluster${outcomes.length === 1 ? "" : "s"}, ${outcomes.length - failed} audited, ${failed} failed
`);
  if (failed === outcomes.length)
    return EXIT.ERROR;
  return outcomes.some((o) => o.code === EXIT.FINDINGS) ? EXIT.FINDINGS : EXIT.OK;
}
function summaryOf(o) {
  if (o.code === EXIT.ERROR)
    return `audit: context ${o.context}: not audited: ${failureText(o)}`;
  const line = o.stderr.split("\n").reverse().find((l) => l.startsWith("audit: context ")) ?? `audit: context ${o.context}: done`;
  return `${line} [${(o.ms / 1e3).toFixed(1)}s]`;
}
function failureText(o) {
  const lines = o.stderr.split("\n").map((l) => l.replace(/^vvp-kv-lint: (audit: )?/, "").trim()).filter(Boolean);
  return lines[0] ?? `exit ${o.code}`;
}
function sarifLog(outcomes, category) {
  const runs = [];
  for (const o of outcomes) {
    const parsed = o.code !== EXIT.ERROR ? tryJson(o.stdout) : void 0;
    const run = parsed?.["runs"]?.[0];
    if (run) {
      runs.push(run);
      continue;
    }
    runs.push({
      tool: { driver: { name: "vvp-kv-lint", version: TOOL_VERSION, informationUri: "https://github.com/vvp-kv-lint/vvp-kv-lint", rules: [] } },
      invocations: [{
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: "error", message: { text: `context ${o.context}: ${failureText(o)}` }, descriptor: { id: "cluster-not-audited" } }]
      }],
      results: [],
      automationDetails: { id: `${category}/${o.context}/` }
    });
  }
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs }, null, 2)}
`;
}
function jsonReport(outcomes) {
  const clusters = outcomes.map((o) => ({
    context: o.context,
    exitCode: o.code,
    audited: o.code !== EXIT.ERROR,
    summary: summaryOf(o),
    ...o.code === EXIT.ERROR ? { error: failureText(o) } : { report: tryJson(o.stdout) ?? null }
  }));
  return `${JSON.stringify({ clusters }, null, 2)}
`;
}
function textReport(outcomes) {
  return outcomes.map((o) => `== context ${o.context} ==
${o.code === EXIT.ERROR ? `not audited: ${failureText(o)}
` : o.stdout || "no findings\n"}`).join("\n");
}
function tryJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function withoutFlags(args, flags) {
  const takesValue = /* @__PURE__ */ new Set(["--context", "--max-parallel", "--output", "-o", "--format", "-f", "--category"]);
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const name2 = a.includes("=") && a.startsWith("--") ? a.slice(0, a.indexOf("=")) : a;
    if (flags.includes(name2)) {
      if (takesValue.has(name2) && !a.includes("="))
        i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
function usage(io, message) {
  io.stderr.write(`vvp-kv-lint: ${message}
Run vvp-kv-lint --help for usage.
`);
  return EXIT.ERROR;
}

// dist/src/cli/commands/audit.js
var AUDIT_OPTIONS = {
  kubeconfig: { type: "string" },
  context: { type: "string" },
  namespace: { type: "string", short: "n" },
  "all-namespaces": { type: "boolean", short: "A" },
  timeout: { type: "string" },
  "with-repo": { type: "string" },
  ...OUTPUT_OPTIONS,
  ...PROJECT_OPTIONS,
  ...SOURCE_OPTIONS,
  ...GATE_OPTIONS
};
var AuditFatal = class extends Error {
};
async function auditCommand(args, io) {
  if (isFleetAudit(args))
    return fleetAuditCommand(args, io);
  let flags;
  try {
    flags = parseArgs2({ args, options: AUDIT_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    return usage2(io, explainParseError(err, AUDIT_OPTIONS));
  }
  const problem = checkCommonFlags(flags);
  if (problem)
    return usage2(io, problem);
  const format = formatOf(flags);
  const maxWarnings = parseMaxWarnings(flags["max-warnings"]);
  if (typeof maxWarnings === "string")
    return usage2(io, maxWarnings);
  if (flags.namespace !== void 0 && flags["all-namespaces"])
    return usage2(io, "-n/--namespace and -A/--all-namespaces exclude each other");
  let timeoutSeconds;
  if (flags.timeout !== void 0) {
    timeoutSeconds = parseDuration(flags.timeout);
    if (timeoutSeconds === void 0)
      return usage2(io, `--timeout must be a number of seconds (or like 90s, 2m), got "${flags.timeout}"`);
  }
  const progress = new Progress(io.stderr);
  let read;
  const repo = flags["with-repo"];
  let run;
  try {
    run = await lint({
      cwd: repo !== void 0 ? resolve2(io.cwd, repo) : io.cwd,
      targets: repo !== void 0 ? ["."] : [],
      configPath: flags.config,
      root: repo !== void 0 ? resolve2(io.cwd, repo) : void 0,
      vvpVersion: flags["vvp-version"],
      noFiles: repo === void 0,
      commandLine: safeCommandLine(["vvp-kv-lint", "audit", ...args]),
      enrich: async (inventory) => {
        const extraSecretNames = /* @__PURE__ */ new Set();
        for (const o of inventory.objects)
          collectSecretRefs(o.body, extraSecretNames);
        read = await readCluster({
          kubeconfig: flags.kubeconfig !== void 0 ? resolve2(io.cwd, flags.kubeconfig) : void 0,
          context: flags.context,
          namespace: flags.namespace,
          allNamespaces: flags["all-namespaces"] === true,
          timeoutSeconds,
          extraSecretNames,
          env: io.env,
          onProgress: (m) => progress.update(m)
        });
        progress.done();
        if (read.fatal)
          throw new AuditFatal(read.fatal);
        addClusterRead(inventory, read);
        inventory.documentCount += read.objects.length;
        await enrichFromFlags(flags, io.cwd, io.env)?.(inventory);
      }
    });
  } catch (err) {
    progress.done();
    if (err instanceof AuditFatal) {
      io.stderr.write(`vvp-kv-lint: audit: ${err.message}
`);
      return EXIT.ERROR;
    }
    const exit = exitCodeForError(err);
    if (exit !== void 0) {
      io.stderr.write(`vvp-kv-lint: ${err.message}
`);
      return exit;
    }
    throw err;
  }
  const { result, config } = run;
  const failLevel = flags["fail-level"] ?? config.config.failLevel ?? "error";
  const code = emit(result, io, {
    format,
    category: flags.category,
    // An audit is about live objects: keep them in SARIF unless asked to make the log uploadable to GitHub.
    sarifLiveFindings: flags["sarif-live-findings"] ?? "logical",
    output: flags.output,
    quiet: flags.quiet === true,
    colorFlag: flags.color ? true : flags["no-color"] ? false : void 0,
    failLevel,
    failOnIncomplete: flags["fail-on-incomplete"] ?? config.config.failOnIncomplete ?? false,
    maxWarnings: maxWarnings ?? config.config.maxWarnings
  });
  if (read)
    io.stderr.write(summaryLine(read, result) + "\n");
  return code;
}
function summaryLine(read, result) {
  const namespaces = [...read.perNamespace.keys()].filter((n) => n !== "").length;
  const objects = [...read.perNamespace.values()].reduce((a, b) => a + b, 0);
  const by = { error: 0, warning: 0, note: 0 };
  for (const f of result.findings)
    by[f.level]++;
  const incomplete = read.notifications.filter((n) => n.incomplete).length;
  const scope = read.namespace === void 0 ? "all namespaces" : `namespace ${read.namespace}`;
  return `audit: context ${read.context} (${scope}): ${namespaces} namespace${namespaces === 1 ? "" : "s"}, ${objects} objects read in ${read.requests} requests; ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"} (${plural(by.error, "error")}, ${plural(by.warning, "warning")}, ${plural(by.note, "note")})` + (incomplete ? `; incomplete: ${incomplete} kind${incomplete === 1 ? "" : "s"} could not be read` : "");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function parseDuration(s) {
  const m = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(s.trim());
  if (!m)
    return void 0;
  const n = Number(m[1]) * (m[2] === "m" ? 60 : 1);
  return n > 0 ? n : void 0;
}
var Progress = class {
  stream;
  shown = false;
  last = 0;
  constructor(stream) {
    this.stream = stream;
  }
  update(message) {
    if (this.stream.isTTY !== true)
      return;
    const now = Date.now();
    if (now - this.last < 100)
      return;
    this.last = now;
    this.stream.write(`\r\x1B[K${message.slice(0, 100)}`);
    this.shown = true;
  }
  done() {
    if (this.shown)
      this.stream.write("\r\x1B[K");
    this.shown = false;
  }
};
function usage2(io, message) {
  io.stderr.write(`vvp-kv-lint: ${message}
Run vvp-kv-lint audit --help for usage.
`);
  return EXIT.ERROR;
}

export {
  AUDIT_OPTIONS,
  auditCommand,
  summaryLine,
  isFleetAudit,
  fleetAuditCommand,
  mapBounded
};
