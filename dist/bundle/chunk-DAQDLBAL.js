import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  addKey,
  azureSpcs,
  caseVariant,
  isGuid,
  isYaml11NonString,
  quoteScalar,
  renameKey,
  replaceAt,
  replaceInside,
  replaceString,
  rule,
  show,
  yamlString
} from "./chunk-PF4F4HD6.js";
import {
  at,
  evaluateAccess,
  excessiveGrants,
  podSources,
  resolveIdentity,
  resolveTarget
} from "./chunk-FTHFZFVE.js";
import {
  objectProblems
} from "./chunk-ZJ4NDIQE.js";
import {
  RULE_META
} from "./chunk-HF3CCHUE.js";
import {
  findPlaceholder,
  isPlaceholder
} from "./chunk-DQ3U5FS6.js";
import {
  TYPE_LABEL,
  azureChecks,
  concrete,
  isGuid as isGuid2,
  needsOf,
  vaultObject,
  vaultOf
} from "./chunk-QG2N2GK7.js";
import {
  liveObject
} from "./chunk-QY4OY53H.js";
import {
  IDENTITY_FLAGS,
  parseGoBool,
  scalarAt,
  spcView
} from "./chunk-YXRG2AV3.js";
import {
  CSI_DRIVER_NAME,
  SPC_GROUP,
  isRecord
} from "./chunk-CXGTUAC5.js";

// dist/src/engine/run.js
import { createHash } from "node:crypto";

// dist/src/live/cluster-facts.js
function clusterAnchor(facts) {
  return liveObject({ apiVersion: "v1", kind: "Cluster", metadata: { name: facts.context }, server: facts.server }, { live: "cluster", scope: facts.context, resource: "cluster" });
}
function failedMountObject(facts, f) {
  const o = f.owner;
  const body = o ? { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: f.namespace } } : { apiVersion: "v1", kind: "Pod", metadata: { name: f.pod, namespace: f.namespace } };
  return liveObject(body, { live: "cluster", scope: facts.context, resource: o ? o.resource : "pod" });
}

// dist/src/rules/cluster-csi-driver-missing.js
var rule2 = {
  id: "cluster-csi-driver-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || !facts.csiDriver || facts.csiDriver.present)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" has no CSIDriver secrets-store.csi.k8s.io: secrets-store volumes cannot mount`
    });
  }
};

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
var rule3 = {
  id: "cluster-drift",
  check(ctx) {
    const inv = ctx.inventory;
    const live = inv.objects.filter((o) => o.source.kind === "live" && o.source.live === "cluster");
    if (!live.length)
      return;
    const sources = new Map(podSources(inv).filter((s) => s.kind === "kube").map((s) => [s.object, s]));
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
        message: `${o.kind} ${o.namespace ?? ""}/${o.name} differs from the cluster: ${describePaths(paths)}`,
        related: [{ object: twin, path: paths[0], message: "the object as it runs in the cluster" }]
      });
    }
  }
};
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
var rule4 = {
  id: "cluster-mount-failing",
  check(ctx) {
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
        message: `${podText} failed to mount ${vol} (${latest.reason} ${count === 1 ? "once" : `${count} times`}${when}): ${latest.message}`,
        discriminator: latest.volume ?? ""
      });
    }
  }
};
function volumesPath(ownerKind) {
  if (!ownerKind)
    return ["spec", "volumes"];
  if (ownerKind === "CronJob")
    return ["spec", "jobTemplate", "spec", "template", "spec", "volumes"];
  return ["spec", "template", "spec", "volumes"];
}

// dist/src/rules/cluster-provider-missing.js
var rule5 = {
  id: "cluster-provider-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    const pods = facts?.providerPods;
    if (!facts || !pods || pods.ready > 0)
      return;
    const detail = pods.total === 0 ? "no pod labelled app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure runs" : `${pods.total} provider pod${pods.total === 1 ? "" : "s"} (namespace ${pods.namespaces.join(", ")}), none Ready`;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" has no ready Azure Key Vault provider: ${detail}`
    });
  }
};

