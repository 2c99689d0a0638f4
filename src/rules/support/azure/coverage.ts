// Notes on what the Azure rules could not check (identity not resolvable, vault listed without details, grants
// undecidable), for the CLI to add to the run's notifications after loading the Azure state. Rules stay silent
// on these cases; this is how the user learns why.
import type { Inventory } from '../../../model/inventory.js';
import type { ToolNotification } from '../../../model/types.js';
import { deriveViews } from '../../../model/views.js';
import { resolveIdentity } from '../../../model/identity-resolution.js';
import { evaluateAccess } from './permissions.js';
import { azureChecks, needsOf, vaultOf } from './rule-support.js';

export function azureCoverageNotes(inventory: Inventory): ToolNotification[] {
  // Runs while sources are still being added, outside a rule run: it derives the views it needs itself.
  const data = { inventory, views: deriveViews(inventory) };
  const out: ToolNotification[] = [];
  const seen = new Set<string>();
  const note = (message: string): void => {
    if (seen.has(message)) return;
    seen.add(message);
    out.push({ id: 'azure-not-checked', level: 'note', message });
  };
  for (const { spc, state } of azureChecks(inventory)) {
    const name = `SecretProviderClass ${spc.object.namespace ? `${spc.object.namespace}/` : ''}${spc.object.name ?? '?'}`;
    const vault = vaultOf(state, spc);
    if (!vault) continue;
    if (!vault.detailed) {
      note(`${name}: grants on key vault ${vault.name} not checked: ${state.origin === 'arm' ? 'ARM returned only its summary' : 'the state has only its summary (use az keyvault show)'}`);
      continue;
    }
    // Unresolvable principals are told by grant-missing / grant-wrong-model themselves (ctx.skip, one note per cause).
    const res = resolveIdentity(data, state, spc);
    const needs = needsOf(spc);
    for (const p of res.principals) {
      const ev = evaluateAccess(state, vault, p.principalIds, needs);
      if (!ev.results.some((r) => r.effective === 'unknown')) continue;
      // After a live read the state file advice is wrong: the read itself failed (its notification says why).
      const live = state.origin === 'arm';
      const roles = ev.unresolvedRoles.map((a) => a.assignment.roleDefinitionGuid).join(', ');
      const why = ev.rbacIncomplete
        ? live
          ? 'its role assignments could not be read from ARM (see the Azure notification above)'
          : 'its role assignments are not in the state (add `az role assignment list --all --include-inherited`)'
        : live
          ? `role definition(s) ${roles} could not be read from ARM (see the Azure notification above)`
          : `role definition(s) ${roles} are not in the state (add \`az role definition list --custom-role-only true\`)`;
      note(`${name}: grants of ${p.label} on key vault ${vault.name} not checked: ${why}`);
    }
  }
  return out;
}
