import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-6VDMAHT2.js";
import {
  scopeSegments
} from "./chunk-ROWJY5MV.js";
import {
  knownString
} from "./chunk-DQ3U5FS6.js";
import {
  EmbeddedYaml,
  yamlNodeAt
} from "./chunk-JZALQHEK.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  CSI_DRIVER_NAME,
  isRecord
} from "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/rules/support/azure/identity-resolution.js
function short(id) {
  return id;
}
function podsMounting(sources, spc) {
  const name = spc.object.name;
  const ns = spc.object.namespace;
  return sources.filter((p) => p.volumes.some((v) => v.spcName === name && (ns === void 0 || p.namespace === void 0 || p.namespace === ns)));
}
function identityByClientId(state, clientId) {
  const c = clientId.toLowerCase();
  return state.identities.find((i) => i.clientId === c);
}
function identitiesComplete(state) {
  return state.incomplete.identitySubscriptions.size === 0;
}
function byClientId(state, clientId, kindLabel) {
  const identity = identityByClientId(state, clientId);
  if (identity) {
    return { principalIds: [identity.principalId], label: `${kindLabel} ${identity.name ?? identity.clientId} (client id ${short(clientId)})`, identity };
  }
  const c = clientId.toLowerCase();
  for (const v of state.vmss) {
    const ua = v.identity?.userAssigned.find((u) => u.clientId === c && u.principalId);
    if (ua)
      return { principalIds: [ua.principalId], label: `${kindLabel} ${ua.id.split("/").pop()} (client id ${short(clientId)})` };
  }
  const sp = state.servicePrincipals.find((s) => s.appId === c);
  if (sp)
    return { principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (app id ${short(clientId)})` };
  return void 0;
}
function canSayNotFound(state) {
  return (state.provided.has("identities") || state.provided.has("servicePrincipals")) && identitiesComplete(state);
}
function resolveIdentity(data, state, spc) {
  const inventory = data.inventory;
  const mode = spc.identityMode;
  const pods = podsMounting(data.views.podSources, spc);
  const principals = [];
  const notFound = [];
  const unknown = [];
  let path = [];
  const fromClientId = (clientId, object, p, kindLabel, where) => {
    const found = byClientId(state, clientId, kindLabel);
    if (found)
      principals.push(found);
    else if (canSayNotFound(state))
      notFound.push({ clientId, object, path: p, where });
    else
      unknown.push(`client id ${clientId} (${where}) cannot be resolved: the Azure state lists no identities (add \`az identity list\` / \`az ad sp show\` output)`);
  };
  switch (mode) {
    case "vm-user-assigned": {
      path = spc.paramPath("userAssignedIdentityID");
      fromClientId(spc.param("userAssignedIdentityID"), spc.object, path, "user-assigned identity", "userAssignedIdentityID");
      break;
    }
    case "vm-system-assigned": {
      path = spc.paramPath("useVMManagedIdentity");
      if (!state.provided.has("vmss") || state.incomplete.vmssSubscriptions.size > 0) {
        unknown.push("system-assigned identity: the Azure state has no node-pool scale sets (add `az vmss show` output for every node pool)");
        break;
      }
      for (const v of state.vmss) {
        const pid = /systemassigned/i.test(v.identity?.type ?? "") ? v.identity?.principalId : void 0;
        principals.push({
          principalIds: pid ? [pid] : [],
          label: pid ? `the system-assigned identity of node pool ${v.name}` : `node pool ${v.name}, which has no system-assigned identity`
        });
      }
      break;
    }
    case "workload-identity":
    case "identity-binding": {
      path = spc.paramPath("clientID");
      fromClientId(spc.param("clientID"), spc.object, path, "user-assigned identity", "clientID");
      break;
    }
    case "pod-identity": {
      path = spc.paramPath("usePodIdentity");
      const seen = /* @__PURE__ */ new Set();
      for (const pod of pods) {
        const selector = pod.labels["aadpodidbinding"];
        if (!selector)
          continue;
        for (const binding of inventory.ofClass("AzureIdentityBinding")) {
          const bspec = binding.body["spec"];
          if (!isRecord(bspec) || bspec["selector"] !== selector)
            continue;
          if (pod.namespace !== void 0 && binding.namespace !== void 0 && binding.namespace !== pod.namespace)
            continue;
          const idName = bspec["azureIdentity"];
          if (typeof idName !== "string")
            continue;
          for (const azId of inventory.find("AzureIdentity", binding.namespace ?? pod.namespace, idName)) {
            if (seen.has(azId))
              continue;
            seen.add(azId);
            const ispec = isRecord(azId.body["spec"]) ? azId.body["spec"] : {};
            const clientId = typeof ispec["clientID"] === "string" ? ispec["clientID"] : void 0;
            const resourceId = typeof ispec["resourceID"] === "string" ? ispec["resourceID"] : void 0;
            const byResource = resourceId ? state.identities.find((i) => i.id?.toLowerCase() === resourceId.toLowerCase()) : void 0;
            if (byResource)
              principals.push({ principalIds: [byResource.principalId], label: `user-assigned identity ${byResource.name ?? byResource.clientId} (AzureIdentity ${idName})`, identity: byResource });
            else if (clientId)
              fromClientId(clientId, azId, ["spec", "clientID"], `user-assigned identity (AzureIdentity ${idName})`, `AzureIdentity ${idName}`);
          }
        }
      }
      if (seen.size === 0)
        unknown.push("pod identity: no AzureIdentity is reachable from the pods that mount it (see pod-identity-* rules)");
      break;
    }
    case "service-principal": {
      path = [];
      const clientIds = /* @__PURE__ */ new Set();
      let secretSeen = false;
      for (const pod of pods) {
        for (const v of pod.volumes) {
          if (v.spcName !== spc.object.name || !v.csi)
            continue;
          const ref = v.csi["nodePublishSecretRef"];
          const secretName = isRecord(ref) && typeof ref["name"] === "string" ? ref["name"] : void 0;
          if (!secretName)
            continue;
          for (const s of inventory.find("Secret", pod.namespace, secretName)) {
            secretSeen = true;
            const id = readClientId(s);
            if (id)
              clientIds.add(id);
          }
        }
      }
      for (const id of clientIds) {
        const sp = state.servicePrincipals.find((s) => s.appId === id.toLowerCase());
        if (sp)
          principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (client id ${id})` });
        else
          unknown.push(`service principal ${id}: add \`az ad sp show --id ${id}\` output to the Azure state to check its grants`);
      }
      if (clientIds.size === 0) {
        if (state.servicePrincipals.length === 1) {
          const sp = state.servicePrincipals[0];
          principals.push({ principalIds: [sp.id], label: `service principal ${sp.displayName ?? sp.appId} (the only one in the Azure state)` });
        } else {
          unknown.push(`service principal mode: the client id is unknown (${secretSeen ? "the nodePublishSecretRef Secret has no readable clientid" : "the nodePublishSecretRef Secret is not among the inputs"}), so its grants cannot be checked`);
        }
      }
      break;
    }
  }
  return { mode, path, principals, notFound, unknown, pods };
}
function readClientId(secret) {
  for (const field of ["stringData", "data"]) {
    const map = secret.body[field];
    if (!isRecord(map))
      continue;
    const key = Object.keys(map).find((k) => k.toLowerCase() === "clientid");
    if (!key)
      continue;
    const v = map[key];
    if (typeof v !== "string")
      continue;
    const text = field === "data" ? Buffer.from(v, "base64").toString("utf8") : v;
    const t = text.trim();
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t))
      return t.toLowerCase();
  }
  return void 0;
}

