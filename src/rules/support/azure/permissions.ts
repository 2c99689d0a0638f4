// Effective data-plane permissions of principals on a vault, computed from what the grants do — not from what
// the roles are called. Pure functions over AzureState.
//
// RBAC: role assignments whose scope is the vault or an ancestor (whole path segments, case-insensitive;
// management-group and root scopes only appear in a listing when they are inherited, so they always apply),
// role definitions found by trailing GUID, dataActions matched with `*` wildcards minus the same permission
// block's notDataActions. Access policies: only entries whose tenantId equals the vault's. Which of the two
// counts is decided by enableRbacAuthorization (absent = false = access policies).
import { scopeSegments, type AccessPolicy, type AzureState, type RoleAssignment, type RoleDefinition, type Vault } from '../../../model/azure-state.js';

export type ObjectType = 'secret' | 'key' | 'cert';
export type PermissionModel = 'rbac' | 'accessPolicy';
export type Tri = 'granted' | 'missing' | 'unknown';

const KV = 'Microsoft.KeyVault/vaults';

/** What the provider calls for each object type, as an RBAC data action and an access-policy permission. */
export interface Need {
  readonly objectType: ObjectType;
  /** True when `objectVersionHistory` > 1 (the provider lists versions). */
  readonly history: boolean;
}

interface NeedSpec {
  readonly dataAction: string;
  readonly policyKind: 'secrets' | 'keys' | 'certificates';
  readonly policyPermission: 'get' | 'list';
}

/** The RBAC data action(s) and access-policy permission(s) one need translates to. */
export function needSpecs(need: Need): NeedSpec[] {
  const out: NeedSpec[] = [];
  switch (need.objectType) {
    case 'secret':
      out.push({ dataAction: `${KV}/secrets/getSecret/action`, policyKind: 'secrets', policyPermission: 'get' });
      if (need.history) out.push({ dataAction: `${KV}/secrets/readMetadata/action`, policyKind: 'secrets', policyPermission: 'list' });
      break;
    case 'cert':
      // certificates/read covers get and listing versions.
      out.push({ dataAction: `${KV}/certificates/read`, policyKind: 'certificates', policyPermission: 'get' });
      if (need.history) out.push({ dataAction: `${KV}/certificates/read`, policyKind: 'certificates', policyPermission: 'list' });
      break;
    case 'key':
      out.push({ dataAction: `${KV}/keys/read`, policyKind: 'keys', policyPermission: 'get' });
      if (need.history) out.push({ dataAction: `${KV}/keys/read`, policyKind: 'keys', policyPermission: 'list' });
      break;
  }
  return out;
}

/** Azure action-pattern match: case-insensitive, `*` matches any run of characters (including `/`). */
export function actionMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes('*')) return p === a;
  const parts = p.split('*');
  if (!a.startsWith(parts[0]!)) return false;
  let pos = parts[0]!.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const at = a.indexOf(parts[i]!, pos);
    if (at < 0) return false;
    pos = at + parts[i]!.length;
  }
  const last = parts[parts.length - 1]!;
  return a.length - pos >= last.length && a.endsWith(last);
}

/** True when the role definition allows the data action (per permission block: dataActions minus notDataActions). */
export function roleAllowsDataAction(def: RoleDefinition, action: string): boolean {
  return def.permissions.some(
    (p) => p.dataActions.some((d) => actionMatches(d, action)) && !p.notDataActions.some((n) => actionMatches(n, action)),
  );
}

/** True when the assignment's scope is the vault's id or an ancestor of it. */
export function scopeCovers(scope: string, resourceId: string): boolean {
  const s = scopeSegments(scope);
  if (s.length === 0) return true; // root scope "/"
  if (s[0] === 'providers' && s[1] === 'microsoft.management') return true; // management group: listed only when inherited
  const r = scopeSegments(resourceId);
  if (s.length > r.length) return false;
  return s.every((seg, i) => seg === r[i]);
}

export interface AppliedAssignment {
  readonly assignment: RoleAssignment;
  /** Undefined when the role definition is neither built in nor in the state (a custom role not exported). */
  readonly definition: RoleDefinition | undefined;
  /** True when assigned above the vault (resource group, subscription, management group). */
  readonly inherited: boolean;
}

