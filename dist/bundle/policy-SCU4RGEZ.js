import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  KNOWN_PARAMETERS,
  RULE_MODULES
} from "./chunk-3SNA73N5.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-5WKROK5L.js";
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import {
  ConfigError,
  loadConfig
} from "./chunk-ESD7XBSS.js";
import {
  RULE_META
} from "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/cli/commands/policy.js
var import_yaml = __toESM(require_dist(), 1);
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// dist/src/policy/cel.js
function lit(s) {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function litList(items) {
  return `[${items.map(lit).join(", ")}]`;
}
var CSI_DRIVER = "secrets-store.csi.k8s.io";
var GUID_RE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
var PLACEHOLDER_RE = "\\$\\{[^}\\s]+\\}|^\\$[A-Za-z_][A-Za-z0-9_]*$|^<[^<>\\n]+>$|\\{\\{[^}]*\\}\\}";
var GO_TRUE = ["1", "t", "T", "TRUE", "true", "True"];
var GO_FALSE = ["0", "f", "F", "FALSE", "false", "False"];
var P = "variables.params";
function param(key) {
  return `${P}[${lit(key)}]`;
}
function paramSet(key) {
  return `(${lit(key)} in ${P} && type(${param(key)}) == string && ${param(key)}.trim() != '')`;
}
function trimmed(key) {
  return `${param(key)}.trim()`;
}
function isPlaceholder(expr) {
  return `${expr}.matches(${lit(PLACEHOLDER_RE)})`;
}
function flagTrue(nameExpr) {
  return `(${nameExpr} in ${P} && ((type(${P}[${nameExpr}]) == string && ${P}[${nameExpr}].trim() in ${litList(GO_TRUE)}) || (type(${P}[${nameExpr}]) == bool && dyn(${P}[${nameExpr}]) == true)))`;
}
var IDENTITY_FLAGS = ["usePodIdentity", "useVMManagedIdentity", "useAzureTokenProxy"];
function isSecretsVolume(v4) {
  return `has(${v4}.csi) && ((has(${v4}.csi.driver) && (${v4}.csi.driver == ${lit(CSI_DRIVER)} || ${v4}.csi.driver.contains('secrets-store'))) || (has(${v4}.csi.volumeAttributes) && 'secretProviderClass' in ${v4}.csi.volumeAttributes))`;
}
var EXEMPT_PREFIX = "vvp-kv-lint.io/ignore-";
function exempt(ruleId) {
  const key = lit(EXEMPT_PREFIX + ruleId);
  return `(has(object.metadata.annotations) && ${key} in object.metadata.annotations && object.metadata.annotations[${key}].trim() != '')`;
}
function message(ruleId, text) {
  return `[${ruleId}] ${text} (vvp-kv-lint explain ${ruleId}; exempt an object with the annotation ${EXEMPT_PREFIX}${ruleId}: "<reason>")`;
}

// dist/src/policy/rules/csi-driver-invalid.js
var id = "csi-driver-invalid";
var policy = {
  id,
  target: "pod",
  validations: [{
    expression: `${exempt(id)} || variables.secretsVolumes.all(v, !has(v.csi.volumeAttributes) || (has(v.csi.driver) && v.csi.driver == ${lit(CSI_DRIVER)}))`,
    message: message(id, `a secrets-store CSI volume must use csi.driver ${CSI_DRIVER}`)
  }]
};

// dist/src/policy/rules/csi-spc-missing-attribute.js
var id2 = "csi-spc-missing-attribute";
var policy2 = {
  id: id2,
  target: "pod",
  validations: [{
    expression: `${exempt(id2)} || variables.secretsVolumes.all(v, (has(v.csi.volumeAttributes) && 'secretProviderClass' in v.csi.volumeAttributes && type(v.csi.volumeAttributes['secretProviderClass']) == string && v.csi.volumeAttributes['secretProviderClass'].trim() != '') || (!(has(v.csi.driver) && v.csi.driver == ${lit(CSI_DRIVER)}) && !has(v.csi.volumeAttributes)))`,
    message: message(id2, "a secrets-store CSI volume needs csi.volumeAttributes.secretProviderClass")
  }]
};

// dist/src/policy/rules/csi-volume-not-readonly.js
var id3 = "csi-volume-not-readonly";
var policy3 = {
  id: id3,
  target: "pod",
  validations: [{
    expression: `${exempt(id3)} || variables.secretsVolumes.all(v, has(v.csi.readOnly) && dyn(v.csi.readOnly) == true)`,
    message: message(id3, 'a secrets-store CSI volume needs csi.readOnly: true ("Readonly is not true in request")')
  }]
};

// dist/src/policy/rules/csi-mount-not-readonly.js
var id4 = "csi-mount-not-readonly";
var policy4 = {
  id: id4,
  target: "pod",
  validations: [{
    expression: `${exempt(id4)} || variables.containers.all(c, !has(c.volumeMounts) || c.volumeMounts.all(m, !variables.secretsVolumes.exists(v, has(v.name) && has(m.name) && v.name == m.name) || (has(m.readOnly) && dyn(m.readOnly) == true)))`,
    message: message(id4, "containers should mount secrets-store volumes with readOnly: true")
  }]
};

// dist/src/policy/rules/csi-volume-unmounted.js
var id5 = "csi-volume-unmounted";
var policy5 = {
  id: id5,
  target: "pod",
  validations: [{
    expression: `${exempt(id5)} || variables.secretsVolumes.all(v, has(v.name) && variables.containers.exists(c, has(c.volumeMounts) && c.volumeMounts.exists(m, has(m.name) && m.name == v.name)))`,
    message: message(id5, "a secrets-store CSI volume is not mounted by any container")
  }]
};

// dist/src/policy/rules/volume-mount-unknown.js
var id6 = "volume-mount-unknown";
var policy6 = {
  id: id6,
  target: "pod",
  validations: [{
    expression: `${exempt(id6)} || variables.containers.all(c, !has(c.volumeMounts) || c.volumeMounts.all(m, !has(m.name) || (variables.volumes.exists(v, has(v.name) && v.name == m.name) || m.name in variables.claimNames)))`,
    message: message(id6, "a container mounts a volume the pod does not define")
  }]
};

// dist/src/policy/rules/spc-provider-invalid.js
var id7 = "spc-provider-invalid";
var policy7 = {
  id: id7,
  target: "spc",
  validations: [{
    expression: `${exempt(id7)} || (has(object.spec) && has(object.spec.provider) && dyn(object.spec.provider) == 'azure')`,
    message: message(id7, 'spec.provider must be "azure" for the Azure Key Vault provider')
  }]
};

// dist/src/policy/rules/spc-parameter-not-string.js
var id8 = "spc-parameter-not-string";
var policy8 = {
  id: id8,
  target: "spc",
  validations: [{
    expression: `${exempt(id8)} || ${P}.all(k, type(${P}[k]) == string)`,
    message: message(id8, "SecretProviderClass parameters must be strings: quote the value")
  }]
};

// dist/src/policy/rules/spc-parameter-unknown.js
var id9 = "spc-parameter-unknown";
var policy9 = {
  id: id9,
  target: "spc",
  validations: [{
    expression: `${exempt(id9)} || ${P}.all(k, k in ${litList(KNOWN_PARAMETERS)})`,
    message: message(id9, "a parameter key is not one the Azure provider reads (keys are case-sensitive)")
  }]
};

// dist/src/policy/rules/spc-tenant-id-deprecated-key.js
var id10 = "spc-tenant-id-deprecated-key";
var policy10 = {
  id: id10,
  target: "spc",
  validations: [{
    expression: `${exempt(id10)} || !('tenantId' in ${P})`,
    message: message(id10, "parameter tenantId is deprecated; use tenantID")
  }]
};

// dist/src/policy/rules/spc-bool-invalid.js
var id11 = "spc-bool-invalid";
var policy11 = {
  id: id11,
  target: "spc",
  validations: [{
    expression: `${exempt(id11)} || ${litList(IDENTITY_FLAGS)}.all(f, !(f in ${P}) || type(${P}[f]) != string || ${P}[f].trim() == '' || ${P}[f].trim() in ${litList([...GO_TRUE, ...GO_FALSE])} || ${isPlaceholder(`${P}[f].trim()`)})`,
    message: message(id11, 'usePodIdentity, useVMManagedIdentity and useAzureTokenProxy must be "true" or "false"')
  }]
};

// dist/src/policy/rules/spc-client-id-invalid.js
var id12 = "spc-client-id-invalid";
var v = trimmed("clientID");
var policy12 = {
  id: id12,
  target: "spc",
  validations: [{
    expression: `${exempt(id12)} || !${paramSet("clientID")} || ${v}.matches(${lit(GUID_RE)}) || ${isPlaceholder(v)}`,
    message: message(id12, "clientID must be the client id (a GUID) of the managed identity or app registration")
  }]
};

// dist/src/policy/rules/spc-keyvault-name-invalid.js
var id13 = "spc-keyvault-name-invalid";
var v2 = trimmed("keyvaultName");
var policy13 = {
  id: id13,
  target: "spc",
  validations: [{
    expression: `${exempt(id13)} || ('keyvaultName' in ${P} && type(${param("keyvaultName")}) != string) || (${paramSet("keyvaultName")} && (${isPlaceholder(v2)} || (${v2}.size() >= 3 && ${v2}.size() <= 24 && ${v2}.matches('^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$') && !${v2}.contains('--'))))`,
    message: message(id13, "keyvaultName must be set to a Key Vault name (3-24 letters, digits, single hyphens; not a URI)")
  }]
};

// dist/src/policy/rules/spc-tenant-id-invalid.js
var id14 = "spc-tenant-id-invalid";
var ok = (key) => `(${trimmed(key)}.matches(${lit(GUID_RE)}) || ${trimmed(key)} == 'adfs' || ${isPlaceholder(trimmed(key))})`;
var policy14 = {
  id: id14,
  target: "spc",
  validations: [{
    expression: `${exempt(id14)} || (has(object.spec) && has(object.spec.parameters) && type(object.spec.parameters) != map) || (${paramSet("tenantID")} ? ${ok("tenantID")} : ${paramSet("tenantId")} ? ${ok("tenantId")} : ('tenantID' in ${P} ? type(${param("tenantID")}) != string : ('tenantId' in ${P} && type(${param("tenantId")}) != string)))`,
    message: message(id14, "tenantID must be set to the Entra tenant id (a GUID, or adfs for Azure Stack Hub)")
  }]
};

// dist/src/policy/rules/spc-user-assigned-id-invalid.js
var id15 = "spc-user-assigned-id-invalid";
var v3 = trimmed("userAssignedIdentityID");
var valid = `(${v3}.matches(${lit(GUID_RE)}) || ${isPlaceholder(v3)})`;
var policy15 = {
  id: id15,
  target: "spc",
  validations: [
    {
      level: "error",
      expression: `${exempt(id15)} || !${paramSet("userAssignedIdentityID")} || ${valid}`,
      message: message(id15, "userAssignedIdentityID must be the client id (a GUID) of the user-assigned identity, not its resource id")
    },
    {
      level: "warning",
      expression: `${exempt(id15)} || !${paramSet("userAssignedIdentityID")} || !${valid} || ${flagTrue(lit("useVMManagedIdentity"))}`,
      message: message(id15, 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"')
    }
  ]
};

// dist/src/policy/rules/spc-identity-mode-conflict.js
var id16 = "spc-identity-mode-conflict";
var policy16 = {
  id: id16,
  target: "spc",
  validations: [{
    expression: `${exempt(id16)} || (${litList(IDENTITY_FLAGS)}.filter(f, ${flagTrue("f")}).size() <= 1 && !(${paramSet("clientID")} && (${flagTrue(lit("usePodIdentity"))} || ${flagTrue(lit("useVMManagedIdentity"))})))`,
    message: message(id16, "only one identity mode may be enabled, and clientID (workload identity) excludes usePodIdentity and useVMManagedIdentity")
  }]
};

// dist/src/policy/rules/pod-identity-deprecated.js
var id17 = "pod-identity-deprecated";
var policy17 = {
  id: id17,
  target: "spc",
  validations: [{
    expression: `${exempt(id17)} || !${flagTrue(lit("usePodIdentity"))}`,
    message: message(id17, "AAD Pod Identity is deprecated and archived; plan a move to workload identity")
  }]
};

// dist/src/policy/registry.js
var EXPORTED = [
  policy,
  policy2,
  policy3,
  policy4,
  policy5,
  policy6,
  policy7,
  policy8,
  policy9,
  policy10,
  policy11,
  policy12,
  policy13,
  policy14,
  policy15,
  policy16,
  policy17
];
var OTHER_OBJECTS = "needs another object than the one admitted";
var YAML_IN_STRING = "parses the YAML held in the `objects` string parameter, which CEL cannot parse";
var NOT_EXPORTABLE = [
  { id: "csi-spc-not-found", why: `${OTHER_OBJECTS} (the SecretProviderClass in the pod's namespace); Kyverno policy with an API lookup` },
  { id: "sp-secret-not-found", why: `${OTHER_OBJECTS} (the nodePublishSecretRef Secret); Kyverno policy with an API lookup` },
  { id: "sp-secret-keys-missing", why: `${OTHER_OBJECTS} (the Secret's keys); Kyverno policy with an API lookup` },
  { id: "sp-secret-ref-missing", why: `${OTHER_OBJECTS} (the SPC decides whether the volume uses a service principal)` },
  { id: "sp-secret-ref-unneeded", why: `${OTHER_OBJECTS} (the SPC decides the identity mode)` },
  { id: "sp-secret-label-missing", why: `${OTHER_OBJECTS} (a Secret is only in scope when some volume names it)` },
  { id: "pod-identity-label-missing", why: `${OTHER_OBJECTS} (the SPC's identity mode)` },
  { id: "pod-identity-binding-mismatch", why: `${OTHER_OBJECTS} (AzureIdentityBindings)` },
  { id: "workload-identity-incomplete", why: `${OTHER_OBJECTS} (the SPC and the ServiceAccount)` },
  { id: "spc-objects-invalid", why: YAML_IN_STRING },
  { id: "spc-objects-file-collision", why: YAML_IN_STRING },
  { id: "spc-secret-objects-invalid", why: `compares spec.secretObjects with the file names from the \`objects\` string (${YAML_IN_STRING})` },
  { id: "spc-api-version", why: "the API server refuses an unknown group before admission and converts v1alpha1 to the version a policy matches, so the written apiVersion is not what admission sees" },
  { id: "unresolved-placeholder", why: "looks at every string of every file, including ones that never reach the API server (values files, VVP objects)" },
  { id: "secret-committed", why: "about a repository (a Secret with values committed to git), not about what is applied" },
  { id: "yaml-parse-error", why: "about source text; the API server only receives parsed objects" },
  { id: "yaml-duplicate-key", why: "about source text; the API server only receives parsed objects" },
  { id: "suppression-reason-missing", why: "about suppression comments in source files" },
  { id: "suppression-unused", why: "about suppression comments in source files" },
  ...["vvp-chart-volume-platform-only", "vvp-container-name", "vvp-deployment-target-unknown", "vvp-extra-labels-unsupported", "vvp-pods-and-templates", "vvp-pods-volume-name-mismatch", "vvp-version-unknown", "vvp-drift"].map((id18) => ({ id: id18, why: "about VVP objects and Helm values, which go to the VVP API, not to the Kubernetes API server (the pods VVP creates are checked by the pod rules)" })),
  // Rules that declare they need Azure state or a live cluster (src/rules/contract.ts `requires`) are never
  // exportable: a new one of those needs no entry here.
  ...RULE_MODULES.filter((m) => m.definition.requires?.includes("azure")).map((m) => ({ id: m.id, why: "needs Azure state (vaults and their contents, identities, role assignments), which admission cannot see" })),
  ...RULE_MODULES.filter((m) => m.definition.requires?.includes("cluster")).map((m) => ({ id: m.id, why: "about the state of a running cluster (live audit only)" }))
];

// dist/src/policy/shapes.js
function podVariables(podSpec, claimNames = "[]") {
  return [
    { name: "podSpec", expression: podSpec },
    { name: "volumes", expression: `has(variables.podSpec.volumes) ? variables.podSpec.volumes : []` },
    { name: "claimNames", expression: claimNames },
    { name: "secretsVolumes", expression: `variables.volumes.filter(v, ${isSecretsVolume("v")})` },
    {
      name: "containers",
      expression: `(has(variables.podSpec.containers) ? variables.podSpec.containers : []) + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])`
    }
  ];
}
var SHAPES = [
  {
    name: "pods",
    target: "pod",
    kinds: [{ apiVersion: "v1", kind: "Pod" }],
    resources: [{ apiGroups: [""], apiVersions: ["v1"], resources: ["pods"] }],
    variables: podVariables("object.spec")
  },
  {
    name: "workloads",
    target: "pod",
    kinds: [
      { apiVersion: "apps/v1", kind: "Deployment" },
      { apiVersion: "apps/v1", kind: "DaemonSet" },
      { apiVersion: "batch/v1", kind: "Job" }
    ],
    resources: [
      { apiGroups: ["apps"], apiVersions: ["v1"], resources: ["deployments", "daemonsets"] },
      { apiGroups: ["batch"], apiVersions: ["v1"], resources: ["jobs"] }
    ],
    variables: podVariables("object.spec.template.spec")
  },
  {
    // Its own policy: only a StatefulSet's schema has spec.volumeClaimTemplates.
    name: "statefulsets",
    target: "pod",
    kinds: [{ apiVersion: "apps/v1", kind: "StatefulSet" }],
    resources: [{ apiGroups: ["apps"], apiVersions: ["v1"], resources: ["statefulsets"] }],
    variables: podVariables("object.spec.template.spec", `has(object.spec.volumeClaimTemplates) ? object.spec.volumeClaimTemplates.filter(t, has(t.metadata) && has(t.metadata.name)).map(t, t.metadata.name) : []`)
  },
  {
    name: "cronjobs",
    target: "pod",
    kinds: [{ apiVersion: "batch/v1", kind: "CronJob" }],
    resources: [{ apiGroups: ["batch"], apiVersions: ["v1"], resources: ["cronjobs"] }],
    variables: podVariables("object.spec.jobTemplate.spec.template.spec")
  },
  {
    name: "secretproviderclasses",
    target: "spc",
    kinds: [
      { apiVersion: "secrets-store.csi.x-k8s.io/v1", kind: "SecretProviderClass" },
      { apiVersion: "secrets-store.csi.x-k8s.io/v1alpha1", kind: "SecretProviderClass" }
    ],
    resources: [{ apiGroups: ["secrets-store.csi.x-k8s.io"], apiVersions: ["v1", "v1alpha1"], resources: ["secretproviderclasses"] }],
    variables: [{ name: "params", expression: `has(object.spec) && has(object.spec.parameters) ? object.spec.parameters : {}` }],
    // src/rules/support/spc.ts meantForAzure: provider azure, a misspelling of it, or none; other providers are not ours.
    matchCondition: {
      name: "meant-for-azure-provider",
      expression: `!has(object.spec) || !has(object.spec.provider) || type(object.spec.provider) != string || object.spec.provider.trim() == '' || object.spec.provider.matches('(?i)azure|akv|keyvault')`
    }
  }
];
var POD_SHAPE_KINDS = SHAPES.filter((s) => s.target === "pod").flatMap((s) => s.kinds.map((k) => k.kind));

// dist/src/policy/levels.js
var LEVELS = ["error", "warning", "note"];
var ACTIONS = ["Deny", "Warn", "Audit"];
var DEFAULT_LEVEL_ACTIONS = { error: ["Deny"], warning: ["Warn"], note: ["Audit"] };
function parseLevels(values) {
  const out = { ...DEFAULT_LEVEL_ACTIONS };
  for (const part of values.flatMap((v4) => v4.split(",")).map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const levels = eq < 0 ? LEVELS : [part.slice(0, eq).trim()];
    const spec = eq < 0 ? part : part.slice(eq + 1).trim();
    for (const l of levels)
      if (!LEVELS.includes(l))
        return `--level: unknown level "${l}" (expected ${LEVELS.join(", ")})`;
    let actions;
    if (spec === "off")
      actions = [];
    else {
      actions = [];
      for (const a of spec.split("+").map((s) => s.trim())) {
        const found = ACTIONS.find((x) => x.toLowerCase() === a.toLowerCase());
        if (!found)
          return `--level: unknown action "${a}" (expected ${ACTIONS.join(", ")} or off, joined with +)`;
        if (!actions.includes(found))
          actions.push(found);
      }
      if (actions.includes("Deny") && actions.includes("Warn"))
        return "--level: Deny and Warn cannot be combined (the API server refuses such a binding)";
    }
    for (const l of levels)
      out[l] = actions;
  }
  return out;
}

// dist/src/policy/kyverno-lookups.js
var defaultLevel = new Map(RULE_META.map((m) => [m.id, m.level]));
function levelOf(id18, ruleLevels) {
  return ruleLevels[id18] ?? defaultLevel.get(id18) ?? "error";
}
var SPC_VOLUMES = "request.object.spec.volumes[?csi.volumeAttributes.secretProviderClass]";
var SECRET_VOLUMES = "request.object.spec.volumes[?csi.nodePublishSecretRef.name]";
function base(id18, selector) {
  return {
    name: id18,
    match: { any: [{ resources: { kinds: ["Pod"], operations: ["CREATE", "UPDATE"], ...selector ? { namespaceSelector: selector } : {} } }] },
    // The same exemption as the CEL rules: the annotation with a non-empty reason.
    exclude: { any: [{ resources: { annotations: { [`${EXEMPT_PREFIX}${id18}`]: "?*" } } }] }
  };
}
function hasAny(list) {
  return { all: [{ key: `{{ length(${list} || \`[]\`) }}`, operator: "GreaterThan", value: 0 }] };
}
function kyvernoCrossObjectRules(level, failureAction, ruleLevels, selector) {
  const rules = [];
  if (levelOf("csi-spc-not-found", ruleLevels) === level) {
    rules.push({
      ...base("csi-spc-not-found", selector),
      preconditions: hasAny(SPC_VOLUMES),
      validate: {
        failureAction,
        message: message("csi-spc-not-found", "a CSI volume names a SecretProviderClass that is not in the pod namespace {{ request.object.metadata.namespace }} (the driver only reads the pod namespace)"),
        foreach: [{
          list: SPC_VOLUMES,
          context: [{
            name: "spcCount",
            apiCall: {
              urlPath: "/apis/secrets-store.csi.x-k8s.io/v1/namespaces/{{ request.object.metadata.namespace }}/secretproviderclasses",
              jmesPath: "items[?metadata.name=='{{ element.csi.volumeAttributes.secretProviderClass }}'] | length(@)"
            }
          }],
          deny: { conditions: { any: [{ key: "{{ spcCount }}", operator: "Equals", value: 0 }] } }
        }]
      }
    });
  }
  const secretContext = [{
    name: "secretKeys",
    apiCall: {
      urlPath: "/api/v1/namespaces/{{ request.object.metadata.namespace }}/secrets?fieldSelector=metadata.name={{ element.csi.nodePublishSecretRef.name }}",
      jmesPath: "items[0].data || `{}` | keys(@) | [].to_lower(@)"
    }
  }, {
    name: "secretCount",
    apiCall: {
      urlPath: "/api/v1/namespaces/{{ request.object.metadata.namespace }}/secrets?fieldSelector=metadata.name={{ element.csi.nodePublishSecretRef.name }}",
      jmesPath: "length(items)"
    }
  }];
  if (levelOf("sp-secret-not-found", ruleLevels) === level) {
    rules.push({
      ...base("sp-secret-not-found", selector),
      preconditions: hasAny(SECRET_VOLUMES),
      validate: {
        failureAction,
        message: message("sp-secret-not-found", "a CSI volume names a nodePublishSecretRef Secret that is not in the pod namespace {{ request.object.metadata.namespace }}"),
        foreach: [{
          list: SECRET_VOLUMES,
          context: [secretContext[1]],
          deny: { conditions: { any: [{ key: "{{ secretCount }}", operator: "Equals", value: 0 }] } }
        }]
      }
    });
  }
  if (levelOf("sp-secret-keys-missing", ruleLevels) === level) {
    rules.push({
      ...base("sp-secret-keys-missing", selector),
      preconditions: hasAny(SECRET_VOLUMES),
      validate: {
        failureAction,
        message: message("sp-secret-keys-missing", 'a nodePublishSecretRef Secret lacks the key clientid or clientsecret (the provider fails with "could not find clientid in secrets")'),
        foreach: [{
          list: SECRET_VOLUMES,
          context: secretContext,
          // Not found is sp-secret-not-found's finding; here only a found Secret without the keys is denied.
          deny: { conditions: { all: [
            { key: "{{ secretCount }}", operator: "GreaterThan", value: 0 },
            { key: ["clientid", "clientsecret"], operator: "AnyNotIn", value: "{{ secretKeys }}" }
          ] } }
        }]
      }
    });
  }
  return rules;
}

// dist/src/policy/generate.js
var defaultLevel2 = new Map(RULE_META.map((m) => [m.id, m.level]));
function validationsFor(shape, level, ruleLevels = {}) {
  const out = [];
  for (const rule of EXPORTED) {
    if (rule.target !== shape.target)
      continue;
    const override = ruleLevels[rule.id];
    if (override === "off")
      continue;
    for (const v4 of rule.validations) {
      const l = override ?? v4.level ?? defaultLevel2.get(rule.id) ?? "error";
      if (l === level)
        out.push({ ...v4, ruleId: rule.id, level: l });
    }
  }
  return out;
}
var LABELS = { "app.kubernetes.io/managed-by": "vvp-kv-lint" };
function namespaceSelector(opts) {
  const sel = {};
  if (opts.namespaceLabels && Object.keys(opts.namespaceLabels).length)
    sel["matchLabels"] = { ...opts.namespaceLabels };
  if (opts.excludeNamespaces?.length)
    sel["matchExpressions"] = [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: [...opts.excludeNamespaces] }];
  return Object.keys(sel).length ? sel : void 0;
}
function validatingAdmissionPolicies(opts) {
  const docs = [];
  for (const shape of SHAPES) {
    for (const level of LEVELS) {
      const actions = opts.levels[level];
      const validations = validationsFor(shape, level, opts.ruleLevels);
      if (!actions.length || !validations.length)
        continue;
      const name = `vvp-kv-lint-${shape.name}-${level}`;
      docs.push({
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name, labels: LABELS, annotations: { "vvp-kv-lint.io/rules": [...new Set(validations.map((v4) => v4.ruleId))].join(",") } },
        spec: {
          // An expression that cannot be evaluated (an API change, a cost limit) lets the object through: the
          // linter and the audit still see it; admission must not become the reason nothing can be deployed.
          failurePolicy: "Ignore",
          matchConstraints: {
            resourceRules: shape.resources.map((r) => ({ ...r, operations: ["CREATE", "UPDATE"] }))
          },
          ...shape.matchCondition ? { matchConditions: [shape.matchCondition] } : {},
          variables: shape.variables.map((v4) => ({ ...v4 })),
          validations: validations.map((v4) => ({ expression: v4.expression, message: v4.message, reason: "Invalid" }))
        }
      });
      const selector = namespaceSelector(opts);
      docs.push({
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name, labels: LABELS },
        spec: {
          policyName: name,
          validationActions: [...actions],
          ...selector ? { matchResources: { namespaceSelector: selector } } : {}
        }
      });
    }
  }
  return docs;
}
function kyvernoAction(actions) {
  return { failureAction: actions.includes("Deny") ? "Enforce" : "Audit", warn: actions.includes("Warn") };
}
function kyvernoPolicies(opts) {
  const docs = [];
  const selector = namespaceSelector(opts);
  for (const level of LEVELS) {
    const actions = opts.levels[level];
    if (!actions.length)
      continue;
    const { failureAction, warn } = kyvernoAction(actions);
    const rules = [];
    for (const shape of SHAPES) {
      const validations = validationsFor(shape, level, opts.ruleLevels);
      if (!validations.length)
        continue;
      rules.push({
        name: shape.name,
        match: { any: [{ resources: { kinds: [...new Set(shape.kinds.map((k) => k.kind))], operations: ["CREATE", "UPDATE"], ...selector ? { namespaceSelector: selector } : {} } }] },
        ...shape.matchCondition ? { celPreconditions: [shape.matchCondition] } : {},
        validate: {
          failureAction,
          cel: {
            variables: shape.variables.map((v4) => ({ ...v4 })),
            expressions: validations.map((v4) => ({ expression: v4.expression, message: v4.message }))
          }
        }
      });
    }
    if (rules.length)
      docs.push(clusterPolicy(`vvp-kv-lint-${level}`, level, warn, rules, "none"));
    const lookups = kyvernoCrossObjectRules(level, failureAction, opts.ruleLevels ?? {}, selector);
    if (lookups.length)
      docs.push(clusterPolicy(`vvp-kv-lint-lookups-${level}`, level, warn, lookups, "Deployment,StatefulSet,DaemonSet,Job,CronJob"));
  }
  return docs;
}
function clusterPolicy(name, level, warn, rules, autogen) {
  return {
    apiVersion: "kyverno.io/v1",
    kind: "ClusterPolicy",
    metadata: {
      name,
      labels: LABELS,
      annotations: {
        "policies.kyverno.io/title": `vvp-kv-lint rules at level ${level}`,
        "policies.kyverno.io/description": "Generated by `vvp-kv-lint policy --format kyverno` from the linter's rule definitions; each message starts with the rule id.",
        // The CEL rules name every pod shape themselves (autogen none); lookup rules are written for Pods.
        "pod-policies.kyverno.io/autogen-controllers": autogen
      }
    },
    spec: { background: true, ...warn ? { emitWarning: true } : {}, rules }
  };
}

