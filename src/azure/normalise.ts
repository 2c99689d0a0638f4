// Turns the az-CLI-shaped state (already schema-checked) into the normalised AzureState: lower-cased
// permission names, role definition GUIDs, built-in roles merged in, identity ids derived where the CLI
// leaves them implicit, and the completeness record.
import type { ToolNotification } from '../model/types.js';
import { BUILTIN_ROLES } from './builtin-roles.js';
import { normaliseVaultContents, VaultItemError } from './vault-contents.js';
import {
  emptyIncompleteness,
  parseResourceId,
  roleGuid,
  type AccessPolicy,
  type AzureState,
  type FederatedCredential,
  type Identity,
  type Incompleteness,
  type NetworkAcls,
  type RoleAssignment,
  type RoleDefinition,
  type ServicePrincipal,
  type StateCollection,
  type Vault,
  type Vmss,
} from '../model/azure-state.js';

/** A problem a JSON schema cannot express, at a JSON pointer. */
export class NormaliseError extends Error {
  override readonly name = 'NormaliseError';
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

/** The state file as the schema admits it (az CLI shapes, extra fields allowed). */
export interface RawAzureState {
  $schema?: string;
  generator?: string;
  generatedAt?: string;
  subscriptions?: string[];
  incomplete?: {
    subscriptions?: string[];
    identitySubscriptions?: string[];
    vaultRoleAssignments?: string[];
    federatedCredentials?: string[];
    roleDefinitions?: string[];
    vmssSubscriptions?: string[];
    vaultContents?: string[];
  };
  vaults?: Obj[];
  roleAssignments?: Obj[];
  roleDefinitions?: Obj[];
  identities?: Obj[];
  servicePrincipals?: Obj[];
  vmss?: Obj[];
  federatedCredentials?: Obj[];
  secrets?: Obj[];
  keys?: Obj[];
  certificates?: Obj[];
  secretVersions?: Obj[];
  keyVersions?: Obj[];
  certificateVersions?: Obj[];
  contentVaults?: string[];
}

const GUID_TAIL = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function lower(v: unknown): string[] {
  return strings(v).map((s) => s.trim().toLowerCase());
}

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

function normaliseVault(raw: Obj, pointer: string, notes: ToolNotification[], origin: string): Vault {
  const id = String(raw['id']);
  const name = String(raw['name']);
  const parsed = parseResourceId(id);
  const props = obj(raw['properties']);
  const base = {
    id,
    name,
    resourceGroup: str(raw['resourceGroup']) ?? parsed.resourceGroup,
    subscription: parsed.subscription,
  };
  if (!props) {
    notes.push({
      id: 'azure-state-vault-summary',
      level: 'warning',
      message: `${origin}: vault ${name} (${pointer}) has no "properties" — \`az keyvault list\` without --resource-group prints only a summary; use \`az keyvault show\` so its tenant, permission model and grants can be checked.`,
      incomplete: true,
    });
    return { ...base, detailed: false, enableRbacAuthorization: false, accessPolicies: [], privateEndpointConnections: 0 };
  }
  const policies: AccessPolicy[] = (Array.isArray(props['accessPolicies']) ? (props['accessPolicies'] as Obj[]) : []).map((p) => {
    const perms = obj(p['permissions']) ?? {};
    const applicationId = str(p['applicationId']);
    return {
      tenantId: String(p['tenantId']),
      objectId: String(p['objectId']),
      ...(applicationId ? { applicationId } : {}),
      permissions: {
        keys: lower(perms['keys']),
        secrets: lower(perms['secrets']),
        certificates: lower(perms['certificates']),
        storage: lower(perms['storage']),
      },
    };
  });
  const acls = obj(props['networkAcls']);
  const networkAcls: NetworkAcls | undefined = acls
    ? {
        defaultAction: str(acls['defaultAction']),
        bypass: str(acls['bypass']),
        ipRules: (Array.isArray(acls['ipRules']) ? (acls['ipRules'] as Obj[]) : []).map((r) => String(r['value'])),
        virtualNetworkRules: (Array.isArray(acls['virtualNetworkRules']) ? (acls['virtualNetworkRules'] as Obj[]) : []).map((r) =>
          String(r['id']),
        ),
      }
    : undefined;
  return {
    ...base,
    detailed: true,
    tenantId: String(props['tenantId']),
    enableRbacAuthorization: props['enableRbacAuthorization'] === true,
    accessPolicies: policies,
    networkAcls,
    publicNetworkAccess: str(props['publicNetworkAccess']),
    privateEndpointConnections: Array.isArray(props['privateEndpointConnections']) ? props['privateEndpointConnections'].length : 0,
  };
}

function normaliseAssignment(raw: Obj): RoleAssignment {
  const roleDefinitionId = String(raw['roleDefinitionId']);
  return {
    id: str(raw['id']),
    principalId: String(raw['principalId']).toLowerCase(),
    principalType: str(raw['principalType']),
    roleDefinitionId,
    roleDefinitionGuid: roleGuid(roleDefinitionId),
    roleDefinitionName: str(raw['roleDefinitionName']),
    scope: String(raw['scope']),
    condition: str(raw['condition']),
  };
}

function normaliseDefinition(raw: Obj, pointer: string): RoleDefinition {
  const id = String(raw['id']);
  const name = str(raw['name']);
  const guid = GUID_TAIL.test(id) ? roleGuid(id) : name && GUID_TAIL.test(name) ? name.toLowerCase() : undefined;
  if (!guid) throw new NormaliseError(`${pointer}/id`, 'must end with the role definition GUID');
  return {
    id,
    guid,
    roleName: str(raw['roleName']) ?? guid,
    roleType: str(raw['roleType']) ?? str(raw['type']),
    permissions: (raw['permissions'] as Obj[]).map((p) => ({
      actions: strings(p['actions']),
      notActions: strings(p['notActions']),
      dataActions: strings(p['dataActions']),
      notDataActions: strings(p['notDataActions']),
    })),
    builtIn: false,
  };
}

function normaliseIdentity(raw: Obj): Identity {
  const id = str(raw['id']);
  return {
    id,
    name: str(raw['name']) ?? (id ? parseResourceId(id).name : undefined),
    clientId: String(raw['clientId']).toLowerCase(),
    principalId: String(raw['principalId']).toLowerCase(),
    tenantId: str(raw['tenantId']),
    resourceGroup: str(raw['resourceGroup']) ?? (id ? parseResourceId(id).resourceGroup : undefined),
  };
}

function normaliseSp(raw: Obj, pointer: string): ServicePrincipal {
  // Microsoft Graph (az ≥ 2.37) prints `id`; the older AAD Graph output had `objectId`.
  const id = str(raw['id']) ?? str(raw['objectId']);
  if (!id) throw new NormaliseError(`${pointer}/id`, 'is required (the service principal object id)');
  return { id: id.toLowerCase(), appId: String(raw['appId']).toLowerCase(), displayName: str(raw['displayName']) };
}

function normaliseVmss(raw: Obj): Vmss {
  const identity = obj(raw['identity']);
  const ua = obj(identity?.['userAssignedIdentities']) ?? {};
  return {
    id: str(raw['id']),
    name: String(raw['name']),
    identity: identity
      ? {
          type: str(identity['type']),
          principalId: str(identity['principalId'])?.toLowerCase(),
          userAssigned: Object.entries(ua).map(([id, v]) => {
            const o = obj(v) ?? {};
            return { id, clientId: str(o['clientId'])?.toLowerCase(), principalId: str(o['principalId'])?.toLowerCase() };
          }),
        }
      : undefined,
  };
}

const FIC_SEGMENT = '/federatedidentitycredentials/';

function normaliseFic(raw: Obj, pointer: string): FederatedCredential {
  let identityId = str(raw['identityId']);
  const id = str(raw['id']);
  if (!identityId && id) {
    // `az identity federated-credential list` prints `.../userAssignedIdentities/<uami>/federatedIdentityCredentials/<name>`.
    const at = id.toLowerCase().lastIndexOf(FIC_SEGMENT);
    if (at > 0) identityId = id.slice(0, at);
  }
  if (!identityId) {
    throw new NormaliseError(`${pointer}/identityId`, "is required (the identity's resource id) when id does not contain it");
  }
  return {
    identityId,
    name: str(raw['name']),
    issuer: String(raw['issuer']),
    subject: String(raw['subject']),
    audiences: strings(raw['audiences']),
  };
}

function lowerSet(v: string[] | undefined): Set<string> {
  return new Set((v ?? []).map((s) => s.toLowerCase()));
}

/** Normalises a schema-valid raw state. `origin` names it in notifications (file path or `arm`). */
export function normaliseState(raw: RawAzureState, origin: string): AzureState {
  const notes: ToolNotification[] = [];
  const provided = new Set<StateCollection>();
  for (const key of ['vaults', 'roleAssignments', 'roleDefinitions', 'identities', 'servicePrincipals', 'vmss', 'federatedCredentials', 'secrets', 'keys', 'certificates'] as const) {
    if (raw[key] !== undefined) provided.add(key);
  }
  const vaults = (raw.vaults ?? []).map((v, i) => normaliseVault(v, `/vaults/${i}`, notes, origin));
  const roleAssignments = (raw.roleAssignments ?? []).map(normaliseAssignment);
  const roleDefinitions = new Map<string, RoleDefinition>();
  for (const r of BUILTIN_ROLES) roleDefinitions.set(r.guid, r);
  (raw.roleDefinitions ?? []).forEach((d, i) => {
    const def = normaliseDefinition(d, `/roleDefinitions/${i}`);
    roleDefinitions.set(def.guid, def);
  });
  const inc = raw.incomplete ?? {};
  const incomplete: Incompleteness = {
    ...emptyIncompleteness(),
    subscriptions: lowerSet(inc.subscriptions),
    identitySubscriptions: lowerSet(inc.identitySubscriptions),
    vaultRoleAssignments: lowerSet(inc.vaultRoleAssignments),
    federatedCredentials: lowerSet(inc.federatedCredentials),
    roleDefinitions: new Set((inc.roleDefinitions ?? []).map(roleGuid)),
    vmssSubscriptions: lowerSet(inc.vmssSubscriptions),
    vaultContents: lowerSet(inc.vaultContents),
  };
  let vaultContents;
  try {
    vaultContents = normaliseVaultContents(raw);
  } catch (err) {
    if (err instanceof VaultItemError) throw new NormaliseError(err.pointer, err.message);
    throw err;
  }
  return {
    origin,
    ...(typeof raw.generator === 'string' ? { generator: raw.generator } : {}),
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
    notifications: notes,
  };
}