/** Role assignments of these principals that apply to the vault. */
export function assignmentsOn(state: AzureState, vault: Vault, principalIds: readonly string[]): AppliedAssignment[] {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const vaultSegs = scopeSegments(vault.id).length;
  return state.roleAssignments
    .filter((a) => ids.has(a.principalId) && scopeCovers(a.scope, vault.id))
    .map((a) => ({
      assignment: a,
      definition: state.roleDefinitions.get(a.roleDefinitionGuid),
      inherited: scopeSegments(a.scope).length < vaultSegs,
    }));
}

/** Access policies of these principals, split by whether their tenant matches the vault's. */
export function policiesOf(vault: Vault, principalIds: readonly string[]): { matching: AccessPolicy[]; otherTenant: AccessPolicy[] } {
  const ids = new Set(principalIds.map((p) => p.toLowerCase()));
  const mine = vault.accessPolicies.filter((p) => ids.has(p.objectId.toLowerCase()));
  const tenant = (vault.tenantId ?? '').toLowerCase();
  return {
    matching: mine.filter((p) => p.tenantId.toLowerCase() === tenant),
    otherTenant: mine.filter((p) => p.tenantId.toLowerCase() !== tenant),
  };
}

export interface NeedResult {
  readonly need: Need;
  readonly rbac: Tri;
  readonly policy: Tri;
  /** The one the vault enforces. */
  readonly effective: Tri;
  /** Human labels of what grants it under RBAC, e.g. `Key Vault Secrets User at resource group rg1`. */
  readonly rbacVia: readonly string[];
  /** What the request lacks, e.g. `Microsoft.KeyVault/vaults/secrets/getSecret/action` or `secrets get`. */
  readonly missingRbac: readonly string[];
  readonly missingPolicy: readonly string[];
}

export interface AccessEvaluation {
  readonly model: PermissionModel;
  readonly results: readonly NeedResult[];
  /** Access policies of the principals whose tenantId differs from the vault's (they never count). */
  readonly otherTenantPolicies: readonly AccessPolicy[];
  /** Role assignments whose definition is unknown (custom role not in the state). */
  readonly unresolvedRoles: readonly AppliedAssignment[];
  /** True when the vault's role assignments could not be (fully) read. */
  readonly rbacIncomplete: boolean;
}

/** Names a scope for messages: `the vault`, `resource group rg1`, `subscription 0000…`, `management group mg`. */
export function describeScope(scope: string): string {
  const segs = scope.split('/').filter((s) => s);
  if (segs.length === 0) return 'the root scope';
  const lower = segs.map((s) => s.toLowerCase());
  const rg = lower.indexOf('resourcegroups');
  const prov = lower.indexOf('providers');
  if (lower[0] === 'providers' && lower[1] === 'microsoft.management') return `management group ${segs[segs.length - 1]}`;
  if (prov > 0) return `the vault`;
  if (rg > 0) return `resource group ${segs[rg + 1]}`;
  if (lower[0] === 'subscriptions') return `subscription ${segs[1]}`;
  return scope;
}

function label(a: AppliedAssignment): string {
  const name = a.definition?.roleName ?? a.assignment.roleDefinitionName ?? a.assignment.roleDefinitionGuid;
  return `${name} at ${describeScope(a.assignment.scope)}`;
}

/** Whether role assignments are known for this vault at all. */
export function rbacKnown(state: AzureState, vault: Vault): boolean {
  return state.provided.has('roleAssignments') && !state.incomplete.vaultRoleAssignments.has(vault.id.toLowerCase());
}

/**
 * Evaluates each need for the principals (all of which are one identity's ids, e.g. a principal id; grants of
 * any of them count). The vault must be `detailed`.
 */