// dist/src/rules/cluster-spc-crd-missing.js
var rule6 = {
  id: "cluster-spc-crd-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || facts.spcCrdInstalled !== false)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" does not serve the SecretProviderClass CRD (secretproviderclasses.secrets-store.csi.x-k8s.io): the Secrets Store CSI driver is not installed`
    });
  }
};

// dist/src/rules/cluster-token-requests-missing.js
var WORKLOAD_IDENTITY_AUDIENCE = "api://AzureADTokenExchange";
var IDENTITY_BINDING_AUDIENCE = "api://AKSIdentityBinding";
var rule7 = {
  id: "cluster-token-requests-missing",
  check(ctx) {
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
        message: `${spcs.length} SecretProviderClass${spcs.length === 1 ? " uses" : "es use"} ${mode}, but the CSIDriver requests no token for audience ${audience} (tokenRequests: ${have})`,
        related,
        discriminator: audience
      });
    }
  }
};
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

// dist/src/rules/support/pods.js
var secretsVolumeCache = /* @__PURE__ */ new WeakMap();
function secretsVolumes(inv) {
  let list = secretsVolumeCache.get(inv);
  if (!list) {
    const out = [];
    for (const src of podSources(inv))
      for (const vol of src.volumes)
        if (vol.isSecretsVolume)
          out.push({ src, vol });
    secretsVolumeCache.set(inv, list = out);
  }
  return list;
}
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

// dist/src/rules/csi-driver-invalid.js
var rule8 = {
  id: "csi-driver-invalid",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
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
        message: missing ? `volume ${vol.name ?? ""} has ${hasKey ? "an empty" : "no"} csi.driver; the Secrets Store CSI driver is ${CSI_DRIVER_NAME}` : `csi.driver ${show(driver)} is not the Secrets Store CSI driver ${CSI_DRIVER_NAME}${driver === SPC_GROUP ? ` (${SPC_GROUP} is the API group of SecretProviderClass)` : ""}`,
        fix: target !== "value" ? void 0 : () => replaceString(src.object, path, "value", CSI_DRIVER_NAME, `Set the driver to ${CSI_DRIVER_NAME}`)
      });
    }
  }
};

// dist/src/rules/csi-mount-not-readonly.js
var rule9 = {
  id: "csi-mount-not-readonly",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
      const secretNames = new Set(src.volumes.filter((v) => v.isSecretsVolume).map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.readOnly || !secretNames.has(m.name))
            continue;
          ctx.report({
            object: src.object,
            path: m.path,
            message: `container ${c.name ?? ""} mounts secrets volume ${m.name} without readOnly: true`,
            fix: () => at(src.object.body, [...m.path, "readOnly"]) === void 0 ? addKey(src.object, m.path, "readOnly", "true", "Mount the secrets volume readOnly") : replaceAt(src.object, [...m.path, "readOnly"], "value", "true", "Mount the secrets volume readOnly")
          });
        }
      }
    }
  }
};

// dist/src/rules/csi-spc-missing-attribute.js
var rule10 = {
  id: "csi-spc-missing-attribute",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (vol.spcName !== void 0 && vol.spcName.trim() !== "")
        continue;
      const attrs = vol.csi["volumeAttributes"];
      if (vol.csi["driver"] !== CSI_DRIVER_NAME && !isRecord(attrs))
        continue;
      ctx.report({ object: src.object, path: [...vol.path, "csi"], target: "key", message: `volume ${vol.name ?? ""} has no csi.volumeAttributes.secretProviderClass; the driver fails with "secretProviderClass is not set"` });
    }
  }
};

// dist/src/rules/csi-spc-not-found.js
var rule11 = {
  id: "csi-spc-not-found",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const name = vol.spcName?.trim();
      if (!name || isPlaceholder(name))
        continue;
      const found = lookupSpc(ctx.inventory, src, name);
      if (found.spc || !found.decidable)
        continue;
      const ns = src.namespace;
      const other = found.elsewhere[0];
      const via = src.namespaceFrom ? " (from its DeploymentTarget)" : "";
      const message = other ? `SecretProviderClass ${name} is not in the pod namespace ${ns}${via}; one exists in namespace ${other.namespace ?? "(unset)"} instead, and the driver only looks in the pod namespace` : `SecretProviderClass ${name} not found${ns ? ` in the pod namespace ${ns}${via}` : ""}`;
      const related = [];
      if (other)
        related.push({ object: other, path: ["metadata", "namespace"], message: `SecretProviderClass ${name} is in namespace ${other.namespace ?? "(unset)"}` });
      if (src.namespaceFrom)
        related.push({ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${ns}` });
      ctx.report({ object: src.object, path: [...vol.path, "csi", "volumeAttributes", "secretProviderClass"], message, related });
    }
  }
};

// dist/src/rules/csi-volume-not-readonly.js
var rule12 = {
  id: "csi-volume-not-readonly",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const ro = vol.csi["readOnly"];
      if (ro === true)
        continue;
      const csiPath = [...vol.path, "csi"];
      ctx.report({
        object: src.object,
        path: csiPath,
        target: "key",
        message: `volume ${vol.name ?? ""} is not csi.readOnly: true; the Secrets Store CSI driver refuses it ("Readonly is not true in request")`,
        fix: () => ro === void 0 ? addKey(src.object, csiPath, "readOnly", "true", "Set csi.readOnly: true") : replaceAt(src.object, [...csiPath, "readOnly"], "value", "true", "Set csi.readOnly: true")
      });
    }
  }
};

// dist/src/rules/csi-volume-unmounted.js
var rule13 = {
  id: "csi-volume-unmounted",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (isMounted(src, vol.name))
        continue;
      if (src.kind === "vvp-defaults")
        continue;
      if (src.kind === "vvp-pods" && isRecord(at(src.object.body, [...vol.path.slice(0, -1), "volumeMount"])))
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, message: `secrets volume ${vol.name ?? ""} is not mounted by any container of ${src.description}` });
    }
  }
};

// dist/src/rules/grant-excessive.js
var rule14 = {
  id: "grant-excessive",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed)
        continue;
      const res = resolveIdentity(ctx.inventory, state, spc);
      for (const principal of res.principals) {
        const extra = excessiveGrants(state, vault, principal.principalIds);
        if (extra.length === 0)
          continue;
        ctx.report({
          object: spc.object,
          path: res.path,
          discriminator: principal.label,
          message: `${principal.label} holds more than read access on key vault ${vault.name}: ${extra.map((e) => e.description).join("; ")}; a CSI mount only needs get (and list for version history)`,
          related: [{ object: vaultObject(vault), path: ["properties", vault.enableRbacAuthorization ? "enableRbacAuthorization" : "accessPolicies"], message: `key vault ${vault.name}` }]
        });
      }
    }
  }
};

// dist/src/azure/grant-check.js
var cache = /* @__PURE__ */ new WeakMap();
function grantProblems(inventory) {
  let out = cache.get(inventory);
  if (!out)
    cache.set(inventory, out = compute(inventory));
  return out;
}
function compute(inventory) {
  const out = [];
  for (const { spc, state } of azureChecks(inventory)) {
    const vault = vaultOf(state, spc);
    if (!vault?.detailed)
      continue;
    const needs = needsOf(spc);
    if (needs.length === 0)
      continue;
    const res = resolveIdentity(inventory, state, spc);
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
var rule15 = {
  id: "grant-missing",
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== "missing")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  }
};

// dist/src/rules/grant-wrong-model.js
var rule16 = {
  id: "grant-wrong-model",
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== "wrong-model")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  }
};

