import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  IDENTITY_FLAGS,
  TYPE_LABEL,
  at,
  azureChecks,
  concrete,
  evaluateAccess,
  excessiveGrants,
  isGuid,
  needsOf,
  parseGoBool,
  podSources,
  resolveIdentity,
  resolveTarget,
  scalarAt,
  spcView,
  vaultObject,
  vaultOf,
  yamlNodeAt
} from "./chunk-S62IMT4L.js";
import {
  liveObject
} from "./chunk-QY4OY53H.js";
import {
  require_dist
} from "./chunk-IQHK5HTI.js";
import {
  CSI_DRIVER_NAME,
  SPC_GROUP,
  isRecord
} from "./chunk-CXGTUAC5.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "vvp-kv-lint")
          return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir)
      return dirname(fileURLToPath(import.meta.url));
    dir = parent;
  }
}
var PACKAGE_ROOT = findRoot();

// dist/src/engine/run.js
import { createHash } from "node:crypto";

// dist/src/generated/rule-meta.js
var RULE_META = [
  {
    "id": "cluster-csi-driver-missing",
    "group": "cluster",
    "level": "error",
    "shortDescription": "No CSIDriver secrets-store.csi.k8s.io is registered in the cluster",
    "fullDescription": 'The cluster has no CSIDriver object named secrets-store.csi.k8s.io, so the Secrets Store CSI driver is not installed (or was installed without its CSIDriver): kubelet reports "driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers" and secrets volumes never mount. Live audit only; not reported when the CSIDriver could not be read.',
    "remediation": "Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider or the Helm chart) so that the CSIDriver secrets-store.csi.k8s.io exists.",
    "help": "Check with `kubectl get csidriver secrets-store.csi.k8s.io`. The driver's DaemonSet registers the driver with\nkubelet, and the `CSIDriver` object sets `podInfoOnMount: true` (needed by pod identity) and, optionally,\n`tokenRequests` (needed by workload identity).\n\nOn AKS: `az aks enable-addons --addons azure-keyvault-secrets-provider ...`. Elsewhere: the\n`secrets-store-csi-driver` or `csi-secrets-store-provider-azure` Helm chart.\n",
    "tags": [
      "cluster",
      "csi-driver",
      "live"
    ]
  },
  {
    "id": "cluster-drift",
    "group": "cluster",
    "level": "note",
    "shortDescription": "A SecretProviderClass or workload in the repository differs from the one running in the cluster",
    "fullDescription": "With audit --with-repo, a SecretProviderClass (spec) or a workload (its secrets volumes, identity labels and serviceAccountName) present in both the repository and the cluster under the same kind, namespace and name differs, so what is committed is not what mounts today.",
    "remediation": "Re-apply the manifest from the repository, or commit the change made in the cluster.",
    "help": "**A SecretProviderClass or workload in the repository differs from the one running in the cluster.**\n\n`vvp-kv-lint audit --with-repo DIR` reads both. For each SecretProviderClass and workload found in both places\n(same kind, namespace and name) it compares what decides the Key Vault mount: the SPC `spec`, and for workloads\nthe secrets-store volumes, the `aadpodidbinding` and `azure.workload.identity/use` pod labels and\n`serviceAccountName`. The note names the fields that differ.\n\n**Fix:** Re-apply the manifest from the repository, or commit the change made in the cluster.\n\nRun `vvp-kv-lint explain cluster-drift` for examples, or see docs/rules/cluster-drift.md.\n",
    "tags": [
      "cluster",
      "drift"
    ]
  },
  {
    "id": "cluster-mount-failing",
    "group": "cluster",
    "level": "error",
    "shortDescription": "Recent FailedMount events for secrets-store volumes",
    "fullDescription": "kubelet recently reported FailedMount for a secrets-store CSI volume of a pod: the pod cannot start or cannot refresh its secrets. The finding points at the workload that owns the pod (its name survives rollouts), else the pod, and quotes the event with anything that could be secret removed. Live audit only.",
    "remediation": "Read the quoted event, fix the cause (SecretProviderClass name or namespace, identity, grants, provider), then delete the pod so it mounts again.",
    "help": "Typical messages and their causes:\n\n- `failed to get secretproviderclass <ns>/<name> ... not found`: the SPC is missing or in another namespace.\n- `Readonly is not true in request`: `csi.readOnly: true` is missing.\n- `failed to get credentials, nodePublishSecretRef secret is not set`: service-principal mode without a secret.\n- `could not find clientid in secrets`: the Secret lacks the `clientid`/`clientsecret` keys.\n- `service account tokens not found`: the CSIDriver has no `tokenRequests` (workload identity).\n- `403 Forbidden` from Key Vault: the identity has no grant on the vault.\n\n`kubectl describe pod -n <ns> <pod>` shows the full event. Events expire (one hour by default), so this rule only\nsees recent failures.\n",
    "tags": [
      "cluster",
      "events",
      "live"
    ]
  },
  {
    "id": "cluster-provider-missing",
    "group": "cluster",
    "level": "error",
    "shortDescription": "No ready Azure Key Vault provider pods run in the cluster",
    "fullDescription": "No pod labelled app=csi-secrets-store-provider-azure (Helm chart) or app=secrets-store-provider-azure (AKS add-on) is Ready, so the CSI driver has no Azure provider to call and mounts fail with a provider-not-found error. Live audit only; not reported when pods could not be listed cluster-wide.",
    "remediation": "Install or repair the Azure Key Vault provider DaemonSet (AKS add-on azure-keyvault-secrets-provider, or the csi-secrets-store-provider-azure Helm chart) and make sure its pods become Ready.",
    "help": "The provider runs as a DaemonSet, one pod per node:\n\n```sh\nkubectl get pods -A -l 'app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)'\n```\n\nWhen pods exist but none is Ready, `kubectl describe` them (image pull, node selector, socket path).\nA provider installed with custom labels is not recognised; suppress this rule in that case.\n",
    "tags": [
      "cluster",
      "provider",
      "live"
    ]
  },
  {
    "id": "cluster-spc-crd-missing",
    "group": "cluster",
    "level": "error",
    "shortDescription": "The SecretProviderClass CRD is not installed in the cluster",
    "fullDescription": "The custom resource definition secretproviderclasses.secrets-store.csi.x-k8s.io is not served by the cluster, so no SecretProviderClass can be created and every secrets-store CSI volume fails to mount. Live audit only; not reported when the audit could not read CRDs nor list SecretProviderClasses.",
    "remediation": "Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider, or the upstream Helm chart), which installs the CRD.",
    "help": 'The Secrets Store CSI driver ships the `SecretProviderClass` CRD\n(`secretproviderclasses.secrets-store.csi.x-k8s.io`). Without it, `kubectl apply` of an SPC fails with\n`no matches for kind "SecretProviderClass"` and pods that mount a secrets-store volume stay in `ContainerCreating`.\n\nOn AKS, enable the add-on:\n\n```sh\naz aks enable-addons --addons azure-keyvault-secrets-provider --name <cluster> --resource-group <rg>\n```\n\nElsewhere, install the `csi-secrets-store-provider-azure` Helm chart, which brings the driver and its CRDs.\n',
    "tags": [
      "cluster",
      "csi-driver",
      "live"
    ]
  },
  {
    "id": "cluster-token-requests-missing",
    "group": "cluster",
    "level": "error",
    "shortDescription": "Workload-identity SecretProviderClasses exist but the CSIDriver requests no token for their audience",
    "fullDescription": 'A SecretProviderClass uses workload identity (clientID set, no identity flag), but the CSIDriver secrets-store.csi.k8s.io has no tokenRequests entry with audience api://AzureADTokenExchange (or api://AKSIdentityBinding for useAzureTokenProxy), so kubelet passes no service-account token and the provider fails with "service account tokens not found". Live audit only.',
    "remediation": "Add tokenRequests with audience api://AzureADTokenExchange to the CSIDriver (Helm value tokenRequests of the driver chart; the AKS add-on sets it).",
    "help": 'The provider exchanges the pod\'s service-account token for an Entra token. kubelet only passes that token when\nthe `CSIDriver` lists the audience:\n\n```yaml\napiVersion: storage.k8s.io/v1\nkind: CSIDriver\nmetadata: { name: secrets-store.csi.k8s.io }\nspec:\n  tokenRequests:\n    - audience: api://AzureADTokenExchange\n```\n\nWith the Helm chart: `--set secrets-store-csi-driver.tokenRequests[0].audience=api://AzureADTokenExchange`.\nIdentity binding (`useAzureTokenProxy: "true"`) needs `api://AKSIdentityBinding` instead.\n',
    "tags": [
      "cluster",
      "workload-identity",
      "live"
    ]
  },
  {
    "id": "csi-driver-invalid",
    "group": "csi",
    "level": "error",
    "shortDescription": "The CSI volume driver is not secrets-store.csi.k8s.io",
    "fullDescription": "A volume naming a SecretProviderClass must use the CSI driver secrets-store.csi.k8s.io. The API group secrets-store.csi.x-k8s.io (with x-) is a classic slip; kubelet then reports that the driver is not registered and the pod stays in ContainerCreating.",
    "remediation": "Set csi.driver: secrets-store.csi.k8s.io.",
    "help": "**The CSI volume driver is not secrets-store.csi.k8s.io.**\n\nA volume naming a SecretProviderClass must use the CSI driver secrets-store.csi.k8s.io. The API group secrets-store.csi.x-k8s.io (with x-) is a classic slip; kubelet then reports that the driver is not registered and the pod stays in ContainerCreating.\n\n**Fix:** Set csi.driver: secrets-store.csi.k8s.io.\n\nRun `vvp-kv-lint explain csi-driver-invalid` for examples, or see docs/rules/csi-driver-invalid.md.\n",
    "tags": [
      "csi",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "csi-mount-not-readonly",
    "group": "csi",
    "level": "note",
    "shortDescription": "A container mounts the secrets volume without readOnly",
    "fullDescription": "All official examples mount secret volumes readOnly: true; the files are managed by the driver and must not be changed by the workload.",
    "remediation": "Set readOnly: true on the volumeMount.",
    "help": "**A container mounts the secrets volume without readOnly.**\n\nAll official examples mount secret volumes readOnly: true; the files are managed by the driver and must not be changed by the workload.\n\n**Fix:** Set readOnly: true on the volumeMount.\n\nRun `vvp-kv-lint explain csi-mount-not-readonly` for examples, or see docs/rules/csi-mount-not-readonly.md.\n",
    "tags": [
      "csi",
      "best-practice"
    ],
    "fixable": true
  },
  {
    "id": "csi-spc-missing-attribute",
    "group": "csi",
    "level": "error",
    "shortDescription": "The CSI volume names no SecretProviderClass",
    "fullDescription": 'volumeAttributes.secretProviderClass tells the driver which SecretProviderClass to use; without it the mount fails with "secretProviderClass is not set".',
    "remediation": "Add csi.volumeAttributes.secretProviderClass with the SPC name.",
    "help": '**The CSI volume names no SecretProviderClass.**\n\nvolumeAttributes.secretProviderClass tells the driver which SecretProviderClass to use; without it the mount fails with "secretProviderClass is not set".\n\n**Fix:** Add csi.volumeAttributes.secretProviderClass with the SPC name.\n\nRun `vvp-kv-lint explain csi-spc-missing-attribute` for examples, or see docs/rules/csi-spc-missing-attribute.md.\n',
    "tags": [
      "csi",
      "correctness"
    ]
  },
  {
    "id": "csi-spc-not-found",
    "group": "csi",
    "level": "error",
    "shortDescription": "The SecretProviderClass named by the volume is not in the pod namespace",
    "fullDescription": "The driver looks the SecretProviderClass up in the namespace of the pod; there is no cross-namespace reference. For VVP deployments that is the namespace of the DeploymentTarget, not the VVP namespace.",
    "remediation": "Create the SecretProviderClass in the pod namespace, or fix the name.",
    "help": "**The SecretProviderClass named by the volume is not in the pod namespace.**\n\nThe driver looks the SecretProviderClass up in the namespace of the pod; there is no cross-namespace reference. For VVP deployments that is the namespace of the DeploymentTarget, not the VVP namespace.\n\n**Fix:** Create the SecretProviderClass in the pod namespace, or fix the name.\n\nRun `vvp-kv-lint explain csi-spc-not-found` for examples, or see docs/rules/csi-spc-not-found.md.\n",
    "tags": [
      "csi",
      "correctness"
    ]
  },
  {
    "id": "csi-volume-not-readonly",
    "group": "csi",
    "level": "error",
    "shortDescription": "The secrets-store CSI volume is not readOnly",
    "fullDescription": 'The Secrets Store CSI driver refuses to publish a volume unless csi.readOnly is true ("Readonly is not true in request"); the pod never starts.',
    "remediation": "Set csi.readOnly: true on the volume.",
    "help": '**The secrets-store CSI volume is not readOnly.**\n\nThe Secrets Store CSI driver refuses to publish a volume unless csi.readOnly is true ("Readonly is not true in request"); the pod never starts.\n\n**Fix:** Set csi.readOnly: true on the volume.\n\nRun `vvp-kv-lint explain csi-volume-not-readonly` for examples, or see docs/rules/csi-volume-not-readonly.md.\n',
    "tags": [
      "csi",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "csi-volume-unmounted",
    "group": "csi",
    "level": "warning",
    "shortDescription": "A secrets volume is mounted by no container",
    "fullDescription": "The volume fetches secrets from Key Vault on every pod start, but no container mounts it, so the secrets are not available where they are needed (often the mount was put on the wrong container).",
    "remediation": "Mount the volume in the container that reads the secrets, or remove it.",
    "help": "**A secrets volume is mounted by no container.**\n\nThe volume fetches secrets from Key Vault on every pod start, but no container mounts it, so the secrets are not available where they are needed (often the mount was put on the wrong container).\n\n**Fix:** Mount the volume in the container that reads the secrets, or remove it.\n\nRun `vvp-kv-lint explain csi-volume-unmounted` for examples, or see docs/rules/csi-volume-unmounted.md.\n",
    "tags": [
      "csi",
      "correctness"
    ]
  },
  {
    "id": "grant-excessive",
    "group": "azure",
    "level": "warning",
    "shortDescription": "The mount's identity holds more than read access on the vault",
    "fullDescription": "A CSI mount only needs get (and list for version history). The identity also holds write, delete, purge or all permissions, or an Officer/Administrator/Owner-style role, under the model the vault enforces: a compromised pod could change or destroy secrets, or grant itself more.",
    "remediation": "Replace the grant with a read-only one: Key Vault Secrets User / Certificate User, or an access policy with only get and list.",
    "help": '**The mount\'s identity holds more than read access on the vault.**\n\nA CSI mount only needs get (and list for version history). The identity also holds write, delete, purge or all permissions, or an Officer/Administrator/Owner-style role, under the model the vault enforces: a compromised pod could change or destroy secrets, or grant itself more.\n\n**Fix:** Replace the grant with a read-only one: Key Vault Secrets User / Certificate User, or an access policy with only get and list.\n\nNeeds Azure state: `--azure-state FILE` (see README, "Azure state file") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain grant-excessive` for examples, or see docs/rules/grant-excessive.md.\n',
    "tags": [
      "azure",
      "security"
    ],
    "securitySeverity": "5.0"
  },
  {
    "id": "grant-missing",
    "group": "azure",
    "level": "error",
    "shortDescription": "The identity cannot read what the SecretProviderClass mounts",
    "fullDescription": "The identity the mount uses has no effective read of an object type the SPC mounts, under the vault's permission model: an access policy with get on secrets/keys/certificates in the vault's tenant, or an Azure RBAC role assigned at the vault or an ancestor scope whose dataActions (wildcards matched, notDataActions subtracted, custom roles included) cover secrets/getSecret/action, keys/read or certificates/read (plus list/readMetadata for objectVersionHistory > 1). The mount fails with 403 Forbidden.",
    "remediation": "Grant the read: on an RBAC vault assign Key Vault Secrets User (secrets) or Key Vault Certificate User (keys, certificates) at the vault scope; on an access-policy vault add get (and list) for the identity's object id.",
    "help": "**The identity cannot read what the SecretProviderClass mounts.**\n\nThe identity the mount uses has no effective read of an object type the SPC mounts, under the vault's permission model: an access policy with get on secrets/keys/certificates in the vault's tenant, or an Azure RBAC role assigned at the vault or an ancestor scope whose dataActions (wildcards matched, notDataActions subtracted, custom roles included) cover secrets/getSecret/action, keys/read or certificates/read (plus list/readMetadata for objectVersionHistory > 1). The mount fails with 403 Forbidden.\n\n**Fix:** Grant the read: on an RBAC vault assign Key Vault Secrets User (secrets) or Key Vault Certificate User (keys, certificates) at the vault scope; on an access-policy vault add get (and list) for the identity's object id.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain grant-missing` for examples, or see docs/rules/grant-missing.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "grant-wrong-model",
    "group": "azure",
    "level": "error",
    "shortDescription": "The read grant exists only under the permission model the vault ignores",
    "fullDescription": "A vault uses either Azure RBAC (enableRbacAuthorization true) or access policies, never both: an access policy on an RBAC vault and a role assignment on an access-policy vault are ignored. The identity holds the needed read only through the ignored model, so the mount still fails with 403 Forbidden.",
    "remediation": "Grant the read under the vault's model (role assignment for an RBAC vault, access policy otherwise), or switch the vault's permission model deliberately.",
    "help": "**The read grant exists only under the permission model the vault ignores.**\n\nA vault uses either Azure RBAC (enableRbacAuthorization true) or access policies, never both: an access policy on an RBAC vault and a role assignment on an access-policy vault are ignored. The identity holds the needed read only through the ignored model, so the mount still fails with 403 Forbidden.\n\n**Fix:** Grant the read under the vault's model (role assignment for an RBAC vault, access policy otherwise), or switch the vault's permission model deliberately.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain grant-wrong-model` for examples, or see docs/rules/grant-wrong-model.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "kv-federated-credential-missing",
    "group": "azure",
    "level": "error",
    "shortDescription": "The workload identity has no federated credential for the pods' ServiceAccount",
    "fullDescription": "With workload identity the provider exchanges the pod's ServiceAccount token for an Entra token. That only works when the identity has a federated identity credential whose subject is system:serviceaccount:<namespace>:<serviceaccount> (issuer: the cluster's OIDC issuer, audience api://AzureADTokenExchange).",
    "remediation": "Create it: az identity federated-credential create --identity-name <id> --resource-group <rg> --issuer <oidc issuer> --subject system:serviceaccount:<ns>:<sa> --audiences api://AzureADTokenExchange.",
    "help": "**The workload identity has no federated credential for the pods' ServiceAccount.**\n\nWith workload identity the provider exchanges the pod's ServiceAccount token for an Entra token. That only works when the identity has a federated identity credential whose subject is system:serviceaccount:<namespace>:<serviceaccount> (issuer: the cluster's OIDC issuer, audience api://AzureADTokenExchange).\n\n**Fix:** Create it: az identity federated-credential create --identity-name <id> --resource-group <rg> --issuer <oidc issuer> --subject system:serviceaccount:<ns>:<sa> --audiences api://AzureADTokenExchange.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain kv-federated-credential-missing` for examples, or see docs/rules/kv-federated-credential-missing.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "kv-identity-not-found",
    "group": "azure",
    "level": "warning",
    "shortDescription": "The client id matches no known managed identity or service principal",
    "fullDescription": "The client id in userAssignedIdentityID, clientID or the AzureIdentity's spec.clientID matches no identity (az identity list) or service principal (az ad sp show) in the Azure state, so the grants of the identity cannot be checked. Often the id is mistyped, or it is an object (principal) id instead of a client id.",
    "remediation": "Use the identity's client id (az identity show --query clientId -o tsv), or add the identity to the Azure state.",
    "help": "**The client id matches no known managed identity or service principal.**\n\nThe client id in userAssignedIdentityID, clientID or the AzureIdentity's spec.clientID matches no identity (az identity list) or service principal (az ad sp show) in the Azure state, so the grants of the identity cannot be checked. Often the id is mistyped, or it is an object (principal) id instead of a client id.\n\n**Fix:** Use the identity's client id (az identity show --query clientId -o tsv), or add the identity to the Azure state.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain kv-identity-not-found` for examples, or see docs/rules/kv-identity-not-found.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "kv-network-restricted",
    "group": "azure",
    "level": "warning",
    "shortDescription": "The key vault refuses public traffic and nothing visible admits the cluster",
    "fullDescription": "The vault has publicNetworkAccess Disabled, or a firewall with defaultAction Deny and no IP or virtual-network rule, and no private endpoint connection. Unless the nodes reach it another way, the provider's requests are refused with 403 Forbidden.",
    "remediation": "Add a private endpoint for the vault in the cluster's network, a virtual-network rule for the node subnet, or the cluster's egress IP to the firewall.",
    "help": "**The key vault refuses public traffic and nothing visible admits the cluster.**\n\nThe vault has publicNetworkAccess Disabled, or a firewall with defaultAction Deny and no IP or virtual-network rule, and no private endpoint connection. Unless the nodes reach it another way, the provider's requests are refused with 403 Forbidden.\n\n**Fix:** Add a private endpoint for the vault in the cluster's network, a virtual-network rule for the node subnet, or the cluster's egress IP to the firewall.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain kv-network-restricted` for examples, or see docs/rules/kv-network-restricted.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "kv-tenant-mismatch",
    "group": "azure",
    "level": "error",
    "shortDescription": "tenantID differs from the key vault's tenant",
    "fullDescription": "The provider requests its token from the tenant in tenantID; a vault only accepts tokens from its own tenant (properties.tenantId), so the mount fails with an authentication error.",
    "remediation": "Set tenantID to the vault's tenant: az keyvault show --name <vault> --query properties.tenantId -o tsv.",
    "help": "**tenantID differs from the key vault's tenant.**\n\nThe provider requests its token from the tenant in tenantID; a vault only accepts tokens from its own tenant (properties.tenantId), so the mount fails with an authentication error.\n\n**Fix:** Set tenantID to the vault's tenant: az keyvault show --name <vault> --query properties.tenantId -o tsv.\n\nNeeds Azure state: `--azure-state FILE` (see README, \"Azure state file\") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain kv-tenant-mismatch` for examples, or see docs/rules/kv-tenant-mismatch.md.\n",
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "kv-vault-not-found",
    "group": "azure",
    "level": "error",
    "shortDescription": "The SecretProviderClass names a key vault that is not in the Azure state",
    "fullDescription": "keyvaultName must name an existing vault: the provider builds https://<keyvaultName>.vault.azure.net and a wrong or misspelled name fails every mount with a DNS or 404 error. Checked against the vaults of the Azure state (--azure-state or live ARM); silent when no vault list was given or a subscription could not be read.",
    "remediation": `Correct keyvaultName (az keyvault list --query "[].name"), or include the vault's subscription in the state.`,
    "help": '**The SecretProviderClass names a key vault that is not in the Azure state.**\n\nkeyvaultName must name an existing vault: the provider builds https://<keyvaultName>.vault.azure.net and a wrong or misspelled name fails every mount with a DNS or 404 error. Checked against the vaults of the Azure state (--azure-state or live ARM); silent when no vault list was given or a subscription could not be read.\n\n**Fix:** Correct keyvaultName (az keyvault list --query "[].name"), or include the vault\'s subscription in the state.\n\nNeeds Azure state: `--azure-state FILE` (see README, "Azure state file") or `--azure --subscription ID`.\n\nRun `vvp-kv-lint explain kv-vault-not-found` for examples, or see docs/rules/kv-vault-not-found.md.\n',
    "tags": [
      "azure",
      "correctness"
    ]
  },
  {
    "id": "pod-identity-binding-mismatch",
    "group": "identity",
    "level": "error",
    "shortDescription": "The aadpodidbinding label matches no AzureIdentityBinding",
    "fullDescription": "The label value must equal spec.selector of an AzureIdentityBinding in the pod namespace, and the binding must name an AzureIdentity that exists; otherwise no token is issued and the mount fails.",
    "remediation": "Use the selector of the binding as label value, or fix the binding azureIdentity.",
    "help": "**The aadpodidbinding label matches no AzureIdentityBinding.**\n\nThe label value must equal spec.selector of an AzureIdentityBinding in the pod namespace, and the binding must name an AzureIdentity that exists; otherwise no token is issued and the mount fails.\n\n**Fix:** Use the selector of the binding as label value, or fix the binding azureIdentity.\n\nRun `vvp-kv-lint explain pod-identity-binding-mismatch` for examples, or see docs/rules/pod-identity-binding-mismatch.md.\n",
    "tags": [
      "identity",
      "correctness"
    ]
  },
  {
    "id": "pod-identity-deprecated",
    "group": "identity",
    "level": "note",
    "shortDescription": "AAD Pod Identity is deprecated and archived",
    "fullDescription": "AAD Pod Identity was deprecated on 2022-10-24 and its repository archived in 2023; it receives no fixes. Workload identity is the replacement supported by the Azure provider.",
    "remediation": 'Migrate to workload identity: clientID in the SPC, a ServiceAccount with a federated credential, and the pod label azure.workload.identity/use: "true".',
    "help": '**AAD Pod Identity is deprecated and archived.**\n\nAAD Pod Identity was deprecated on 2022-10-24 and its repository archived in 2023; it receives no fixes. Workload identity is the replacement supported by the Azure provider.\n\n**Fix:** Migrate to workload identity: clientID in the SPC, a ServiceAccount with a federated credential, and the pod label azure.workload.identity/use: "true".\n\nRun `vvp-kv-lint explain pod-identity-deprecated` for examples, or see docs/rules/pod-identity-deprecated.md.\n',
    "tags": [
      "identity",
      "maintainability"
    ]
  },
  {
    "id": "pod-identity-label-missing",
    "group": "identity",
    "level": "error",
    "shortDescription": "Pods using a pod-identity SPC carry no aadpodidbinding label",
    "fullDescription": "With usePodIdentity the NMI only serves tokens to pods labelled aadpodidbinding with the selector of an AzureIdentityBinding. For VVP the label must be on the pods: pod template metadata.labels, pods.labels, or Helm extraLabels (VVP 2.5+); kubernetes.labels does not reach pods.",
    "remediation": "Add the label aadpodidbinding: <AzureIdentityBinding selector> to the pod template.",
    "help": "**Pods using a pod-identity SPC carry no aadpodidbinding label.**\n\nWith usePodIdentity the NMI only serves tokens to pods labelled aadpodidbinding with the selector of an AzureIdentityBinding. For VVP the label must be on the pods: pod template metadata.labels, pods.labels, or Helm extraLabels (VVP 2.5+); kubernetes.labels does not reach pods.\n\n**Fix:** Add the label aadpodidbinding: <AzureIdentityBinding selector> to the pod template.\n\nRun `vvp-kv-lint explain pod-identity-label-missing` for examples, or see docs/rules/pod-identity-label-missing.md.\n",
    "tags": [
      "identity",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "secret-committed",
    "group": "identity",
    "level": "error",
    "shortDescription": "A Secret manifest with credential values is committed",
    "fullDescription": "A Secret in the repository carries service-principal credentials (data/stringData of a nodePublishSecretRef Secret, or a key named like clientsecret). Anyone with read access to the repository can use them. The value is never printed by this tool.",
    "remediation": "Remove the values from the repository, rotate the credential, and create the Secret out of band (kubectl create secret, sealed-secrets, external-secrets) or switch to workload identity.",
    "help": "**A Secret manifest with credential values is committed.**\n\nA Secret in the repository carries service-principal credentials (data/stringData of a nodePublishSecretRef Secret, or a key named like clientsecret). Anyone with read access to the repository can use them. The value is never printed by this tool.\n\n**Fix:** Remove the values from the repository, rotate the credential, and create the Secret out of band (kubectl create secret, sealed-secrets, external-secrets) or switch to workload identity.\n\nRun `vvp-kv-lint explain secret-committed` for examples, or see docs/rules/secret-committed.md.\n",
    "tags": [
      "identity",
      "security",
      "secrets"
    ],
    "securitySeverity": "8.0"
  },
  {
    "id": "sp-secret-keys-missing",
    "group": "identity",
    "level": "error",
    "shortDescription": "The service-principal Secret lacks clientid or clientsecret",
    "fullDescription": 'The provider reads the keys clientid and clientsecret (case-insensitive) from the nodePublishSecretRef Secret and fails with "could not find clientid in secrets" otherwise.',
    "remediation": "Store the credentials under the keys clientid and clientsecret.",
    "help": '**The service-principal Secret lacks clientid or clientsecret.**\n\nThe provider reads the keys clientid and clientsecret (case-insensitive) from the nodePublishSecretRef Secret and fails with "could not find clientid in secrets" otherwise.\n\n**Fix:** Store the credentials under the keys clientid and clientsecret.\n\nRun `vvp-kv-lint explain sp-secret-keys-missing` for examples, or see docs/rules/sp-secret-keys-missing.md.\n',
    "tags": [
      "identity",
      "correctness"
    ]
  },
  {
    "id": "sp-secret-label-missing",
    "group": "identity",
    "level": "warning",
    "shortDescription": "The service-principal Secret lacks label secrets-store.csi.k8s.io/used=true",
    "fullDescription": 'Drivers from v0.1.0 to v1.5.x only watch labelled nodePublishSecretRef Secrets; without the label secret rotation fails with "failed to get node publish secret".',
    "remediation": 'Add the label secrets-store.csi.k8s.io/used: "true" to the Secret.',
    "help": '**The service-principal Secret lacks label secrets-store.csi.k8s.io/used=true.**\n\nDrivers from v0.1.0 to v1.5.x only watch labelled nodePublishSecretRef Secrets; without the label secret rotation fails with "failed to get node publish secret".\n\n**Fix:** Add the label secrets-store.csi.k8s.io/used: "true" to the Secret.\n\nRun `vvp-kv-lint explain sp-secret-label-missing` for examples, or see docs/rules/sp-secret-label-missing.md.\n',
    "tags": [
      "identity",
      "reliability"
    ],
    "fixable": true
  },
  {
    "id": "sp-secret-not-found",
    "group": "identity",
    "level": "error",
    "shortDescription": "The nodePublishSecretRef Secret is not in the pod namespace",
    "fullDescription": "The Secret with the service-principal credentials is read from the namespace of the pod. It is checked offline only when the project holds Secrets of that namespace, and live against the cluster.",
    "remediation": "Create the Secret in the pod namespace (kubectl create secret generic NAME --from-literal clientid=... --from-literal clientsecret=... -n NS).",
    "help": "**The nodePublishSecretRef Secret is not in the pod namespace.**\n\nThe Secret with the service-principal credentials is read from the namespace of the pod. It is checked offline only when the project holds Secrets of that namespace, and live against the cluster.\n\n**Fix:** Create the Secret in the pod namespace (kubectl create secret generic NAME --from-literal clientid=... --from-literal clientsecret=... -n NS).\n\nRun `vvp-kv-lint explain sp-secret-not-found` for examples, or see docs/rules/sp-secret-not-found.md.\n",
    "tags": [
      "identity",
      "correctness"
    ]
  },
  {
    "id": "sp-secret-ref-missing",
    "group": "identity",
    "level": "error",
    "shortDescription": "Service-principal SPC used without nodePublishSecretRef",
    "fullDescription": 'An SPC with no identity flag and no clientID uses a service principal, whose credentials come from the Secret named by the volume nodePublishSecretRef. Without it the mount fails with "nodePublishSecretRef secret is not set".',
    "remediation": "Add csi.nodePublishSecretRef.name naming the Secret with clientid and clientsecret, or configure an identity mode in the SPC.",
    "help": '**Service-principal SPC used without nodePublishSecretRef.**\n\nAn SPC with no identity flag and no clientID uses a service principal, whose credentials come from the Secret named by the volume nodePublishSecretRef. Without it the mount fails with "nodePublishSecretRef secret is not set".\n\n**Fix:** Add csi.nodePublishSecretRef.name naming the Secret with clientid and clientsecret, or configure an identity mode in the SPC.\n\nRun `vvp-kv-lint explain sp-secret-ref-missing` for examples, or see docs/rules/sp-secret-ref-missing.md.\n',
    "tags": [
      "identity",
      "correctness"
    ]
  },
  {
    "id": "sp-secret-ref-unneeded",
    "group": "identity",
    "level": "warning",
    "shortDescription": "nodePublishSecretRef on a volume whose SPC uses an identity",
    "fullDescription": "The SPC selects pod identity, a managed identity or workload identity, so the service-principal Secret is never used; it is a stray credential and a sign that the modes are mixed up.",
    "remediation": "Remove nodePublishSecretRef (and the Secret) or switch the SPC to service-principal mode.",
    "help": "**nodePublishSecretRef on a volume whose SPC uses an identity.**\n\nThe SPC selects pod identity, a managed identity or workload identity, so the service-principal Secret is never used; it is a stray credential and a sign that the modes are mixed up.\n\n**Fix:** Remove nodePublishSecretRef (and the Secret) or switch the SPC to service-principal mode.\n\nRun `vvp-kv-lint explain sp-secret-ref-unneeded` for examples, or see docs/rules/sp-secret-ref-unneeded.md.\n",
    "tags": [
      "identity",
      "security"
    ]
  },
  {
    "id": "spc-api-version",
    "group": "spc",
    "level": "warning",
    "shortDescription": "SecretProviderClass apiVersion is deprecated, missing or uses the driver name as API group",
    "fullDescription": "SecretProviderClass belongs to the API group secrets-store.csi.x-k8s.io. v1alpha1 is deprecated (warning); a missing or empty apiVersion (as in the heredoc of the Ververica article) and the CSI driver name secrets-store.csi.k8s.io used as a group are rejected by the API server (error).",
    "remediation": "Use apiVersion: secrets-store.csi.x-k8s.io/v1.",
    "help": "**SecretProviderClass apiVersion is deprecated, missing or uses the driver name as API group.**\n\nSecretProviderClass belongs to the API group secrets-store.csi.x-k8s.io. v1alpha1 is deprecated (warning); a missing or empty apiVersion (as in the heredoc of the Ververica article) and the CSI driver name secrets-store.csi.k8s.io used as a group are rejected by the API server (error).\n\n**Fix:** Use apiVersion: secrets-store.csi.x-k8s.io/v1.\n\nRun `vvp-kv-lint explain spc-api-version` for examples, or see docs/rules/spc-api-version.md.\n",
    "tags": [
      "spc",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "spc-bool-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "An identity flag is not a boolean the provider can parse",
    "fullDescription": 'usePodIdentity, useVMManagedIdentity and useAzureTokenProxy are parsed with Go strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False. yes, on or enabled fail the mount with "failed to parse ... flag".',
    "remediation": 'Use "true" or "false".',
    "help": '**An identity flag is not a boolean the provider can parse.**\n\nusePodIdentity, useVMManagedIdentity and useAzureTokenProxy are parsed with Go strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False. yes, on or enabled fail the mount with "failed to parse ... flag".\n\n**Fix:** Use "true" or "false".\n\nRun `vvp-kv-lint explain spc-bool-invalid` for examples, or see docs/rules/spc-bool-invalid.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-client-id-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "clientID is not a GUID",
    "fullDescription": "clientID (workload identity and identity binding) must be the client id (application id) of the managed identity or app registration: a GUID.",
    "remediation": "Use the client id: az identity show -g RG -n NAME --query clientId -o tsv.",
    "help": "**clientID is not a GUID.**\n\nclientID (workload identity and identity binding) must be the client id (application id) of the managed identity or app registration: a GUID.\n\n**Fix:** Use the client id: az identity show -g RG -n NAME --query clientId -o tsv.\n\nRun `vvp-kv-lint explain spc-client-id-invalid` for examples, or see docs/rules/spc-client-id-invalid.md.\n",
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-identity-mode-conflict",
    "group": "spc",
    "level": "error",
    "shortDescription": "The SecretProviderClass enables more than one identity mode",
    "fullDescription": 'Only one of usePodIdentity, useVMManagedIdentity and useAzureTokenProxy may be true; the provider fails with "only one identity mode can be enabled at a time". clientID together with usePodIdentity or useVMManagedIdentity makes the provider parse workload-identity tokens and fail without them.',
    "remediation": "Keep exactly one identity mode: remove the extra flag, or clientID when it is not workload identity.",
    "help": '**The SecretProviderClass enables more than one identity mode.**\n\nOnly one of usePodIdentity, useVMManagedIdentity and useAzureTokenProxy may be true; the provider fails with "only one identity mode can be enabled at a time". clientID together with usePodIdentity or useVMManagedIdentity makes the provider parse workload-identity tokens and fail without them.\n\n**Fix:** Keep exactly one identity mode: remove the extra flag, or clientID when it is not workload identity.\n\nRun `vvp-kv-lint explain spc-identity-mode-conflict` for examples, or see docs/rules/spc-identity-mode-conflict.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-keyvault-name-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "keyvaultName is missing or not a valid Key Vault name",
    "fullDescription": 'keyvaultName is required and must be a valid vault name: 3 to 24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit. Otherwise the provider fails with "keyvaultName is not set" or "Invalid vault name".',
    "remediation": "Set keyvaultName to the vault name as shown by az keyvault list (the name, not the URI or resource id).",
    "help": '**keyvaultName is missing or not a valid Key Vault name.**\n\nkeyvaultName is required and must be a valid vault name: 3 to 24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit. Otherwise the provider fails with "keyvaultName is not set" or "Invalid vault name".\n\n**Fix:** Set keyvaultName to the vault name as shown by az keyvault list (the name, not the URI or resource id).\n\nRun `vvp-kv-lint explain spc-keyvault-name-invalid` for examples, or see docs/rules/spc-keyvault-name-invalid.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-objects-file-collision",
    "group": "spc",
    "level": "error",
    "shortDescription": "Two Key Vault objects are written to the same file",
    "fullDescription": "Each object is written to a file named by objectAlias, else objectName. Two entries with the same file name overwrite each other, so one secret silently replaces another.",
    "remediation": "Give one of the entries a distinct objectAlias.",
    "help": "**Two Key Vault objects are written to the same file.**\n\nEach object is written to a file named by objectAlias, else objectName. Two entries with the same file name overwrite each other, so one secret silently replaces another.\n\n**Fix:** Give one of the entries a distinct objectAlias.\n\nRun `vvp-kv-lint explain spc-objects-file-collision` for examples, or see docs/rules/spc-objects-file-collision.md.\n",
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-objects-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "The objects parameter is not a valid list of Key Vault objects",
    "fullDescription": "objects must be a YAML string holding a key array whose items are YAML strings, each with objectName (1-127 of [0-9A-Za-z-]) and objectType exactly secret, key or cert. objectFormat (pem|pfx) and objectEncoding (utf-8|hex|base64) only apply to secrets, filePermission must be octal, objectAlias must be a relative file name without .., objectVersion must be empty, latest or a 32-character version id.",
    "remediation": "Fix the entry at the reported line; see the Azure provider documentation for the objects format.",
    "help": "**The objects parameter is not a valid list of Key Vault objects.**\n\nobjects must be a YAML string holding a key array whose items are YAML strings, each with objectName (1-127 of [0-9A-Za-z-]) and objectType exactly secret, key or cert. objectFormat (pem|pfx) and objectEncoding (utf-8|hex|base64) only apply to secrets, filePermission must be octal, objectAlias must be a relative file name without .., objectVersion must be empty, latest or a 32-character version id.\n\n**Fix:** Fix the entry at the reported line; see the Azure provider documentation for the objects format.\n\nRun `vvp-kv-lint explain spc-objects-invalid` for examples, or see docs/rules/spc-objects-invalid.md.\n",
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-parameter-not-string",
    "group": "spc",
    "level": "error",
    "shortDescription": "A SecretProviderClass parameter is not a YAML string",
    "fullDescription": "spec.parameters is a map of strings. An unquoted true, yes, on, a number, null or a nested map is not a string: the CRD schema rejects the object at apply time (YAML 1.1 tools such as kubectl turn yes/on into booleans).",
    "remediation": 'Quote the value, for example usePodIdentity: "true".',
    "help": '**A SecretProviderClass parameter is not a YAML string.**\n\nspec.parameters is a map of strings. An unquoted true, yes, on, a number, null or a nested map is not a string: the CRD schema rejects the object at apply time (YAML 1.1 tools such as kubectl turn yes/on into booleans).\n\n**Fix:** Quote the value, for example usePodIdentity: "true".\n\nRun `vvp-kv-lint explain spc-parameter-not-string` for examples, or see docs/rules/spc-parameter-not-string.md.\n',
    "tags": [
      "spc",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "spc-parameter-unknown",
    "group": "spc",
    "level": "warning",
    "shortDescription": "A SecretProviderClass parameter is not one the Azure provider reads",
    "fullDescription": "The Azure provider looks parameters up by exact, case-sensitive key. A key it does not read (keyVaultName, tenantid, clientId, userAssignedIdentityId) is silently ignored, so the intended setting never takes effect.",
    "remediation": "Rename the key to the one the provider reads (the message names the likely one) or remove it.",
    "help": "**A SecretProviderClass parameter is not one the Azure provider reads.**\n\nThe Azure provider looks parameters up by exact, case-sensitive key. A key it does not read (keyVaultName, tenantid, clientId, userAssignedIdentityId) is silently ignored, so the intended setting never takes effect.\n\n**Fix:** Rename the key to the one the provider reads (the message names the likely one) or remove it.\n\nRun `vvp-kv-lint explain spc-parameter-unknown` for examples, or see docs/rules/spc-parameter-unknown.md.\n",
    "tags": [
      "spc",
      "correctness"
    ],
    "fixable": true
  },
  {
    "id": "spc-provider-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "SecretProviderClass provider is missing or misspelled",
    "fullDescription": 'spec.provider selects the provider plugin; the Azure provider registers as exactly "azure". A missing, empty or misspelled provider (Azure, azure-keyvault) fails every mount with "provider not set" or a provider-not-found error.',
    "remediation": "Set spec.provider: azure.",
    "help": '**SecretProviderClass provider is missing or misspelled.**\n\nspec.provider selects the provider plugin; the Azure provider registers as exactly "azure". A missing, empty or misspelled provider (Azure, azure-keyvault) fails every mount with "provider not set" or a provider-not-found error.\n\n**Fix:** Set spec.provider: azure.\n\nRun `vvp-kv-lint explain spc-provider-invalid` for examples, or see docs/rules/spc-provider-invalid.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-secret-objects-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "A secretObjects entry cannot be synced to a Kubernetes Secret",
    "fullDescription": "Each secretObjects entry needs secretName, type and data, and each data item a key and an objectName that is a file the SPC mounts (objectAlias, else objectName). kubernetes.io/tls secrets only accept the keys tls.key and tls.crt. Otherwise the driver logs an error and the Secret is never created.",
    "remediation": "Complete the entry; make data[].objectName equal to a mounted file name.",
    "help": "**A secretObjects entry cannot be synced to a Kubernetes Secret.**\n\nEach secretObjects entry needs secretName, type and data, and each data item a key and an objectName that is a file the SPC mounts (objectAlias, else objectName). kubernetes.io/tls secrets only accept the keys tls.key and tls.crt. Otherwise the driver logs an error and the Secret is never created.\n\n**Fix:** Complete the entry; make data[].objectName equal to a mounted file name.\n\nRun `vvp-kv-lint explain spc-secret-objects-invalid` for examples, or see docs/rules/spc-secret-objects-invalid.md.\n",
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-tenant-id-deprecated-key",
    "group": "spc",
    "level": "note",
    "shortDescription": "tenantId is deprecated; the provider prefers tenantID",
    "fullDescription": "The Azure provider reads tenantID first and falls back to the deprecated tenantId, logging a deprecation warning.",
    "remediation": "Rename tenantId to tenantID.",
    "help": "**tenantId is deprecated; the provider prefers tenantID.**\n\nThe Azure provider reads tenantID first and falls back to the deprecated tenantId, logging a deprecation warning.\n\n**Fix:** Rename tenantId to tenantID.\n\nRun `vvp-kv-lint explain spc-tenant-id-deprecated-key` for examples, or see docs/rules/spc-tenant-id-deprecated-key.md.\n",
    "tags": [
      "spc",
      "maintainability"
    ],
    "fixable": true
  },
  {
    "id": "spc-tenant-id-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "tenantID is missing or not a tenant GUID",
    "fullDescription": 'The provider needs the Entra tenant of the vault in tenantID (or the deprecated tenantId): a GUID, or adfs for Azure Stack Hub with AD FS. Without it the mount fails with "tenantId is not set"; a wrong value fails token acquisition.',
    "remediation": "Set tenantID to the tenant GUID (az account show --query tenantId -o tsv).",
    "help": '**tenantID is missing or not a tenant GUID.**\n\nThe provider needs the Entra tenant of the vault in tenantID (or the deprecated tenantId): a GUID, or adfs for Azure Stack Hub with AD FS. Without it the mount fails with "tenantId is not set"; a wrong value fails token acquisition.\n\n**Fix:** Set tenantID to the tenant GUID (az account show --query tenantId -o tsv).\n\nRun `vvp-kv-lint explain spc-tenant-id-invalid` for examples, or see docs/rules/spc-tenant-id-invalid.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "spc-user-assigned-id-invalid",
    "group": "spc",
    "level": "error",
    "shortDescription": "userAssignedIdentityID is not a client id, or is ignored",
    "fullDescription": 'userAssignedIdentityID must be empty (system-assigned identity) or the client id (a GUID) of a user-assigned managed identity; a name, resource id or principal id fails token acquisition. It is only read when useVMManagedIdentity is "true" (warning when set without it).',
    "remediation": 'Use the identity client id: az identity show -g RG -n NAME --query clientId -o tsv; set useVMManagedIdentity: "true".',
    "help": '**userAssignedIdentityID is not a client id, or is ignored.**\n\nuserAssignedIdentityID must be empty (system-assigned identity) or the client id (a GUID) of a user-assigned managed identity; a name, resource id or principal id fails token acquisition. It is only read when useVMManagedIdentity is "true" (warning when set without it).\n\n**Fix:** Use the identity client id: az identity show -g RG -n NAME --query clientId -o tsv; set useVMManagedIdentity: "true".\n\nRun `vvp-kv-lint explain spc-user-assigned-id-invalid` for examples, or see docs/rules/spc-user-assigned-id-invalid.md.\n',
    "tags": [
      "spc",
      "correctness"
    ]
  },
  {
    "id": "suppression-reason-missing",
    "group": "input",
    "level": "warning",
    "shortDescription": "A suppression comment or ignore annotation gives no reason, so it does not apply",
    "fullDescription": 'Every suppression must say why the finding is acceptable, after " -- " in a vvp-kv-lint-disable comment or as the value of a vvp-kv-lint.io/ignore-<rule-id> annotation. A suppression without a reason does not apply; the finding it was meant to silence stays active.',
    "remediation": 'Add the reason after the rule ids, e.g. "# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- sidecar writes a marker file", or give the annotation a value.',
    "help": "**A suppression comment or ignore annotation gives no reason, so it does not apply.**\n\nEvery suppression must say why the finding is acceptable: after ` -- ` in a `vvp-kv-lint-disable` comment, or as\nthe value of a `vvp-kv-lint.io/ignore-<rule-id>` annotation. Without a reason the suppression does not apply.\n\n**Fix:** add the reason, e.g. `# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- sidecar writes a marker file`.\n\nRun `vvp-kv-lint explain suppression-reason-missing` for examples, or see docs/rules/suppression-reason-missing.md.\n",
    "tags": [
      "suppression",
      "maintainability"
    ]
  },
  {
    "id": "suppression-unused",
    "group": "input",
    "level": "warning",
    "shortDescription": "A suppression comment or ignore annotation suppresses nothing",
    "fullDescription": "A vvp-kv-lint-disable comment or vvp-kv-lint.io/ignore-<rule-id> annotation is malformed (no rule id, an unknown rule id, a bad until= date; always reported) or matched no finding (reported with --report-unused-disables, by default in CI). Stale suppressions hide future regressions of the same rule.",
    "remediation": "Remove the suppression, or fix the rule id or date it names.",
    "help": "**A suppression comment or ignore annotation suppresses nothing.**\n\nMalformed suppressions (no rule id, an unknown rule id, a bad `until=` date) are always reported. Suppressions\nthat matched no finding are reported with `--report-unused-disables`, which is on by default when `CI=true`.\nA stale suppression silently hides the next regression of the same rule at that place.\n\n**Fix:** remove the suppression, or fix the rule id or date it names.\n\nRun `vvp-kv-lint explain suppression-unused` for examples, or see docs/rules/suppression-unused.md.\n",
    "tags": [
      "suppression",
      "maintainability"
    ]
  },
  {
    "id": "unresolved-placeholder",
    "group": "input",
    "level": "error",
    "shortDescription": "A value still holds a placeholder from docs or scripts",
    "fullDescription": "A string in a SecretProviderClass, CSI volume, identity binding or service-principal Secret still contains a placeholder such as ${name}, $name, <name> or {{ ... }} (outside Helm templates). The provider receives the literal text and fails at mount time.",
    "remediation": "Substitute the real value (envsubst, Helm, Kustomize) before committing, or render the template first.",
    "help": "**A value still holds a placeholder from docs or scripts.**\n\nA string in a SecretProviderClass, CSI volume, identity binding or service-principal Secret still contains a placeholder such as ${name}, $name, <name> or {{ ... }} (outside Helm templates). The provider receives the literal text and fails at mount time.\n\n**Fix:** Substitute the real value (envsubst, Helm, Kustomize) before committing, or render the template first.\n\nRun `vvp-kv-lint explain unresolved-placeholder` for examples, or see docs/rules/unresolved-placeholder.md.\n",
    "tags": [
      "input",
      "correctness"
    ]
  },
  {
    "id": "volume-mount-unknown",
    "group": "csi",
    "level": "error",
    "shortDescription": "A container mounts a volume the pod does not define",
    "fullDescription": "volumeMounts[].name must match a volume of the pod; the API server rejects the pod (or VVP fails to start the Flink cluster).",
    "remediation": "Fix the mount name, or add the volume to the pod.",
    "help": "**A container mounts a volume the pod does not define.**\n\nvolumeMounts[].name must match a volume of the pod; the API server rejects the pod (or VVP fails to start the Flink cluster).\n\n**Fix:** Fix the mount name, or add the volume to the pod.\n\nRun `vvp-kv-lint explain volume-mount-unknown` for examples, or see docs/rules/volume-mount-unknown.md.\n",
    "tags": [
      "csi",
      "correctness"
    ]
  },
  {
    "id": "vvp-chart-volume-platform-only",
    "group": "vvp",
    "level": "note",
    "shortDescription": "A secrets volume in Helm values mounts only into the platform pod",
    "fullDescription": "Top-level volumes and volumeMounts of the ververica-platform chart are attached to the Ververica Platform pod, never to Flink jobs. Flink pods need the volume in the Deployment/SessionCluster kubernetes section or in globalDeploymentDefaults.",
    "remediation": "If Flink jobs need the secrets, add the volume to their pod templates; if only the platform needs them, this is fine.",
    "help": "**A secrets volume in Helm values mounts only into the platform pod.**\n\nTop-level volumes and volumeMounts of the ververica-platform chart are attached to the Ververica Platform pod, never to Flink jobs. Flink pods need the volume in the Deployment/SessionCluster kubernetes section or in globalDeploymentDefaults.\n\n**Fix:** If Flink jobs need the secrets, add the volume to their pod templates; if only the platform needs them, this is fine.\n\nRun `vvp-kv-lint explain vvp-chart-volume-platform-only` for examples, or see docs/rules/vvp-chart-volume-platform-only.md.\n",
    "tags": [
      "vvp",
      "correctness"
    ]
  },
  {
    "id": "vvp-container-name",
    "group": "vvp",
    "level": "error",
    "shortDescription": "A VVP pod-template patch container has the wrong name",
    "fullDescription": "VVP merges pod-template containers into its Flink containers by name: flink-jobmanager in jobManagerPodTemplate, flink-taskmanager in taskManagerPodTemplate. A container without image and another name becomes a broken extra container, and its volumeMounts never reach Flink.",
    "remediation": "Name the container flink-jobmanager (jobManagerPodTemplate) or flink-taskmanager (taskManagerPodTemplate).",
    "help": "**A VVP pod-template patch container has the wrong name.**\n\nVVP merges pod-template containers into its Flink containers by name: flink-jobmanager in jobManagerPodTemplate, flink-taskmanager in taskManagerPodTemplate. A container without image and another name becomes a broken extra container, and its volumeMounts never reach Flink.\n\n**Fix:** Name the container flink-jobmanager (jobManagerPodTemplate) or flink-taskmanager (taskManagerPodTemplate).\n\nRun `vvp-kv-lint explain vvp-container-name` for examples, or see docs/rules/vvp-container-name.md.\n",
    "tags": [
      "vvp",
      "correctness"
    ]
  },
  {
    "id": "vvp-deployment-target-unknown",
    "group": "vvp",
    "level": "note",
    "shortDescription": "The VVP deployment target is not among the known DeploymentTargets",
    "fullDescription": "The DeploymentTarget maps a VVP deployment to the Kubernetes namespace of its pods. When it is not found, the pod namespace is unknown and namespace checks (SPC, Secret, binding) are relaxed.",
    "remediation": "Add the DeploymentTarget manifest to the repository, or fix deploymentTargetName/deploymentTargetId.",
    "help": "**The VVP deployment target is not among the known DeploymentTargets.**\n\nThe DeploymentTarget maps a VVP deployment to the Kubernetes namespace of its pods. When it is not found, the pod namespace is unknown and namespace checks (SPC, Secret, binding) are relaxed.\n\n**Fix:** Add the DeploymentTarget manifest to the repository, or fix deploymentTargetName/deploymentTargetId.\n\nRun `vvp-kv-lint explain vvp-deployment-target-unknown` for examples, or see docs/rules/vvp-deployment-target-unknown.md.\n",
    "tags": [
      "vvp",
      "configuration"
    ]
  },
  {
    "id": "vvp-drift",
    "group": "vvp",
    "level": "note",
    "shortDescription": "A VVP Deployment in git differs from the same Deployment in the VVP API",
    "fullDescription": "With both the repository and the VVP API read (--vvp-url with files), a Deployment present in both (same name and VVP namespace) whose spec.template.spec.kubernetes differs means what git says is not what the platform will start next.",
    "remediation": "Re-apply the Deployment from git, or commit the change made in the VVP UI.",
    "help": "**A VVP Deployment in git differs from the same Deployment in the VVP API.**\n\nWhen the repository and the VVP API are read together (`--vvp-url` with file paths), each Deployment found in both\n(same name and VVP namespace) is compared under `spec.template.spec.kubernetes`; the note names the fields that differ.\n\n**Fix:** Re-apply the Deployment from git, or commit the change made in the VVP UI.\n\nRun `vvp-kv-lint explain vvp-drift` for examples, or see docs/rules/vvp-drift.md.\n",
    "tags": [
      "vvp",
      "drift"
    ]
  },
  {
    "id": "vvp-extra-labels-unsupported",
    "group": "vvp",
    "level": "error",
    "shortDescription": "Helm extraLabels are ignored by this VVP version",
    "fullDescription": "The ververica-platform chart applies extraLabels only from VVP 2.5 on; on older versions the labels (for example aadpodidbinding) are silently dropped.",
    "remediation": "Upgrade to VVP 2.5 or later, or add the label to the platform pod another way.",
    "help": "**Helm extraLabels are ignored by this VVP version.**\n\nThe ververica-platform chart applies extraLabels only from VVP 2.5 on; on older versions the labels (for example aadpodidbinding) are silently dropped.\n\n**Fix:** Upgrade to VVP 2.5 or later, or add the label to the platform pod another way.\n\nRun `vvp-kv-lint explain vvp-extra-labels-unsupported` for examples, or see docs/rules/vvp-extra-labels-unsupported.md.\n",
    "tags": [
      "vvp",
      "correctness"
    ]
  },
  {
    "id": "vvp-pods-and-templates",
    "group": "vvp",
    "level": "error",
    "shortDescription": "kubernetes.pods is set together with a pod template",
    "fullDescription": "VVP accepts either kubernetes.pods or jobManagerPodTemplate/taskManagerPodTemplate, not both; the deployment is rejected.",
    "remediation": "Move the pods settings (labels, volumeMounts) into the pod templates and remove pods.",
    "help": "**kubernetes.pods is set together with a pod template.**\n\nVVP accepts either kubernetes.pods or jobManagerPodTemplate/taskManagerPodTemplate, not both; the deployment is rejected.\n\n**Fix:** Move the pods settings (labels, volumeMounts) into the pod templates and remove pods.\n\nRun `vvp-kv-lint explain vvp-pods-and-templates` for examples, or see docs/rules/vvp-pods-and-templates.md.\n",
    "tags": [
      "vvp",
      "correctness"
    ]
  },
  {
    "id": "vvp-pods-volume-name-mismatch",
    "group": "vvp",
    "level": "error",
    "shortDescription": "A pods.volumeMounts entry has disagreeing names",
    "fullDescription": "In kubernetes.pods.volumeMounts[] the entry name, volume.name and volumeMount.name must agree; otherwise the mount refers to a volume that does not exist.",
    "remediation": "Use the same name in all three places.",
    "help": "**A pods.volumeMounts entry has disagreeing names.**\n\nIn kubernetes.pods.volumeMounts[] the entry name, volume.name and volumeMount.name must agree; otherwise the mount refers to a volume that does not exist.\n\n**Fix:** Use the same name in all three places.\n\nRun `vvp-kv-lint explain vvp-pods-volume-name-mismatch` for examples, or see docs/rules/vvp-pods-volume-name-mismatch.md.\n",
    "tags": [
      "vvp",
      "correctness"
    ]
  },
  {
    "id": "vvp-version-unknown",
    "group": "vvp",
    "level": "note",
    "shortDescription": "A VVP version-dependent check could not run",
    "fullDescription": "Some checks depend on the VVP version (extraLabels from 2.5). The version is taken from --vvp-version, vvpVersion in the config, or the chart Chart.yaml beside the values file (chart 4.N = VVP 2.N up to 2.3; chart 5.N = VVP 2.(N+4)).",
    "remediation": "Pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep Chart.yaml beside the values.",
    "help": "**A VVP version-dependent check could not run.**\n\nSome checks depend on the VVP version (extraLabels from 2.5). The version is taken from --vvp-version, vvpVersion in the config, or the chart Chart.yaml beside the values file (chart 4.N = VVP 2.N up to 2.3; chart 5.N = VVP 2.(N+4)).\n\n**Fix:** Pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep Chart.yaml beside the values.\n\nRun `vvp-kv-lint explain vvp-version-unknown` for examples, or see docs/rules/vvp-version-unknown.md.\n",
    "tags": [
      "vvp",
      "configuration"
    ]
  },
  {
    "id": "workload-identity-incomplete",
    "group": "identity",
    "level": "error",
    "shortDescription": "Workload identity is not wired to the pods",
    "fullDescription": 'A workload-identity SPC (clientID, no flag) gets tokens for the pod ServiceAccount. Pods need serviceAccountName (error), a ServiceAccount whose azure.workload.identity/client-id annotation, if set, equals clientID (error), and the label azure.workload.identity/use: "true" (warning).',
    "remediation": "Set serviceAccountName, align the ServiceAccount annotation with clientID, and label the pods.",
    "help": '**Workload identity is not wired to the pods.**\n\nA workload-identity SPC (clientID, no flag) gets tokens for the pod ServiceAccount. Pods need serviceAccountName (error), a ServiceAccount whose azure.workload.identity/client-id annotation, if set, equals clientID (error), and the label azure.workload.identity/use: "true" (warning).\n\n**Fix:** Set serviceAccountName, align the ServiceAccount annotation with clientID, and label the pods.\n\nRun `vvp-kv-lint explain workload-identity-incomplete` for examples, or see docs/rules/workload-identity-incomplete.md.\n',
    "tags": [
      "identity",
      "correctness"
    ]
  },
  {
    "id": "yaml-duplicate-key",
    "group": "input",
    "level": "warning",
    "shortDescription": "A mapping repeats a key",
    "fullDescription": "YAML mappings must have unique keys. Kubernetes tooling silently keeps one of the values (the last one with kubectl), so half of what was written is ignored.",
    "remediation": "Remove or merge the repeated key; keep the value you meant.",
    "help": "**A mapping repeats a key.**\n\nYAML mappings must have unique keys. Kubernetes tooling silently keeps one of the values (the last one with kubectl), so half of what was written is ignored.\n\n**Fix:** Remove or merge the repeated key; keep the value you meant.\n\nRun `vvp-kv-lint explain yaml-duplicate-key` for examples, or see docs/rules/yaml-duplicate-key.md.\n",
    "tags": [
      "input",
      "correctness"
    ]
  },
  {
    "id": "yaml-parse-error",
    "group": "input",
    "level": "error",
    "shortDescription": "A file cannot be parsed as YAML or JSON",
    "fullDescription": "The file is not valid YAML/JSON, is not UTF-8, is binary, is larger than the size limit, nests deeper than the safe bound, or expands aliases beyond the safe bound (billion laughs). Nothing in the file is checked, so mistakes in it stay hidden until apply time.",
    "remediation": "Fix the syntax at the reported position (kubectl apply --dry-run=client shows the same error), or exclude the file in .vvp-kv-lint.yaml if it is not a manifest.",
    "help": "**A file cannot be parsed as YAML or JSON.**\n\nThe file is not valid YAML/JSON, is not UTF-8, is binary, is larger than the size limit, nests deeper than the safe bound, or expands aliases beyond the safe bound (billion laughs). Nothing in the file is checked, so mistakes in it stay hidden until apply time.\n\n**Fix:** Fix the syntax at the reported position (kubectl apply --dry-run=client shows the same error), or exclude the file in .vvp-kv-lint.yaml if it is not a manifest.\n\nRun `vvp-kv-lint explain yaml-parse-error` for examples, or see docs/rules/yaml-parse-error.md.\n",
    "tags": [
      "input",
      "correctness"
    ]
  }
];

// dist/src/live/cluster-facts.js
function clusterAnchor(facts) {
  return liveObject({ apiVersion: "v1", kind: "Cluster", metadata: { name: facts.context }, server: facts.server }, { live: "cluster", scope: facts.context, resource: "cluster" });
}
function failedMountObject(facts, f) {
  const o = f.owner;
  const body = o ? { apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: f.namespace } } : { apiVersion: "v1", kind: "Pod", metadata: { name: f.pod, namespace: f.namespace } };
  return liveObject(body, { live: "cluster", scope: facts.context, resource: o ? o.resource : "pod" });
}

// dist/src/rules/cluster-csi-driver-missing.js
var rule = {
  id: "cluster-csi-driver-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || !facts.csiDriver || facts.csiDriver.present)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" has no CSIDriver secrets-store.csi.k8s.io: secrets-store volumes cannot mount`
    });
  }
};

// dist/src/model/drift.js
function differingPaths(a, b, base = []) {
  const out = [];
  diff(a, b, base, out);
  return out;
}
function diff(a, b, path, out) {
  if (isEmpty(a) && isEmpty(b))
    return;
  if (isRecord(a) && isRecord(b)) {
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      diff(a[k], b[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(path);
      return;
    }
    a.forEach((v, i) => diff(v, b[i], [...path, i], out));
    return;
  }
  if (!sameScalar(a, b))
    out.push(path);
}
function sameScalar(a, b) {
  if (a === b)
    return true;
  const scalar = (v) => typeof v === "number" || typeof v === "boolean" || typeof v === "string";
  return scalar(a) && scalar(b) && typeof a !== typeof b && (typeof a === "string" || typeof b === "string") && String(a) === String(b);
}
function isEmpty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0 || isRecord(v) && Object.keys(v).length === 0;
}
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describePaths(paths, max = 10) {
  const shown = paths.slice(0, max).map(formatPath);
  return `${shown.join(", ")}${paths.length > shown.length ? ` and ${paths.length - shown.length} more` : ""}`;
}

// dist/src/rules/cluster-drift.js
var rule2 = {
  id: "cluster-drift",
  check(ctx) {
    const inv = ctx.inventory;
    const live = inv.objects.filter((o) => o.source.kind === "live" && o.source.live === "cluster");
    if (!live.length)
      return;
    const sources = new Map(podSources(inv).filter((s) => s.kind === "kube").map((s) => [s.object, s]));
    for (const o of [...inv.ofClass("SecretProviderClass"), ...inv.ofClass("KubeWorkload")]) {
      if (o.source.kind !== "file")
        continue;
      const twin = liveTwin(live, o);
      if (!twin)
        continue;
      const paths = o.kind === "SecretProviderClass" ? differingPaths(o.body["spec"], twin.body["spec"], ["spec"]) : workloadDrift(sources.get(o), sources.get(twin));
      if (!paths.length)
        continue;
      ctx.report({
        object: o,
        path: paths[0],
        message: `${o.kind} ${o.namespace ?? ""}/${o.name} differs from the cluster: ${describePaths(paths)}`,
        related: [{ object: twin, path: paths[0], message: "the object as it runs in the cluster" }]
      });
    }
  }
};
function liveTwin(live, o) {
  const candidates = live.filter((l) => l.kind === o.kind && l.name === o.name && (o.namespace === void 0 || l.namespace === o.namespace));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function workloadDrift(file, cluster) {
  if (!file || !cluster)
    return [];
  const view = (s) => ({
    volumes: Object.fromEntries(s.volumes.filter((v) => v.isSecretsVolume).map((v) => [v.name ?? "?", v.csi])),
    labels: { aadpodidbinding: s.labels["aadpodidbinding"], "azure.workload.identity/use": s.labels["azure.workload.identity/use"] },
    serviceAccountName: s.serviceAccountName
  });
  const paths = differingPaths(view(file), view(cluster));
  return paths.map((p) => {
    if (p[0] === "volumes") {
      const vol = file.volumes.find((v) => v.name === p[1]) ?? cluster.volumes.find((v) => v.name === p[1]);
      return vol && file.volumes.includes(vol) ? [...vol.path, ...p.slice(2).length ? ["csi", ...p.slice(2)] : []] : [...file.podPath];
    }
    if (p[0] === "labels")
      return [...file.labelsPath, ...p.slice(1)];
    return file.serviceAccountPath ?? [...file.podPath];
  });
}

// dist/src/rules/cluster-mount-failing.js
var rule3 = {
  id: "cluster-mount-failing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts?.failedMounts)
      return;
    const groups = /* @__PURE__ */ new Map();
    for (const f of facts.failedMounts) {
      const who = f.owner ? `${f.owner.kind}/${f.owner.name}` : `Pod/${f.pod}`;
      const key = `${f.namespace}\0${who}\0${f.volume ?? ""}`;
      let list = groups.get(key);
      if (!list)
        groups.set(key, list = []);
      list.push(f);
    }
    for (const list of groups.values()) {
      const latest = list.reduce((a, b) => (b.lastTimestamp ?? "") > (a.lastTimestamp ?? "") ? b : a);
      const count = list.reduce((n, f) => n + f.count, 0);
      const pods = [...new Set(list.map((f) => f.pod))];
      const podText = pods.length === 1 ? `Pod ${latest.namespace}/${pods[0]}` : `${pods.length} pods (${pods.slice(0, 3).join(", ")}${pods.length > 3 ? ", \u2026" : ""})`;
      const vol = latest.volume ? `volume "${latest.volume}"` : "a secrets-store volume";
      const when = latest.lastTimestamp ? `, last at ${latest.lastTimestamp}` : "";
      ctx.report({
        object: failedMountObject(facts, latest),
        path: volumesPath(latest.owner?.kind),
        // Event text is redacted at read time (src/live/kube/redact.ts): nothing after "clientsecret", no tokens.
        message: `${podText} failed to mount ${vol} (${latest.reason} ${count === 1 ? "once" : `${count} times`}${when}): ${latest.message}`,
        discriminator: latest.volume ?? ""
      });
    }
  }
};
function volumesPath(ownerKind) {
  if (!ownerKind)
    return ["spec", "volumes"];
  if (ownerKind === "CronJob")
    return ["spec", "jobTemplate", "spec", "template", "spec", "volumes"];
  return ["spec", "template", "spec", "volumes"];
}

// dist/src/rules/cluster-provider-missing.js
var rule4 = {
  id: "cluster-provider-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    const pods = facts?.providerPods;
    if (!facts || !pods || pods.ready > 0)
      return;
    const detail = pods.total === 0 ? "no pod labelled app=csi-secrets-store-provider-azure or app=secrets-store-provider-azure runs" : `${pods.total} provider pod${pods.total === 1 ? "" : "s"} (namespace ${pods.namespaces.join(", ")}), none Ready`;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" has no ready Azure Key Vault provider: ${detail}`
    });
  }
};

// dist/src/rules/cluster-spc-crd-missing.js
var rule5 = {
  id: "cluster-spc-crd-missing",
  check(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts || facts.spcCrdInstalled !== false)
      return;
    ctx.report({
      object: clusterAnchor(facts),
      path: [],
      message: `Cluster "${facts.context}" does not serve the SecretProviderClass CRD (secretproviderclasses.secrets-store.csi.x-k8s.io): the Secrets Store CSI driver is not installed`
    });
  }
};

