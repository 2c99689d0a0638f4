// The Azure rules' remedies: what to do in Azure, computed from the state — the principal id (never a client
// id), the vault's id, resource group and permission model, what the principal already holds — so the plan in
// src/remediation/ never guesses. Where the state lacks something a certain fix needs, the step says so
// (PrincipalRef without an id, a `manual` step naming what is missing). Pure, and cheap: only runs with a state.
import { parseResourceId, type AccessPolicy, type AzureState, type Identity, type Vault } from '../../../model/azure-state.js';
import type { IdentityRef, PolicyKinds, ReadNeed, Remedy, RemedyStep, VaultRef } from '../../../model/remedy.js';
import type { Principal } from './identity-resolution.js';
import type { IdentityMode } from '../../../model/spc.js';
import { evaluateAccess, type AppliedAssignment, type Need } from './permissions.js';

/** A full ARM id of a vault: `/subscriptions/<s>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`. */
const VAULT_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+$/i;
const IDENTITY_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i;

export function vaultRef(vault: Vault): VaultRef {
  const full = VAULT_ID.test(vault.id);
  const parsed = full ? parseResourceId(vault.id) : {};
  return {
    ...(full ? { id: vault.id } : {}),
    name: vault.name,
    ...((vault.resourceGroup ?? parsed.resourceGroup) ? { resourceGroup: vault.resourceGroup ?? parsed.resourceGroup } : {}),
    ...((vault.subscription ?? parsed.subscription) ? { subscription: vault.subscription ?? parsed.subscription } : {}),
    ...(vault.tenantId ? { tenantId: vault.tenantId } : {}),
  };
}

export function identityRef(identity: Identity): IdentityRef | undefined {
  if (!identity.id || !IDENTITY_ID.test(identity.id)) return undefined;
  const parsed = parseResourceId(identity.id);
  return {
    id: identity.id,
    name: identity.name ?? parsed.name,
    ...((identity.resourceGroup ?? parsed.resourceGroup) ? { resourceGroup: identity.resourceGroup ?? parsed.resourceGroup } : {}),
    ...(parsed.subscription ? { subscription: parsed.subscription } : {}),
  };
}

function principalRef(p: Principal): { principalId?: string; label: string } {
  return { ...(p.principalIds[0] ? { principalId: p.principalIds[0] } : {}), label: p.label };
}

function kinds(p: AccessPolicy): PolicyKinds {
  return { secrets: p.permissions.secrets, keys: p.permissions.keys, certificates: p.permissions.certificates };
}

/** The principal's own access policy in the vault's tenant (what `az keyvault set-policy` will modify). */
export function currentPolicy(vault: Vault, principalId: string | undefined): PolicyKinds | undefined {
  if (!principalId) return undefined;
  const tenant = (vault.tenantId ?? '').toLowerCase();
  const p = vault.accessPolicies.find((a) => a.objectId.toLowerCase() === principalId.toLowerCase() && a.tenantId.toLowerCase() === tenant && !a.applicationId);
  return p ? kinds(p) : undefined;
}

/** The read grant under the vault's model: a role at the vault's scope, or an access policy. */
export function grantStep(vault: Vault, principal: Principal, needs: readonly ReadNeed[]): RemedyStep {
  const ref = vaultRef(vault);
  const who = principalRef(principal);
  if (vault.enableRbacAuthorization) return { action: 'assign-role', vault: ref, principal: who, needs };
  const current = currentPolicy(vault, who.principalId);
  return { action: 'add-access-policy', vault: ref, principal: who, needs, ...(current ? { current } : {}) };
}

/**
 * grant-missing / grant-wrong-model: the missing reads under the vault's model, and the other sound fix by name
 * (switching the permission model when the grant exists under the other one; another identity that can read).
 */
export function grantRemedy(state: AzureState, vault: Vault, principal: Principal, missing: readonly Need[], wrongModel: boolean, mode: IdentityMode): Remedy {
  const step = grantStep(vault, principal, missing);
  let alternative: string | undefined;
  if (wrongModel) {
    alternative = vault.enableRbacAuthorization
      ? `or switch key vault ${vault.name} to access policies (az keyvault update --enable-rbac-authorization false), which makes its access policies count — all of them — and its role assignments stop counting`
      : `or switch key vault ${vault.name} to Azure RBAC (az keyvault update --enable-rbac-authorization true), which makes the existing role assignment count — and every access policy of the vault stop counting`;
  } else if (mode === 'workload-identity' || mode === 'identity-binding' || mode === 'vm-user-assigned') {
    const other = identityThatCanRead(state, vault, missing, principal);
    // Moving to another identity has its own preconditions, which the alternative names.
    const needs = mode === 'vm-user-assigned' ? "; it must be assigned to the node pools' scale sets" : "; it also needs a federated credential for the pods' ServiceAccount";
    if (other) alternative = `or point the SecretProviderClass at user-assigned identity ${other.name ?? other.id} (client id ${other.clientId}), which can already read them${needs}`;
  }
  return { steps: [step], ...(alternative ? { alternative } : {}) };
}

