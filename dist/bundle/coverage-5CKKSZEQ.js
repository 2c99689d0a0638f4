import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  deriveViews
} from "./chunk-MNRA6QIC.js";
import {
  evaluateAccess,
  resolveIdentity
} from "./chunk-P4EUQCNS.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-ROWJY5MV.js";
import {
  azureChecks,
  needsOf,
  vaultOf
} from "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/rules/support/azure/coverage.js
function azureCoverageNotes(inventory) {
  const data = { inventory, views: deriveViews(inventory) };
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
      note(`${name}: grants on key vault ${vault.name} not checked: ${state.origin === "arm" ? "ARM returned only its summary" : "the state has only its summary (use az keyvault show)"}`);
      continue;
    }
    const res = resolveIdentity(data, state, spc);
    for (const u of res.unknown)
      note(`${name}: grants not checked: ${u}`);
    const needs = needsOf(spc);
    for (const p of res.principals) {
      const ev = evaluateAccess(state, vault, p.principalIds, needs);
      if (!ev.results.some((r) => r.effective === "unknown"))
        continue;
      const live = state.origin === "arm";
      const roles = ev.unresolvedRoles.map((a) => a.assignment.roleDefinitionGuid).join(", ");
      const why = ev.rbacIncomplete ? live ? "its role assignments could not be read from ARM (see the Azure notification above)" : "its role assignments are not in the state (add `az role assignment list --all --include-inherited`)" : live ? `role definition(s) ${roles} could not be read from ARM (see the Azure notification above)` : `role definition(s) ${roles} are not in the state (add \`az role definition list --custom-role-only true\`)`;
      note(`${name}: grants of ${p.label} on key vault ${vault.name} not checked: ${why}`);
    }
  }
  return out;
}
export {
  azureCoverageNotes
};