// dist/src/rules/cluster-token-requests-missing.js
var WORKLOAD_IDENTITY_AUDIENCE = "api://AzureADTokenExchange";
var IDENTITY_BINDING_AUDIENCE = "api://AKSIdentityBinding";
var rule6 = {
  id: "cluster-token-requests-missing",
  check(ctx) {
    const driver = ctx.inventory.cluster?.csiDriver;
    if (!driver || !driver.present)
      return;
    const needs = /* @__PURE__ */ new Map();
    for (const spc of ctx.inventory.ofClass("SecretProviderClass")) {
      const audience = neededAudience(spc);
      if (!audience || driver.tokenAudiences.includes(audience))
        continue;
      let list = needs.get(audience);
      if (!list)
        needs.set(audience, list = []);
      list.push(spc);
    }
    for (const [audience, spcs] of needs) {
      const related = spcs.slice(0, 20).map((spc) => ({
        object: spc,
        path: ["spec", "parameters", "clientID"],
        message: `${spc.namespace ? spc.namespace + "/" : ""}${spc.name ?? "?"} needs a token for ${audience}`
      }));
      const mode = audience === WORKLOAD_IDENTITY_AUDIENCE ? "workload identity" : "identity binding (useAzureTokenProxy)";
      const have = driver.tokenAudiences.length ? `only ${driver.tokenAudiences.join(", ")}` : "none";
      ctx.report({
        object: driver.object,
        path: driver.tokenAudiences.length ? ["spec", "tokenRequests"] : ["spec"],
        message: `${spcs.length} SecretProviderClass${spcs.length === 1 ? " uses" : "es use"} ${mode}, but the CSIDriver requests no token for audience ${audience} (tokenRequests: ${have})`,
        related,
        discriminator: audience
      });
    }
  }
};
function neededAudience(spc) {
  const spec = spc.body["spec"];
  if (!isRecord(spec) || spec["provider"] !== "azure" || !isRecord(spec["parameters"]))
    return void 0;
  const p = spec["parameters"];
  const clientID = typeof p["clientID"] === "string" ? p["clientID"].trim() : "";
  if (!clientID)
    return void 0;
  if (parseBool(p["useAzureTokenProxy"]))
    return IDENTITY_BINDING_AUDIENCE;
  if (parseBool(p["usePodIdentity"]) || parseBool(p["useVMManagedIdentity"]))
    return void 0;
  return WORKLOAD_IDENTITY_AUDIENCE;
}
function parseBool(v) {
  return typeof v === "string" && ["1", "t", "T", "TRUE", "true", "True"].includes(v.trim());
}