// dist/src/rules/kv-federated-credential-missing.js
var rule17 = {
  id: "kv-federated-credential-missing",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (spc.identityMode !== "workload-identity" || !state.provided.has("federatedCredentials"))
        continue;
      const res = resolveIdentity(ctx.inventory, state, spc);
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
          message: `${principal.label} has no federated credential for ${[...missing].join(", ")}${have}; create one with az identity federated-credential create --subject ${[...missing][0]} --audiences api://AzureADTokenExchange`
        });
      }
    }
  }
};

// dist/src/rules/kv-identity-not-found.js
var rule18 = {
  id: "kv-identity-not-found",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      for (const nf of resolveIdentity(ctx.inventory, state, spc).notFound) {
        if (!concrete(nf.clientId) || !isGuid2(nf.clientId))
          continue;
        ctx.report({
          object: nf.object,
          path: nf.path,
          discriminator: nf.clientId,
          message: `client id ${nf.clientId} (${nf.where}) matches no managed identity or service principal in the Azure state, so its grants cannot be checked; check the id (az identity show --query clientId) or add the identity to the state`
        });
      }
    }
  }
};

// dist/src/rules/kv-network-restricted.js
var rule19 = {
  id: "kv-network-restricted",
  check(ctx) {
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
        message: `key vault ${vault.name} ${why}, so the nodes' requests are likely refused (403 Forbidden); add a private endpoint, a VNet rule for the node subnet, or the cluster's egress IP`,
        related: [{ object: vaultObject(vault), path: ["properties", disabled ? "publicNetworkAccess" : "networkAcls"], message: `network settings of key vault ${vault.name}` }]
      });
    }
  }
};

// dist/src/rules/kv-object-disabled.js
var rule20 = {
  id: "kv-object-disabled",
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "disabled")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
};

// dist/src/rules/kv-object-expired.js
var rule21 = {
  id: "kv-object-expired",
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "expired")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
};

// dist/src/rules/kv-object-not-found.js
var rule22 = {
  id: "kv-object-not-found",
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "not-found")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
};

// dist/src/rules/kv-object-type-mismatch.js
var rule23 = {
  id: "kv-object-type-mismatch",
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "type-mismatch")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
};

// dist/src/rules/kv-object-version-not-found.js
var rule24 = {
  id: "kv-object-version-not-found",
  check(ctx) {
    for (const p of objectProblems(ctx.inventory, ctx.options.objectExpiryWarningDays)) {
      if (p.kind !== "version-not-found")
        continue;
      ctx.report({
        object: p.spc.object,
        path: p.spc.paramPath("objects"),
        location: p.entry.locate(p.field),
        discriminator: String(p.entry.index),
        message: p.message,
        ...p.level ? { level: p.level } : {},
        related: p.related
      });
    }
  }
};

// dist/src/rules/kv-tenant-mismatch.js
var rule25 = {
  id: "kv-tenant-mismatch",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      const tenant = spc.tenant;
      if (!vault?.detailed || !vault.tenantId || !tenant || !isGuid2(tenant.value))
        continue;
      if (tenant.value.toLowerCase() === vault.tenantId.toLowerCase())
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath(tenant.key),
        message: `${tenant.key} ${tenant.value} is not the tenant of key vault ${vault.name} (${vault.tenantId})`,
        related: [{ object: vaultObject(vault), path: ["properties", "tenantId"], message: `vault ${vault.name} belongs to tenant ${vault.tenantId}` }]
      });
    }
  }
};

// dist/src/rules/kv-vault-not-found.js
var rule26 = {
  id: "kv-vault-not-found",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (!state.provided.has("vaults") || state.incomplete.subscriptions.size > 0)
        continue;
      const name = spc.param("keyvaultName");
      if (!concrete(name) || vaultOf(state, spc))
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath("keyvaultName"),
        message: `key vault "${name}" is not in the Azure state (${state.vaults.length} vault${state.vaults.length === 1 ? "" : "s"} from ${state.origin}); check the name, or include its subscription`
      });
    }
  }
};

// dist/src/rules/support/identity.js
function sourcesMounting(inv, mode) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of secretsVolumes(inv)) {
    if (seen.has(sv.src))
      continue;
    const spc = spcOfVolume(inv, sv);
    if (!spc || !spc.isAzure || spc.identityMode !== mode)
      continue;
    seen.add(sv.src);
    out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
  }
  return out;
}