// dist/src/rules/support/azure/permissions.js
var KV = "Microsoft.KeyVault/vaults";
function needSpecs(need) {
  const out = [];
  switch (need.objectType) {
    case "secret":
      out.push({ dataAction: `${KV}/secrets/getSecret/action`, policyKind: "secrets", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/secrets/readMetadata/action`, policyKind: "secrets", policyPermission: "list" });
      break;
    case "cert":
      out.push({ dataAction: `${KV}/certificates/read`, policyKind: "certificates", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/certificates/read`, policyKind: "certificates", policyPermission: "list" });
      break;
    case "key":
      out.push({ dataAction: `${KV}/keys/read`, policyKind: "keys", policyPermission: "get" });
      if (need.history)
        out.push({ dataAction: `${KV}/keys/read`, policyKind: "keys", policyPermission: "list" });
      break;
  }
  return out;
}
function actionMatches(pattern, action) {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes("*"))
    return p === a;
  const parts = p.split("*");
  if (!a.startsWith(parts[0]))
    return false;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at2 = a.indexOf(parts[i], pos);
    if (at2 < 0)
      return false;
    pos = at2 + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return a.length - pos >= last.length && a.endsWith(last);
}
function roleAllowsDataAction(def, action) {
  return def.permissions.some((p) => p.dataActions.some((d) => actionMatches(d, action)) && !p.notDataActions.some((n) => actionMatches(n, action)));
}
function scopeCovers(scope, resourceId) {
  const s = scopeSegments(scope);
  if (s.length === 0)
    return true;
  if (s[0] === "providers" && s[1] === "microsoft.management")
    return true;
  const r = scopeSegments(resourceId);
  if (s.length > r.length)
    return false;
  return s.every((seg, i) => seg === r[i]);
}
function assignmentsOn(state, vault, principalIds) {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const vaultSegs = scopeSegments(vault.id).length;
  return state.roleAssignments.filter((a) => ids.has(a.principalId) && scopeCovers(a.scope, vault.id)).map((a) => ({
    assignment: a,
    definition: state.roleDefinitions.get(a.roleDefinitionGuid),
    inherited: scopeSegments(a.scope).length < vaultSegs
  }));
}
function policiesOf(vault, principalIds) {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const mine = vault.accessPolicies.filter((p) => ids.has(p.objectId.toLowerCase()));
  const tenant = (vault.tenantId ?? "").toLowerCase();
  return {
    matching: mine.filter((p) => p.tenantId.toLowerCase() === tenant),
    otherTenant: mine.filter((p) => p.tenantId.toLowerCase() !== tenant)
  };
}
function describeScope(scope) {
  const segs = scope.split("/").filter((s) => s);
  if (segs.length === 0)
    return "the root scope";
  const lower = segs.map((s) => s.toLowerCase());
  const rg = lower.indexOf("resourcegroups");
  const prov = lower.indexOf("providers");
  if (lower[0] === "providers" && lower[1] === "microsoft.management")
    return `management group ${segs[segs.length - 1]}`;
  if (prov > 0)
    return `the vault`;
  if (rg > 0)
    return `resource group ${segs[rg + 1]}`;
  if (lower[0] === "subscriptions")
    return `subscription ${segs[1]}`;
  return scope;
}
function label(a) {
  const name = a.definition?.roleName ?? a.assignment.roleDefinitionName ?? a.assignment.roleDefinitionGuid;
  return `${name} at ${describeScope(a.assignment.scope)}`;
}
function rbacKnown(state, vault) {
  return state.provided.has("roleAssignments") && !state.incomplete.vaultRoleAssignments.has(vault.id.toLowerCase());
}
function evaluateAccess(state, vault, principalIds, needs) {
  const model = vault.enableRbacAuthorization ? "rbac" : "accessPolicy";
  const applied = assignmentsOn(state, vault, principalIds);
  const unresolvedRoles = applied.filter((a) => a.definition === void 0);
  const known = rbacKnown(state, vault);
  const { matching, otherTenant } = policiesOf(vault, principalIds);
  const results = needs.map((need) => {
    const specs = needSpecs(need);
    const rbacVia = /* @__PURE__ */ new Set();
    const missingRbac = [];
    for (const spec of specs) {
      const grants = applied.filter((a) => a.definition && roleAllowsDataAction(a.definition, spec.dataAction));
      grants.forEach((g) => rbacVia.add(label(g)));
      if (grants.length === 0 && !missingRbac.includes(spec.dataAction))
        missingRbac.push(spec.dataAction);
    }
    const missingPolicy = specs.filter((s) => !matching.some((p) => p.permissions[s.policyKind].some((perm) => perm === s.policyPermission || perm === "all"))).map((s) => `${s.policyKind} ${s.policyPermission}`);
    const rbac = missingRbac.length === 0 ? "granted" : !known || unresolvedRoles.length > 0 ? "unknown" : "missing";
    const policy = missingPolicy.length === 0 ? "granted" : "missing";
    return { need, rbac, policy, effective: model === "rbac" ? rbac : policy, rbacVia: [...rbacVia], missingRbac, missingPolicy };
  });
  return { model, results, otherTenantPolicies: otherTenant, unresolvedRoles, rbacIncomplete: !known };
}
var WRITE_PROBES = [
  `${KV}/secrets/setSecret/action`,
  `${KV}/secrets/delete`,
  `${KV}/secrets/purge/action`,
  `${KV}/keys/create/action`,
  `${KV}/keys/delete`,
  `${KV}/keys/purge/action`,
  `${KV}/keys/import/action`,
  `${KV}/certificates/create/action`,
  `${KV}/certificates/delete`,
  `${KV}/certificates/purge/action`,
  `${KV}/certificates/import/action`
];
var READ_PERMISSIONS = /* @__PURE__ */ new Set([
  "get",
  "list",
  "getissuers",
  "listissuers",
  "getrotationpolicy",
  // Crypto operations use a key without changing the vault.
  "encrypt",
  "decrypt",
  "wrapkey",
  "unwrapkey",
  "sign",
  "verify"
]);
var PRIVILEGED_ROLE_NAME = /\b(officer|administrator|owner)\b/i;
function excessiveGrants(state, vault, principalIds) {
  const out = [];
  if (vault.enableRbacAuthorization) {
    for (const a of assignmentsOn(state, vault, principalIds)) {
      const def = a.definition;
      const name = def?.roleName ?? a.assignment.roleDefinitionName ?? "";
      const writes = def ? WRITE_PROBES.filter((w) => roleAllowsDataAction(def, w)) : [];
      if (writes.length > 0 || PRIVILEGED_ROLE_NAME.test(name)) {
        const what = writes.length > 0 ? ` (allows ${writes.map((w) => w.slice(KV.length + 1)).join(", ")})` : "";
        out.push({ via: "rbac", description: `${label(a)}${what}` });
      }
    }
  } else {
    for (const p of policiesOf(vault, principalIds).matching) {
      const parts = [];
      for (const kind of ["secrets", "keys", "certificates"]) {
        const extra = p.permissions[kind].filter((perm) => !READ_PERMISSIONS.has(perm));
        if (extra.length > 0)
          parts.push(`${kind}: ${extra.join(", ")}`);
      }
      if (parts.length > 0)
        out.push({ via: "accessPolicy", description: `access policy ${parts.join("; ")}` });
    }
  }
  return out;
}