// dist/src/rules/support/pods.js
var secretsVolumeCache = /* @__PURE__ */ new WeakMap();
function secretsVolumes(inv) {
  let list = secretsVolumeCache.get(inv);
  if (!list) {
    const out = [];
    for (const src of podSources(inv))
      for (const vol of src.volumes)
        if (vol.isSecretsVolume)
          out.push({ src, vol });
    secretsVolumeCache.set(inv, list = out);
  }
  return list;
}
function lookupSpc(inv, src, name) {
  const matches = inv.find("SecretProviderClass", src.namespace, name);
  const spcs = inv.ofClass("SecretProviderClass");
  const decidable = spcs.length > 0 || inv.liveListComplete("SecretProviderClass", src.namespace);
  const elsewhere = matches.length ? [] : inv.find("SecretProviderClass", void 0, name);
  return { spc: matches[0] ? spcView(matches[0]) : void 0, decidable, elsewhere };
}
function spcOfVolume(inv, sv) {
  return sv.vol.spcName ? lookupSpc(inv, sv.src, sv.vol.spcName).spc : void 0;
}
function isMounted(src, volumeName) {
  return volumeName !== void 0 && src.containers.some((c) => c.mounts.some((m) => m.name === volumeName));
}
function visible(inv, cls, kind, ns) {
  if (ns === void 0) {
    const all = inv.ofClass(cls);
    return { list: [...all], known: inv.liveListComplete(kind, ns) || all.length > 0 };
  }
  const own = inv.inNamespace(cls, ns);
  return { list: [...own, ...inv.inNamespace(cls, "")], known: inv.liveListComplete(kind, ns) || own.length > 0 };
}
function podTemplatePath(src) {
  return src.labelsPath.length && Object.keys(src.labels).length ? [...src.labelsPath] : [...src.podPath];
}

