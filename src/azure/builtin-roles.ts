// Built-in Azure roles the linter knows without a role-definitions list: the Key Vault data-plane roles
// (field-guide §4, from MicrosoftDocs built-in-roles/security.md) plus the broad control-plane roles whose
// names matter for excessive-grant detection. GUIDs are global: the same in every tenant and subscription.
import type { RoleDefinition } from '../model/azure-state.js';

const KV = 'Microsoft.KeyVault/vaults';

function role(guid: string, roleName: string, dataActions: string[], actions: string[] = [], notActions: string[] = []): RoleDefinition {
  return {
    id: `/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
    guid,
    roleName,
    roleType: 'BuiltInRole',
    permissions: [{ actions, notActions, dataActions, notDataActions: [] }],
    builtIn: true,
  };
}

export const BUILTIN_ROLES: readonly RoleDefinition[] = [
  role('00482a5a-887f-4fb3-b363-3b7fe8e74483', 'Key Vault Administrator', [`${KV}/*`], ['Microsoft.KeyVault/vaults/*/read']),
  role('db79e9a7-68ee-4b58-9aeb-b90e7c24fcba', 'Key Vault Certificate User', [
    `${KV}/certificates/read`,
    `${KV}/secrets/getSecret/action`,
    `${KV}/secrets/readMetadata/action`,
    `${KV}/keys/read`,
  ]),
  role('a4417e6f-fecd-4de8-b567-7b0420556985', 'Key Vault Certificates Officer', [
    `${KV}/certificatecas/*`,
    `${KV}/certificates/*`,
    `${KV}/certificatecontacts/write`,
  ]),
  role('f25e0fa2-a7c8-4377-a976-54943a77a395', 'Key Vault Contributor', [], ['Microsoft.KeyVault/*']),
  role('14b46e9e-c2b7-41b4-b07b-48a6ebf60603', 'Key Vault Crypto Officer', [`${KV}/keys/*`, `${KV}/keyrotationpolicies/*`]),
  role('e147488a-f6f5-4113-8e2d-b22465e65bf6', 'Key Vault Crypto Service Encryption User', [
    `${KV}/keys/read`,
    `${KV}/keys/wrap/action`,
    `${KV}/keys/unwrap/action`,
  ]),
  role('08bbd89e-9f13-488c-ac41-acfcb10c90ab', 'Key Vault Crypto Service Release User', [`${KV}/keys/release/action`]),
  role('12338af0-0e69-4776-bea7-57ae8d297424', 'Key Vault Crypto User', [
    `${KV}/keys/read`,
    `${KV}/keys/update/action`,
    `${KV}/keys/backup/action`,
    `${KV}/keys/encrypt/action`,
    `${KV}/keys/decrypt/action`,
    `${KV}/keys/wrap/action`,
    `${KV}/keys/unwrap/action`,
    `${KV}/keys/sign/action`,
    `${KV}/keys/verify/action`,
  ]),
  role('8b54135c-b56d-4d72-a534-26097cfdc8d8', 'Key Vault Data Access Administrator', [], [
    'Microsoft.Authorization/roleAssignments/write',
    'Microsoft.Authorization/roleAssignments/delete',
  ]),
  role('21090545-7ca7-4776-b22c-e363652d74d2', 'Key Vault Reader', [`${KV}/*/read`, `${KV}/secrets/readMetadata/action`]),
  role('b86a8fe4-44ce-4948-aee5-eccb2c155cd7', 'Key Vault Secrets Officer', [`${KV}/secrets/*`]),
  role('4633458b-17de-408a-b874-0445c86b69e6', 'Key Vault Secrets User', [`${KV}/secrets/getSecret/action`, `${KV}/secrets/readMetadata/action`]),
  // Control-plane roles: no data access on an RBAC vault, but Owner / User Access Administrator can grant
  // themselves any role, and they are what "Owner-style" means in grant-excessive.
  role('8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Owner', [], ['*']),
  role('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', 'User Access Administrator', [], ['*/read', 'Microsoft.Authorization/*']),
  role('b24988ac-6180-42a0-ab88-20f7382dd24c', 'Contributor', [], ['*'], [
    'Microsoft.Authorization/*/Delete',
    'Microsoft.Authorization/*/Write',
    'Microsoft.Authorization/elevateAccess/Action',
  ]),
  role('acdd72a7-3385-48ef-bd42-f606fba81ae7', 'Reader', [], ['*/read']),
];