// dist/src/rules/pod-identity-binding-mismatch.js
var rule27 = {
  id: "pod-identity-binding-mismatch",
  check(ctx) {
    for (const { src } of sourcesMounting(ctx.inventory, "pod-identity")) {
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
          message: `aadpodidbinding ${JSON.stringify(label)} matches no AzureIdentityBinding selector${src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? " (from its DeploymentTarget)" : ""}` : ""}${selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(", ")})` : ""}${elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ""} in namespace ${elsewhere.namespace ?? "(unset)"} has it, but bindings only select pods of their own namespace` : ""}`,
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
          message: `AzureIdentityBinding ${binding.name ?? ""} selected by ${JSON.stringify(label)} names AzureIdentity ${identityName}, which does not exist`,
          related: [{ object: binding, path: ["spec", "azureIdentity"], message: `binding names AzureIdentity ${identityName}` }]
        });
      }
    }
  }
};

// dist/src/rules/pod-identity-deprecated.js
var rule28 = {
  id: "pod-identity-deprecated",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.flag("usePodIdentity") !== true)
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("usePodIdentity"), target: "key", message: "AAD Pod Identity was deprecated on 2022-10-24 and is archived; plan a move to workload identity" });
    }
  }
};

// dist/src/rules/support/vvp.js
function extraLabelsHonoured(version) {
  if (!version)
    return void 0;
  const [major, minor] = version;
  return major > 2 || major === 2 && minor >= 5;
}

// dist/src/rules/pod-identity-label-missing.js
var rule29 = {
  id: "pod-identity-label-missing",
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, "pod-identity")) {
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
        message: inKubeLabels ? `aadpodidbinding is set in kubernetes.labels, which VVP puts on deployments, jobs and services but not on pods; move it to ${src.kind === "vvp-pods" ? "kubernetes.pods.labels" : "the pod template metadata.labels"}` : `${src.description} mounts pod-identity SecretProviderClass ${spc.object.name} but its pods carry no aadpodidbinding label (add it to ${where})`,
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
};

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
function referencedSecrets(inv, accept = () => true) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of secretsVolumes(inv)) {
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
var rule30 = {
  id: "secret-committed",
  check(ctx) {
    const refNames = new Set(secretsVolumes(ctx.inventory).map(secretRefName).filter((n) => !!n));
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
          message: `Secret ${secret.name ?? ""} commits credential values under ${field} (${keys.join(", ")})${isRef ? "; it is a nodePublishSecretRef Secret" : ""}; rotate them and keep them out of the repository`
        });
      }
    }
  }
};

// dist/src/rules/sp-secret-keys-missing.js
var rule31 = {
  id: "sp-secret-keys-missing",
  check(ctx) {
    const servicePrincipal = (sv) => {
      const spc = spcOfVolume(ctx.inventory, sv);
      return !spc || spc.identityMode === "service-principal";
    };
    for (const { secret, name, sv } of referencedSecrets(ctx.inventory, servicePrincipal)) {
      const keys = new Set(secretKeys(secret).map((k) => k.key.toLowerCase()));
      const missing = ["clientid", "clientsecret"].filter((k) => !keys.has(k));
      if (!missing.length)
        continue;
      const hasData = secret.body["data"] !== void 0 || secret.body["stringData"] !== void 0;
      ctx.report({
        object: secret,
        path: hasData ? [secret.body["data"] !== void 0 ? "data" : "stringData"] : ["metadata", "name"],
        target: "key",
        message: `Secret ${name} lacks ${missing.join(" and ")}; the provider fails with "could not find ${missing[0]} in secrets"`,
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }]
      });
    }
  }
};

// dist/src/rules/sp-secret-label-missing.js
var LABEL = "secrets-store.csi.k8s.io/used";
var rule32 = {
  id: "sp-secret-label-missing",
  check(ctx) {
    for (const { secret, name, sv } of referencedSecrets(ctx.inventory)) {
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
        message: `Secret ${name} lacks label ${LABEL}: "true"; secret rotation fails without it on driver v0.1.0-v1.5.x`,
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
        fix: () => value !== void 0 ? replaceAt(secret, labelPath, "value", '"true"', `Set ${LABEL} to "true"`) : addKey(secret, ["metadata", "labels"], LABEL, '"true"', `Add label ${LABEL}: "true"`) ?? (isRecord(secret.body["metadata"]) && !Object.hasOwn(meta, "labels") ? addKey(secret, ["metadata"], "labels", { [LABEL]: '"true"' }, `Add label ${LABEL}: "true"`) : void 0)
      });
    }
  }
};

// dist/src/rules/sp-secret-not-found.js
var rule33 = {
  id: "sp-secret-not-found",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
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
        message: `Secret ${name} is not in the pod namespace ${sv.src.namespace}${sv.src.namespaceFrom ? " (from its DeploymentTarget)" : ""}${elsewhere ? `; one exists in namespace ${elsewhere.namespace ?? "(unset)"}, but the driver only reads the pod namespace` : ""}`,
        related: [
          ...elsewhere ? [{ object: elsewhere, path: ["metadata", "name"], message: `Secret ${name} in namespace ${elsewhere.namespace ?? "(unset)"}` }] : [],
          ...sv.src.namespaceFrom ? [{ object: sv.src.namespaceFrom.object, path: sv.src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${sv.src.namespace}` }] : []
        ]
      });
    }
  }
};

// dist/src/rules/sp-secret-ref-missing.js
var rule34 = {
  id: "sp-secret-ref-missing",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
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
        message: `SecretProviderClass ${spc.object.name} uses a service principal (no identity flag, no clientID), but volume ${sv.vol.name ?? ""} has no nodePublishSecretRef`,
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: "no usePodIdentity, useVMManagedIdentity or clientID here" }]
      });
    }
  }
};

// dist/src/rules/sp-secret-ref-unneeded.js
var rule35 = {
  id: "sp-secret-ref-unneeded",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
      if (sv.vol.csi["nodePublishSecretRef"] === void 0)
        continue;
      const spc = spcOfVolume(ctx.inventory, sv);
      if (!spc || !spc.isAzure || spc.identityMode === "service-principal")
        continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi", "nodePublishSecretRef"],
        target: "key",
        message: `SecretProviderClass ${spc.object.name} uses ${spc.identityMode}; the nodePublishSecretRef Secret is never used`,
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: `identity mode ${spc.identityMode} is set here` }]
      });
    }
  }
};