// dist/src/rules/support/fix.js
var import_yaml = __toESM(require_dist(), 1);
function replaceAt(o, path, target, text, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === text)
    return void 0;
  return { description, edits: [{ span: loc.span, text }] };
}
function replaceString(o, path, target, value, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === "" || src.includes("\n") || /^[|>&*!{[]/.test(src))
    return void 0;
  let text;
  if (src.startsWith('"'))
    text = JSON.stringify(value);
  else if (src.startsWith("'"))
    text = `'${value.replace(/'/g, "''")}'`;
  else
    text = isJson(loc.file) ? JSON.stringify(value) : yamlString(value);
  if (text === src)
    return void 0;
  return { description, edits: [{ span: loc.span, text }] };
}
function replaceInside(o, path, target, find, text, description) {
  const loc = o.locator.locate(path, target);
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  const at2 = src.indexOf(find);
  if (at2 < 0)
    return void 0;
  return { description, edits: [{ span: { start: loc.span.start + at2, end: loc.span.start + at2 + find.length }, text }] };
}
function quoteScalar(o, path) {
  const loc = o.locator.locate(path, "value");
  if (loc.kind !== "file" || !loc.exact)
    return void 0;
  const node = yamlNodeAt(o, path);
  if (node !== void 0 && !((0, import_yaml.isScalar)(node) && node.type === import_yaml.Scalar.PLAIN && !node.tag))
    return void 0;
  const src = loc.file.text.slice(loc.span.start, loc.span.end);
  if (src === "" || src.includes("\n") || src.includes("\r") || /^["'|>&*!{[%@`]/.test(src))
    return void 0;
  const quoted = /["\\]/.test(src) && !isJson(loc.file) ? `'${src.replace(/'/g, "''")}'` : JSON.stringify(src);
  return { description: `Quote ${src} as a string`, edits: [{ span: loc.span, text: quoted }] };
}
function addKey(o, mapPath, keyText, valueText, description) {
  if (o.source.kind !== "file" || !o.yamlNode)
    return void 0;
  const file = o.source.file;
  const text = file.text;
  const json = isJson(file);
  if (json)
    valueText = asJson(valueText);
  const node = yamlNodeAt(o, mapPath);
  if (node && (0, import_yaml.isMap)(node)) {
    if (!node.range)
      return void 0;
    if (node.flow)
      return flowInsert(text, node, keyText, valueText, json, description);
    return blockAppend(text, node, keyText, valueText, description);
  }
  if (json)
    return void 0;
  const parent = mapPath.length ? yamlNodeAt(o, mapPath.slice(0, -1)) : void 0;
  if (!parent || !(0, import_yaml.isMap)(parent) || parent.flow)
    return void 0;
  const pair = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(mapPath[mapPath.length - 1]));
  const v = pair?.value;
  const empty = v === null || (0, import_yaml.isScalar)(v) && v.value === null && !v.source && !!v.range && v.range[0] === v.range[1];
  if (!pair || !(0, import_yaml.isScalar)(pair.key) || !pair.key.range || !empty)
    return void 0;
  const keyStart = pair.key.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart)))
    return void 0;
  const col = keyStart - lineStart;
  const at2 = afterLine(text, pair.key.range[1]);
  if (at2 === void 0)
    return void 0;
  const eol = eolAt(text, pair.key.range[1]);
  const lead = at2.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at2.offset, end: at2.offset }, text: lead + blockEntry(keyText, valueText, col + indentStep(text, parent, col), eol) }] };
}
function blockAppend(text, node, key, value, description) {
  const first = node.items[0];
  const last = node.items[node.items.length - 1];
  const firstKey = first?.key;
  if (!first || !last || !firstKey?.range)
    return void 0;
  const keyStart = firstKey.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  if (!/^[ ]*(?:- )*$/.test(text.slice(lineStart, keyStart)))
    return void 0;
  const col = keyStart - lineStart;
  const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
  if (lastEnd === void 0)
    return void 0;
  const at2 = afterLine(text, lastEnd);
  if (at2 === void 0)
    return void 0;
  const eol = eolAt(text, Math.max(keyStart, lastEnd - 1));
  const lead = at2.needsBreak ? eol : "";
  return { description, edits: [{ span: { start: at2.offset, end: at2.offset }, text: lead + blockEntry(key, value, col, eol, indentStep(text, node, col)) }] };
}
function flowInsert(text, node, key, value, json, description) {
  const [start, end] = node.range;
  const entry = flowEntry(key, value, json);
  if (node.items.length === 0) {
    const open = text.indexOf("{", start);
    if (open < 0 || open >= end)
      return void 0;
    return { description, edits: [{ span: { start: open + 1, end: open + 1 }, text: entry }] };
  }
  const last = node.items[node.items.length - 1];
  const lastEnd = (last.value?.range ?? last.key?.range)?.[1];
  if (lastEnd === void 0)
    return void 0;
  let p = lastEnd;
  while (p < end && /[ \t\r\n]/.test(text[p]))
    p++;
  if (text[p] === ",")
    return { description, edits: [{ span: { start: p + 1, end: p + 1 }, text: ` ${entry},` }] };
  return { description, edits: [{ span: { start: lastEnd, end: lastEnd }, text: `, ${entry}` }] };
}
function flowEntry(key, value, json) {
  const k = json ? JSON.stringify(key) : key;
  if (typeof value === "string")
    return `${k}: ${value}`;
  return `${k}: {${Object.entries(value).map(([kk, vv]) => flowEntry(kk, vv, json)).join(", ")}}`;
}
function blockEntry(key, value, col, eol, step = 2) {
  const pad = " ".repeat(col);
  if (typeof value === "string")
    return `${pad}${key}: ${value}${eol}`;
  return `${pad}${key}:${eol}${Object.entries(value).map(([k, v]) => blockEntry(k, v, col + step, eol, step)).join("")}`;
}
function afterLine(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n")
    return { offset, needsBreak: false };
  const nl = text.indexOf("\n", offset);
  if (nl < 0)
    return { offset: text.length, needsBreak: true };
  return { offset: nl + 1, needsBreak: false };
}
function eolAt(text, offset) {
  const nl = text.indexOf("\n", offset);
  if (nl > 0)
    return text[nl - 1] === "\r" ? "\r\n" : "\n";
  const any = text.indexOf("\n");
  return any > 0 && text[any - 1] === "\r" ? "\r\n" : "\n";
}
function indentStep(text, node, col) {
  for (const item of node.items) {
    const v = item.value;
    if (v && (0, import_yaml.isMap)(v) && !v.flow && v.items.length && v.items[0].key) {
      const k = v.items[0].key;
      if (!k.range)
        continue;
      const ls = text.lastIndexOf("\n", k.range[0] - 1) + 1;
      const inner = k.range[0] - ls;
      if (inner > col && /^[ ]*$/.test(text.slice(ls, k.range[0])))
        return inner - col;
    }
  }
  return 2;
}
function yamlString(s) {
  const plainSafe = /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(s) && !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}
