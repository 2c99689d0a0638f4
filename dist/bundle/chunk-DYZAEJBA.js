import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/model/kinds.js
var SPC_GROUP = "secrets-store.csi.x-k8s.io";
var CSI_DRIVER_NAME = "secrets-store.csi.k8s.io";
var WORKLOAD_KINDS = {
  Pod: ["v1"],
  PodTemplate: ["v1"],
  Deployment: ["apps/v1", "apps/v1beta1", "apps/v1beta2", "extensions/v1beta1"],
  StatefulSet: ["apps/v1", "apps/v1beta1", "apps/v1beta2"],
  DaemonSet: ["apps/v1", "apps/v1beta2", "extensions/v1beta1"],
  ReplicaSet: ["apps/v1", "apps/v1beta2", "extensions/v1beta1"],
  Job: ["batch/v1"],
  CronJob: ["batch/v1", "batch/v1beta1"]
};
var RELEVANT_KINDS = /* @__PURE__ */ new Set([
  "SecretProviderClass",
  "Secret",
  "ServiceAccount",
  "Namespace",
  "AzureIdentity",
  "AzureIdentityBinding",
  "CSIDriver",
  "SessionCluster",
  "DeploymentTarget",
  "DeploymentDefaults",
  "List",
  ...Object.keys(WORKLOAD_KINDS)
]);
function apiGroup(apiVersion) {
  if (!apiVersion)
    return "";
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function classify(o) {
  const { kind, apiVersion } = o;
  if (kind === "SecretProviderClass")
    return "SecretProviderClass";
  if (o.hint === "helm-values")
    return "HelmValues";
  if (kind === void 0)
    return void 0;
  const group = apiGroup(apiVersion);
  switch (kind) {
    case "Secret":
      return group === "" ? "Secret" : void 0;
    case "ServiceAccount":
      return group === "" ? "ServiceAccount" : void 0;
    case "Namespace":
      return group === "" ? "Namespace" : void 0;
    case "AzureIdentity":
      return group === "aadpodidentity.k8s.io" ? "AzureIdentity" : void 0;
    case "AzureIdentityBinding":
      return group === "aadpodidentity.k8s.io" ? "AzureIdentityBinding" : void 0;
    case "CSIDriver":
      return group === "storage.k8s.io" ? "CSIDriver" : void 0;
    case "SessionCluster":
      return isVvpApiVersion(apiVersion) ? "VvpSessionCluster" : void 0;
    case "DeploymentTarget":
      return isVvpApiVersion(apiVersion) ? "VvpDeploymentTarget" : void 0;
    case "DeploymentDefaults":
      return isVvpApiVersion(apiVersion) ? "VvpDeploymentDefaults" : void 0;
    case "Deployment":
      if (isVvpApiVersion(apiVersion) && looksLikeVvpDeployment(o.body))
        return "VvpDeployment";
      break;
  }
  const versions = WORKLOAD_KINDS[kind];
  if (versions && apiVersion !== void 0 && versions.includes(apiVersion))
    return "KubeWorkload";
  return void 0;
}
function isVvpApiVersion(apiVersion) {
  return apiVersion === "v1" || apiVersion === void 0;
}
function looksLikeVvpDeployment(body) {
  const spec = body["spec"];
  if (!isRecord(spec))
    return false;
  if ("deploymentTargetName" in spec || "deploymentTargetId" in spec || "sessionClusterName" in spec)
    return true;
  const template = spec["template"];
  if (!isRecord(template))
    return false;
  const tspec = template["spec"];
  return isRecord(tspec) && ("artifact" in tspec || "kubernetes" in tspec || "flinkConfiguration" in tspec);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// dist/src/live/live-object.js
function liveObject(body, opts) {
  const metadata = isRecord(body["metadata"]) ? body["metadata"] : {};
  const kind = typeof body["kind"] === "string" ? body["kind"] : void 0;
  const name = typeof metadata["name"] === "string" ? metadata["name"] : void 0;
  const namespace = opts.namespace ?? (typeof metadata["namespace"] === "string" ? metadata["namespace"] : void 0);
  const apiVersion = typeof body["apiVersion"] === "string" ? body["apiVersion"] : void 0;
  const resource = opts.resource ?? (kind ?? "object").toLowerCase();
  const fqn = [opts.scope, namespace ?? "_cluster", kind ?? "Object", name ?? "?"].join("/");
  const display = namespace ? `${resource}/${namespace}/${name ?? "?"}` : `${resource}/${name ?? "?"}`;
  return {
    apiVersion,
    kind,
    name,
    namespace,
    body,
    source: { kind: "live", live: opts.live, cluster: opts.scope },
    locator: {
      locate(path) {
        return { kind: "logical", source: opts.live, fullyQualifiedName: fqn, displayName: display, path, uri: opts.uri };
      }
    }
  };
}

export {
  SPC_GROUP,
  CSI_DRIVER_NAME,
  RELEVANT_KINDS,
  classify,
  isRecord,
  liveObject
};
