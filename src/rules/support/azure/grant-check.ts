// The read-grant decision shared by grant-missing and grant-wrong-model: for each Azure SPC whose vault is in
// the state, each principal that must read it, and each object type it mounts, is there an effective grant
// under the vault's permission model? "Unknown" (unreadable assignments, unknown custom roles) yields nothing.
import type { RelatedReport } from '../../contract.js';
import type { RuleData } from '../pods.js';
import type { FieldPath } from '../../../model/types.js';
import type { SpcView } from '../../../model/spc.js';
import { resolveIdentity, type Principal } from './identity-resolution.js';
import { evaluateAccess } from './permissions.js';
import { azureChecks, needsOf, TYPE_LABEL, vaultObject, vaultOf } from './rule-support.js';

export interface GrantProblem {
  readonly kind: 'missing' | 'wrong-model';
  readonly spc: SpcView;
  readonly path: FieldPath;
  readonly principal: Principal;
  readonly message: string;
  readonly related: RelatedReport[];
}

/** Grant problems of every checkable SPC; grant-missing and grant-wrong-model share one computation (ctx.once). */
export function grantProblems(data: RuleData): GrantProblem[] {
  const inventory = data.inventory;
  const out: GrantProblem[] = [];
  for (const { spc, state } of azureChecks(inventory)) {
    const vault = vaultOf(state, spc);
    if (!vault?.detailed) continue;
    const needs = needsOf(spc);
    if (needs.length === 0) continue;
    const res = resolveIdentity(data, state, spc);
    const modelName = vault.enableRbacAuthorization ? 'Azure RBAC' : 'access policies';
    const related: RelatedReport[] = [
      {
        object: vaultObject(vault),
        path: ['properties', 'enableRbacAuthorization'],
        message: `key vault ${vault.name} uses ${modelName}${vault.enableRbacAuthorization ? '' : ' (enableRbacAuthorization is not true)'}`,
      },
    ];
    for (const principal of res.principals) {
      const ev = evaluateAccess(state, vault, principal.principalIds, needs);
      const missing = ev.results.filter((r) => r.effective === 'missing');
      if (missing.length === 0) continue;
      const otherModel = missing.filter((r) => (ev.model === 'rbac' ? r.policy : r.rbac) === 'granted');
      const types = (rs: typeof missing) => rs.map((r) => TYPE_LABEL[r.need.objectType] + (r.need.history ? ' (with version history)' : '')).join(', ');
      const lacks = (rs: typeof missing) =>
        rs.flatMap((r) => (ev.model === 'rbac' ? r.missingRbac : r.missingPolicy)).filter((v, i, a) => a.indexOf(v) === i).join(', ');
      const hint =
        ev.model === 'rbac'
          ? `assign a role that includes ${lacks(missing)} (e.g. Key Vault ${missing.some((r) => r.need.objectType !== 'secret') ? 'Certificate User' : 'Secrets User'}) at the vault scope`
          : `add an access policy with ${lacks(missing)} for object id ${principal.principalIds[0] ?? '(none)'}`;
      const tenantNote =
        ev.model === 'accessPolicy' && ev.otherTenantPolicies.length > 0 ? ' (an access policy exists for it but names another tenant, so it does not count)' : '';
      if (otherModel.length === missing.length) {
        const via = ev.model === 'rbac' ? 'only through an access policy, which an RBAC vault ignores' : `only through ${otherModel.flatMap((r) => r.rbacVia).filter((v, i, a) => a.indexOf(v) === i).join(', ')}, which an access-policy vault ignores`;
        out.push({
          kind: 'wrong-model',
          spc,
          path: res.path,
          principal,
          message: `${principal.label} can read ${types(missing)} in key vault ${vault.name} ${via}; ${hint}, or switch the vault's permission model`,
          related,
        });
      } else {
        out.push({
          kind: 'missing',
          spc,
          path: res.path,
          principal,
          message: `${principal.label} cannot read ${types(missing)} in key vault ${vault.name} (${modelName})${tenantNote}; ${hint}`,
          related,
        });
      }
    }
  }
  return out;
}