function renameKey(o, path, newKey, description) {
  return replaceString(o, path, "key", newKey, description);
}
function isJson(file) {
  return /\.json$/i.test(file.relPath);
}
function asJson(v) {
  if (typeof v !== "string")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asJson(x)]));
  try {
    JSON.parse(v);
    return v;
  } catch {
    return JSON.stringify(v);
  }
}

// dist/src/rules/support/spc.js
var import_yaml2 = __toESM(require_dist(), 1);
function azureSpcs(inventory) {
  const out = [];
  for (const o of inventory.ofClass("SecretProviderClass")) {
    const view = spcView(o);
    if (meantForAzure(view.provider))
      out.push(view);
  }
  return out;
}
function meantForAzure(provider) {
  if (provider === void 0 || provider === null)
    return true;
  if (typeof provider !== "string")
    return true;
  return provider.trim() === "" || /azure|akv|keyvault/i.test(provider);
}
var GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
function isGuid2(s) {
  return GUID.test(s);
}
var PLACEHOLDERS = [/\$\{[^}\s]+\}/, /^\$[A-Za-z_][A-Za-z0-9_]*$/, /^<[^<>\n]+>$/, /\{\{[^}]*\}\}/];
function findPlaceholder(s) {
  const t = s.trim();
  for (const re of PLACEHOLDERS) {
    const m = re.exec(t);
    if (m)
      return m[0];
  }
  return void 0;
}
function isPlaceholder(s) {
  return typeof s === "string" && findPlaceholder(s) !== void 0;
}
function show(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}
var YAML11_NON_STRING = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function isYaml11NonString(spc, key) {
  const value = spc.parameters?.[key];
  if (typeof value !== "string")
    return false;
  const node = scalarAt(spc.object, spc.paramPath(key));
  return node !== void 0 && (0, import_yaml2.isScalar)(node) && node.type === import_yaml2.Scalar.PLAIN && YAML11_NON_STRING.test(String(node.source ?? value));
}
function caseVariant(spc, name) {
  const lower = name.toLowerCase();
  return Object.keys(spc.parameters ?? {}).find((k) => k !== name && k.toLowerCase() === lower);
}

// dist/src/rules/csi-driver-invalid.js
var rule7 = {
  id: "csi-driver-invalid",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const csi = vol.csi;
      if (!("volumeAttributes" in csi) || csi["driver"] === CSI_DRIVER_NAME)
        continue;
      const driver = csi["driver"];
      const missing = driver === void 0 || driver === null || driver === "";
      const hasKey = "driver" in csi;
      const path = hasKey ? [...vol.path, "csi", "driver"] : [...vol.path, "csi"];
      const target = hasKey && driver !== null && driver !== void 0 ? "value" : "key";
      ctx.report({
        object: src.object,
        path,
        target,
        message: missing ? `volume ${vol.name ?? ""} has ${hasKey ? "an empty" : "no"} csi.driver; the Secrets Store CSI driver is ${CSI_DRIVER_NAME}` : `csi.driver ${show(driver)} is not the Secrets Store CSI driver ${CSI_DRIVER_NAME}${driver === SPC_GROUP ? ` (${SPC_GROUP} is the API group of SecretProviderClass)` : ""}`,
        fix: target !== "value" ? void 0 : () => replaceString(src.object, path, "value", CSI_DRIVER_NAME, `Set the driver to ${CSI_DRIVER_NAME}`)
      });
    }
  }
};

// dist/src/rules/csi-mount-not-readonly.js
var rule8 = {
  id: "csi-mount-not-readonly",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
      const secretNames = new Set(src.volumes.filter((v) => v.isSecretsVolume).map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.readOnly || !secretNames.has(m.name))
            continue;
          ctx.report({
            object: src.object,
            path: m.path,
            message: `container ${c.name ?? ""} mounts secrets volume ${m.name} without readOnly: true`,
            fix: () => at(src.object.body, [...m.path, "readOnly"]) === void 0 ? addKey(src.object, m.path, "readOnly", "true", "Mount the secrets volume readOnly") : replaceAt(src.object, [...m.path, "readOnly"], "value", "true", "Mount the secrets volume readOnly")
          });
        }
      }
    }
  }
};

// dist/src/rules/csi-spc-missing-attribute.js
var rule9 = {
  id: "csi-spc-missing-attribute",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (vol.spcName !== void 0 && vol.spcName.trim() !== "")
        continue;
      const attrs = vol.csi["volumeAttributes"];
      if (vol.csi["driver"] !== CSI_DRIVER_NAME && !isRecord(attrs))
        continue;
      ctx.report({ object: src.object, path: [...vol.path, "csi"], target: "key", message: `volume ${vol.name ?? ""} has no csi.volumeAttributes.secretProviderClass; the driver fails with "secretProviderClass is not set"` });
    }
  }
};

// dist/src/rules/csi-spc-not-found.js
var rule10 = {
  id: "csi-spc-not-found",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const name = vol.spcName?.trim();
      if (!name || isPlaceholder(name))
        continue;
      const found = lookupSpc(ctx.inventory, src, name);
      if (found.spc || !found.decidable)
        continue;
      const ns = src.namespace;
      const other = found.elsewhere[0];
      const via = src.namespaceFrom ? " (from its DeploymentTarget)" : "";
      const message = other ? `SecretProviderClass ${name} is not in the pod namespace ${ns}${via}; one exists in namespace ${other.namespace ?? "(unset)"} instead, and the driver only looks in the pod namespace` : `SecretProviderClass ${name} not found${ns ? ` in the pod namespace ${ns}${via}` : ""}`;
      const related = [];
      if (other)
        related.push({ object: other, path: ["metadata", "namespace"], message: `SecretProviderClass ${name} is in namespace ${other.namespace ?? "(unset)"}` });
      if (src.namespaceFrom)
        related.push({ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${ns}` });
      ctx.report({ object: src.object, path: [...vol.path, "csi", "volumeAttributes", "secretProviderClass"], message, related });
    }
  }
};

// dist/src/rules/csi-volume-not-readonly.js
var rule11 = {
  id: "csi-volume-not-readonly",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      const ro = vol.csi["readOnly"];
      if (ro === true)
        continue;
      const csiPath = [...vol.path, "csi"];
      ctx.report({
        object: src.object,
        path: csiPath,
        target: "key",
        message: `volume ${vol.name ?? ""} is not csi.readOnly: true; the Secrets Store CSI driver refuses it ("Readonly is not true in request")`,
        fix: () => ro === void 0 ? addKey(src.object, csiPath, "readOnly", "true", "Set csi.readOnly: true") : replaceAt(src.object, [...csiPath, "readOnly"], "value", "true", "Set csi.readOnly: true")
      });
    }
  }
};

// dist/src/rules/csi-volume-unmounted.js
var rule12 = {
  id: "csi-volume-unmounted",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (isMounted(src, vol.name))
        continue;
      if (src.kind === "vvp-defaults")
        continue;
      if (src.kind === "vvp-pods" && isRecord(at(src.object.body, [...vol.path.slice(0, -1), "volumeMount"])))
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, message: `secrets volume ${vol.name ?? ""} is not mounted by any container of ${src.description}` });
    }
  }
};

// dist/src/rules/grant-excessive.js
var rule13 = {
  id: "grant-excessive",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed)
        continue;
      const res = resolveIdentity(ctx.inventory, state, spc);
      for (const principal of res.principals) {
        const extra = excessiveGrants(state, vault, principal.principalIds);
        if (extra.length === 0)
          continue;
        ctx.report({
          object: spc.object,
          path: res.path,
          discriminator: principal.label,
          message: `${principal.label} holds more than read access on key vault ${vault.name}: ${extra.map((e) => e.description).join("; ")}; a CSI mount only needs get (and list for version history)`,
          related: [{ object: vaultObject(vault), path: ["properties", vault.enableRbacAuthorization ? "enableRbacAuthorization" : "accessPolicies"], message: `key vault ${vault.name}` }]
        });
      }
    }
  }
};

// dist/src/azure/grant-check.js
var cache = /* @__PURE__ */ new WeakMap();
function grantProblems(inventory) {
  let out = cache.get(inventory);
  if (!out)
    cache.set(inventory, out = compute(inventory));
  return out;
}
function compute(inventory) {
  const out = [];
  for (const { spc, state } of azureChecks(inventory)) {
    const vault = vaultOf(state, spc);
    if (!vault?.detailed)
      continue;
    const needs = needsOf(spc);
    if (needs.length === 0)
      continue;
    const res = resolveIdentity(inventory, state, spc);
    const modelName = vault.enableRbacAuthorization ? "Azure RBAC" : "access policies";
    const related = [
      {
        object: vaultObject(vault),
        path: ["properties", "enableRbacAuthorization"],
        message: `key vault ${vault.name} uses ${modelName}${vault.enableRbacAuthorization ? "" : " (enableRbacAuthorization is not true)"}`
      }
    ];
    for (const principal of res.principals) {
      const ev = evaluateAccess(state, vault, principal.principalIds, needs);
      const missing = ev.results.filter((r) => r.effective === "missing");
      if (missing.length === 0)
        continue;
      const otherModel = missing.filter((r) => (ev.model === "rbac" ? r.policy : r.rbac) === "granted");
      const types = (rs) => rs.map((r) => TYPE_LABEL[r.need.objectType] + (r.need.history ? " (with version history)" : "")).join(", ");
      const lacks = (rs) => rs.flatMap((r) => ev.model === "rbac" ? r.missingRbac : r.missingPolicy).filter((v, i, a) => a.indexOf(v) === i).join(", ");
      const hint3 = ev.model === "rbac" ? `assign a role that includes ${lacks(missing)} (e.g. Key Vault ${missing.some((r) => r.need.objectType !== "secret") ? "Certificate User" : "Secrets User"}) at the vault scope` : `add an access policy with ${lacks(missing)} for object id ${principal.principalIds[0] ?? "(none)"}`;
      const tenantNote = ev.model === "accessPolicy" && ev.otherTenantPolicies.length > 0 ? " (an access policy exists for it but names another tenant, so it does not count)" : "";
      if (otherModel.length === missing.length) {
        const via = ev.model === "rbac" ? "only through an access policy, which an RBAC vault ignores" : `only through ${otherModel.flatMap((r) => r.rbacVia).filter((v, i, a) => a.indexOf(v) === i).join(", ")}, which an access-policy vault ignores`;
        out.push({
          kind: "wrong-model",
          spc,
          path: res.path,
          principal,
          message: `${principal.label} can read ${types(missing)} in key vault ${vault.name} ${via}; ${hint3}, or switch the vault's permission model`,
          related
        });
      } else {
        out.push({
          kind: "missing",
          spc,
          path: res.path,
          principal,
          message: `${principal.label} cannot read ${types(missing)} in key vault ${vault.name} (${modelName})${tenantNote}; ${hint3}`,
          related
        });
      }
    }
  }
  return out;
}

// dist/src/rules/grant-missing.js
var rule14 = {
  id: "grant-missing",
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== "missing")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  }
};

// dist/src/rules/grant-wrong-model.js
var rule15 = {
  id: "grant-wrong-model",
  check(ctx) {
    for (const p of grantProblems(ctx.inventory)) {
      if (p.kind !== "wrong-model")
        continue;
      ctx.report({ object: p.spc.object, path: p.path, discriminator: p.principal.label, message: p.message, related: p.related });
    }
  }
};

// dist/src/rules/kv-federated-credential-missing.js
var rule16 = {
  id: "kv-federated-credential-missing",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (spc.identityMode !== "workload-identity" || !state.provided.has("federatedCredentials"))
        continue;
      const res = resolveIdentity(ctx.inventory, state, spc);
      for (const principal of res.principals) {
        const identity = principal.identity;
        if (!identity?.id || state.incomplete.federatedCredentials.has(identity.id.toLowerCase()))
          continue;
        const subjects = state.federatedCredentials.filter((f) => f.identityId.toLowerCase() === identity.id.toLowerCase()).map((f) => f.subject);
        const missing = /* @__PURE__ */ new Set();
        for (const pod of res.pods) {
          const sa = pod.serviceAccountName;
          if (!sa)
            continue;
          const ok = pod.namespace !== void 0 ? subjects.includes(`system:serviceaccount:${pod.namespace}:${sa}`) : subjects.some((s) => s.startsWith("system:serviceaccount:") && s.endsWith(`:${sa}`));
          if (!ok)
            missing.add(`system:serviceaccount:${pod.namespace ?? "<namespace>"}:${sa}`);
        }
        if (missing.size === 0)
          continue;
        const have = subjects.length ? ` (it has: ${subjects.join(", ")})` : " (it has none)";
        ctx.report({
          object: spc.object,
          path: spc.paramPath("clientID"),
          discriminator: identity.id,
          message: `${principal.label} has no federated credential for ${[...missing].join(", ")}${have}; create one with az identity federated-credential create --subject ${[...missing][0]} --audiences api://AzureADTokenExchange`
        });
      }
    }
  }
};

// dist/src/rules/kv-identity-not-found.js
var rule17 = {
  id: "kv-identity-not-found",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      for (const nf of resolveIdentity(ctx.inventory, state, spc).notFound) {
        if (!concrete(nf.clientId) || !isGuid(nf.clientId))
          continue;
        ctx.report({
          object: nf.object,
          path: nf.path,
          discriminator: nf.clientId,
          message: `client id ${nf.clientId} (${nf.where}) matches no managed identity or service principal in the Azure state, so its grants cannot be checked; check the id (az identity show --query clientId) or add the identity to the state`
        });
      }
    }
  }
};

// dist/src/rules/kv-network-restricted.js
var rule18 = {
  id: "kv-network-restricted",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      if (!vault?.detailed || vault.privateEndpointConnections > 0)
        continue;
      const disabled = (vault.publicNetworkAccess ?? "").toLowerCase() === "disabled";
      const acls = vault.networkAcls;
      const denyAll = (acls?.defaultAction ?? "").toLowerCase() === "deny" && acls.ipRules.length === 0 && acls.virtualNetworkRules.length === 0;
      if (!disabled && !denyAll)
        continue;
      const why = disabled ? "has public network access disabled and no private endpoint" : "has a firewall that denies by default with no IP or virtual-network rule and no private endpoint";
      ctx.report({
        object: spc.object,
        path: spc.paramPath("keyvaultName"),
        message: `key vault ${vault.name} ${why}, so the nodes' requests are likely refused (403 Forbidden); add a private endpoint, a VNet rule for the node subnet, or the cluster's egress IP`,
        related: [{ object: vaultObject(vault), path: ["properties", disabled ? "publicNetworkAccess" : "networkAcls"], message: `network settings of key vault ${vault.name}` }]
      });
    }
  }
};