// dist/src/cli/commands/policy.js
var POLICY_USAGE = `usage: vvp-kv-lint policy --format vap|kyverno [--level LEVEL=ACTION[+ACTION]|ACTION ...] [-o FILE]
         [--namespace-selector KEY=VALUE ...] [--exclude-namespace NS ...] [-c CONFIG] [--list]
  --format vap        ValidatingAdmissionPolicy + Binding (admissionregistration.k8s.io/v1, Kubernetes >= 1.30)
  --format kyverno    Kyverno ClusterPolicies (CEL rules, plus API-lookup rules for cross-object checks)
  --level             what each level does: Deny, Warn, Audit (joined with +) or off;
                      default error=Deny,warning=Warn,note=Audit; a bare action sets every level (--level Audit)
  --list              print which rules are exported and why the others are not
`;
var OPTIONS = {
  format: { type: "string", short: "f" },
  level: { type: "string", multiple: true },
  output: { type: "string", short: "o" },
  "namespace-selector": { type: "string", multiple: true },
  "exclude-namespace": { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  list: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function policyCommand(args, io) {
  let flags;
  try {
    flags = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    return usage(io, err.message);
  }
  if (flags.help) {
    io.stdout.write(POLICY_USAGE);
    return EXIT.OK;
  }
  if (flags.list) {
    io.stdout.write(listing());
    return EXIT.OK;
  }
  if (flags.format !== "vap" && flags.format !== "kyverno")
    return usage(io, flags.format === void 0 ? "--format vap|kyverno is required" : `unknown policy format "${flags.format}" (expected vap, kyverno)`);
  const levels = parseLevels(flags.level ?? []);
  if (typeof levels === "string")
    return usage(io, levels);
  const namespaceLabels = {};
  for (const s of flags["namespace-selector"] ?? []) {
    const m = /^([^=\s]+)=([^=\s]*)$/.exec(s.trim());
    if (!m)
      return usage(io, `--namespace-selector must be KEY=VALUE, got "${s}"`);
    namespaceLabels[m[1]] = m[2];
  }
  let ruleLevels;
  try {
    ruleLevels = loadConfig(flags.config, io.cwd).config.rules;
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`vvp-kv-lint: ${err.message}
`);
      return EXIT.ERROR;
    }
    throw err;
  }
  const opts = { levels, ruleLevels, namespaceLabels, excludeNamespaces: flags["exclude-namespace"] ?? [] };
  const docs = flags.format === "vap" ? validatingAdmissionPolicies(opts) : kyvernoPolicies(opts);
  const header = `# Generated by vvp-kv-lint policy --format ${flags.format}${flags.level?.length ? ` --level ${flags.level.join(",")}` : ""}.
# Rules: ${EXPORTED.map((r) => r.id).join(", ")}.
# Not exportable (vvp-kv-lint policy --list says why): ${NOT_EXPORTABLE.length} rules.
`;
  const text = header + docs.map((d) => (0, import_yaml.stringify)(d, { lineWidth: 0 })).join("---\n");
  if (flags.output !== void 0) {
    try {
      writeFileSync(resolve(io.cwd, flags.output), text);
    } catch (err) {
      io.stderr.write(`vvp-kv-lint: cannot write ${flags.output}: ${err.code ?? err.message}
`);
      return EXIT.ERROR;
    }
    io.stderr.write(`policy: ${docs.length} objects written to ${flags.output}
`);
  } else
    io.stdout.write(text);
  return EXIT.OK;
}
function listing() {
  const lines = ["exported (CEL, one object decides):"];
  for (const r of EXPORTED)
    lines.push(`  ${r.id}  (${r.target === "pod" ? "Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob" : "SecretProviderClass"})`);
  lines.push("exported to Kyverno only (API lookups): csi-spc-not-found, sp-secret-not-found, sp-secret-keys-missing", "not exportable:");
  for (const r of NOT_EXPORTABLE)
    lines.push(`  ${r.id}: ${r.why}`);
  return lines.join("\n") + "\n";
}
function usage(io, message2) {
  io.stderr.write(`vvp-kv-lint: ${message2}
${POLICY_USAGE}`);
  return EXIT.ERROR;
}
export {
  POLICY_USAGE,
  policyCommand
};
