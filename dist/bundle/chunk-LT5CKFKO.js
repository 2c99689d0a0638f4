import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  emptyIncompleteness,
  parseResourceId,
  roleGuid
} from "./chunk-ROWJY5MV.js";
import {
  VaultItemError,
  normaliseVaultContents
} from "./chunk-TG465G5B.js";

// dist/src/azure/builtin-roles.js
var KV = "Microsoft.KeyVault/vaults";
function role(guid, roleName, dataActions, actions = [], notActions = []) {
  return {
    id: `/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
    guid,
    roleName,
    roleType: "BuiltInRole",
    permissions: [{ actions, notActions, dataActions, notDataActions: [] }],
    builtIn: true
  };
}
var BUILTIN_ROLES = [
  role("00482a5a-887f-4fb3-b363-3b7fe8e74483", "Key Vault Administrator", [`${KV}/*`], ["Microsoft.KeyVault/vaults/*/read"]),
  role("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba", "Key Vault Certificate User", [
    `${KV}/certificates/read`,
    `${KV}/secrets/getSecret/action`,
    `${KV}/secrets/readMetadata/action`,
    `${KV}/keys/read`
  ]),
  role("a4417e6f-fecd-4de8-b567-7b0420556985", "Key Vault Certificates Officer", [
    `${KV}/certificatecas/*`,
    `${KV}/certificates/*`,
    `${KV}/certificatecontacts/write`
  ]),
  role("f25e0fa2-a7c8-4377-a976-54943a77a395", "Key Vault Contributor", [], ["Microsoft.KeyVault/*"]),
  role("14b46e9e-c2b7-41b4-b07b-48a6ebf60603", "Key Vault Crypto Officer", [`${KV}/keys/*`, `${KV}/keyrotationpolicies/*`]),
  role("e147488a-f6f5-4113-8e2d-b22465e65bf6", "Key Vault Crypto Service Encryption User", [
    `${KV}/keys/read`,
    `${KV}/keys/wrap/action`,
    `${KV}/keys/unwrap/action`
  ]),
  role("08bbd89e-9f13-488c-ac41-acfcb10c90ab", "Key Vault Crypto Service Release User", [`${KV}/keys/release/action`]),
  role("12338af0-0e69-4776-bea7-57ae8d297424", "Key Vault Crypto User", [
    `${KV}/keys/read`,
    `${KV}/keys/update/action`,
    `${KV}/keys/backup/action`,
    `${KV}/keys/encrypt/action`,
    `${KV}/keys/decrypt/action`,
    `${KV}/keys/wrap/action`,
    `${KV}/keys/unwrap/action`,
    `${KV}/keys/sign/action`,
    `${KV}/keys/verify/action`
  ]),
  role("8b54135c-b56d-4d72-a534-26097cfdc8d8", "Key Vault Data Access Administrator", [], [
    "Microsoft.Authorization/roleAssignments/write",
    "Microsoft.Authorization/roleAssignments/delete"
  ]),
  role("21090545-7ca7-4776-b22c-e363652d74d2", "Key Vault Reader", [`${KV}/*/read`, `${KV}/secrets/readMetadata/action`]),
  role("b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "Key Vault Secrets Officer", [`${KV}/secrets/*`]),
  role("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User", [`${KV}/secrets/getSecret/action`, `${KV}/secrets/readMetadata/action`]),
  // Control-plane roles: no data access on an RBAC vault, but Owner / User Access Administrator can grant
  // themselves any role, and they are what "Owner-style" means in grant-excessive.
  role("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner", [], ["*"]),
  role("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator", [], ["*/read", "Microsoft.Authorization/*"]),
  role("b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor", [], ["*"], [
    "Microsoft.Authorization/*/Delete",
    "Microsoft.Authorization/*/Write",
    "Microsoft.Authorization/elevateAccess/Action"
  ]),
  role("acdd72a7-3385-48ef-bd42-f606fba81ae7", "Reader", [], ["*/read"])
];

// dist/src/azure/normalise.js
var NormaliseError = class extends Error {
  pointer;
  name = "NormaliseError";
  constructor(pointer, message) {
    super(message);
    this.pointer = pointer;
  }
};
var GUID_TAIL = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function str(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function lower(v) {
  return strings(v).map((s) => s.trim().toLowerCase());
}
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function normaliseVault(raw, pointer, notes, origin) {
  const id = String(raw["id"]);
  const name = String(raw["name"]);
  const parsed = parseResourceId(id);
  const props = obj(raw["properties"]);
  const base = {
    id,
    name,
    resourceGroup: str(raw["resourceGroup"]) ?? parsed.resourceGroup,
    subscription: parsed.subscription
  };
  if (!props) {
    notes.push({
      id: "azure-state-vault-summary",
      level: "warning",
      message: `${origin}: vault ${name} (${pointer}) has no "properties" \u2014 \`az keyvault list\` without --resource-group prints only a summary; use \`az keyvault show\` so its tenant, permission model and grants can be checked.`,
      incomplete: true
    });
    return { ...base, detailed: false, enableRbacAuthorization: false, accessPolicies: [], privateEndpointConnections: 0 };
  }
  const policies = (Array.isArray(props["accessPolicies"]) ? props["accessPolicies"] : []).map((p) => {
    const perms = obj(p["permissions"]) ?? {};
    const applicationId = str(p["applicationId"]);
    return {
      tenantId: String(p["tenantId"]),
      objectId: String(p["objectId"]),
      ...applicationId ? { applicationId } : {},
      permissions: {
        keys: lower(perms["keys"]),
        secrets: lower(perms["secrets"]),
        certificates: lower(perms["certificates"]),
        storage: lower(perms["storage"])
      }
    };
  });
  const acls = obj(props["networkAcls"]);
  const networkAcls = acls ? {
    defaultAction: str(acls["defaultAction"]),
    bypass: str(acls["bypass"]),
    ipRules: (Array.isArray(acls["ipRules"]) ? acls["ipRules"] : []).map((r) => String(r["value"])),
    virtualNetworkRules: (Array.isArray(acls["virtualNetworkRules"]) ? acls["virtualNetworkRules"] : []).map((r) => String(r["id"]))
  } : void 0;
  return {
    ...base,
    detailed: true,
    tenantId: String(props["tenantId"]),
    enableRbacAuthorization: props["enableRbacAuthorization"] === true,
    accessPolicies: policies,
    networkAcls,
    publicNetworkAccess: str(props["publicNetworkAccess"]),
    privateEndpointConnections: Array.isArray(props["privateEndpointConnections"]) ? props["privateEndpointConnections"].length : 0
  };
}
function normaliseAssignment(raw) {
  const roleDefinitionId = String(raw["roleDefinitionId"]);
  return {
    id: str(raw["id"]),
    principalId: String(raw["principalId"]).toLowerCase(),
    principalType: str(raw["principalType"]),
    roleDefinitionId,
    roleDefinitionGuid: roleGuid(roleDefinitionId),
    roleDefinitionName: str(raw["roleDefinitionName"]),
    scope: String(raw["scope"]),
    condition: str(raw["condition"])
  };
}
function normaliseDefinition(raw, pointer) {
  const id = String(raw["id"]);
  const name = str(raw["name"]);
  const guid = GUID_TAIL.test(id) ? roleGuid(id) : name && GUID_TAIL.test(name) ? name.toLowerCase() : void 0;
  if (!guid)
    throw new NormaliseError(`${pointer}/id`, "must end with the role definition GUID");
  return {
    id,
    guid,
    roleName: str(raw["roleName"]) ?? guid,
    roleType: str(raw["roleType"]) ?? str(raw["type"]),
    permissions: raw["permissions"].map((p) => ({
      actions: strings(p["actions"]),
      notActions: strings(p["notActions"]),
      dataActions: strings(p["dataActions"]),
      notDataActions: strings(p["notDataActions"])
    })),
    builtIn: false
  };
}
function normaliseIdentity(raw) {
  const id = str(raw["id"]);
  return {
    id,
    name: str(raw["name"]) ?? (id ? parseResourceId(id).name : void 0),
    clientId: String(raw["clientId"]).toLowerCase(),
    principalId: String(raw["principalId"]).toLowerCase(),
    tenantId: str(raw["tenantId"]),
    resourceGroup: str(raw["resourceGroup"]) ?? (id ? parseResourceId(id).resourceGroup : void 0)
  };
}
function normaliseSp(raw, pointer) {
  const id = str(raw["id"]) ?? str(raw["objectId"]);
  if (!id)
    throw new NormaliseError(`${pointer}/id`, "is required (the service principal object id)");
  return { id: id.toLowerCase(), appId: String(raw["appId"]).toLowerCase(), displayName: str(raw["displayName"]) };
}
function normaliseVmss(raw) {
  const identity = obj(raw["identity"]);
  const ua = obj(identity?.["userAssignedIdentities"]) ?? {};
  return {
    id: str(raw["id"]),
    name: String(raw["name"]),
    identity: identity ? {
      type: str(identity["type"]),
      principalId: str(identity["principalId"])?.toLowerCase(),
      userAssigned: Object.entries(ua).map(([id, v]) => {
        const o = obj(v) ?? {};
        return { id, clientId: str(o["clientId"])?.toLowerCase(), principalId: str(o["principalId"])?.toLowerCase() };
      })
    } : void 0
  };
}
var FIC_SEGMENT = "/federatedidentitycredentials/";
function normaliseFic(raw, pointer) {
  let identityId = str(raw["identityId"]);
  const id = str(raw["id"]);
  if (!identityId && id) {
    const at = id.toLowerCase().lastIndexOf(FIC_SEGMENT);
    if (at > 0)
      identityId = id.slice(0, at);
  }
  if (!identityId) {
    throw new NormaliseError(`${pointer}/identityId`, "is required (the identity's resource id) when id does not contain it");
  }
  return {
    identityId,
    name: str(raw["name"]),
    issuer: String(raw["issuer"]),
    subject: String(raw["subject"]),
    audiences: strings(raw["audiences"])
  };
}
function lowerSet(v) {
  return new Set((v ?? []).map((s) => s.toLowerCase()));
}
function normaliseState(raw, origin) {
  const notes = [];
  const provided = /* @__PURE__ */ new Set();
  for (const key of ["vaults", "roleAssignments", "roleDefinitions", "identities", "servicePrincipals", "vmss", "federatedCredentials", "secrets", "keys", "certificates"]) {
    if (raw[key] !== void 0)
      provided.add(key);
  }
  const vaults = (raw.vaults ?? []).map((v, i) => normaliseVault(v, `/vaults/${i}`, notes, origin));
  const roleAssignments = (raw.roleAssignments ?? []).map(normaliseAssignment);
  const roleDefinitions = /* @__PURE__ */ new Map();
  for (const r of BUILTIN_ROLES)
    roleDefinitions.set(r.guid, r);
  (raw.roleDefinitions ?? []).forEach((d, i) => {
    const def = normaliseDefinition(d, `/roleDefinitions/${i}`);
    roleDefinitions.set(def.guid, def);
  });
  const inc = raw.incomplete ?? {};
  const incomplete = {
    ...emptyIncompleteness(),
    subscriptions: lowerSet(inc.subscriptions),
    identitySubscriptions: lowerSet(inc.identitySubscriptions),
    vaultRoleAssignments: lowerSet(inc.vaultRoleAssignments),
    federatedCredentials: lowerSet(inc.federatedCredentials),
    roleDefinitions: new Set((inc.roleDefinitions ?? []).map(roleGuid)),
    vmssSubscriptions: lowerSet(inc.vmssSubscriptions),
    vaultContents: lowerSet(inc.vaultContents)
  };
  let vaultContents;
  try {
    vaultContents = normaliseVaultContents(raw);
  } catch (err) {
    if (err instanceof VaultItemError)
      throw new NormaliseError(err.pointer, err.message);
    throw err;
  }
  return {
    origin,
    provided,
    vaults,
    roleAssignments,
    roleDefinitions,
    identities: (raw.identities ?? []).map(normaliseIdentity),
    servicePrincipals: (raw.servicePrincipals ?? []).map((s, i) => normaliseSp(s, `/servicePrincipals/${i}`)),
    vmss: (raw.vmss ?? []).map(normaliseVmss),
    federatedCredentials: (raw.federatedCredentials ?? []).map((f, i) => normaliseFic(f, `/federatedCredentials/${i}`)),
    vaultContents,
    incomplete,
    notifications: notes
  };
}

export {
  BUILTIN_ROLES,
  NormaliseError,
  normaliseState
};