// dist/src/rules/kv-tenant-mismatch.js
var rule19 = {
  id: "kv-tenant-mismatch",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      const vault = vaultOf(state, spc);
      const tenant = spc.tenant;
      if (!vault?.detailed || !vault.tenantId || !tenant || !isGuid(tenant.value))
        continue;
      if (tenant.value.toLowerCase() === vault.tenantId.toLowerCase())
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath(tenant.key),
        message: `${tenant.key} ${tenant.value} is not the tenant of key vault ${vault.name} (${vault.tenantId})`,
        related: [{ object: vaultObject(vault), path: ["properties", "tenantId"], message: `vault ${vault.name} belongs to tenant ${vault.tenantId}` }]
      });
    }
  }
};

// dist/src/rules/kv-vault-not-found.js
var rule20 = {
  id: "kv-vault-not-found",
  check(ctx) {
    for (const { spc, state } of azureChecks(ctx.inventory)) {
      if (!state.provided.has("vaults") || state.incomplete.subscriptions.size > 0)
        continue;
      const name = spc.param("keyvaultName");
      if (!concrete(name) || vaultOf(state, spc))
        continue;
      ctx.report({
        object: spc.object,
        path: spc.paramPath("keyvaultName"),
        message: `key vault "${name}" is not in the Azure state (${state.vaults.length} vault${state.vaults.length === 1 ? "" : "s"} from ${state.origin}); check the name, or include its subscription`
      });
    }
  }
};

// dist/src/rules/support/identity.js
function sourcesMounting(inv, mode) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of secretsVolumes(inv)) {
    if (seen.has(sv.src))
      continue;
    const spc = spcOfVolume(inv, sv);
    if (!spc || !spc.isAzure || spc.identityMode !== mode)
      continue;
    seen.add(sv.src);
    out.push({ src: sv.src, spc, volumePath: [...sv.vol.path] });
  }
  return out;
}

