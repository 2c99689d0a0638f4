import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  OPTIONAL_PACKAGES,
  isMissingModule,
  missingPackagesError
} from "./chunk-ZWIMHORS.js";

// dist/src/live/kube/kubeconfig.js
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
var SA_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";
var KubeconfigError = class extends Error {
};
async function resolveKubeconfig(opts) {
  let k8s;
  try {
    k8s = await import("@kubernetes/client-node");
  } catch (err) {
    if (isMissingModule(err))
      throw new KubeconfigError(missingPackagesError("audit", OPTIONAL_PACKAGES.kube, err).message);
    throw err;
  }
  const env = opts.env ?? process.env;
  const kc = new k8s.KubeConfig();
  let origin;
  const files = kubeconfigFiles(opts, env);
  if (files.length > 0) {
    mergeLikeKubectl(kc, files, (f) => {
      const one = new k8s.KubeConfig();
      one.loadFromFile(f);
      return one;
    });
    origin = files.join(path.delimiter);
  } else if (existsSync(opts.inClusterTokenPath ?? SA_TOKEN) && env["KUBERNETES_SERVICE_HOST"]) {
    kc.loadFromCluster();
    origin = "in-cluster service account";
  } else {
    throw new KubeconfigError("no kubeconfig found: set KUBECONFIG, pass --kubeconfig FILE, or create ~/.kube/config");
  }
  if (opts.context !== void 0) {
    if (!kc.getContextObject(opts.context)) {
      throw new KubeconfigError(`context "${opts.context}" not found in ${origin}`);
    }
    kc.setCurrentContext(opts.context);
  }
  const contextName = kc.getCurrentContext();
  const ctx = contextName ? kc.getContextObject(contextName) : null;
  if (!contextName || !ctx) {
    throw new KubeconfigError(`no current context in ${origin}: pass --context NAME`);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster || !cluster.server) {
    throw new KubeconfigError(`context "${contextName}" names no cluster with a server in ${origin}`);
  }
  let agent;
  let plainHttpCopy;
  return {
    contextName,
    server: cluster.server.replace(/\/+$/, ""),
    namespace: ctx.namespace,
    origin,
    async authenticate() {
      const o = {};
      const plainHttp = cluster.server.startsWith("http:");
      const user = kc.getCurrentUser();
      try {
        await (plainHttp ? plainHttpCopy ??= httpAllowed(k8s, kc, cluster.name, contextName) : kc).applyToHTTPSOptions(o);
      } catch (e) {
        throw new KubeconfigError(`credentials of context "${contextName}" could not be obtained: ${oneLine(e)}`);
      }
      if (agent === void 0) {
        if (!user && !plainHttp)
          agent = new (await import("node:https")).Agent({ keepAlive: true, ...clusterTls(cluster) });
        else
          agent = o.agent;
      }
      const headers = {};
      for (const [k, v] of Object.entries(o.headers ?? {}))
        if (v !== void 0)
          headers[k] = String(v);
      if (o.auth)
        headers["Authorization"] = "Basic " + Buffer.from(o.auth).toString("base64");
      return { headers, agent };
    }
  };
}
function httpAllowed(k8s, kc, clusterName, contextName) {
  const copy = new k8s.KubeConfig();
  copy.loadFromOptions({
    clusters: kc.clusters.map((c) => c.name === clusterName ? { ...c, skipTLSVerify: true } : c),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: contextName
  });
  return copy;
}
function clusterTls(cluster) {
  const out = {};
  if (cluster.caData)
    out.ca = Buffer.from(cluster.caData, "base64");
  else if (cluster.caFile)
    out.ca = readFileSync(cluster.caFile);
  if (cluster.tlsServerName)
    out.servername = cluster.tlsServerName;
  if (cluster.skipTLSVerify)
    out.rejectUnauthorized = false;
  return out;
}
function kubeconfigFiles(opts, env) {
  if (opts.file !== void 0) {
    if (!existsSync(opts.file))
      throw new KubeconfigError(`kubeconfig file ${opts.file} does not exist`);
    return [opts.file];
  }
  const list = env["KUBECONFIG"];
  if (list) {
    const files = list.split(path.delimiter).filter((f) => f.length > 0);
    const existing = files.filter((f) => existsSync(f));
    if (existing.length === 0)
      throw new KubeconfigError(`none of the KUBECONFIG files exist: ${list}`);
    return existing;
  }
  const home = env["HOME"] || env["USERPROFILE"] || homedir();
  const def = path.join(home, ".kube", "config");
  return existsSync(def) ? [def] : [];
}
function mergeLikeKubectl(target, files, load) {
  const clusters = /* @__PURE__ */ new Map();
  const users = /* @__PURE__ */ new Map();
  const contexts = /* @__PURE__ */ new Map();
  let current = "";
  for (const f of files) {
    let one;
    try {
      one = load(f);
    } catch (e) {
      throw new KubeconfigError(`kubeconfig ${f} cannot be read: ${oneLine(e)}`);
    }
    for (const c of one.clusters ?? [])
      if (!clusters.has(c.name))
        clusters.set(c.name, c);
    for (const u of one.users ?? [])
      if (!users.has(u.name))
        users.set(u.name, u);
    for (const c of one.contexts ?? [])
      if (!contexts.has(c.name))
        contexts.set(c.name, c);
    if (!current && one.currentContext)
      current = one.currentContext;
  }
  target.loadFromOptions({ clusters: [...clusters.values()], users: [...users.values()], contexts: [...contexts.values()], currentContext: current });
}
function oneLine(e) {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0].trim();
}
async function listContexts(opts) {
  const k8s = await import("@kubernetes/client-node");
  const files = kubeconfigFiles(opts, opts.env ?? process.env);
  if (files.length === 0)
    throw new KubeconfigError("no kubeconfig found: set KUBECONFIG, pass --kubeconfig FILE, or create ~/.kube/config");
  const kc = new k8s.KubeConfig();
  mergeLikeKubectl(kc, files, (f) => {
    const one = new k8s.KubeConfig();
    one.loadFromFile(f);
    return one;
  });
  return kc.getContexts().map((c) => c.name);
}

export {
  KubeconfigError,
  resolveKubeconfig,
  oneLine,
  listContexts
};
