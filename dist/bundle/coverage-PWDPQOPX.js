import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  azureChecks,
  evaluateAccess,
  needsOf,
  resolveIdentity,
  vaultOf
} from "./chunk-S62IMT4L.js";
import "./chunk-E25BTTLQ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";

// dist/src/azure/coverage.js
function azureCoverageNotes(inventory) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const note = (message) => {
    if (seen.has(message))
      return;
    seen.add(message);
    out.push({ id: "azure-not-checked", level: "note", message });
  };
  for (const { spc, state } of azureChecks(inventory)) {
    const name = `SecretProviderClass ${spc.object.namespace ? `${spc.object.namespace}/` : ""}${spc.object.name ?? "?"}`;
    const vault = vaultOf(state, spc);
    if (!vault)
      continue;
    if (!vault.detailed) {
      note(`${name}: grants on key vault ${vault.name} not checked: the state has only its summary (use az keyvault show)`);
      continue;
    }
    const res = resolveIdentity(inventory, state, spc);
    for (const u of res.unknown)
      note(`${name}: grants not checked: ${u}`);
    const needs = needsOf(spc);
    for (const p of res.principals) {
      const ev = evaluateAccess(state, vault, p.principalIds, needs);
      if (!ev.results.some((r) => r.effective === "unknown"))
        continue;
      const why = ev.rbacIncomplete ? "its role assignments are not in the state (add `az role assignment list --all --include-inherited`)" : `role definition(s) ${ev.unresolvedRoles.map((a) => a.assignment.roleDefinitionGuid).join(", ")} are not in the state (add \`az role definition list --custom-role-only true\`)`;
      note(`${name}: grants of ${p.label} on key vault ${vault.name} not checked: ${why}`);
    }
  }
  return out;
}
export {
  azureCoverageNotes
};