// dist/src/model/pod-sources.js
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
function podSources(inventory, index = buildVvpIndex(inventory)) {
  return collect(inventory, index);
}
var VVP_SYSTEM_VOLUMES = ["flink-logs", "flink-tmp-dir", "flink-config-volume", "hadoop-config-volume", "pod-template", "user-artifacts"];
function collect(inv, index) {
  const out = [];
  for (const o of inv.ofClass("KubeWorkload")) {
    const s = kubeWorkload(o);
    if (s)
      out.push(s);
  }
  for (const o of inv.ofClass("VvpDeployment"))
    out.push(...vvpObject(index, o, ["spec", "template", "spec", "kubernetes"], "VVP Deployment"));
  for (const o of inv.ofClass("VvpSessionCluster"))
    out.push(...vvpObject(index, o, ["spec", "kubernetes"], "VVP SessionCluster"));
  for (const o of inv.ofClass("VvpDeploymentDefaults"))
    out.push(...vvpObject(index, o, ["spec", "template", "spec", "kubernetes"], "VVP DeploymentDefaults", "vvp-defaults"));
  for (const o of inv.ofClass("HelmValues")) {
    out.push(helmValues(inv, o));
    const defaults = globalDeploymentDefaults(o);
    if (defaults)
      out.push(...vvpObject(index, defaults, ["spec", "template", "spec", "kubernetes"], "vvp.globalDeploymentDefaults", "vvp-defaults"));
  }
  return out;
}
var POD_SPEC_PATHS = {
  Pod: { spec: ["spec"], meta: ["metadata"] },
  PodTemplate: { spec: ["template", "spec"], meta: ["template", "metadata"] },
  CronJob: { spec: ["spec", "jobTemplate", "spec", "template", "spec"], meta: ["spec", "jobTemplate", "spec", "template", "metadata"] }
};
var TEMPLATE_PATHS = { spec: ["spec", "template", "spec"], meta: ["spec", "template", "metadata"] };
function kubeWorkload(o) {
  const paths = POD_SPEC_PATHS[o.kind ?? ""] ?? TEMPLATE_PATHS;
  const spec = at(o.body, paths.spec);
  if (!isRecord(spec))
    return void 0;
  const meta = at(o.body, paths.meta);
  const sa = spec["serviceAccountName"] ?? spec["serviceAccount"];
  return {
    object: o,
    kind: "kube",
    description: `${o.kind} ${o.name ?? ""}`.trim(),
    podPath: o.kind === "Pod" ? ["metadata"] : paths.meta,
    labelsPath: [...paths.meta, "labels"],
    labels: stringMap(isRecord(meta) ? meta["labels"] : void 0),
    volumes: volumesOf(spec["volumes"], [...paths.spec, "volumes"]),
    containers: [
      ...containersOf(spec["containers"], [...paths.spec, "containers"]),
      ...containersOf(spec["initContainers"], [...paths.spec, "initContainers"])
    ],
    serviceAccountName: typeof sa === "string" ? sa : void 0,
    serviceAccountPath: typeof spec["serviceAccountName"] === "string" ? [...paths.spec, "serviceAccountName"] : typeof spec["serviceAccount"] === "string" ? [...paths.spec, "serviceAccount"] : void 0,
    namespace: o.namespace,
    // A StatefulSet's volumeClaimTemplates define volumes of that name in every pod.
    implicitVolumes: claimTemplateNames(o.body)
  };
}
function claimTemplateNames(body) {
  const spec = body["spec"];
  const list = isRecord(spec) && Array.isArray(spec["volumeClaimTemplates"]) ? spec["volumeClaimTemplates"] : [];
  const names = list.map((t) => isRecord(t) && isRecord(t["metadata"]) ? t["metadata"]["name"] : void 0).filter((n) => typeof n === "string");
  return names.length ? names : void 0;
}
function vvpObject(index, o, base, label2, kind = "vvp-template") {
  const k = at(o.body, base);
  if (!isRecord(k))
    return [];
  const target = kind === "vvp-defaults" ? void 0 : resolveTarget(index, o);
  const common = {
    object: o,
    namespace: target?.namespace,
    namespaceFrom: target ? { object: target.object, path: ["spec", "kubernetes", "namespace"] } : void 0,
    nonPodLabels: isRecord(k["labels"]) ? { labels: stringMap(k["labels"]), path: [...base, "labels"] } : void 0,
    implicitVolumes: VVP_SYSTEM_VOLUMES
  };
  const name = o.name ? ` ${o.name}` : "";
  const out = [];
  for (const [field, role] of [
    ["jobManagerPodTemplate", "jobmanager"],
    ["taskManagerPodTemplate", "taskmanager"]
  ]) {
    const tpl = k[field];
    if (!isRecord(tpl))
      continue;
    const tbase = [...base, field];
    const spec = isRecord(tpl["spec"]) ? tpl["spec"] : {};
    const meta = isRecord(tpl["metadata"]) ? tpl["metadata"] : {};
    const sa = spec["serviceAccountName"];
    out.push({
      ...common,
      kind: kind === "vvp-defaults" ? "vvp-defaults" : "vvp-template",
      description: `${label2}${name} ${field}`,
      podPath: tbase,
      labelsPath: [...tbase, "metadata", "labels"],
      labels: stringMap(meta["labels"]),
      volumes: volumesOf(spec["volumes"], [...tbase, "spec", "volumes"]),
      containers: containersOf(spec["containers"], [...tbase, "spec", "containers"]).concat(containersOf(spec["initContainers"], [...tbase, "spec", "initContainers"])),
      serviceAccountName: typeof sa === "string" ? sa : void 0,
      serviceAccountPath: typeof sa === "string" ? [...tbase, "spec", "serviceAccountName"] : void 0,
      flinkRole: role
    });
  }
  const pods = k["pods"];
  if (isRecord(pods)) {
    const pbase = [...base, "pods"];
    const volumes = [];
    const mounts = [];
    const list = Array.isArray(pods["volumeMounts"]) ? pods["volumeMounts"] : [];
    list.forEach((entry, i) => {
      if (!isRecord(entry))
        return;
      const ebase = [...pbase, "volumeMounts", i];
      if (isRecord(entry["volume"]))
        volumes.push(...volumesOf([entry["volume"]], [...ebase, "volume"]).map((v) => ({ ...v, path: [...ebase, "volume"] })));
      if (isRecord(entry["volumeMount"])) {
        const vm = entry["volumeMount"];
        mounts.push({ name: typeof vm["name"] === "string" ? vm["name"] : void 0, readOnly: vm["readOnly"] === true, path: [...ebase, "volumeMount"] });
      }
    });
    out.push({
      ...common,
      kind: kind === "vvp-defaults" ? "vvp-defaults" : "vvp-pods",
      description: `${label2}${name} kubernetes.pods`,
      podPath: pbase,
      labelsPath: [...pbase, "labels"],
      labels: stringMap(pods["labels"]),
      volumes,
      containers: [{ name: "flink", path: [...pbase, "volumeMounts"], hasImage: true, mounts }],
      serviceAccountName: void 0,
      serviceAccountPath: void 0,
      flinkRole: "both"
    });
  }
  return out;
}
function resolveTarget(index, o) {
  const spec = isRecord(o.body["spec"]) ? o.body["spec"] : {};
  const byName = typeof spec["deploymentTargetName"] === "string" ? spec["deploymentTargetName"] : void 0;
  const byId = typeof spec["deploymentTargetId"] === "string" ? spec["deploymentTargetId"] : void 0;
  if (!byName && !byId && typeof spec["sessionClusterName"] === "string") {
    const session = (index.sessionsByName.get(spec["sessionClusterName"]) ?? []).find((s) => sameVvpNamespace(s, o));
    if (session)
      return resolveTarget(index, session);
  }
  const candidates = [...byName !== void 0 ? (index.targetsByName.get(byName) ?? []).filter((t) => sameVvpNamespace(t, o)) : [], ...byId !== void 0 ? index.targetsById.get(byId) ?? [] : []];
  const found = candidates.sort((a, b) => index.order.get(a) - index.order.get(b))[0];
  if (!found)
    return void 0;
  const ns = at(found.body, ["spec", "kubernetes", "namespace"]);
  return { object: found, namespace: knownString(ns) };
}
function buildVvpIndex(inv) {
  const push = (m, k, o) => {
    const list = m.get(k);
    if (list)
      list.push(o);
    else
      m.set(k, [o]);
  };
  const index = { targetsByName: /* @__PURE__ */ new Map(), targetsById: /* @__PURE__ */ new Map(), sessionsByName: /* @__PURE__ */ new Map(), order: /* @__PURE__ */ new Map() };
  inv.ofClass("VvpDeploymentTarget").forEach((t, i) => {
    index.order.set(t, i);
    if (t.name !== void 0)
      push(index.targetsByName, t.name, t);
    const id = at(t.body, ["metadata", "id"]);
    if (typeof id === "string")
      push(index.targetsById, id, t);
  });
  for (const s of inv.ofClass("VvpSessionCluster"))
    if (s.name !== void 0)
      push(index.sessionsByName, s.name, s);
  return index;
}
function sameVvpNamespace(a, b) {
  const na = vvpNamespace(a);
  const nb = vvpNamespace(b);
  return na === void 0 || nb === void 0 || na === nb;
}
function vvpNamespace(o) {
  const ns = at(o.body, ["metadata", "namespace"]);
  return typeof ns === "string" && ns !== "" ? ns : void 0;
}
function helmValues(inv, o) {
  const mounts = [];
  const vm = o.body["volumeMounts"];
  if (Array.isArray(vm)) {
    vm.forEach((m, i) => {
      if (isRecord(m))
        mounts.push({ name: typeof m["name"] === "string" ? m["name"] : void 0, readOnly: m["readOnly"] === true, path: ["volumeMounts", i] });
    });
  }
  return {
    object: o,
    kind: "helm-values",
    description: "Ververica Platform Helm values",
    // No pod template here: pod-level findings point at the platform pod's `volumes`.
    podPath: o.body["volumes"] !== void 0 ? ["volumes"] : [],
    labelsPath: ["extraLabels"],
    labels: stringMap(o.body["extraLabels"]),
    volumes: volumesOf(o.body["volumes"], ["volumes"]),
    containers: [{ name: "ververica-platform", path: ["volumeMounts"], hasImage: true, mounts }],
    serviceAccountName: void 0,
    serviceAccountPath: void 0,
    namespace: releaseNamespace(inv, o)
  };
}
function releaseNamespace(inv, o) {
  const cfg = inv.helmReleaseNamespace;
  if (typeof cfg === "string")
    return cfg;
  if (!cfg || o.source.kind !== "file")
    return void 0;
  const rel = o.source.file.relPath;
  for (const [glob, ns] of Object.entries(cfg))
    if (import_picomatch.default.isMatch(rel, glob, { dot: true }))
      return ns;
  return void 0;
}
function globalDeploymentDefaults(values) {
  const vvp = values.body["vvp"];
  if (!isRecord(vvp) || typeof vvp["globalDeploymentDefaults"] !== "string")
    return void 0;
  const node = yamlNodeAt(values, ["vvp", "globalDeploymentDefaults"]);
  if (values.source.kind !== "file" || !node || !(0, import_yaml.isScalar)(node))
    return void 0;
  const embedded = EmbeddedYaml.inFile(values.source.file, node);
  if (!isRecord(embedded.value))
    return void 0;
  return {
    apiVersion: "v1",
    kind: "DeploymentDefaults",
    name: "globalDeploymentDefaults",
    namespace: void 0,
    body: embedded.value,
    locator: embedded.locator(),
    source: values.source
    // No yamlNode: its offsets are in the embedded text, so node-based edits (fixes) must not use it.
  };
}
function volumesOf(list, base) {
  if (!Array.isArray(list))
    return [];
  const out = [];
  list.forEach((v, i) => {
    if (!isRecord(v))
      return;
    const csi = isRecord(v["csi"]) ? v["csi"] : void 0;
    const attrs = csi && isRecord(csi["volumeAttributes"]) ? csi["volumeAttributes"] : void 0;
    const spcName = attrs && typeof attrs["secretProviderClass"] === "string" ? attrs["secretProviderClass"] : void 0;
    const driver = csi?.["driver"];
    out.push({
      name: typeof v["name"] === "string" ? v["name"] : void 0,
      path: [...base, i],
      body: v,
      csi,
      spcName,
      isSecretsVolume: !!csi && (driver === CSI_DRIVER_NAME || attrs !== void 0 && "secretProviderClass" in attrs || typeof driver === "string" && /secrets-store/.test(driver))
    });
  });
  return out;
}
function containersOf(list, base) {
  if (!Array.isArray(list))
    return [];
  const out = [];
  list.forEach((c, i) => {
    if (!isRecord(c))
      return;
    const mounts = [];
    if (Array.isArray(c["volumeMounts"])) {
      c["volumeMounts"].forEach((m, j) => {
        if (isRecord(m))
          mounts.push({ name: typeof m["name"] === "string" ? m["name"] : void 0, readOnly: m["readOnly"] === true, path: [...base, i, "volumeMounts", j] });
      });
    }
    out.push({ name: typeof c["name"] === "string" ? c["name"] : void 0, path: [...base, i], hasImage: typeof c["image"] === "string" && c["image"] !== "", mounts });
  });
  return out;
}
function stringMap(v) {
  const out = {};
  if (!isRecord(v))
    return out;
  for (const [k, val] of Object.entries(v))
    if (val !== null && val !== void 0)
      out[k] = String(val);
  return out;
}
function at(v, path) {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === "number")
      cur = cur[seg];
    else if (isRecord(cur))
      cur = cur[seg];
    else
      return void 0;
  }
  return cur;
}

export {
  podSources,
  resolveTarget,
  buildVvpIndex,
  at,
  resolveIdentity,
  evaluateAccess,
  excessiveGrants
};