export function evaluateAccess(state: AzureState, vault: Vault, principalIds: readonly string[], needs: readonly Need[]): AccessEvaluation {
  const model: PermissionModel = vault.enableRbacAuthorization ? 'rbac' : 'accessPolicy';
  const applied = assignmentsOn(state, vault, principalIds);
  const unresolvedRoles = applied.filter((a) => a.definition === undefined);
  const known = rbacKnown(state, vault);
  const { matching, otherTenant } = policiesOf(vault, principalIds);
  const results = needs.map((need): NeedResult => {
    const specs = needSpecs(need);
    const rbacVia = new Set<string>();
    const missingRbac: string[] = [];
    for (const spec of specs) {
      const grants = applied.filter((a) => a.definition && roleAllowsDataAction(a.definition, spec.dataAction));
      grants.forEach((g) => rbacVia.add(label(g)));
      if (grants.length === 0 && !missingRbac.includes(spec.dataAction)) missingRbac.push(spec.dataAction);
    }
    const missingPolicy = specs
      .filter((s) => !matching.some((p) => p.permissions[s.policyKind].some((perm) => perm === s.policyPermission || perm === 'all')))
      .map((s) => `${s.policyKind} ${s.policyPermission}`);
    const rbac: Tri = missingRbac.length === 0 ? 'granted' : !known || unresolvedRoles.length > 0 ? 'unknown' : 'missing';
    const policy: Tri = missingPolicy.length === 0 ? 'granted' : 'missing';
    return { need, rbac, policy, effective: model === 'rbac' ? rbac : policy, rbacVia: [...rbacVia], missingRbac, missingPolicy };
  });
  return { model, results, otherTenantPolicies: otherTenant, unresolvedRoles, rbacIncomplete: !known };
}

// ---- excessive grants ----

/** Data actions beyond reading: holding any of them on the vault is more than a CSI mount needs. */
export const WRITE_PROBES: readonly string[] = [
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
  `${KV}/certificates/import/action`,
];

/** Access-policy permissions that only read (everything else on secrets/keys/certificates is excessive). */
const READ_PERMISSIONS = new Set([
  'get',
  'list',
  'getissuers',
  'listissuers',
  'getrotationpolicy',
  // Crypto operations use a key without changing the vault.
  'encrypt',
  'decrypt',
  'wrapkey',
  'unwrapkey',
  'sign',
  'verify',
]);

const PRIVILEGED_ROLE_NAME = /\b(officer|administrator|owner)\b/i;

export interface ExcessiveGrant {
  /** `role` or `accessPolicy`. */
  readonly via: PermissionModel;
  /** e.g. `Key Vault Secrets Officer at resource group rg1` or `access policy secrets: set, delete`. */
  readonly description: string;
  /** The grant itself, for the remedy that removes or reduces it. */
  readonly assignment?: AppliedAssignment;
  readonly policy?: AccessPolicy;
}

/** Grants beyond reads under the model the vault enforces (grants it ignores are not a risk on this vault). */
export function excessiveGrants(state: AzureState, vault: Vault, principalIds: readonly string[]): ExcessiveGrant[] {
  const out: ExcessiveGrant[] = [];
  if (vault.enableRbacAuthorization) {
    for (const a of assignmentsOn(state, vault, principalIds)) {
      const def = a.definition;
      const name = def?.roleName ?? a.assignment.roleDefinitionName ?? '';
      const writes = def ? WRITE_PROBES.filter((w) => roleAllowsDataAction(def, w)) : [];
      if (writes.length > 0 || PRIVILEGED_ROLE_NAME.test(name)) {
        const what = writes.length > 0 ? ` (allows ${writes.map((w) => w.slice(KV.length + 1)).join(', ')})` : '';
        out.push({ via: 'rbac', description: `${label(a)}${what}`, assignment: a });
      }
    }
  } else {
    for (const p of policiesOf(vault, principalIds).matching) {
      const parts: string[] = [];
      for (const kind of ['secrets', 'keys', 'certificates'] as const) {
        const extra = p.permissions[kind].filter((perm) => !READ_PERMISSIONS.has(perm));
        if (extra.length > 0) parts.push(`${kind}: ${extra.join(', ')}`);
      }
      if (parts.length > 0) out.push({ via: 'accessPolicy', description: `access policy ${parts.join('; ')}`, policy: p });
    }
  }
  return out;
}
