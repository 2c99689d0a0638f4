// The normalised Azure state the Azure rules read: vaults, role assignments, role definitions (merged with the
// built-in Key Vault roles), identities, service principals, node-pool VMSS and federated credentials — plus a
// record of what is known to be incomplete, so a rule never reports a missing grant it could not see.
// Both sources produce it: the state file (src/azure/state-file.ts) and live ARM (src/azure/arm-source.ts).
import type { ToolNotification } from './types.js';

/** Access-policy permissions, lower-cased (the CLI prints `Get` as often as `get`). */
export interface PolicyPermissions {
  readonly keys: readonly string[];
  readonly secrets: readonly string[];
  readonly certificates: readonly string[];
  readonly storage: readonly string[];
}

export interface AccessPolicy {
  readonly tenantId: string;
  readonly objectId: string;
  readonly applicationId?: string;
  readonly permissions: PolicyPermissions;
}

export interface NetworkAcls {
  /** `Allow` | `Deny`, as printed; compare case-insensitively. */
  readonly defaultAction?: string;
  readonly bypass?: string;
  readonly ipRules: readonly string[];
  readonly virtualNetworkRules: readonly string[];
}

export interface Vault {
  readonly id: string;
  readonly name: string;
  readonly resourceGroup?: string;
  readonly subscription?: string;
  /**
   * False when the entry came without `properties` (e.g. `az keyvault list` without `--resource-group`, which
   * prints only a resource summary): the vault exists, but tenant, model and grants are unknown.
   */
  readonly detailed: boolean;
  readonly tenantId?: string;
  /** Permission model: absent/null means false (access policies), per the ARM spec. */
  readonly enableRbacAuthorization: boolean;
  readonly accessPolicies: readonly AccessPolicy[];
  readonly networkAcls?: NetworkAcls;
  readonly publicNetworkAccess?: string;
  readonly privateEndpointConnections: number;
}

export interface RoleAssignment {
  readonly id?: string;
  readonly principalId: string;
  readonly principalType?: string;
  /** As printed: bare `/providers/...` or subscription-qualified. Match on `roleDefinitionGuid`. */
  readonly roleDefinitionId: string;
  /** Lower-case trailing GUID of roleDefinitionId. */
  readonly roleDefinitionGuid: string;
  readonly roleDefinitionName?: string;
  readonly scope: string;
  readonly condition?: string;
}

export interface RolePermission {
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly dataActions: readonly string[];
  readonly notDataActions: readonly string[];
}

export interface RoleDefinition {
  readonly id: string;
  /** Lower-case GUID. */
  readonly guid: string;
  readonly roleName: string;
  readonly roleType?: string;
  readonly permissions: readonly RolePermission[];
  /** True for the definitions the tool knows without a list (src/azure/builtin-roles.ts). */
  readonly builtIn: boolean;
}

export interface Identity {
  readonly id?: string;
  readonly name?: string;
  readonly clientId: string;
  readonly principalId: string;
  readonly tenantId?: string;
  readonly resourceGroup?: string;
}

export interface ServicePrincipal {
  /** Object id: what role assignments and access policies name. */
  readonly id: string;
  readonly appId: string;
  readonly displayName?: string;
}

export interface Vmss {
  readonly id?: string;
  readonly name: string;
  readonly identity?: {
    readonly type?: string;
    /** The system-assigned identity's principal id. */
    readonly principalId?: string;
    readonly userAssigned: readonly { readonly id: string; readonly clientId?: string; readonly principalId?: string }[];
  };
}

export interface FederatedCredential {
  /** Resource id of the user-assigned identity it belongs to. */
  readonly identityId: string;
  readonly name?: string;
  readonly issuer: string;
  readonly subject: string;
  readonly audiences: readonly string[];
}

export type StateCollection =
  | 'vaults'
  | 'roleAssignments'
  | 'roleDefinitions'
  | 'identities'
  | 'servicePrincipals'
  | 'vmss'
  | 'federatedCredentials'
  | 'secrets'
  | 'keys'
  | 'certificates';

/**
 * One object of a vault as a list prints it: names and attributes only (no value is ever read). `enabled`
 * undefined means not stated (Key Vault's default is enabled).
 */
export interface VaultItem {
  readonly name: string;
  readonly enabled?: boolean;
  readonly expires?: Date;
  readonly contentType?: string;
  /** Data plane: a secret or key that backs a certificate (`managed: true`). */
  readonly managed?: boolean;
}

