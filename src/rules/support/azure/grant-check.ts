// The read-grant decision shared by grant-missing and grant-wrong-model: for each Azure SPC whose vault is in
// the state, each principal that must read it, and each object type it mounts, is there an effective grant
// under the vault's permission model? "Unknown" (unreadable assignments, unknown custom roles) yields nothing.
import type { RelatedReport, Skip } from '../../contract.js';
import type { RuleData } from '../pods.js';
import type { FieldPath } from '../../../model/types.js';
import type { SpcView } from '../../../model/spc.js';
import { resolveIdentity, type Principal } from '../../../model/identity-resolution.js';
import { evaluateAccess } from './permissions.js';
import { azureChecks, needsOf, TYPE_LABEL, vaultObject, vaultOf } from './rule-support.js';
import { grantRemedy } from './remedy.js';
import type { Remedy } from '../../../model/remedy.js';

interface GrantProblemBase {
  readonly spc: SpcView;
  readonly path: FieldPath;
  readonly principal: Principal;
  /** principal, types, vault, permissions, and role (RBAC) or objectId (access policies); roles for roleOnPolicyVault. */
  readonly data: Readonly<Record<string, string>>;
  readonly related: RelatedReport[];
  /** The least-privilege grant under the vault's model (src/rules/support/azure/remedy.ts). */
  readonly remedy: Remedy;
}

/** A problem and the message id its rule (grant-missing, grant-wrong-model) words it with. */
export type GrantProblem = GrantProblemBase &
  (
    | { readonly kind: 'missing'; readonly messageId: 'missingRole' | 'missingPolicy' | 'missingPolicyOtherTenant' }
    | { readonly kind: 'wrong-model'; readonly messageId: 'policyOnRbacVault' | 'roleOnPolicyVault' }
  );

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
      const rbac = ev.model === 'rbac';
      const data = {
        principal: principal.label,
        types: types(missing),
        vault: vault.name,
        permissions: lacks(missing),
        ...(rbac
          ? { role: missing.some((r) => r.need.objectType !== 'secret') ? 'Certificate User' : 'Secrets User' }
          : { objectId: principal.principalIds[0] ?? '(none)' }),
      };
      const wrongModel = otherModel.length === missing.length;
      const remedy = grantRemedy(state, vault, principal, missing.map((r) => r.need), wrongModel, res.mode);
      if (wrongModel) {
        const roles = otherModel.flatMap((r) => r.rbacVia).filter((v, i, a) => a.indexOf(v) === i).join(', ');
        out.push({ kind: 'wrong-model', spc, path: res.path, principal, messageId: rbac ? 'policyOnRbacVault' : 'roleOnPolicyVault', data: rbac ? data : { ...data, roles }, related, remedy });
      } else {
        // An access policy for the principal under another tenant does not count; the message says it exists.
        const messageId = rbac ? 'missingRole' : ev.otherTenantPolicies.length > 0 ? 'missingPolicyOtherTenant' : 'missingPolicy';
        out.push({ kind: 'missing', spc, path: res.path, principal, messageId, data, related, remedy });
      }
    }
  }
  return out;
}

/**
 * Grant checks that cannot run (grant-missing and grant-wrong-model say so, one note per cause): the vault is in the
 * state only as a summary, a principal cannot be resolved, or its role assignments or custom role definitions are
 * not known. The remedy names the command that adds what is missing (after a live read: the read that failed).
 */
export function grantSkips(data: RuleData): Skip[] {
  const out: Skip[] = [];
  for (const { spc, state } of azureChecks(data.inventory)) {
    const vault = vaultOf(state, spc);
    if (!vault || needsOf(spc).length === 0) continue;
    const o = spc.object;
    const subject = `${o.source.kind === 'file' ? o.source.file.relPath : 'live'}|${o.namespace ?? ''}/${o.name ?? ''}`;
    const live = state.origin === 'arm';
    if (!vault.detailed) {
      out.push({
        cause: 'vault-summary-only',
        reason: `key vault ${vault.name} is known only by its summary (no permission model, tenant or grants)`,
        remedy: live ? `give the reading identity Reader on key vault ${vault.name} (ARM returned only its summary)` : `\`az keyvault show --name ${vault.name}\` into the state's vaults (\`az keyvault list\` without --resource-group prints only a summary)`,
        subject,
        object: o,
      });
      continue;
    }
    const res = resolveIdentity(data, state, spc);
    for (const u of res.unknown) out.push({ ...u, subject, object: o });
    const needs = needsOf(spc);
    for (const p of res.principals) {
      const ev = evaluateAccess(state, vault, p.principalIds, needs);
      if (!ev.results.some((r) => r.effective === 'unknown')) continue;
      const who = `${subject}|${p.label}`;
      if (ev.rbacIncomplete) {
        out.push({
          cause: 'role-assignments-missing',
          reason: live ? `the role assignments on key vault ${vault.name} could not be read from ARM` : `the role assignments on key vault ${vault.name} are not in the state`,
          remedy: live ? 'the role assignment read that failed (see the Azure notification) must succeed: Reader on the vault suffices' : '`az role assignment list --all --include-inherited` into the state\'s roleAssignments',
          subject: who,
          object: o,
        });
      } else {
        const roles = [...new Set(ev.unresolvedRoles.map((a) => a.assignment.roleDefinitionGuid))].sort().join(', ');
        out.push({
          cause: 'role-definitions-missing',
          reason: live ? `role definition(s) ${roles} assigned on key vault ${vault.name} could not be read from ARM` : `role definition(s) ${roles} assigned on key vault ${vault.name} are not in the state`,
          remedy: live ? 'the role definition read that failed (see the Azure notification) must succeed' : '`az role definition list --custom-role-only true` into the state\'s roleDefinitions',
          subject: who,
          object: o,
        });
      }
    }
  }
  return out;
}