// dist/src/rules/spc-api-version.js
var rule36 = {
  id: "spc-api-version",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const o = spc.object;
      const v = o.body["apiVersion"];
      if (v === void 0 || v === null || typeof v === "string" && v.trim() === "") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion is ${v === void 0 ? "missing" : "empty"}; a SecretProviderClass needs apiVersion: ${SPC_GROUP}/v1` });
      } else if (isPlaceholder(v)) {
      } else if (typeof v !== "string") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion must be the string ${SPC_GROUP}/v1` });
      } else if (v.startsWith(`${CSI_DRIVER_NAME}/`)) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "error",
          message: `apiVersion uses the CSI driver name ${CSI_DRIVER_NAME} as API group; the group is ${SPC_GROUP} (note the x-)`,
          fix: () => replaceInside(o, ["apiVersion"], "value", CSI_DRIVER_NAME, SPC_GROUP, `Use API group ${SPC_GROUP}`)
        });
      } else if (v === `${SPC_GROUP}/v1alpha1`) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "warning",
          message: `${SPC_GROUP}/v1alpha1 is deprecated; use ${SPC_GROUP}/v1`,
          fix: () => replaceInside(o, ["apiVersion"], "value", "v1alpha1", "v1", "Use apiVersion v1")
        });
      } else if (v !== `${SPC_GROUP}/v1`) {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion ${JSON.stringify(v)} is not served for SecretProviderClass; use ${SPC_GROUP}/v1` });
      }
    }
  }
};

// dist/src/rules/spc-bool-invalid.js
var rule37 = {
  id: "spc-bool-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      for (const flag of IDENTITY_FLAGS) {
        const raw = spc.parameters?.[flag];
        if (typeof raw !== "string")
          continue;
        const v = raw.trim();
        if (v === "" || parseGoBool(v) !== void 0 || isPlaceholder(v) || isYaml11NonString(spc, flag))
          continue;
        ctx.report({ object: spc.object, path: spc.paramPath(flag), message: `${flag} ${show(v)} is not a boolean the provider accepts (use "true" or "false")` });
      }
    }
  }
};

// dist/src/rules/spc-client-id-invalid.js
var rule38 = {
  id: "spc-client-id-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("clientID");
      if (!v || isGuid(v) || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("clientID"), message: `clientID ${show(v)} is not a GUID; use the client id of the managed identity or app registration` });
    }
  }
};

// dist/src/rules/spc-identity-mode-conflict.js
var rule39 = {
  id: "spc-identity-mode-conflict",
  check(ctx) {
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
          message: `${secondFlag} and ${firstFlag} are both true; only one identity mode can be enabled at a time`,
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
          message: `clientID is set together with ${clashing}: the provider then parses workload-identity tokens and fails without them; remove clientID${clashing === "useVMManagedIdentity" ? " (use userAssignedIdentityID for a user-assigned identity)" : ""}`,
          related: [{ object: spc.object, path: spc.paramPath(earlier), target: "key", message: `${earlier} is set here` }]
        });
      }
    }
  }
};

// dist/src/rules/spc-keyvault-name-invalid.js
var VAULT_NAME = /^(?=.{3,24}$)[A-Za-z](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]$/;
var rule40 = {
  id: "spc-keyvault-name-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const raw = spc.parameters?.["keyvaultName"];
      if (typeof raw !== "string" && raw !== void 0 && raw !== null)
        continue;
      const v = spc.param("keyvaultName");
      if (!v) {
        const path = spc.has("keyvaultName") ? spc.paramPath("keyvaultName") : ["spec", "parameters"];
        ctx.report({ object: spc.object, path, target: spc.has("keyvaultName") ? "value" : "key", message: `keyvaultName is ${spc.has("keyvaultName") ? "empty" : "not set"}; the provider needs the Key Vault name${hint(caseVariant(spc, "keyvaultName"))}` });
        continue;
      }
      if (isPlaceholder(v) || VAULT_NAME.test(v))
        continue;
      const host = /^(?:[a-z]+:\/\/)?([A-Za-z0-9-]+)\.vault\./i.exec(v)?.[1];
      const why = /[./:]/.test(v) ? `looks like a URI or host name; use the bare vault name${host ? ` ${host}` : ""}` : v.length < 3 || v.length > 24 ? `is ${v.length} characters (3-24 allowed)` : /--/.test(v) ? "contains consecutive hyphens" : !/^[A-Za-z]/.test(v) ? "must start with a letter" : !/[A-Za-z0-9]$/.test(v) ? "must end with a letter or digit" : "may only contain letters, digits and hyphens";
      ctx.report({ object: spc.object, path: spc.paramPath("keyvaultName"), message: `keyvaultName ${show(v)} is not a valid Key Vault name: it ${why}` });
    }
  }
};
function hint(variant) {
  return variant ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-objects-file-collision.js
var rule41 = {
  id: "spc-objects-file-collision",
  check(ctx) {
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
          message: `objects entry ${e.index} writes file ${JSON.stringify(name)}, already written by entry ${prev}; give one an objectAlias`,
          related: [{ object: spc.object, path: spc.paramPath("objects"), location: prevEntry.locate(prevEntry.fields?.["objectAlias"] ? "objectAlias" : "objectName"), message: `entry ${prev} writes ${JSON.stringify(name)}` }],
          discriminator: String(e.index)
        });
      }
    }
  }
};

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
var rule42 = {
  id: "spc-objects-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.parameters === void 0 && spc.spec?.["parameters"] !== void 0)
        continue;
      const raw = spc.parameters?.["objects"];
      if (raw !== void 0 && raw !== null && typeof raw !== "string")
        continue;
      const objects = spc.objects;
      if (objects.error) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: objects.error.location, message: objects.error.message });
        continue;
      }
      if (!objects.entries.length) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), message: "`objects` lists no Key Vault object" });
        continue;
      }
      for (const e of objects.entries) {
        for (const p of entryProblems(e)) {
          ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(p.field, p.target), message: p.message, discriminator: `${e.index}:${p.field ?? ""}:${p.message}` });
        }
      }
    }
  }
};

// dist/src/rules/spc-parameter-not-string.js
var rule43 = {
  id: "spc-parameter-not-string",
  check(ctx) {
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
          message: value === null ? `parameter ${key} has no value (null), not a string; the API server drops it as if ${key} were not set: write a quoted value, or "" for an empty one` : `parameter ${key} is ${kind}, not a string; SecretProviderClass parameters are strings: ${advice(value)}`,
          fix: () => quoteScalar(spc.object, path)
        });
      }
    }
  }
};
function yaml11Kind(source) {
  const what = /^(?:~|null|Null|NULL)$/.test(source) ? "null" : /^[-+.0-9]/.test(source) ? "a number" : "a boolean";
  return `unquoted ${source}, which kubectl (YAML 1.1) reads as ${what}`;
}
function advice(value) {
  if (typeof value === "object")
    return "write it as a YAML block string (`key: |`)";
  return "quote the value";
}

// dist/src/rules/spc-provider-invalid.js
var rule44 = {
  id: "spc-provider-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const p = spc.provider;
      if (p === "azure")
        continue;
      const message = p === void 0 || p === null || typeof p === "string" && p.trim() === "" ? "spec.provider is not set; the Azure Key Vault provider is selected with provider: azure" : `spec.provider ${show(p)} is not a registered provider; the Azure Key Vault provider is "azure"`;
      ctx.report({ object: spc.object, path: ["spec", "provider"], message });
    }
  }
};

// dist/src/rules/spc-secret-objects-invalid.js
var rule45 = {
  id: "spc-secret-objects-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const list = spc.spec?.["secretObjects"];
      if (!Array.isArray(list))
        continue;
      const files = typeof spc.parameters?.["objects"] === "string" && !spc.objects.error ? spc.fileNames : void 0;
      list.forEach((entry, i) => {
        const base = ["spec", "secretObjects", i];
        const report = (path, message, target) => ctx.report({ object: spc.object, path: [...base, ...path], target, message });
        if (!isRecord(entry))
          return report([], `secretObjects[${i}] must be a mapping`);
        for (const field of ["secretName", "type"]) {
          if (typeof entry[field] !== "string" || !entry[field].trim())
            report(entry[field] === void 0 ? [] : [field], `secretObjects[${i}] has no ${field}`, entry[field] === void 0 ? "key" : "value");
        }
        const data = entry["data"];
        if (!Array.isArray(data) || data.length === 0)
          return report(data === void 0 ? [] : ["data"], `secretObjects[${i}] has no data`);
        const tls = entry["type"] === "kubernetes.io/tls";
        data.forEach((d, j) => {
          if (!isRecord(d))
            return report(["data", j], `secretObjects[${i}].data[${j}] must be a mapping`);
          const key = typeof d["key"] === "string" ? d["key"].trim() : "";
          if (!key)
            report(["data", j], `secretObjects[${i}].data[${j}] has no key`);
          else if (tls && key !== "tls.key" && key !== "tls.crt")
            report(["data", j, "key"], `key ${JSON.stringify(key)} is not supported for a kubernetes.io/tls Secret; only tls.key and tls.crt are`);
          const name = typeof d["objectName"] === "string" ? d["objectName"].trim() : "";
          if (!name)
            report(["data", j], `secretObjects[${i}].data[${j}] has no objectName`);
          else if (files && !isPlaceholder(name) && ![...files].some(isPlaceholder) && !files.has(name)) {
            const aliased = spc.objects.entries.find((e) => e.fields?.["objectName"] === name && e.fileName && e.fileName !== name)?.fileName;
            const hint3 = aliased ? `; that object is mounted as ${JSON.stringify(aliased)} (its objectAlias): use that name` : ` (${[...files].map((f) => JSON.stringify(f)).join(", ") || "none"}); use the objectAlias, else the objectName`;
            report(["data", j, "objectName"], `objectName ${JSON.stringify(name)} is not a file this SecretProviderClass mounts${hint3}`);
          }
        });
      });
    }
  }
};

// dist/src/rules/spc-tenant-id-deprecated-key.js
var rule46 = {
  id: "spc-tenant-id-deprecated-key",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (!spc.has("tenantId"))
        continue;
      const path = spc.paramPath("tenantId");
      const both = spc.has("tenantID");
      ctx.report({
        object: spc.object,
        path,
        target: "key",
        message: both ? "tenantId is deprecated and ignored here because tenantID is also set; remove it" : "tenantId is deprecated; the provider prefers tenantID",
        fix: both ? void 0 : () => renameKey(spc.object, path, "tenantID", "Rename tenantId to tenantID")
      });
    }
  }
};

// dist/src/rules/spc-tenant-id-invalid.js
var rule47 = {
  id: "spc-tenant-id-invalid",
  check(ctx) {
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
          message: `${present ?? "tenantID"} is ${present ? "empty" : "not set"}; the provider needs the Entra tenant id of the vault${present ? "" : hint2(caseVariant(spc, "tenantID"))}`
        });
        continue;
      }
      const v = tenant.value;
      if (isGuid(v) || v === "adfs" || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath(tenant.key), message: `${tenant.key} ${show(v)} is not a tenant GUID (or adfs for Azure Stack Hub)` });
    }
  }
};
function hint2(variant) {
  return variant && variant !== "tenantId" ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-user-assigned-id-invalid.js
var rule48 = {
  id: "spc-user-assigned-id-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("userAssignedIdentityID");
      if (!v)
        continue;
      const path = spc.paramPath("userAssignedIdentityID");
      if (!isGuid(v) && !isPlaceholder(v)) {
        const resourceName = /^\/subscriptions\/.*\/userAssignedIdentities\/([^/]+)\/?$/i.exec(v)?.[1];
        const message = resourceName ? `userAssignedIdentityID is the resource id of identity ${JSON.stringify(resourceName)}, not its client id; use the client id (az identity show --query clientId)` : v.startsWith("/") ? `userAssignedIdentityID ${show(v)} is a resource id; it must be the client id of the user-assigned identity` : `userAssignedIdentityID ${show(v)} is not a GUID; it must be the client id of the user-assigned identity`;
        ctx.report({ object: spc.object, path, level: "error", message });
      } else if (spc.flag("useVMManagedIdentity") !== true) {
        ctx.report({ object: spc.object, path, level: "warning", message: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"' });
      }
    }
  }
};

// dist/src/rules/suppression-reason-missing.js
var rule49 = {
  id: "suppression-reason-missing",
  check() {
  }
};

// dist/src/rules/suppression-unused.js
var rule50 = {
  id: "suppression-unused",
  check() {
  }
};

// dist/src/rules/unresolved-placeholder.js
var rule51 = {
  id: "unresolved-placeholder",
  check(ctx) {
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
              ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(field), message: `${field} of objects entry ${e.index} still holds the placeholder ${ph}; substitute the real value before applying`, discriminator: `${e.index}:${field}` });
          }
        }
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const src of podSources(ctx.inventory)) {
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
};
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
    ctx.report({ object: o, path, message: `${String(path[path.length - 1])} still holds the placeholder ${ph}; substitute the real value before applying` });
}

// dist/src/rules/volume-mount-unknown.js
var rule52 = {
  id: "volume-mount-unknown",
  check(ctx) {
    const sources = podSources(ctx.inventory);
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
          ctx.report({ object: src.object, path: [...m.path, "name"], message: `container ${c.name ?? ""} mounts volume ${m.name}, which ${src.description} does not define` });
        }
      }
    }
  }
};

// dist/src/rules/vvp-chart-volume-platform-only.js
var rule53 = {
  id: "vvp-chart-volume-platform-only",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (src.kind !== "helm-values")
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, message: `secrets volume ${vol.name ?? ""} in the chart values mounts only into the Ververica Platform pod, not into Flink jobs; Flink pods need it in the Deployment pod templates or globalDeploymentDefaults` });
    }
  }
};

// dist/src/rules/vvp-container-name.js
var rule54 = {
  id: "vvp-container-name",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
      if (src.kind !== "vvp-template" && src.kind !== "vvp-defaults" || src.flinkRole !== "jobmanager" && src.flinkRole !== "taskmanager")
        continue;
      const expected = src.flinkRole === "jobmanager" ? "flink-jobmanager" : "flink-taskmanager";
      for (const c of src.containers) {
        if (c.hasImage || c.name === expected || c.path.includes("initContainers"))
          continue;
        ctx.report({
          object: src.object,
          path: [...c.path, "name"],
          message: `container ${JSON.stringify(c.name ?? "")} has no image, so it patches the Flink container, but it is not named ${expected}: VVP adds it as a broken extra container and its volumeMounts never reach Flink${c.name === "flink-main-container" ? " (flink-main-container is the Apache Flink convention, not VVP's)" : ""}`
        });
      }
    }
  }
};

// dist/src/rules/vvp-deployment-target-unknown.js
var rule55 = {
  id: "vvp-deployment-target-unknown",
  check(ctx) {
    const withSecrets = new Set(secretsVolumes(ctx.inventory).map((sv) => sv.src.object));
    for (const o of [...ctx.inventory.ofClass("VvpDeployment"), ...ctx.inventory.ofClass("VvpSessionCluster")]) {
      if (!withSecrets.has(o))
        continue;
      const spec = isRecord(o.body["spec"]) ? o.body["spec"] : {};
      const field = typeof spec["deploymentTargetName"] === "string" ? "deploymentTargetName" : typeof spec["deploymentTargetId"] === "string" ? "deploymentTargetId" : void 0;
      if (!field || resolveTarget(ctx.inventory, o))
        continue;
      ctx.report({ object: o, path: ["spec", field], message: `DeploymentTarget ${JSON.stringify(spec[field])} is not among the known DeploymentTargets, so the pod namespace is unknown and namespace checks are relaxed` });
    }
  }
};

// dist/src/live/vvp/drift.js
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
var rule56 = {
  id: "vvp-drift",
  check(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ["spec", "template", "spec", "kubernetes"],
        message: note.message,
        related: [{ object: note.file, path: note.paths[0] ?? ["spec"], message: `the Deployment as committed in ${note.file.source.kind === "file" ? note.file.source.file.relPath : "git"}` }]
      });
    }
  }
};

// dist/src/rules/vvp-extra-labels-unsupported.js
var rule57 = {
  id: "vvp-extra-labels-unsupported",
  check(ctx) {
    if (extraLabelsHonoured(ctx.options.vvpVersion) !== false)
      return;
    const [major, minor] = ctx.options.vvpVersion;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", message: `extraLabels is only applied from VVP 2.5; on VVP ${major}.${minor} these labels are silently dropped` });
    }
  }
};

// dist/src/rules/vvp-pods-and-templates.js
var rule58 = {
  id: "vvp-pods-and-templates",
  check(ctx) {
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
      ctx.report({ object: o, path: [...base, "pods"], target: "key", message: `kubernetes.pods is set together with ${templates.join(" and ")}; VVP accepts only one of them`, related: templates.map((t) => ({ object: o, path: [...base, t], target: "key", message: `${t} is set here` })) });
    }
  }
};

// dist/src/rules/vvp-pods-volume-name-mismatch.js
var rule59 = {
  id: "vvp-pods-volume-name-mismatch",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
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
          ctx.report({ object: src.object, path: [...base, "name"], message: `entry name ${JSON.stringify(outer)} differs from volume.name and volumeMount.name ${JSON.stringify(vol[2])}; all three names must agree` });
          return;
        }
        for (const [label, path, value] of names) {
          if (value === void 0 || value === outer)
            continue;
          ctx.report({ object: src.object, path, message: `${label} ${JSON.stringify(value)} differs from the entry name ${JSON.stringify(outer)}; all three names must agree`, related: [{ object: src.object, path: [...base, "name"], message: "entry name" }] });
        }
      });
    }
  }
};

// dist/src/rules/vvp-version-unknown.js
var rule60 = {
  id: "vvp-version-unknown",
  check(ctx) {
    if (ctx.options.vvpVersion)
      return;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", message: "cannot tell whether this VVP version applies extraLabels (2.5+): pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep the chart Chart.yaml beside the values" });
    }
  }
};

// dist/src/rules/workload-identity-incomplete.js
var ANNOTATION = "azure.workload.identity/client-id";
var rule61 = {
  id: "workload-identity-incomplete",
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, "workload-identity")) {
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
          message: `${src.serviceAccountName === void 0 ? `${src.description} sets no serviceAccountName, so its pods run as ServiceAccount default, which` : `ServiceAccount ${sa}`} has ${ANNOTATION} ${ann}, but SecretProviderClass ${spc.object.name} uses clientID ${clientId}`,
          related: [...related, { object: account, path: ["metadata", "annotations", ANNOTATION], message: `ServiceAccount ${sa} annotation` }]
        });
      }
    }
  }
};

// dist/src/rules/yaml-duplicate-key.js
var rule62 = {
  id: "yaml-duplicate-key",
  check(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "duplicate-key")
        continue;
      const key = p.file.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80)).split(/\r?\n/)[0].trim();
      ctx.report({
        path: [],
        location: { kind: "file", file: p.file, span: p.span, exact: true },
        message: key ? `key ${/^["']/.test(key) ? key : JSON.stringify(key)} is repeated in this mapping; only the last value takes effect` : "a key is repeated in this mapping; only the last value takes effect",
        discriminator: String(p.span.start)
      });
    }
  }
};