// dist/src/rules/pod-identity-binding-mismatch.js
var rule21 = {
  id: "pod-identity-binding-mismatch",
  check(ctx) {
    for (const { src } of sourcesMounting(ctx.inventory, "pod-identity")) {
      const label = src.labels["aadpodidbinding"];
      if (!label)
        continue;
      const { list: bindings, known } = visible(ctx.inventory, "AzureIdentityBinding", "AzureIdentityBinding", src.namespace);
      if (!known)
        continue;
      const path = [...src.labelsPath, "aadpodidbinding"];
      const binding = bindings.find((b) => isRecord(b.body["spec"]) && b.body["spec"]["selector"] === label);
      if (!binding) {
        const selectors = bindings.map((b) => isRecord(b.body["spec"]) ? b.body["spec"]["selector"] : void 0).filter((s) => typeof s === "string");
        const elsewhere = ctx.inventory.ofClass("AzureIdentityBinding").find((b) => !bindings.includes(b) && isRecord(b.body["spec"]) && b.body["spec"]["selector"] === label);
        ctx.report({
          object: src.object,
          path,
          message: `aadpodidbinding ${JSON.stringify(label)} matches no AzureIdentityBinding selector${src.namespace ? ` in namespace ${src.namespace}${src.namespaceFrom ? " (from its DeploymentTarget)" : ""}` : ""}${selectors.length ? ` (selectors: ${selectors.map((s) => JSON.stringify(s)).join(", ")})` : ""}${elsewhere ? `; AzureIdentityBinding ${elsewhere.name ?? ""} in namespace ${elsewhere.namespace ?? "(unset)"} has it, but bindings only select pods of their own namespace` : ""}`,
          related: [
            ...elsewhere ? [{ object: elsewhere, path: ["spec", "selector"], message: `AzureIdentityBinding ${elsewhere.name ?? ""} in namespace ${elsewhere.namespace ?? "(unset)"}` }] : [],
            ...bindings.slice(0, 3).map((b) => ({ object: b, path: ["spec", "selector"], message: `AzureIdentityBinding ${b.name ?? ""}` })),
            ...src.namespaceFrom ? [{ object: src.namespaceFrom.object, path: src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${src.namespace}` }] : []
          ]
        });
        continue;
      }
      const identityName = isRecord(binding.body["spec"]) ? binding.body["spec"]["azureIdentity"] : void 0;
      const identities = visible(ctx.inventory, "AzureIdentity", "AzureIdentity", binding.namespace ?? src.namespace);
      if (typeof identityName === "string" && identities.known && !identities.list.some((i) => i.name === identityName)) {
        ctx.report({
          object: src.object,
          path,
          message: `AzureIdentityBinding ${binding.name ?? ""} selected by ${JSON.stringify(label)} names AzureIdentity ${identityName}, which does not exist`,
          related: [{ object: binding, path: ["spec", "azureIdentity"], message: `binding names AzureIdentity ${identityName}` }]
        });
      }
    }
  }
};

// dist/src/rules/pod-identity-deprecated.js
var rule22 = {
  id: "pod-identity-deprecated",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.flag("usePodIdentity") !== true)
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("usePodIdentity"), target: "key", message: "AAD Pod Identity was deprecated on 2022-10-24 and is archived; plan a move to workload identity" });
    }
  }
};

// dist/src/rules/support/vvp.js
function extraLabelsHonoured(version) {
  if (!version)
    return void 0;
  const [major, minor] = version;
  return major > 2 || major === 2 && minor >= 5;
}

// dist/src/rules/pod-identity-label-missing.js
var rule23 = {
  id: "pod-identity-label-missing",
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, "pod-identity")) {
      if (src.labels["aadpodidbinding"]) {
        if (src.kind !== "helm-values" || extraLabelsHonoured(ctx.options.vvpVersion) !== false)
          continue;
        continue;
      }
      const inKubeLabels = src.nonPodLabels?.labels["aadpodidbinding"] !== void 0;
      const { list: bindings } = visible(ctx.inventory, "AzureIdentityBinding", "AzureIdentityBinding", src.namespace);
      const selectors = [...new Set(bindings.map((b) => isRecord(b.body["spec"]) ? b.body["spec"]["selector"] : void 0).filter((s) => typeof s === "string" && s !== ""))];
      const where = src.kind === "helm-values" ? "extraLabels" : src.kind === "vvp-pods" ? "kubernetes.pods.labels" : src.kind === "kube" ? "the pod template labels" : "the pod template metadata.labels";
      ctx.report({
        object: src.object,
        path: inKubeLabels ? src.nonPodLabels.path : podTemplatePath(src),
        target: "key",
        message: inKubeLabels ? `aadpodidbinding is set in kubernetes.labels, which VVP puts on deployments, jobs and services but not on pods; move it to ${src.kind === "vvp-pods" ? "kubernetes.pods.labels" : "the pod template metadata.labels"}` : `${src.description} mounts pod-identity SecretProviderClass ${spc.object.name} but its pods carry no aadpodidbinding label (add it to ${where})`,
        related: [{ object: spc.object, path: spc.paramPath("usePodIdentity"), message: "usePodIdentity is enabled here" }],
        // Only when exactly one binding selector can serve these pods is the label value unambiguous.
        // A missing labels map is created under its parent; a labels value that is not a map is left alone.
        fix: !inKubeLabels && selectors.length === 1 ? () => {
          const value = yamlString(selectors[0]);
          const description = `Label the pods aadpodidbinding: ${selectors[0]}`;
          return addKey(src.object, src.labelsPath, "aadpodidbinding", value, description) ?? (src.labelsPath.length > 0 && at(src.object.body, src.labelsPath) === void 0 ? addKey(src.object, src.labelsPath.slice(0, -1), String(src.labelsPath[src.labelsPath.length - 1]), { aadpodidbinding: value }, description) : void 0);
        } : void 0
      });
    }
  }
};

// dist/src/rules/support/secrets.js
function secretRefName(sv) {
  const ref = sv.vol.csi?.["nodePublishSecretRef"];
  return isRecord(ref) && typeof ref["name"] === "string" && ref["name"].trim() ? ref["name"].trim() : void 0;
}
function findSecret(inv, sv, name) {
  const { list, known } = visible(inv, "Secret", "Secret", sv.src.namespace);
  return { secret: list.find((s) => s.name === name), known };
}
function secretKeys(secret) {
  const out = [];
  for (const field of ["data", "stringData"]) {
    const m = secret.body[field];
    if (isRecord(m))
      for (const key of Object.keys(m))
        out.push({ key, field });
  }
  return out;
}
function referencedSecrets(inv, accept = () => true) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const sv of secretsVolumes(inv)) {
    const name = secretRefName(sv);
    if (!name || !accept(sv))
      continue;
    const { secret } = findSecret(inv, sv, name);
    if (!secret || seen.has(secret))
      continue;
    seen.add(secret);
    out.push({ secret, name, sv });
  }
  return out;
}

// dist/src/rules/secret-committed.js
var CREDENTIAL_KEY = /client[-_.]?secret|password|^secret$/i;
var rule24 = {
  id: "secret-committed",
  check(ctx) {
    const refNames = new Set(secretsVolumes(ctx.inventory).map(secretRefName).filter((n) => !!n));
    for (const secret of ctx.inventory.ofClass("Secret")) {
      if (secret.source.kind !== "file")
        continue;
      const isRef = secret.name !== void 0 && refNames.has(secret.name);
      const byField = /* @__PURE__ */ new Map();
      for (const { key, field } of secretKeys(secret)) {
        const value = secret.body[field][key];
        const hasValue = value !== null && value !== void 0 && String(value).trim() !== "" && !isRecord(value);
        if (!hasValue)
          continue;
        if (!(isRef || CREDENTIAL_KEY.test(key)))
          continue;
        if (isRef && !/client|secret|password|key|token/i.test(key))
          continue;
        let keys = byField.get(field);
        if (!keys)
          byField.set(field, keys = []);
        keys.push(key);
      }
      for (const [field, keys] of byField) {
        ctx.report({
          object: secret,
          path: [field],
          target: "key",
          message: `Secret ${secret.name ?? ""} commits credential values under ${field} (${keys.join(", ")})${isRef ? "; it is a nodePublishSecretRef Secret" : ""}; rotate them and keep them out of the repository`
        });
      }
    }
  }
};

// dist/src/rules/sp-secret-keys-missing.js
var rule25 = {
  id: "sp-secret-keys-missing",
  check(ctx) {
    const servicePrincipal = (sv) => {
      const spc = spcOfVolume(ctx.inventory, sv);
      return !spc || spc.identityMode === "service-principal";
    };
    for (const { secret, name, sv } of referencedSecrets(ctx.inventory, servicePrincipal)) {
      const keys = new Set(secretKeys(secret).map((k) => k.key.toLowerCase()));
      const missing = ["clientid", "clientsecret"].filter((k) => !keys.has(k));
      if (!missing.length)
        continue;
      const hasData = secret.body["data"] !== void 0 || secret.body["stringData"] !== void 0;
      ctx.report({
        object: secret,
        path: hasData ? [secret.body["data"] !== void 0 ? "data" : "stringData"] : ["metadata", "name"],
        target: "key",
        message: `Secret ${name} lacks ${missing.join(" and ")}; the provider fails with "could not find ${missing[0]} in secrets"`,
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }]
      });
    }
  }
};

// dist/src/rules/sp-secret-label-missing.js
var LABEL = "secrets-store.csi.k8s.io/used";
var rule26 = {
  id: "sp-secret-label-missing",
  check(ctx) {
    for (const { secret, name, sv } of referencedSecrets(ctx.inventory)) {
      const meta = isRecord(secret.body["metadata"]) ? secret.body["metadata"] : {};
      const labels = isRecord(meta["labels"]) ? meta["labels"] : void 0;
      const value = labels?.[LABEL];
      if (value === "true")
        continue;
      const labelPath = ["metadata", "labels", LABEL];
      ctx.report({
        object: secret,
        path: value !== void 0 ? labelPath : labels ? ["metadata", "labels"] : ["metadata", "name"],
        target: value !== void 0 ? "value" : "key",
        message: `Secret ${name} lacks label ${LABEL}: "true"; secret rotation fails without it on driver v0.1.0-v1.5.x`,
        related: [{ object: sv.src.object, path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"], message: `used as nodePublishSecretRef by ${sv.src.description}` }],
        fix: () => value !== void 0 ? replaceAt(secret, labelPath, "value", '"true"', `Set ${LABEL} to "true"`) : addKey(secret, ["metadata", "labels"], LABEL, '"true"', `Add label ${LABEL}: "true"`) ?? (isRecord(secret.body["metadata"]) && !Object.hasOwn(meta, "labels") ? addKey(secret, ["metadata"], "labels", { [LABEL]: '"true"' }, `Add label ${LABEL}: "true"`) : void 0)
      });
    }
  }
};

// dist/src/rules/sp-secret-not-found.js
var rule27 = {
  id: "sp-secret-not-found",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
      const name = secretRefName(sv);
      if (!name || isPlaceholder(name) || sv.src.namespace === void 0)
        continue;
      const { secret, known } = findSecret(ctx.inventory, sv, name);
      if (secret || !known)
        continue;
      const elsewhere = ctx.inventory.ofClass("Secret").find((s) => s.name === name);
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi", "nodePublishSecretRef", "name"],
        message: `Secret ${name} is not in the pod namespace ${sv.src.namespace}${sv.src.namespaceFrom ? " (from its DeploymentTarget)" : ""}${elsewhere ? `; one exists in namespace ${elsewhere.namespace ?? "(unset)"}, but the driver only reads the pod namespace` : ""}`,
        related: [
          ...elsewhere ? [{ object: elsewhere, path: ["metadata", "name"], message: `Secret ${name} in namespace ${elsewhere.namespace ?? "(unset)"}` }] : [],
          ...sv.src.namespaceFrom ? [{ object: sv.src.namespaceFrom.object, path: sv.src.namespaceFrom.path, message: `the DeploymentTarget puts the pods in namespace ${sv.src.namespace}` }] : []
        ]
      });
    }
  }
};

// dist/src/rules/sp-secret-ref-missing.js
var rule28 = {
  id: "sp-secret-ref-missing",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
      const spc = spcOfVolume(ctx.inventory, sv);
      if (!spc || !spc.isAzure || spc.identityMode !== "service-principal")
        continue;
      const ref = sv.vol.csi["nodePublishSecretRef"];
      if (isRecord(ref) && typeof ref["name"] === "string" && ref["name"].trim())
        continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi"],
        target: "key",
        message: `SecretProviderClass ${spc.object.name} uses a service principal (no identity flag, no clientID), but volume ${sv.vol.name ?? ""} has no nodePublishSecretRef`,
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: "no usePodIdentity, useVMManagedIdentity or clientID here" }]
      });
    }
  }
};

// dist/src/rules/sp-secret-ref-unneeded.js
var rule29 = {
  id: "sp-secret-ref-unneeded",
  check(ctx) {
    for (const sv of secretsVolumes(ctx.inventory)) {
      if (sv.vol.csi["nodePublishSecretRef"] === void 0)
        continue;
      const spc = spcOfVolume(ctx.inventory, sv);
      if (!spc || !spc.isAzure || spc.identityMode === "service-principal")
        continue;
      ctx.report({
        object: sv.src.object,
        path: [...sv.vol.path, "csi", "nodePublishSecretRef"],
        target: "key",
        message: `SecretProviderClass ${spc.object.name} uses ${spc.identityMode}; the nodePublishSecretRef Secret is never used`,
        related: [{ object: spc.object, path: ["spec", "parameters"], target: "key", message: `identity mode ${spc.identityMode} is set here` }]
      });
    }
  }
};

// dist/src/rules/spc-api-version.js
var rule30 = {
  id: "spc-api-version",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const o = spc.object;
      const v = o.body["apiVersion"];
      if (v === void 0 || v === null || typeof v === "string" && v.trim() === "") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion is ${v === void 0 ? "missing" : "empty"}; a SecretProviderClass needs apiVersion: ${SPC_GROUP}/v1` });
      } else if (typeof v !== "string") {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion must be the string ${SPC_GROUP}/v1` });
      } else if (v.startsWith(`${CSI_DRIVER_NAME}/`)) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "error",
          message: `apiVersion uses the CSI driver name ${CSI_DRIVER_NAME} as API group; the group is ${SPC_GROUP} (note the x-)`,
          fix: () => replaceInside(o, ["apiVersion"], "value", CSI_DRIVER_NAME, SPC_GROUP, `Use API group ${SPC_GROUP}`)
        });
      } else if (v === `${SPC_GROUP}/v1alpha1`) {
        ctx.report({
          object: o,
          path: ["apiVersion"],
          level: "warning",
          message: `${SPC_GROUP}/v1alpha1 is deprecated; use ${SPC_GROUP}/v1`,
          fix: () => replaceInside(o, ["apiVersion"], "value", "v1alpha1", "v1", "Use apiVersion v1")
        });
      } else if (v !== `${SPC_GROUP}/v1`) {
        ctx.report({ object: o, path: ["apiVersion"], level: "error", message: `apiVersion ${JSON.stringify(v)} is not served for SecretProviderClass; use ${SPC_GROUP}/v1` });
      }
    }
  }
};

// dist/src/rules/spc-bool-invalid.js
var rule31 = {
  id: "spc-bool-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      for (const flag of IDENTITY_FLAGS) {
        const raw = spc.parameters?.[flag];
        if (typeof raw !== "string")
          continue;
        const v = raw.trim();
        if (v === "" || parseGoBool(v) !== void 0 || isPlaceholder(v) || isYaml11NonString(spc, flag))
          continue;
        ctx.report({ object: spc.object, path: spc.paramPath(flag), message: `${flag} ${show(v)} is not a boolean the provider accepts (use "true" or "false")` });
      }
    }
  }
};

// dist/src/rules/spc-client-id-invalid.js
var rule32 = {
  id: "spc-client-id-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("clientID");
      if (!v || isGuid2(v) || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath("clientID"), message: `clientID ${show(v)} is not a GUID; use the client id of the managed identity or app registration` });
    }
  }
};

// dist/src/rules/spc-identity-mode-conflict.js
var rule33 = {
  id: "spc-identity-mode-conflict",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      const enabled = Object.keys(params).filter((k) => IDENTITY_FLAGS.includes(k) && spc.flag(k) === true);
      if (enabled.length > 1) {
        const [firstFlag, secondFlag] = enabled;
        ctx.report({
          object: spc.object,
          path: spc.paramPath(secondFlag),
          target: "key",
          message: `${secondFlag} and ${firstFlag} are both true; only one identity mode can be enabled at a time`,
          related: [{ object: spc.object, path: spc.paramPath(firstFlag), target: "key", message: `${firstFlag} is also true` }]
        });
        continue;
      }
      const clientId = spc.param("clientID");
      const clashing = enabled.find((k) => k === "usePodIdentity" || k === "useVMManagedIdentity");
      if (clientId && clashing) {
        const keys = Object.keys(params);
        const later = keys.indexOf("clientID") > keys.indexOf(clashing) ? "clientID" : clashing;
        const earlier = later === "clientID" ? clashing : "clientID";
        ctx.report({
          object: spc.object,
          path: spc.paramPath(later),
          target: "key",
          message: `clientID is set together with ${clashing}: the provider then parses workload-identity tokens and fails without them; remove clientID${clashing === "useVMManagedIdentity" ? " (use userAssignedIdentityID for a user-assigned identity)" : ""}`,
          related: [{ object: spc.object, path: spc.paramPath(earlier), target: "key", message: `${earlier} is set here` }]
        });
      }
    }
  }
};

// dist/src/rules/spc-keyvault-name-invalid.js
var VAULT_NAME = /^(?=.{3,24}$)[A-Za-z](?:[A-Za-z0-9]|-(?!-))*[A-Za-z0-9]$/;
var rule34 = {
  id: "spc-keyvault-name-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const raw = spc.parameters?.["keyvaultName"];
      if (typeof raw !== "string" && raw !== void 0 && raw !== null)
        continue;
      const v = spc.param("keyvaultName");
      if (!v) {
        const path = spc.has("keyvaultName") ? spc.paramPath("keyvaultName") : ["spec", "parameters"];
        ctx.report({ object: spc.object, path, target: spc.has("keyvaultName") ? "value" : "key", message: `keyvaultName is ${spc.has("keyvaultName") ? "empty" : "not set"}; the provider needs the Key Vault name${hint(caseVariant(spc, "keyvaultName"))}` });
        continue;
      }
      if (isPlaceholder(v) || VAULT_NAME.test(v))
        continue;
      const host = /^(?:[a-z]+:\/\/)?([A-Za-z0-9-]+)\.vault\./i.exec(v)?.[1];
      const why = /[./:]/.test(v) ? `looks like a URI or host name; use the bare vault name${host ? ` ${host}` : ""}` : v.length < 3 || v.length > 24 ? `is ${v.length} characters (3-24 allowed)` : /--/.test(v) ? "contains consecutive hyphens" : !/^[A-Za-z]/.test(v) ? "must start with a letter" : !/[A-Za-z0-9]$/.test(v) ? "must end with a letter or digit" : "may only contain letters, digits and hyphens";
      ctx.report({ object: spc.object, path: spc.paramPath("keyvaultName"), message: `keyvaultName ${show(v)} is not a valid Key Vault name: it ${why}` });
    }
  }
};
function hint(variant) {
  return variant ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-objects-file-collision.js
var rule35 = {
  id: "spc-objects-file-collision",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.parameters === void 0 || typeof spc.parameters["objects"] !== "string")
        continue;
      const first = /* @__PURE__ */ new Map();
      for (const e of spc.objects.entries) {
        const name = e.fileName;
        if (!name)
          continue;
        const prev = first.get(name);
        if (prev === void 0) {
          first.set(name, e.index);
          continue;
        }
        const byAlias = typeof e.fields?.["objectAlias"] === "string" && e.fields["objectAlias"].trim() !== "";
        const prevEntry = spc.objects.entries[prev];
        ctx.report({
          object: spc.object,
          path: spc.paramPath("objects"),
          location: e.locate(byAlias ? "objectAlias" : "objectName"),
          message: `objects entry ${e.index} writes file ${JSON.stringify(name)}, already written by entry ${prev}; give one an objectAlias`,
          related: [{ object: spc.object, path: spc.paramPath("objects"), location: prevEntry.locate(prevEntry.fields?.["objectAlias"] ? "objectAlias" : "objectName"), message: `entry ${prev} writes ${JSON.stringify(name)}` }],
          discriminator: String(e.index)
        });
      }
    }
  }
};

// dist/src/rules/spc-objects-invalid.js
var OBJECT_TYPES = ["secret", "key", "cert"];
var OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
var KNOWN_FIELDS = ["objectName", "objectAlias", "objectVersion", "objectVersionHistory", "objectType", "objectFormat", "objectEncoding", "filePermission"];
function entryProblems(e) {
  if (e.error || !e.fields)
    return [{ message: e.error ?? `entry ${e.index} is not a YAML mapping` }];
  const f = e.fields;
  const out = [];
  const str = (k) => typeof f[k] === "string" ? f[k].trim() : f[k] === void 0 || f[k] === null ? void 0 : String(f[k]);
  for (const k of Object.keys(f)) {
    if (!KNOWN_FIELDS.includes(k)) {
      const near = KNOWN_FIELDS.find((n) => n.toLowerCase() === k.toLowerCase());
      out.push({ field: k, target: "key", message: `unknown field ${k} in objects entry ${e.index}${near ? `; did you mean ${near}?` : ""}` });
    }
  }
  const name = str("objectName");
  if (!name)
    out.push({ field: f["objectName"] === void 0 ? void 0 : "objectName", message: `objects entry ${e.index} has no objectName` });
  else if (!isPlaceholder(name) && !OBJECT_NAME.test(name))
    out.push({ field: "objectName", message: `objectName ${show(name)} is not a Key Vault object name (1-127 letters, digits and hyphens)` });
  const type = str("objectType");
  if (type === void 0)
    out.push({ message: `objects entry ${e.index} has no objectType (secret, key or cert)` });
  else if (!OBJECT_TYPES.includes(type)) {
    const hint3 = /^cert/i.test(type) ? ": use cert for a certificate" : OBJECT_TYPES.includes(type.toLowerCase()) ? `, in lower case: use ${type.toLowerCase()}` : "";
    out.push({ field: "objectType", message: `objectType ${show(type)} must be exactly secret, key or cert${hint3}` });
  }
  const format = str("objectFormat");
  if (format) {
    if (!["pem", "pfx"].includes(format.toLowerCase()))
      out.push({ field: "objectFormat", message: `objectFormat ${show(format)} must be pem or pfx` });
    else if (format.toLowerCase() === "pfx" && type !== "secret")
      out.push({ field: "objectFormat", message: "objectFormat pfx is only supported with objectType: secret" });
  }
  const encoding = str("objectEncoding");
  if (encoding) {
    if (!["utf-8", "hex", "base64"].includes(encoding.toLowerCase()))
      out.push({ field: "objectEncoding", message: `objectEncoding ${show(encoding)} must be utf-8, hex or base64` });
    else if (type !== void 0 && type !== "secret")
      out.push({ field: "objectEncoding", message: "objectEncoding is only supported with objectType: secret" });
  }
  const perm = str("filePermission");
  if (perm && !/^0?[0-7]{3,4}$/.test(perm))
    out.push({ field: "filePermission", message: `filePermission ${show(perm)} is not an octal mode such as 0644; the provider silently uses mode 0` });
  const alias = str("objectAlias");
  if (alias !== void 0 && alias !== "" && !isPlaceholder(alias)) {
    if (alias.startsWith("/"))
      out.push({ field: "objectAlias", message: `objectAlias ${show(alias)} must be a relative file name` });
    else if (alias.includes(".."))
      out.push({ field: "objectAlias", message: `objectAlias ${show(alias)} must not contain ".."` });
  }
  const version = str("objectVersion");
  if (version && version !== "latest" && !isPlaceholder(version) && !/^[0-9A-Za-z]{32}$/.test(version)) {
    out.push({ field: "objectVersion", message: `objectVersion ${show(version)} must be empty, latest or a 32-character version id` });
  }
  const history = f["objectVersionHistory"];
  if (history !== void 0 && history !== null && !(Number.isInteger(Number(history)) && Number(history) >= 0)) {
    out.push({ field: "objectVersionHistory", message: `objectVersionHistory ${show(history)} must be a whole number` });
  }
  return out;
}
var rule36 = {
  id: "spc-objects-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (spc.parameters === void 0)
        continue;
      const raw = spc.parameters["objects"];
      if (raw !== void 0 && raw !== null && typeof raw !== "string")
        continue;
      const objects = spc.objects;
      if (objects.error) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: objects.error.location, message: objects.error.message });
        continue;
      }
      if (!objects.entries.length) {
        ctx.report({ object: spc.object, path: spc.paramPath("objects"), message: "`objects` lists no Key Vault object" });
        continue;
      }
      for (const e of objects.entries) {
        for (const p of entryProblems(e)) {
          ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(p.field, p.target), message: p.message, discriminator: `${e.index}:${p.field ?? ""}:${p.message}` });
        }
      }
    }
  }
};

// dist/src/rules/spc-parameter-not-string.js
var rule37 = {
  id: "spc-parameter-not-string",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      for (const [key, value] of Object.entries(params)) {
        const path = spc.paramPath(key);
        let kind;
        if (typeof value !== "string")
          kind = value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a map" : `a ${typeof value}`;
        else if (isYaml11NonString(spc, key))
          kind = yaml11Kind(String(scalarAt(spc.object, path)?.source ?? value));
        if (!kind)
          continue;
        ctx.report({
          object: spc.object,
          path,
          message: value === null ? `parameter ${key} has no value (null), not a string; the API server drops it as if ${key} were not set: write a quoted value, or "" for an empty one` : `parameter ${key} is ${kind}, not a string; SecretProviderClass parameters are strings: ${advice(value)}`,
          fix: () => quoteScalar(spc.object, path)
        });
      }
    }
  }
};
function yaml11Kind(source) {
  const what = /^(?:~|null|Null|NULL)$/.test(source) ? "null" : /^[-+.0-9]/.test(source) ? "a number" : "a boolean";
  return `unquoted ${source}, which kubectl (YAML 1.1) reads as ${what}`;
}
function advice(value) {
  if (typeof value === "object")
    return "write it as a YAML block string (`key: |`)";
  return "quote the value";
}

// dist/src/rules/spc-parameter-unknown.js
var KNOWN_PARAMETERS = [
  "keyvaultName",
  "tenantID",
  "tenantId",
  "objects",
  "usePodIdentity",
  "useVMManagedIdentity",
  "userAssignedIdentityID",
  "clientID",
  "useAzureTokenProxy",
  "cloudName",
  "cloudEnvFileName",
  "csi.storage.k8s.io/pod.name",
  "csi.storage.k8s.io/pod.namespace",
  "csi.storage.k8s.io/pod.uid",
  "csi.storage.k8s.io/serviceAccount.name",
  "csi.storage.k8s.io/serviceAccount.tokens",
  "csi.storage.k8s.io/ephemeral",
  "secretProviderClass"
];
var DEPRECATED = /* @__PURE__ */ new Set(["tenantId"]);
function suggestParameter(key) {
  const lower = key.toLowerCase();
  const ci = KNOWN_PARAMETERS.filter((k) => k.toLowerCase() === lower && !DEPRECATED.has(k));
  if (ci.length === 1)
    return ci[0];
  let best;
  let bestDistance = 3;
  for (const k of KNOWN_PARAMETERS) {
    if (DEPRECATED.has(k))
      continue;
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance)
      [best, bestDistance] = [k, d];
  }
  return best;
}
var rule38 = {
  id: "spc-parameter-unknown",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      for (const key of Object.keys(params)) {
        if (KNOWN_PARAMETERS.includes(key))
          continue;
        const suggestion = suggestParameter(key);
        const exactOnlyByCase = suggestion !== void 0 && suggestion.toLowerCase() === key.toLowerCase();
        const path = spc.paramPath(key);
        ctx.report({
          object: spc.object,
          path,
          target: "key",
          message: unknownMessage(key, suggestion, exactOnlyByCase),
          // Renaming is only safe when the key differs by case alone and the right key is not already there.
          fix: exactOnlyByCase && !Object.hasOwn(params, suggestion) ? () => renameKey(spc.object, path, suggestion, `Rename ${key} to ${suggestion}`) : void 0
        });
      }
    }
  }
};
var OBJECT_FIELDS = ["objectName", "objectAlias", "objectVersion", "objectVersionHistory", "objectType", "objectFormat", "objectEncoding", "filePermission"];
function unknownMessage(key, suggestion, byCase) {
  if (byCase)
    return `the Azure provider ignores parameter ${key}: keys are case-sensitive and the one it reads is ${suggestion}`;
  const field = OBJECT_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
  if (field)
    return `the Azure provider ignores parameter ${key}: ${field} is a field of an entry of the objects block`;
  return `the Azure provider does not read parameter ${key}${suggestion ? `; did you mean ${suggestion}?` : "; it is ignored"}`;
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// dist/src/rules/spc-provider-invalid.js
var rule39 = {
  id: "spc-provider-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const p = spc.provider;
      if (p === "azure")
        continue;
      const message = p === void 0 || p === null || typeof p === "string" && p.trim() === "" ? "spec.provider is not set; the Azure Key Vault provider is selected with provider: azure" : `spec.provider ${show(p)} is not a registered provider; the Azure Key Vault provider is "azure"`;
      ctx.report({ object: spc.object, path: ["spec", "provider"], message });
    }
  }
};

// dist/src/rules/spc-secret-objects-invalid.js
var rule40 = {
  id: "spc-secret-objects-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const list = spc.spec?.["secretObjects"];
      if (!Array.isArray(list))
        continue;
      const files = typeof spc.parameters?.["objects"] === "string" && !spc.objects.error ? spc.fileNames : void 0;
      list.forEach((entry, i) => {
        const base = ["spec", "secretObjects", i];
        const report = (path, message, target) => ctx.report({ object: spc.object, path: [...base, ...path], target, message });
        if (!isRecord(entry))
          return report([], `secretObjects[${i}] must be a mapping`);
        for (const field of ["secretName", "type"]) {
          if (typeof entry[field] !== "string" || !entry[field].trim())
            report(entry[field] === void 0 ? [] : [field], `secretObjects[${i}] has no ${field}`, entry[field] === void 0 ? "key" : "value");
        }
        const data = entry["data"];
        if (!Array.isArray(data) || data.length === 0)
          return report(data === void 0 ? [] : ["data"], `secretObjects[${i}] has no data`);
        const tls = entry["type"] === "kubernetes.io/tls";
        data.forEach((d, j) => {
          if (!isRecord(d))
            return report(["data", j], `secretObjects[${i}].data[${j}] must be a mapping`);
          const key = typeof d["key"] === "string" ? d["key"].trim() : "";
          if (!key)
            report(["data", j], `secretObjects[${i}].data[${j}] has no key`);
          else if (tls && key !== "tls.key" && key !== "tls.crt")
            report(["data", j, "key"], `key ${JSON.stringify(key)} is not supported for a kubernetes.io/tls Secret; only tls.key and tls.crt are`);
          const name = typeof d["objectName"] === "string" ? d["objectName"].trim() : "";
          if (!name)
            report(["data", j], `secretObjects[${i}].data[${j}] has no objectName`);
          else if (files && !files.has(name)) {
            const aliased = spc.objects.entries.find((e) => e.fields?.["objectName"] === name && e.fileName && e.fileName !== name)?.fileName;
            const hint3 = aliased ? `; that object is mounted as ${JSON.stringify(aliased)} (its objectAlias): use that name` : ` (${[...files].map((f) => JSON.stringify(f)).join(", ") || "none"}); use the objectAlias, else the objectName`;
            report(["data", j, "objectName"], `objectName ${JSON.stringify(name)} is not a file this SecretProviderClass mounts${hint3}`);
          }
        });
      });
    }
  }
};

// dist/src/rules/spc-tenant-id-deprecated-key.js
var rule41 = {
  id: "spc-tenant-id-deprecated-key",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (!spc.has("tenantId"))
        continue;
      const path = spc.paramPath("tenantId");
      const both = spc.has("tenantID");
      ctx.report({
        object: spc.object,
        path,
        target: "key",
        message: both ? "tenantId is deprecated and ignored here because tenantID is also set; remove it" : "tenantId is deprecated; the provider prefers tenantID",
        fix: both ? void 0 : () => renameKey(spc.object, path, "tenantID", "Rename tenantId to tenantID")
      });
    }
  }
};

// dist/src/rules/spc-tenant-id-invalid.js
var rule42 = {
  id: "spc-tenant-id-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      if (!spc.parameters && spc.spec?.["parameters"] !== void 0)
        continue;
      const tenant = spc.tenant;
      if (!tenant) {
        const present = ["tenantID", "tenantId"].find((k) => spc.has(k));
        if (present && typeof spc.parameters?.[present] !== "string" && spc.parameters?.[present] !== null)
          continue;
        ctx.report({
          object: spc.object,
          path: present ? spc.paramPath(present) : ["spec", "parameters"],
          target: present ? "value" : "key",
          message: `${present ?? "tenantID"} is ${present ? "empty" : "not set"}; the provider needs the Entra tenant id of the vault${present ? "" : hint2(caseVariant(spc, "tenantID"))}`
        });
        continue;
      }
      const v = tenant.value;
      if (isGuid2(v) || v === "adfs" || isPlaceholder(v))
        continue;
      ctx.report({ object: spc.object, path: spc.paramPath(tenant.key), message: `${tenant.key} ${show(v)} is not a tenant GUID (or adfs for Azure Stack Hub)` });
    }
  }
};
function hint2(variant) {
  return variant && variant !== "tenantId" ? ` (${variant} is set, but keys are case-sensitive)` : "";
}

// dist/src/rules/spc-user-assigned-id-invalid.js
var rule43 = {
  id: "spc-user-assigned-id-invalid",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const v = spc.param("userAssignedIdentityID");
      if (!v)
        continue;
      const path = spc.paramPath("userAssignedIdentityID");
      if (!isGuid2(v) && !isPlaceholder(v)) {
        const resourceName = /^\/subscriptions\/.*\/userAssignedIdentities\/([^/]+)\/?$/i.exec(v)?.[1];
        const message = resourceName ? `userAssignedIdentityID is the resource id of identity ${JSON.stringify(resourceName)}, not its client id; use the client id (az identity show --query clientId)` : v.startsWith("/") ? `userAssignedIdentityID ${show(v)} is a resource id; it must be the client id of the user-assigned identity` : `userAssignedIdentityID ${show(v)} is not a GUID; it must be the client id of the user-assigned identity`;
        ctx.report({ object: spc.object, path, level: "error", message });
      } else if (spc.flag("useVMManagedIdentity") !== true) {
        ctx.report({ object: spc.object, path, level: "warning", message: 'userAssignedIdentityID is ignored because useVMManagedIdentity is not "true"' });
      }
    }
  }
};

// dist/src/rules/suppression-reason-missing.js
var rule44 = {
  id: "suppression-reason-missing",
  check() {
  }
};

// dist/src/rules/suppression-unused.js
var rule45 = {
  id: "suppression-unused",
  check() {
  }
};

// dist/src/rules/unresolved-placeholder.js
var rule46 = {
  id: "unresolved-placeholder",
  check(ctx) {
    for (const spc of azureSpcs(ctx.inventory)) {
      const params = spc.parameters;
      if (!params)
        continue;
      for (const [key, value] of Object.entries(params)) {
        if (key === "objects")
          continue;
        if (typeof value === "string")
          reportIf(ctx, spc.object, spc.paramPath(key), value);
      }
      if (typeof params["objects"] === "string") {
        for (const e of spc.objects.entries) {
          for (const [field, value] of Object.entries(e.fields ?? {})) {
            const ph = typeof value === "string" ? findPlaceholder(value) : void 0;
            if (ph)
              ctx.report({ object: spc.object, path: spc.paramPath("objects"), location: e.locate(field), message: `${field} of objects entry ${e.index} still holds the placeholder ${ph}; substitute the real value before applying`, discriminator: `${e.index}:${field}` });
          }
        }
      }
    }
    for (const src of podSources(ctx.inventory)) {
      for (const vol of src.volumes)
        if (vol.csi)
          walkStrings(ctx, src.object, vol.path, vol.body);
    }
    for (const cls of ["AzureIdentity", "AzureIdentityBinding"]) {
      for (const o of ctx.inventory.ofClass(cls))
        if (isRecord(o.body["spec"]))
          walkStrings(ctx, o, ["spec"], o.body["spec"]);
    }
  }
};
function walkStrings(ctx, o, path, value, depth = 0) {
  if (depth > 20)
    return;
  if (typeof value === "string")
    reportIf(ctx, o, path, value);
  else if (Array.isArray(value))
    value.forEach((v, i) => walkStrings(ctx, o, [...path, i], v, depth + 1));
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value))
      walkStrings(ctx, o, [...path, k], v, depth + 1);
}
function reportIf(ctx, o, path, value) {
  const ph = findPlaceholder(value);
  if (ph)
    ctx.report({ object: o, path, message: `${String(path[path.length - 1])} still holds the placeholder ${ph}; substitute the real value before applying` });
}

// dist/src/rules/volume-mount-unknown.js
var rule47 = {
  id: "volume-mount-unknown",
  check(ctx) {
    const sources = podSources(ctx.inventory);
    const defaultVolumes = new Set(sources.filter((s) => s.kind === "vvp-defaults").flatMap((s) => s.volumes.map((v) => v.name)));
    for (const src of sources) {
      if (src.kind === "vvp-pods")
        continue;
      const names = new Set(src.volumes.map((v) => v.name));
      for (const c of src.containers) {
        for (const m of c.mounts) {
          if (m.name === void 0 || names.has(m.name) || src.implicitVolumes?.includes(m.name))
            continue;
          if (src.kind !== "kube" && src.kind !== "helm-values" && defaultVolumes.has(m.name))
            continue;
          ctx.report({ object: src.object, path: [...m.path, "name"], message: `container ${c.name ?? ""} mounts volume ${m.name}, which ${src.description} does not define` });
        }
      }
    }
  }
};

// dist/src/rules/vvp-chart-volume-platform-only.js
var rule48 = {
  id: "vvp-chart-volume-platform-only",
  check(ctx) {
    for (const { src, vol } of secretsVolumes(ctx.inventory)) {
      if (src.kind !== "helm-values")
        continue;
      ctx.report({ object: src.object, path: vol.name !== void 0 ? [...vol.path, "name"] : vol.path, message: `secrets volume ${vol.name ?? ""} in the chart values mounts only into the Ververica Platform pod, not into Flink jobs; Flink pods need it in the Deployment pod templates or globalDeploymentDefaults` });
    }
  }
};

// dist/src/rules/vvp-container-name.js
var rule49 = {
  id: "vvp-container-name",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
      if (src.kind !== "vvp-template" && src.kind !== "vvp-defaults" || src.flinkRole !== "jobmanager" && src.flinkRole !== "taskmanager")
        continue;
      const expected = src.flinkRole === "jobmanager" ? "flink-jobmanager" : "flink-taskmanager";
      for (const c of src.containers) {
        if (c.hasImage || c.name === expected || c.path.includes("initContainers"))
          continue;
        ctx.report({
          object: src.object,
          path: [...c.path, "name"],
          message: `container ${JSON.stringify(c.name ?? "")} has no image, so it patches the Flink container, but it is not named ${expected}: VVP adds it as a broken extra container and its volumeMounts never reach Flink${c.name === "flink-main-container" ? " (flink-main-container is the Apache Flink convention, not VVP's)" : ""}`
        });
      }
    }
  }
};

// dist/src/rules/vvp-deployment-target-unknown.js
var rule50 = {
  id: "vvp-deployment-target-unknown",
  check(ctx) {
    const withSecrets = new Set(secretsVolumes(ctx.inventory).map((sv) => sv.src.object));
    for (const o of [...ctx.inventory.ofClass("VvpDeployment"), ...ctx.inventory.ofClass("VvpSessionCluster")]) {
      if (!withSecrets.has(o))
        continue;
      const spec = isRecord(o.body["spec"]) ? o.body["spec"] : {};
      const field = typeof spec["deploymentTargetName"] === "string" ? "deploymentTargetName" : typeof spec["deploymentTargetId"] === "string" ? "deploymentTargetId" : void 0;
      if (!field || resolveTarget(ctx.inventory, o))
        continue;
      ctx.report({ object: o, path: ["spec", field], message: `DeploymentTarget ${JSON.stringify(spec[field])} is not among the known DeploymentTargets, so the pod namespace is unknown and namespace checks are relaxed` });
    }
  }
};

// dist/src/live/vvp/drift.js
var KUBERNETES_PATH = ["spec", "template", "spec", "kubernetes"];
function vvpDrift(inventory) {
  const deployments = inventory.ofClass("VvpDeployment");
  const live = deployments.filter((o) => o.source.kind === "live" && o.source.live === "vvp");
  const files = deployments.filter((o) => o.source.kind === "file");
  if (live.length === 0 || files.length === 0)
    return [];
  const notes = [];
  for (const l of live) {
    const f = files.find((o) => o.name === l.name && (o.namespace === void 0 || o.namespace === l.namespace));
    if (!f)
      continue;
    const paths = differingPaths(at(f.body, KUBERNETES_PATH), at(l.body, KUBERNETES_PATH), KUBERNETES_PATH);
    if (paths.length === 0)
      continue;
    const where = f.source.kind === "file" ? f.source.file.relPath : "git";
    notes.push({
      live: l,
      file: f,
      paths,
      message: `VVP Deployment ${JSON.stringify(l.name)} in VVP namespace ${JSON.stringify(l.namespace)} differs from ${where} under spec.template.spec.kubernetes: ${describePaths(paths)}`
    });
  }
  return notes;
}

// dist/src/rules/vvp-drift.js
var rule51 = {
  id: "vvp-drift",
  check(ctx) {
    for (const note of vvpDrift(ctx.inventory)) {
      ctx.report({
        object: note.live,
        path: note.paths[0] ?? ["spec", "template", "spec", "kubernetes"],
        message: note.message,
        related: [{ object: note.file, path: note.paths[0] ?? ["spec"], message: `the Deployment as committed in ${note.file.source.kind === "file" ? note.file.source.file.relPath : "git"}` }]
      });
    }
  }
};

// dist/src/rules/vvp-extra-labels-unsupported.js
var rule52 = {
  id: "vvp-extra-labels-unsupported",
  check(ctx) {
    if (extraLabelsHonoured(ctx.options.vvpVersion) !== false)
      return;
    const [major, minor] = ctx.options.vvpVersion;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", message: `extraLabels is only applied from VVP 2.5; on VVP ${major}.${minor} these labels are silently dropped` });
    }
  }
};

// dist/src/rules/vvp-pods-and-templates.js
var rule53 = {
  id: "vvp-pods-and-templates",
  check(ctx) {
    const targets = [
      ...ctx.inventory.ofClass("VvpDeployment").map((o) => ({ o, base: ["spec", "template", "spec", "kubernetes"] })),
      ...ctx.inventory.ofClass("VvpDeploymentDefaults").map((o) => ({ o, base: ["spec", "template", "spec", "kubernetes"] })),
      ...ctx.inventory.ofClass("VvpSessionCluster").map((o) => ({ o, base: ["spec", "kubernetes"] }))
    ];
    for (const { o, base } of targets) {
      const k = at(o.body, base);
      if (!isRecord(k) || k["pods"] === void 0)
        continue;
      const templates = ["jobManagerPodTemplate", "taskManagerPodTemplate"].filter((t) => k[t] !== void 0);
      if (!templates.length)
        continue;
      ctx.report({ object: o, path: [...base, "pods"], target: "key", message: `kubernetes.pods is set together with ${templates.join(" and ")}; VVP accepts only one of them`, related: templates.map((t) => ({ object: o, path: [...base, t], target: "key", message: `${t} is set here` })) });
    }
  }
};

// dist/src/rules/vvp-pods-volume-name-mismatch.js
var rule54 = {
  id: "vvp-pods-volume-name-mismatch",
  check(ctx) {
    for (const src of podSources(ctx.inventory)) {
      if (src.flinkRole !== "both")
        continue;
      const list = at(src.object.body, [...src.podPath, "volumeMounts"]);
      if (!Array.isArray(list))
        continue;
      list.forEach((entry, i) => {
        if (!isRecord(entry))
          return;
        const base = [...src.podPath, "volumeMounts", i];
        const outer = entry["name"];
        const names = [
          ["volume.name", [...base, "volume", "name"], isRecord(entry["volume"]) ? entry["volume"]["name"] : void 0],
          ["volumeMount.name", [...base, "volumeMount", "name"], isRecord(entry["volumeMount"]) ? entry["volumeMount"]["name"] : void 0]
        ];
        const [vol, mount] = names;
        if (typeof vol[2] === "string" && vol[2] === mount[2] && outer !== void 0 && outer !== vol[2]) {
          ctx.report({ object: src.object, path: [...base, "name"], message: `entry name ${JSON.stringify(outer)} differs from volume.name and volumeMount.name ${JSON.stringify(vol[2])}; all three names must agree` });
          return;
        }
        for (const [label, path, value] of names) {
          if (value === void 0 || value === outer)
            continue;
          ctx.report({ object: src.object, path, message: `${label} ${JSON.stringify(value)} differs from the entry name ${JSON.stringify(outer)}; all three names must agree`, related: [{ object: src.object, path: [...base, "name"], message: "entry name" }] });
        }
      });
    }
  }
};

// dist/src/rules/vvp-version-unknown.js
var rule55 = {
  id: "vvp-version-unknown",
  check(ctx) {
    if (ctx.options.vvpVersion)
      return;
    for (const o of ctx.inventory.ofClass("HelmValues")) {
      if (o.body["extraLabels"] === void 0)
        continue;
      ctx.report({ object: o, path: ["extraLabels"], target: "key", message: "cannot tell whether this VVP version applies extraLabels (2.5+): pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep the chart Chart.yaml beside the values" });
    }
  }
};

// dist/src/rules/workload-identity-incomplete.js
var ANNOTATION = "azure.workload.identity/client-id";
var LABEL2 = "azure.workload.identity/use";
var rule56 = {
  id: "workload-identity-incomplete",
  check(ctx) {
    for (const { src, spc } of sourcesMounting(ctx.inventory, "workload-identity")) {
      const clientId = spc.param("clientID");
      const related = [{ object: spc.object, path: spc.paramPath("clientID"), message: "clientID selects workload identity" }];
      if (src.kind !== "helm-values") {
        const sa = src.serviceAccountName;
        if (sa === "default" && src.serviceAccountPath) {
          ctx.report({
            object: src.object,
            path: src.serviceAccountPath,
            level: "error",
            related,
            message: `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} with the default ServiceAccount; use a ServiceAccount annotated with ${ANNOTATION}: ${clientId}`
          });
        } else if (!sa || sa === "default") {
          ctx.report({
            object: src.object,
            path: [...src.podPath],
            target: "key",
            level: "error",
            related,
            message: src.kind === "vvp-pods" ? `${src.description} cannot set a ServiceAccount; workload identity needs pod templates with spec.serviceAccountName` : `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} but sets no serviceAccountName (tokens are issued for the pod's ServiceAccount)`
          });
        } else {
          const { list } = visible(ctx.inventory, "ServiceAccount", "ServiceAccount", src.namespace);
          const account = list.find((s) => s.name === sa);
          const meta = account && isRecord(account.body["metadata"]) ? account.body["metadata"] : void 0;
          const ann = meta && isRecord(meta["annotations"]) ? meta["annotations"][ANNOTATION] : void 0;
          if (account && typeof ann === "string" && ann.trim() !== clientId) {
            ctx.report({
              object: src.object,
              path: src.serviceAccountPath ?? [...src.podPath],
              level: "error",
              message: `ServiceAccount ${sa} has ${ANNOTATION} ${ann}, but SecretProviderClass ${spc.object.name} uses clientID ${clientId}`,
              related: [...related, { object: account, path: ["metadata", "annotations", ANNOTATION], message: `ServiceAccount ${sa} annotation` }]
            });
          }
        }
      }
      if (src.labels[LABEL2] !== "true") {
        ctx.report({
          object: src.object,
          path: podTemplatePath(src),
          target: "key",
          level: "warning",
          related,
          message: `${src.description} mounts workload-identity SecretProviderClass ${spc.object.name} but its pods lack the label ${LABEL2}: "true"`,
          discriminator: "label"
        });
      }
    }
  }
};

