import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);

// dist/src/azure/state.js
function roleGuid(roleDefinitionId) {
  const tail = roleDefinitionId.slice(roleDefinitionId.lastIndexOf("/") + 1);
  return tail.toLowerCase();
}
function scopeSegments(scope) {
  return scope.split("/").filter((s) => s.length > 0).map((s) => s.toLowerCase());
}
function parseResourceId(id) {
  const parts = id.split("/").filter((s) => s.length > 0);
  const out = {};
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i].toLowerCase();
    if (key === "subscriptions")
      out.subscription = parts[i + 1];
    else if (key === "resourcegroups")
      out.resourceGroup = parts[i + 1];
  }
  if (parts.length > 0)
    out.name = parts[parts.length - 1];
  return out;
}
function emptyIncompleteness() {
  return {
    subscriptions: /* @__PURE__ */ new Set(),
    identitySubscriptions: /* @__PURE__ */ new Set(),
    vaultRoleAssignments: /* @__PURE__ */ new Set(),
    federatedCredentials: /* @__PURE__ */ new Set(),
    roleDefinitions: /* @__PURE__ */ new Set(),
    vmssSubscriptions: /* @__PURE__ */ new Set(),
    vaultContents: /* @__PURE__ */ new Set()
  };
}

export {
  roleGuid,
  scopeSegments,
  parseResourceId,
  emptyIncompleteness
};
