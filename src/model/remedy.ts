// What an Azure finding needs done in Azure, as data: the rules compute it from the Azure state (ids, names, the
// vault's permission model, what is already granted) and attach it to their report; src/remediation/ turns the
// remedies of a run into a de-duplicated plan and renders it as az commands, Bicep or Terraform. Types only (a
// model type, like the Azure state itself), so offline lint pays nothing for it.

export type ReadObjectType = 'secret' | 'key' | 'cert';

/** One object type the mount reads, and whether it lists versions (objectVersionHistory > 1). */
export interface ReadNeed {
  readonly objectType: ReadObjectType;
  readonly history: boolean;
}

/** The vault as the state knows it; a field the state lacks stays undefined (renderers say it is missing). */
export interface VaultRef {
  /** Full ARM resource id, when the state has one (`/subscriptions/…/vaults/<name>`). */
  readonly id?: string;
  readonly name: string;
  readonly resourceGroup?: string;
  readonly subscription?: string;
  readonly tenantId?: string;
}

/** The principal that must hold the grant: its object (principal) id, never a client id. */
export interface PrincipalRef {
  /** Undefined when the state does not give it (a node pool without a system-assigned identity). */
  readonly principalId?: string;
  /** How messages and comments name it, e.g. `user-assigned identity id-vvp (client id …)`. */
  readonly label: string;
}

/** Access-policy permissions by kind, lower-case, as the vault holds them. */
export interface PolicyKinds {
  readonly secrets: readonly string[];
  readonly keys: readonly string[];
  readonly certificates: readonly string[];
}

export interface IdentityRef {
  /** Full ARM id of the user-assigned identity. */
  readonly id: string;
  readonly name?: string;
  readonly resourceGroup?: string;
  readonly subscription?: string;
}

export type RemedyStep =
  /** RBAC vault: a built-in read role at the vault's scope covering `needs` (the plan picks the role). */
  | { readonly action: 'assign-role'; readonly vault: VaultRef; readonly principal: PrincipalRef; readonly needs: readonly ReadNeed[] }
  /**
   * Access-policy vault: `get` (and `list` for version history) on the needed kinds for the principal, in the
   * vault's tenant. `current` is the principal's existing policy in that tenant, if any: `az keyvault set-policy`
   * replaces a kind's list, so the script keeps what is there and adds what is missing.
   */
  | { readonly action: 'add-access-policy'; readonly vault: VaultRef; readonly principal: PrincipalRef; readonly needs: readonly ReadNeed[]; readonly current?: PolicyKinds }
  /** A role assignment that grants more than reads (grant-excessive). */
  | {
      readonly action: 'remove-role-assignment';
      readonly vault: VaultRef;
      readonly principal: PrincipalRef;
      readonly assignmentId?: string;
      readonly roleName: string;
      readonly scope: string;
      /** Assigned above the vault (resource group, subscription): removing it changes access elsewhere too. */
      readonly inherited: boolean;
    }
  /** An access policy with more than reads (grant-excessive): reduce it to exactly `needs`. */
  | { readonly action: 'reduce-access-policy'; readonly vault: VaultRef; readonly principal: PrincipalRef; readonly needs: readonly ReadNeed[]; readonly current: PolicyKinds }
  /** Workload identity: a federated credential on the identity for the pods' ServiceAccount. */
  | {
      readonly action: 'create-federated-credential';
      readonly identity: IdentityRef;
      readonly subject: string;
      /** The cluster's OIDC issuer: known only when every existing credential of the identity names the same one. */
      readonly issuer?: string;
      readonly audiences: readonly string[];
      /** A `<namespace>` placeholder in the subject: the pods' namespace is unknown. */
      readonly namespaceUnknown?: boolean;
    }
  /** A disabled secret, key or certificate: enable it (a data-plane attribute update). */
  | { readonly action: 'enable-object'; readonly vault: VaultRef; readonly objectKind: 'secret' | 'key' | 'certificate'; readonly name: string }
  /** The fix is in the manifests, not in Azure (wrong tenant id, a typo in an object name). */
  | { readonly action: 'edit-manifest'; readonly what: string }
  /**
   * No certain fix can be computed: what to do, what the state lacks, and (commented out, never run) the
   * command with the missing values marked `<…>`.
   */
  | { readonly action: 'manual'; readonly what: string; readonly missing: readonly string[]; readonly azTemplate?: readonly string[] };

export interface Remedy {
  readonly steps: readonly RemedyStep[];
  /** Another sound fix, named but not generated (switch the permission model, use another identity). */
  readonly alternative?: string;
}

export type RemediationFormat = 'az' | 'bicep' | 'terraform';
export const REMEDIATION_FORMATS: readonly RemediationFormat[] = ['az', 'bicep', 'terraform'];

/** A finding's remedy in the three forms, as reports show it (text: az; JSON and SARIF: all three). */
export interface RenderedRemediation {
  /** One line: what the fix does. */
  readonly summary: string;
  readonly az: string;
  readonly bicep: string;
  readonly terraform: string;
  readonly alternative?: string;
  /** What the state lacks for a certain fix (empty when the fix is complete). */
  readonly missing: readonly string[];
}