/**
 * What is known of one vault's objects (src/azure/vault-contents.ts reads it; names are case-insensitive, keys
 * are lower-case). A list that was not read is undefined: unknown, never empty.
 */
export interface VaultContents {
  /** The vault name as the entries' ids spell it. */
  readonly vault: string;
  readonly secrets?: ReadonlyMap<string, VaultItem>;
  readonly keys?: ReadonlyMap<string, VaultItem>;
  readonly certificates?: ReadonlyMap<string, VaultItem>;
  /**
   * True when the secret and key lists include the items that back certificates: always for the ARM lists, and
   * for `az keyvault ... list` only with --include-managed (seen as some item with `managed: true`).
   */
  readonly listsIncludeManaged: boolean;
  /** Known versions (lower-case) by lower-case object name, per kind; a name without an entry is unknown. */
  readonly secretVersions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly keyVersions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly certificateVersions: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What is known to be missing. Rules consult it through the helpers in src/azure/completeness.ts. */
export interface Incompleteness {
  /** Subscriptions whose vault list failed: a vault not found may live there. */
  readonly subscriptions: ReadonlySet<string>;
  /** Subscriptions whose identity list failed. */
  readonly identitySubscriptions: ReadonlySet<string>;
  /** Lower-case vault ids whose role assignments could not be read. */
  readonly vaultRoleAssignments: ReadonlySet<string>;
  /** Lower-case identity ids whose federated credentials could not be read. */
  readonly federatedCredentials: ReadonlySet<string>;
  /** Lower-case role definition GUIDs that could not be read. */
  readonly roleDefinitions: ReadonlySet<string>;
  /** Subscriptions whose scale sets (node pools) could not be read. */
  readonly vmssSubscriptions: ReadonlySet<string>;
  /** Lower-case vault names whose secrets or keys could not be listed: nothing is said about their objects. */
  readonly vaultContents: ReadonlySet<string>;
}

export interface AzureState {
  /** Where it came from: the state file path, or `arm` for a live read. */
  readonly origin: string;
  /** Who wrote the state file (`vvp-kv-lint snapshot`), when it says so: remedies then name that command. */
  readonly generator?: string;
  /** Collections that were present (a missing collection is unknown, not empty). */
  readonly provided: ReadonlySet<StateCollection>;
  readonly vaults: readonly Vault[];
  readonly roleAssignments: readonly RoleAssignment[];
  /** By lower-case GUID; built-in Key Vault roles always present, the file's/ARM's definitions override. */
  readonly roleDefinitions: ReadonlyMap<string, RoleDefinition>;
  readonly identities: readonly Identity[];
  readonly servicePrincipals: readonly ServicePrincipal[];
  readonly vmss: readonly Vmss[];
  readonly federatedCredentials: readonly FederatedCredential[];
  /** Objects of the vaults whose lists were read, by lower-case vault name. */
  readonly vaultContents: ReadonlyMap<string, VaultContents>;
  readonly incomplete: Incompleteness;
  /** Warnings found while reading (summary-only vaults, unknown role definitions ...). */
  readonly notifications: readonly ToolNotification[];
}

/** Trailing GUID of a role definition id, lower-cased (`/subscriptions/s/providers/.../roleDefinitions/<GUID>`). */
export function roleGuid(roleDefinitionId: string): string {
  const tail = roleDefinitionId.slice(roleDefinitionId.lastIndexOf('/') + 1);
  return tail.toLowerCase();
}

/** Path segments of an ARM id or scope, for case-insensitive whole-segment comparison. */
export function scopeSegments(scope: string): string[] {
  return scope
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => s.toLowerCase());
}

/** Subscription and resource group from an ARM resource id, when present. */
export function parseResourceId(id: string): { subscription?: string; resourceGroup?: string; name?: string } {
  const parts = id.split('/').filter((s) => s.length > 0);
  const out: { subscription?: string; resourceGroup?: string; name?: string } = {};
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i]!.toLowerCase();
    if (key === 'subscriptions') out.subscription = parts[i + 1];
    else if (key === 'resourcegroups') out.resourceGroup = parts[i + 1];
  }
  if (parts.length > 0) out.name = parts[parts.length - 1];
  return out;
}

export function emptyIncompleteness(): Incompleteness {
  return {
    subscriptions: new Set(),
    identitySubscriptions: new Set(),
    vaultRoleAssignments: new Set(),
    federatedCredentials: new Set(),
    roleDefinitions: new Set(),
    vmssSubscriptions: new Set(),
    vaultContents: new Set(),
  };
}