// dist/src/rules/yaml-parse-error.js
var rule63 = {
  id: "yaml-parse-error",
  check(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "parse-error")
        continue;
      ctx.report({ path: [], location: { kind: "file", file: p.file, span: p.span, exact: true }, message: p.message, discriminator: p.message });
    }
  }
};

// dist/src/generated/rule-modules.js
var RULE_MODULES = [rule2, rule3, rule4, rule5, rule6, rule7, rule8, rule9, rule10, rule11, rule12, rule13, rule14, rule15, rule16, rule17, rule18, rule19, rule20, rule21, rule22, rule23, rule24, rule25, rule26, rule27, rule28, rule29, rule30, rule31, rule32, rule33, rule34, rule35, rule36, rule37, rule38, rule39, rule40, rule41, rule42, rule43, rule, rule44, rule45, rule46, rule47, rule48, rule49, rule50, rule51, rule52, rule53, rule54, rule55, rule56, rule57, rule58, rule59, rule60, rule61, rule62, rule63];

// dist/src/engine/run.js
var ALL_RULE_META = RULE_META;
function runRules(inventory, opts = {}) {
  const modules = opts.rules ?? RULE_MODULES;
  const metas = new Map(RULE_META.map((m) => [m.id, m]));
  const findings = [];
  const notifications = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mod of modules) {
    const meta = metas.get(mod.id);
    if (!meta)
      continue;
    const configured = opts.ruleLevels?.[mod.id];
    if (configured === "off")
      continue;
    const ctx = {
      inventory,
      options: opts.ruleOptions ?? {},
      report(r) {
        if (r.object?.partial && !setsScalar(r.object.body, r.path))
          return;
        if (!r.location && r.object?.source.kind === "file" && opts.reportFiles && !opts.reportFiles.has(r.object.source.file.relPath))
          return;
        const location = r.location ?? r.object?.locator.locate(r.path, r.target);
        if (!location)
          return;
        if (!inScope(location, opts.reportFiles))
          return;
        const message = finishSentence(r.message);
        const dedupKey = `${mod.id}\0${locationKey(location)}\0${message}`;
        if (seen.has(dedupKey))
          return;
        seen.add(dedupKey);
        const related = (r.related ?? []).map((rel) => ({
          location: rel.location ?? rel.object.locator.locate(rel.path, rel.target),
          message: finishSentence(rel.message)
        }));
        let fix;
        if (location.kind === "file" && r.fix) {
          try {
            fix = r.fix();
          } catch {
            fix = void 0;
          }
        }
        findings.push({
          ruleId: mod.id,
          level: configured ?? r.level ?? meta.level,
          message,
          location,
          related,
          objectFingerprint: objectFingerprint(mod.id, r, location),
          ...fix ? { fix } : {}
        });
      }
    };
    try {
      mod.check(ctx);
    } catch (err) {
      notifications.push({ id: "rule-failed", level: "error", message: `rule ${mod.id} failed: ${err.message}`, incomplete: true });
    }
  }
  findings.sort(compareFindings);
  return { findings, notifications, rules: RULE_META };
}
function setsScalar(body, path) {
  let v = body;
  for (const seg of path) {
    if (v === null || typeof v !== "object")
      return false;
    if (!Object.hasOwn(v, seg))
      return false;
    v = v[seg];
  }
  return v === null || typeof v !== "object";
}
function inScope(loc, files) {
  return loc.kind !== "file" || !files || files.has(loc.file.relPath);
}
function locationKey(loc) {
  return loc.kind === "file" ? `${loc.file.relPath}:${loc.span.start}:${loc.span.end}` : `${loc.fullyQualifiedName}:${loc.path.join(".")}`;
}
function finishSentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function objectFingerprint(ruleId, r, loc) {
  const o = r.object;
  const where = loc.kind === "file" ? loc.file.relPath : loc.fullyQualifiedName;
  const identity = o ? `${o.kind ?? o.hint ?? "?"}/${o.namespace ?? ""}/${o.name ?? ""}@${where}` : `${where}|${r.message}`;
  const key = `${ruleId}|${identity}|${r.path.join(".")}|${r.discriminator ?? ""}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  const la = a.location;
  const lb = b.location;
  if (la.kind !== lb.kind)
    return la.kind === "file" ? -1 : 1;
  if (la.kind === "file" && lb.kind === "file") {
    if (la.file.relPath !== lb.file.relPath)
      return la.file.relPath < lb.file.relPath ? -1 : 1;
    if (la.span.start !== lb.span.start)
      return la.span.start - lb.span.start;
  } else if (la.kind === "logical" && lb.kind === "logical") {
    if (la.fullyQualifiedName !== lb.fullyQualifiedName)
      return la.fullyQualifiedName < lb.fullyQualifiedName ? -1 : 1;
  }
  if (a.ruleId !== b.ruleId)
    return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export {
  ALL_RULE_META,
  runRules,
  compareFindings
};