/** A user-assigned identity (other than this principal) whose grants already cover the needs on this vault. */
function identityThatCanRead(state: AzureState, vault: Vault, needs: readonly Need[], principal: Principal): Identity | undefined {
  const mine = new Set(principal.principalIds.map((p) => p.toLowerCase()));
  for (const identity of state.identities) {
    if (mine.has(identity.principalId.toLowerCase())) continue;
    const ev = evaluateAccess(state, vault, [identity.principalId], needs);
    if (ev.results.length > 0 && ev.results.every((r) => r.effective === 'granted')) return identity;
  }
  return undefined;
}

/**
 * grant-excessive: remove the grants beyond reads, after making sure the reads the mount needs stay granted
 * (the least-privilege grant comes first in the plan, so the mount never loses access in between).
 */
export function excessiveRemedy(state: AzureState, vault: Vault, principal: Principal, needs: readonly Need[], assignments: readonly AppliedAssignment[], policies: readonly AccessPolicy[]): Remedy {
  const ref = vaultRef(vault);
  const who = principalRef(principal);
  const steps: RemedyStep[] = [];
  if (vault.enableRbacAuthorization) {
    const removed = new Set(assignments.map((a) => a.assignment));
    const remaining: AzureState = { ...state, roleAssignments: state.roleAssignments.filter((a) => !removed.has(a)) };
    const still = evaluateAccess(remaining, vault, principal.principalIds, needs).results.filter((r) => r.effective !== 'granted').map((r) => r.need);
    if (still.length > 0) steps.push({ action: 'assign-role', vault: ref, principal: who, needs: still });
    for (const a of assignments) {
      steps.push({
        action: 'remove-role-assignment',
        vault: ref,
        principal: who,
        ...(a.assignment.id ? { assignmentId: a.assignment.id } : {}),
        roleName: a.definition?.roleName ?? a.assignment.roleDefinitionName ?? a.assignment.roleDefinitionGuid,
        scope: a.assignment.scope,
        inherited: a.inherited,
      });
    }
  } else {
    for (const p of policies) steps.push({ action: 'reduce-access-policy', vault: ref, principal: who, needs, current: kinds(p) });
  }
  return { steps };
}

/** kv-federated-credential-missing: one credential per missing subject on the identity the SPC uses. */
export function federatedCredentialRemedy(state: AzureState, identity: Identity, subjects: readonly string[]): Remedy | undefined {
  const ref = identityRef(identity);
  if (!ref) return undefined;
  // The cluster's OIDC issuer is not in the state; the identity's existing credentials name it when they all agree.
  const issuers = new Set(state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === identity.id!.toLowerCase()).map((f) => f.issuer));
  const issuer = issuers.size === 1 ? [...issuers][0] : undefined;
  return {
    steps: subjects.map((subject) => ({
      action: 'create-federated-credential' as const,
      identity: ref,
      subject,
      ...(issuer ? { issuer } : {}),
      audiences: ['api://AzureADTokenExchange'],
      ...(subject.includes('<namespace>') ? { namespaceUnknown: true } : {}),
    })),
  };
}

/** kv-identity-not-found: certain only when the id the SPC names is some identity's principal (object) id. */
export function identityNotFoundRemedy(state: AzureState, clientId: string, where: string): Remedy | undefined {
  const c = clientId.toLowerCase();
  const identity = state.identities.find((i) => i.principalId.toLowerCase() === c);
  if (identity) {
    return { steps: [{ action: 'edit-manifest', what: `set ${where} to ${identity.clientId}: ${clientId} is the principal (object) id of user-assigned identity ${identity.name ?? identity.id ?? ''}, the provider needs its client id` }] };
  }
  const sp = state.servicePrincipals.find((s) => s.id.toLowerCase() === c);
  if (sp) {
    return { steps: [{ action: 'edit-manifest', what: `set ${where} to ${sp.appId}: ${clientId} is the object id of service principal ${sp.displayName ?? sp.appId}, the provider needs its application (client) id` }] };
  }
  return undefined;
}

/** kv-network-restricted: the state knows neither the node subnet nor the egress IP, so the fix is named, not generated. */
export function networkRemedy(vault: Vault, publicAccessDisabled: boolean): Remedy {
  const ref = vaultRef(vault);
  const rg = ref.resourceGroup ?? '<resource-group>';
  const sub = ref.subscription ? ` --subscription ${ref.subscription}` : '';
  const template = [
    ...(publicAccessDisabled ? [`az keyvault update${sub} --resource-group ${rg} --name ${vault.name} --public-network-access Enabled`] : []),
    `az keyvault network-rule add${sub} --resource-group ${rg} --name ${vault.name} --subnet <node-subnet-resource-id>`,
  ];
  return {
    steps: [
      {
        action: 'manual',
        what: `admit the cluster's nodes to key vault ${vault.name}: a virtual-network rule for the node subnet (it needs the Microsoft.KeyVault service endpoint), an IP rule for the cluster's egress IP, or a private endpoint`,
        missing: ['the node subnet resource id or the cluster egress IP (not in the Azure state)', ...(ref.resourceGroup ? [] : [`the resource group of key vault ${vault.name}`])],
        azTemplate: template,
      },
    ],
    alternative: 'or a private endpoint for the vault in the cluster\'s virtual network (az network private-endpoint create … --group-id vault)',
  };
}

/** kv-tenant-mismatch: the SPC names the wrong tenant; the vault's is certain. */
export function tenantRemedy(key: string, vault: Vault): Remedy {
  return { steps: [{ action: 'edit-manifest', what: `set ${key} to ${vault.tenantId}, the tenant of key vault ${vault.name}` }] };
}