// dist/src/rules/yaml-duplicate-key.js
var rule57 = {
  id: "yaml-duplicate-key",
  check(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "duplicate-key")
        continue;
      const key = p.file.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 80)).split(/\r?\n/)[0].trim();
      ctx.report({
        path: [],
        location: { kind: "file", file: p.file, span: p.span, exact: true },
        message: key ? `key ${/^["']/.test(key) ? key : JSON.stringify(key)} is repeated in this mapping; only the last value takes effect` : "a key is repeated in this mapping; only the last value takes effect",
        discriminator: String(p.span.start)
      });
    }
  }
};

// dist/src/rules/yaml-parse-error.js
var rule58 = {
  id: "yaml-parse-error",
  check(ctx) {
    for (const p of ctx.inventory.inputProblems) {
      if (p.kind !== "parse-error")
        continue;
      ctx.report({ path: [], location: { kind: "file", file: p.file, span: p.span, exact: true }, message: p.message, discriminator: p.message });
    }
  }
};

// dist/src/generated/rule-modules.js
var RULE_MODULES = [rule, rule2, rule3, rule4, rule5, rule6, rule7, rule8, rule9, rule10, rule11, rule12, rule13, rule14, rule15, rule16, rule17, rule18, rule19, rule20, rule21, rule22, rule23, rule24, rule25, rule26, rule27, rule28, rule29, rule30, rule31, rule32, rule33, rule34, rule35, rule36, rule37, rule38, rule39, rule40, rule41, rule42, rule43, rule44, rule45, rule46, rule47, rule48, rule49, rule50, rule51, rule52, rule53, rule54, rule55, rule56, rule57, rule58];

// dist/src/engine/run.js
var ALL_RULE_META = RULE_META;
function runRules(inventory, opts = {}) {
  const modules = opts.rules ?? RULE_MODULES;
  const metas = new Map(RULE_META.map((m) => [m.id, m]));
  const findings = [];
  const notifications = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mod of modules) {
    const meta = metas.get(mod.id);
    if (!meta)
      continue;
    const configured = opts.ruleLevels?.[mod.id];
    if (configured === "off")
      continue;
    const ctx = {
      inventory,
      options: opts.ruleOptions ?? {},
      report(r) {
        if (r.object?.partial && !setsScalar(r.object.body, r.path))
          return;
        if (!r.location && r.object?.source.kind === "file" && opts.reportFiles && !opts.reportFiles.has(r.object.source.file.relPath))
          return;
        const location = r.location ?? r.object?.locator.locate(r.path, r.target);
        if (!location)
          return;
        if (!inScope(location, opts.reportFiles))
          return;
        const message = finishSentence(r.message);
        const dedupKey = `${mod.id}\0${locationKey(location)}\0${message}`;
        if (seen.has(dedupKey))
          return;
        seen.add(dedupKey);
        const related = (r.related ?? []).map((rel) => ({
          location: rel.location ?? rel.object.locator.locate(rel.path, rel.target),
          message: finishSentence(rel.message)
        }));
        let fix;
        if (location.kind === "file" && r.fix) {
          try {
            fix = r.fix();
          } catch {
            fix = void 0;
          }
        }
        findings.push({
          ruleId: mod.id,
          level: configured ?? r.level ?? meta.level,
          message,
          location,
          related,
          objectFingerprint: objectFingerprint(mod.id, r, location),
          ...fix ? { fix } : {}
        });
      }
    };
    try {
      mod.check(ctx);
    } catch (err) {
      notifications.push({ id: "rule-failed", level: "error", message: `rule ${mod.id} failed: ${err.message}`, incomplete: true });
    }
  }
  findings.sort(compareFindings);
  return { findings, notifications, rules: RULE_META };
}
function setsScalar(body, path) {
  let v = body;
  for (const seg of path) {
    if (v === null || typeof v !== "object")
      return false;
    if (!Object.hasOwn(v, seg))
      return false;
    v = v[seg];
  }
  return v === null || typeof v !== "object";
}
function inScope(loc, files) {
  return loc.kind !== "file" || !files || files.has(loc.file.relPath);
}
function locationKey(loc) {
  return loc.kind === "file" ? `${loc.file.relPath}:${loc.span.start}:${loc.span.end}` : `${loc.fullyQualifiedName}:${loc.path.join(".")}`;
}
function finishSentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function objectFingerprint(ruleId, r, loc) {
  const o = r.object;
  const where = loc.kind === "file" ? loc.file.relPath : loc.fullyQualifiedName;
  const identity = o ? `${o.kind ?? o.hint ?? "?"}/${o.namespace ?? ""}/${o.name ?? ""}@${where}` : `${where}|${r.message}`;
  const key = `${ruleId}|${identity}|${r.path.join(".")}|${r.discriminator ?? ""}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}
function compareFindings(a, b) {
  const la = a.location;
  const lb = b.location;
  if (la.kind !== lb.kind)
    return la.kind === "file" ? -1 : 1;
  if (la.kind === "file" && lb.kind === "file") {
    if (la.file.relPath !== lb.file.relPath)
      return la.file.relPath < lb.file.relPath ? -1 : 1;
    if (la.span.start !== lb.span.start)
      return la.span.start - lb.span.start;
  } else if (la.kind === "logical" && lb.kind === "logical") {
    if (la.fullyQualifiedName !== lb.fullyQualifiedName)
      return la.fullyQualifiedName < lb.fullyQualifiedName ? -1 : 1;
  }
  if (a.ruleId !== b.ruleId)
    return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// dist/src/engine/similar-ids.js
function similarIds(wanted, ids, max = 3) {
  const w = wanted.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  return ids.map((id) => ({ id, d: id.includes(w) || w.length >= 4 && w.includes(id) ? 0.5 : distance2(w, id) })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1)).slice(0, max).map((x) => x.id);
}
function distance2(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export {
  PACKAGE_ROOT,
  ALL_RULE_META,
  runRules,
  compareFindings,
  similarIds
};
