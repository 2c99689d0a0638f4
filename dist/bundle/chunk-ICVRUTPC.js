import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
var RULE_META=[{id:"cluster-csi-driver-missing",group:"cluster",level:"error",shortDescription:"No CSIDriver secrets-store.csi.k8s.io is registered in the cluster",fullDescription:'The cluster has no CSIDriver object named secrets-store.csi.k8s.io, so the Secrets Store CSI driver is not installed (or was installed without its CSIDriver): kubelet reports "driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers" and secrets volumes never mount. Live audit only; not reported when the CSIDriver could not be read.',remediation:"Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider or the Helm chart) so that the CSIDriver secrets-store.csi.k8s.io exists.",tags:["cluster","csi-driver","live"],help:'**No CSIDriver secrets-store.csi.k8s.io is registered in the cluster.**\n\nThe cluster has no CSIDriver object named secrets-store.csi.k8s.io, so the Secrets Store CSI driver is not installed (or was installed without its CSIDriver): kubelet reports "driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers" and secrets volumes never mount. Live audit only; not reported when the CSIDriver could not be read.\n\nCheck with `kubectl get csidriver secrets-store.csi.k8s.io`. The driver\'s DaemonSet registers the driver with\nkubelet, and the `CSIDriver` object sets `podInfoOnMount: true` (needed by pod identity) and, optionally,\n`tokenRequests` (needed by workload identity).\n\nOn AKS: `az aks enable-addons --addons azure-keyvault-secrets-provider ...`. Elsewhere: the\n`secrets-store-csi-driver` or `csi-secrets-store-provider-azure` Helm chart.\n\n**Fix:** Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider or the Helm chart) so that the CSIDriver secrets-store.csi.k8s.io exists.\n\nRun `vvp-kv-lint explain cluster-csi-driver-missing` for examples, or see docs/rules/cluster-csi-driver-missing.md.\n'},{id:"cluster-drift",group:"cluster",level:"note",shortDescription:"A SecretProviderClass or workload in the repository differs from the one running in the cluster",fullDescription:"With audit --with-repo, a SecretProviderClass (spec) or a workload (its secrets volumes, identity labels and serviceAccountName) present in both the repository and the cluster under the same kind, namespace and name differs, so what is committed is not what mounts today.",remediation:"Re-apply the manifest from the repository, or commit the change made in the cluster.",tags:["cluster","drift"],help:"**A SecretProviderClass or workload in the repository differs from the one running in the cluster.**\n\nWith audit --with-repo, a SecretProviderClass (spec) or a workload (its secrets volumes, identity labels and serviceAccountName) present in both the repository and the cluster under the same kind, namespace and name differs, so what is committed is not what mounts today.\n\n`vvp-kv-lint audit --with-repo DIR` reads both. For each SecretProviderClass and workload found in both places\n(same kind, namespace and name) it compares what decides the Key Vault mount: the SPC `spec`, and for workloads\nthe secrets-store volumes, the `aadpodidbinding` and `azure.workload.identity/use` pod labels and\n`serviceAccountName`. The note names the fields that differ.\n\n**Fix:** Re-apply the manifest from the repository, or commit the change made in the cluster.\n\nRun `vvp-kv-lint explain cluster-drift` for examples, or see docs/rules/cluster-drift.md.\n"},{id:"cluster-mount-failing",group:"cluster",level:"error",shortDescription:"Recent FailedMount events for secrets-store volumes",fullDescription:"kubelet recently reported FailedMount for a secrets-store CSI volume of a pod: the pod cannot start or cannot refresh its secrets. The finding points at the workload that owns the pod (its name survives rollouts), else the pod, and quotes the event with anything that could be secret removed. Live audit only.",remediation:"Read the quoted event, fix the cause (SecretProviderClass name or namespace, identity, grants, provider), then delete the pod so it mounts again.",tags:["cluster","events","live"],help:"**Recent FailedMount events for secrets-store volumes.**\n\nkubelet recently reported FailedMount for a secrets-store CSI volume of a pod: the pod cannot start or cannot refresh its secrets. The finding points at the workload that owns the pod (its name survives rollouts), else the pod, and quotes the event with anything that could be secret removed. Live audit only.\n\nTypical messages and their causes:\n\n- `failed to get secretproviderclass <ns>/<name> ... not found`: the SPC is missing or in another namespace.\n- `Readonly is not true in request`: `csi.readOnly: true` is missing.\n- `failed to get credentials, nodePublishSecretRef secret is not set`: service-principal mode without a secret.\n- `could not find clientid in secrets`: the Secret lacks the `clientid`/`clientsecret` keys.\n- `service account tokens not found`: the CSIDriver has no `tokenRequests` (workload identity).\n- `403 Forbidden` from Key Vault: the identity has no grant on the vault.\n\n`kubectl describe pod -n <ns> <pod>` shows the full event. Events expire (one hour by default), so this rule only\nsees recent failures.\n\n**Fix:** Read the quoted event, fix the cause (SecretProviderClass name or namespace, identity, grants, provider), then delete the pod so it mounts again.\n\nRun `vvp-kv-lint explain cluster-mount-failing` for examples, or see docs/rules/cluster-mount-failing.md.\n"},{id:"cluster-provider-missing",group:"cluster",level:"error",shortDescription:"No ready Azure Key Vault provider pods run in the cluster",fullDescription:"No pod labelled app=csi-secrets-store-provider-azure (Helm chart) or app=secrets-store-provider-azure (AKS add-on) is Ready, so the CSI driver has no Azure provider to call and mounts fail with a provider-not-found error. Live audit only; not reported when pods could not be listed cluster-wide.",remediation:"Install or repair the Azure Key Vault provider DaemonSet (AKS add-on azure-keyvault-secrets-provider, or the csi-secrets-store-provider-azure Helm chart) and make sure its pods become Ready.",tags:["cluster","provider","live"],help:`**No ready Azure Key Vault provider pods run in the cluster.**

No pod labelled app=csi-secrets-store-provider-azure (Helm chart) or app=secrets-store-provider-azure (AKS add-on) is Ready, so the CSI driver has no Azure provider to call and mounts fail with a provider-not-found error. Live audit only; not reported when pods could not be listed cluster-wide.

The provider runs as a DaemonSet, one pod per node:

\`\`\`sh
kubectl get pods -A -l 'app in (csi-secrets-store-provider-azure,secrets-store-provider-azure)'
\`\`\`

When pods exist but none is Ready, \`kubectl describe\` them (image pull, node selector, socket path).
A provider installed with custom labels is not recognised; suppress this rule in that case.

**Fix:** Install or repair the Azure Key Vault provider DaemonSet (AKS add-on azure-keyvault-secrets-provider, or the csi-secrets-store-provider-azure Helm chart) and make sure its pods become Ready.

Run \`vvp-kv-lint explain cluster-provider-missing\` for examples, or see docs/rules/cluster-provider-missing.md.
`},{id:"cluster-spc-crd-missing",group:"cluster",level:"error",shortDescription:"The SecretProviderClass CRD is not installed in the cluster",fullDescription:"The custom resource definition secretproviderclasses.secrets-store.csi.x-k8s.io is not served by the cluster, so no SecretProviderClass can be created and every secrets-store CSI volume fails to mount. Live audit only; not reported when the audit could not read CRDs nor list SecretProviderClasses.",remediation:"Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider, or the upstream Helm chart), which installs the CRD.",tags:["cluster","csi-driver","live"],help:'**The SecretProviderClass CRD is not installed in the cluster.**\n\nThe custom resource definition secretproviderclasses.secrets-store.csi.x-k8s.io is not served by the cluster, so no SecretProviderClass can be created and every secrets-store CSI volume fails to mount. Live audit only; not reported when the audit could not read CRDs nor list SecretProviderClasses.\n\nThe Secrets Store CSI driver ships the `SecretProviderClass` CRD\n(`secretproviderclasses.secrets-store.csi.x-k8s.io`). Without it, `kubectl apply` of an SPC fails with\n`no matches for kind "SecretProviderClass"` and pods that mount a secrets-store volume stay in `ContainerCreating`.\n\nOn AKS, enable the add-on:\n\n```sh\naz aks enable-addons --addons azure-keyvault-secrets-provider --name <cluster> --resource-group <rg>\n```\n\nElsewhere, install the `csi-secrets-store-provider-azure` Helm chart, which brings the driver and its CRDs.\n\n**Fix:** Install the Secrets Store CSI driver (AKS add-on azure-keyvault-secrets-provider, or the upstream Helm chart), which installs the CRD.\n\nRun `vvp-kv-lint explain cluster-spc-crd-missing` for examples, or see docs/rules/cluster-spc-crd-missing.md.\n'},{id:"cluster-token-requests-missing",group:"cluster",level:"error",shortDescription:"Workload-identity SecretProviderClasses exist but the CSIDriver requests no token for their audience",fullDescription:'A SecretProviderClass uses workload identity (clientID set, no identity flag), but the CSIDriver secrets-store.csi.k8s.io has no tokenRequests entry with audience api://AzureADTokenExchange (or api://AKSIdentityBinding for useAzureTokenProxy), so kubelet passes no service-account token and the provider fails with "service account tokens not found". Live audit only.',remediation:"Add tokenRequests with audience api://AzureADTokenExchange to the CSIDriver (Helm value tokenRequests of the driver chart; the AKS add-on sets it).",tags:["cluster","workload-identity","live"],help:`**Workload-identity SecretProviderClasses exist but the CSIDriver requests no token for their audience.**

A SecretProviderClass uses workload identity (clientID set, no identity flag), but the CSIDriver secrets-store.csi.k8s.io has no tokenRequests entry with audience api://AzureADTokenExchange (or api://AKSIdentityBinding for useAzureTokenProxy), so kubelet passes no service-account token and the provider fails with "service account tokens not found". Live audit only.

The provider exchanges the pod's service-account token for an Entra token. kubelet only passes that token when
the \`CSIDriver\` lists the audience:

\`\`\`yaml
apiVersion: storage.k8s.io/v1
kind: CSIDriver
metadata: { name: secrets-store.csi.k8s.io }
spec:
  tokenRequests:
    - audience: api://AzureADTokenExchange
\`\`\`

With the Helm chart: \`--set secrets-store-csi-driver.tokenRequests[0].audience=api://AzureADTokenExchange\`.
Identity binding (\`useAzureTokenProxy: "true"\`) needs \`api://AKSIdentityBinding\` instead.

**Fix:** Add tokenRequests with audience api://AzureADTokenExchange to the CSIDriver (Helm value tokenRequests of the driver chart; the AKS add-on sets it).

Run \`vvp-kv-lint explain cluster-token-requests-missing\` for examples, or see docs/rules/cluster-token-requests-missing.md.
`},{id:"csi-driver-invalid",group:"csi",level:"error",shortDescription:"The CSI volume driver is not secrets-store.csi.k8s.io",fullDescription:"A volume naming a SecretProviderClass must use the CSI driver secrets-store.csi.k8s.io. The API group secrets-store.csi.x-k8s.io (with x-) is a classic slip; kubelet then reports that the driver is not registered and the pod stays in ContainerCreating.",remediation:"Set csi.driver: secrets-store.csi.k8s.io.",tags:["csi","correctness"],fixable:!0,help:`**The CSI volume driver is not secrets-store.csi.k8s.io.**

A volume naming a SecretProviderClass must use the CSI driver secrets-store.csi.k8s.io. The API group secrets-store.csi.x-k8s.io (with x-) is a classic slip; kubelet then reports that the driver is not registered and the pod stays in ContainerCreating.

**Fix:** Set csi.driver: secrets-store.csi.k8s.io.

Run \`vvp-kv-lint explain csi-driver-invalid\` for examples, or see docs/rules/csi-driver-invalid.md.
`},{id:"csi-mount-not-readonly",group:"csi",level:"note",shortDescription:"A container mounts the secrets volume without readOnly",fullDescription:"All official examples mount secret volumes readOnly: true; the files are managed by the driver and must not be changed by the workload.",remediation:"Set readOnly: true on the volumeMount.",tags:["csi","best-practice"],fixable:!0,help:`**A container mounts the secrets volume without readOnly.**

All official examples mount secret volumes readOnly: true; the files are managed by the driver and must not be changed by the workload.

**Fix:** Set readOnly: true on the volumeMount.

Run \`vvp-kv-lint explain csi-mount-not-readonly\` for examples, or see docs/rules/csi-mount-not-readonly.md.
`},{id:"csi-spc-missing-attribute",group:"csi",level:"error",shortDescription:"The CSI volume names no SecretProviderClass",fullDescription:'volumeAttributes.secretProviderClass tells the driver which SecretProviderClass to use; without it the mount fails with "secretProviderClass is not set".',remediation:"Add csi.volumeAttributes.secretProviderClass with the SPC name.",tags:["csi","correctness"],help:`**The CSI volume names no SecretProviderClass.**

volumeAttributes.secretProviderClass tells the driver which SecretProviderClass to use; without it the mount fails with "secretProviderClass is not set".

**Fix:** Add csi.volumeAttributes.secretProviderClass with the SPC name.

Run \`vvp-kv-lint explain csi-spc-missing-attribute\` for examples, or see docs/rules/csi-spc-missing-attribute.md.
`},{id:"csi-spc-not-found",group:"csi",level:"error",shortDescription:"The SecretProviderClass named by the volume is not in the pod namespace",fullDescription:"The driver looks the SecretProviderClass up in the namespace of the pod; there is no cross-namespace reference. For VVP deployments that is the namespace of the DeploymentTarget, not the VVP namespace.",remediation:"Create the SecretProviderClass in the pod namespace, or fix the name.",tags:["csi","correctness"],help:`**The SecretProviderClass named by the volume is not in the pod namespace.**

The driver looks the SecretProviderClass up in the namespace of the pod; there is no cross-namespace reference. For VVP deployments that is the namespace of the DeploymentTarget, not the VVP namespace.

**Fix:** Create the SecretProviderClass in the pod namespace, or fix the name.

Run \`vvp-kv-lint explain csi-spc-not-found\` for examples, or see docs/rules/csi-spc-not-found.md.
`},{id:"csi-volume-not-readonly",group:"csi",level:"error",shortDescription:"The secrets-store CSI volume is not readOnly",fullDescription:'The Secrets Store CSI driver refuses to publish a volume unless csi.readOnly is true ("Readonly is not true in request"); the pod never starts.',remediation:"Set csi.readOnly: true on the volume.",tags:["csi","correctness"],fixable:!0,help:`**The secrets-store CSI volume is not readOnly.**

The Secrets Store CSI driver refuses to publish a volume unless csi.readOnly is true ("Readonly is not true in request"); the pod never starts.

**Fix:** Set csi.readOnly: true on the volume.

Run \`vvp-kv-lint explain csi-volume-not-readonly\` for examples, or see docs/rules/csi-volume-not-readonly.md.
`},{id:"csi-volume-unmounted",group:"csi",level:"warning",shortDescription:"A secrets volume is mounted by no container",fullDescription:"The volume fetches secrets from Key Vault on every pod start, but no container mounts it, so the secrets are not available where they are needed (often the mount was put on the wrong container).",remediation:"Mount the volume in the container that reads the secrets, or remove it.",tags:["csi","correctness"],help:`**A secrets volume is mounted by no container.**

The volume fetches secrets from Key Vault on every pod start, but no container mounts it, so the secrets are not available where they are needed (often the mount was put on the wrong container).

**Fix:** Mount the volume in the container that reads the secrets, or remove it.

Run \`vvp-kv-lint explain csi-volume-unmounted\` for examples, or see docs/rules/csi-volume-unmounted.md.
`},{id:"grant-excessive",group:"azure",level:"warning",shortDescription:"The mount's identity holds more than read access on the vault",fullDescription:"A CSI mount only needs get (and list for version history). The identity also holds write, delete, purge or all permissions, or an Officer/Administrator/Owner-style role, under the model the vault enforces: a compromised pod could change or destroy secrets, or grant itself more.",remediation:"Replace the grant with a read-only one: Key Vault Secrets User / Certificate User, or an access policy with only get and list.",tags:["azure","security"],securitySeverity:"5.0",help:`**The mount's identity holds more than read access on the vault.**

A CSI mount only needs get (and list for version history). The identity also holds write, delete, purge or all permissions, or an Officer/Administrator/Owner-style role, under the model the vault enforces: a compromised pod could change or destroy secrets, or grant itself more.

**The mount's identity holds more than read access on the vault.**

A CSI mount only needs get (and list for version history). The identity also holds write, delete, purge or all permissions, or an Officer/Administrator/Owner-style role, under the model the vault enforces: a compromised pod could change or destroy secrets, or grant itself more.

**Fix:** Replace the grant with a read-only one: Key Vault Secrets User / Certificate User, or an access policy with only get and list.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain grant-excessive\` for examples, or see docs/rules/grant-excessive.md.

**Fix:** Replace the grant with a read-only one: Key Vault Secrets User / Certificate User, or an access policy with only get and list.

Run \`vvp-kv-lint explain grant-excessive\` for examples, or see docs/rules/grant-excessive.md.
`},{id:"grant-missing",group:"azure",level:"error",shortDescription:"The identity cannot read what the SecretProviderClass mounts",fullDescription:"The identity the mount uses has no effective read of an object type the SPC mounts, under the vault's permission model: an access policy with get on secrets/keys/certificates in the vault's tenant, or an Azure RBAC role assigned at the vault or an ancestor scope whose dataActions (wildcards matched, notDataActions subtracted, custom roles included) cover secrets/getSecret/action, keys/read or certificates/read (plus list/readMetadata for objectVersionHistory > 1). The mount fails with 403 Forbidden.",remediation:"Grant the read: on an RBAC vault assign Key Vault Secrets User (secrets) or Key Vault Certificate User (keys, certificates) at the vault scope; on an access-policy vault add get (and list) for the identity's object id.",tags:["azure","correctness"],help:`**The identity cannot read what the SecretProviderClass mounts.**

The identity the mount uses has no effective read of an object type the SPC mounts, under the vault's permission model: an access policy with get on secrets/keys/certificates in the vault's tenant, or an Azure RBAC role assigned at the vault or an ancestor scope whose dataActions (wildcards matched, notDataActions subtracted, custom roles included) cover secrets/getSecret/action, keys/read or certificates/read (plus list/readMetadata for objectVersionHistory > 1). The mount fails with 403 Forbidden.

**The identity cannot read what the SecretProviderClass mounts.**

The identity the mount uses has no effective read of an object type the SPC mounts, under the vault's permission model: an access policy with get on secrets/keys/certificates in the vault's tenant, or an Azure RBAC role assigned at the vault or an ancestor scope whose dataActions (wildcards matched, notDataActions subtracted, custom roles included) cover secrets/getSecret/action, keys/read or certificates/read (plus list/readMetadata for objectVersionHistory > 1). The mount fails with 403 Forbidden.

**Fix:** Grant the read: on an RBAC vault assign Key Vault Secrets User (secrets) or Key Vault Certificate User (keys, certificates) at the vault scope; on an access-policy vault add get (and list) for the identity's object id.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain grant-missing\` for examples, or see docs/rules/grant-missing.md.

**Fix:** Grant the read: on an RBAC vault assign Key Vault Secrets User (secrets) or Key Vault Certificate User (keys, certificates) at the vault scope; on an access-policy vault add get (and list) for the identity's object id.

Run \`vvp-kv-lint explain grant-missing\` for examples, or see docs/rules/grant-missing.md.
`},{id:"grant-wrong-model",group:"azure",level:"error",shortDescription:"The read grant exists only under the permission model the vault ignores",fullDescription:"A vault uses either Azure RBAC (enableRbacAuthorization true) or access policies, never both: an access policy on an RBAC vault and a role assignment on an access-policy vault are ignored. The identity holds the needed read only through the ignored model, so the mount still fails with 403 Forbidden.",remediation:"Grant the read under the vault's model (role assignment for an RBAC vault, access policy otherwise), or switch the vault's permission model deliberately.",tags:["azure","correctness"],help:`**The read grant exists only under the permission model the vault ignores.**

A vault uses either Azure RBAC (enableRbacAuthorization true) or access policies, never both: an access policy on an RBAC vault and a role assignment on an access-policy vault are ignored. The identity holds the needed read only through the ignored model, so the mount still fails with 403 Forbidden.

**The read grant exists only under the permission model the vault ignores.**

A vault uses either Azure RBAC (enableRbacAuthorization true) or access policies, never both: an access policy on an RBAC vault and a role assignment on an access-policy vault are ignored. The identity holds the needed read only through the ignored model, so the mount still fails with 403 Forbidden.

**Fix:** Grant the read under the vault's model (role assignment for an RBAC vault, access policy otherwise), or switch the vault's permission model deliberately.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain grant-wrong-model\` for examples, or see docs/rules/grant-wrong-model.md.

**Fix:** Grant the read under the vault's model (role assignment for an RBAC vault, access policy otherwise), or switch the vault's permission model deliberately.

Run \`vvp-kv-lint explain grant-wrong-model\` for examples, or see docs/rules/grant-wrong-model.md.
`},{id:"kv-federated-credential-missing",group:"azure",level:"error",shortDescription:"The workload identity has no federated credential for the pods' ServiceAccount",fullDescription:"With workload identity the provider exchanges the pod's ServiceAccount token for an Entra token. That only works when the identity has a federated identity credential whose subject is system:serviceaccount:<namespace>:<serviceaccount> (issuer: the cluster's OIDC issuer, audience api://AzureADTokenExchange).",remediation:"Create it: az identity federated-credential create --identity-name <id> --resource-group <rg> --issuer <oidc issuer> --subject system:serviceaccount:<ns>:<sa> --audiences api://AzureADTokenExchange.",tags:["azure","correctness"],help:`**The workload identity has no federated credential for the pods' ServiceAccount.**

With workload identity the provider exchanges the pod's ServiceAccount token for an Entra token. That only works when the identity has a federated identity credential whose subject is system:serviceaccount:<namespace>:<serviceaccount> (issuer: the cluster's OIDC issuer, audience api://AzureADTokenExchange).

**The workload identity has no federated credential for the pods' ServiceAccount.**

With workload identity the provider exchanges the pod's ServiceAccount token for an Entra token. That only works when the identity has a federated identity credential whose subject is system:serviceaccount:<namespace>:<serviceaccount> (issuer: the cluster's OIDC issuer, audience api://AzureADTokenExchange).

**Fix:** Create it: az identity federated-credential create --identity-name <id> --resource-group <rg> --issuer <oidc issuer> --subject system:serviceaccount:<ns>:<sa> --audiences api://AzureADTokenExchange.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain kv-federated-credential-missing\` for examples, or see docs/rules/kv-federated-credential-missing.md.

**Fix:** Create it: az identity federated-credential create --identity-name <id> --resource-group <rg> --issuer <oidc issuer> --subject system:serviceaccount:<ns>:<sa> --audiences api://AzureADTokenExchange.

Run \`vvp-kv-lint explain kv-federated-credential-missing\` for examples, or see docs/rules/kv-federated-credential-missing.md.
`},{id:"kv-identity-not-found",group:"azure",level:"warning",shortDescription:"The client id matches no known managed identity or service principal",fullDescription:"The client id in userAssignedIdentityID, clientID or the AzureIdentity's spec.clientID matches no identity (az identity list) or service principal (az ad sp show) in the Azure state, so the grants of the identity cannot be checked. Often the id is mistyped, or it is an object (principal) id instead of a client id.",remediation:"Use the identity's client id (az identity show --query clientId -o tsv), or add the identity to the Azure state.",tags:["azure","correctness"],help:`**The client id matches no known managed identity or service principal.**

The client id in userAssignedIdentityID, clientID or the AzureIdentity's spec.clientID matches no identity (az identity list) or service principal (az ad sp show) in the Azure state, so the grants of the identity cannot be checked. Often the id is mistyped, or it is an object (principal) id instead of a client id.

**The client id matches no known managed identity or service principal.**

The client id in userAssignedIdentityID, clientID or the AzureIdentity's spec.clientID matches no identity (az identity list) or service principal (az ad sp show) in the Azure state, so the grants of the identity cannot be checked. Often the id is mistyped, or it is an object (principal) id instead of a client id.

**Fix:** Use the identity's client id (az identity show --query clientId -o tsv), or add the identity to the Azure state.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain kv-identity-not-found\` for examples, or see docs/rules/kv-identity-not-found.md.

**Fix:** Use the identity's client id (az identity show --query clientId -o tsv), or add the identity to the Azure state.

Run \`vvp-kv-lint explain kv-identity-not-found\` for examples, or see docs/rules/kv-identity-not-found.md.
`},{id:"kv-network-restricted",group:"azure",level:"warning",shortDescription:"The key vault refuses public traffic and nothing visible admits the cluster",fullDescription:"The vault has publicNetworkAccess Disabled, or a firewall with defaultAction Deny and no IP or virtual-network rule, and no private endpoint connection. Unless the nodes reach it another way, the provider's requests are refused with 403 Forbidden.",remediation:"Add a private endpoint for the vault in the cluster's network, a virtual-network rule for the node subnet, or the cluster's egress IP to the firewall.",tags:["azure","correctness"],help:`**The key vault refuses public traffic and nothing visible admits the cluster.**

The vault has publicNetworkAccess Disabled, or a firewall with defaultAction Deny and no IP or virtual-network rule, and no private endpoint connection. Unless the nodes reach it another way, the provider's requests are refused with 403 Forbidden.

**The key vault refuses public traffic and nothing visible admits the cluster.**

The vault has publicNetworkAccess Disabled, or a firewall with defaultAction Deny and no IP or virtual-network rule, and no private endpoint connection. Unless the nodes reach it another way, the provider's requests are refused with 403 Forbidden.

**Fix:** Add a private endpoint for the vault in the cluster's network, a virtual-network rule for the node subnet, or the cluster's egress IP to the firewall.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain kv-network-restricted\` for examples, or see docs/rules/kv-network-restricted.md.

**Fix:** Add a private endpoint for the vault in the cluster's network, a virtual-network rule for the node subnet, or the cluster's egress IP to the firewall.

Run \`vvp-kv-lint explain kv-network-restricted\` for examples, or see docs/rules/kv-network-restricted.md.
`},{id:"kv-object-disabled",group:"azure",level:"error",shortDescription:"An object the SecretProviderClass mounts is disabled in the key vault",fullDescription:'Key Vault refuses to serve a disabled secret, key or certificate (403 Forbidden, "Operation get is not allowed on a disabled secret"), so the mount fails. Checked on the latest version (attributes.enabled in the az or ARM list); a pinned objectVersion is not checked, since the lists describe only the latest version.',remediation:"Enable the object (az keyvault secret set-attributes --enabled true), or mount another one.",tags:["azure","correctness"],help:`**An object the SecretProviderClass mounts is disabled in the key vault.**

Key Vault refuses to serve a disabled secret, key or certificate (403 Forbidden, "Operation get is not allowed on a disabled secret"), so the mount fails. Checked on the latest version (attributes.enabled in the az or ARM list); a pinned objectVersion is not checked, since the lists describe only the latest version.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

**Fix:** Enable the object (az keyvault secret set-attributes --enabled true), or mount another one.

Run \`vvp-kv-lint explain kv-object-disabled\` for examples, or see docs/rules/kv-object-disabled.md.
`},{id:"kv-object-expired",group:"azure",level:"error",shortDescription:"An object the SecretProviderClass mounts has expired, or expires soon",fullDescription:"The object's expiry (attributes.expires in az output, exp in ARM) is in the past: error; within objectExpiryWarningDays of now (default 30, set in .vvp-kv-lint.yaml): warning. Key Vault still serves an expired secret on GET, so the mount may succeed, but the credential or certificate it carries is past its declared lifetime. Checked on the latest version only.",remediation:"Rotate the object (a new version with a later expiry), or extend its expiry when the value is still valid.",tags:["azure","correctness"],help:`**An object the SecretProviderClass mounts has expired, or expires soon.**

The object's expiry (attributes.expires in az output, exp in ARM) is in the past: error; within objectExpiryWarningDays of now (default 30, set in .vvp-kv-lint.yaml): warning. Key Vault still serves an expired secret on GET, so the mount may succeed, but the credential or certificate it carries is past its declared lifetime. Checked on the latest version only.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

**Fix:** Rotate the object (a new version with a later expiry), or extend its expiry when the value is still valid.

Run \`vvp-kv-lint explain kv-object-expired\` for examples, or see docs/rules/kv-object-expired.md.
`},{id:"kv-object-not-found",group:"azure",level:"error",shortDescription:"An object the SecretProviderClass mounts is not in the key vault",fullDescription:"Each objects entry names a Key Vault object (objectName, case-insensitive) that the provider fetches as objectType secret, key or cert; a name that is not in the vault fails the mount with SecretNotFound, KeyNotFound or CertificateNotFound. Checked against the vault's secret, key and certificate lists in the Azure state (az keyvault ... list, or live ARM); a certificate counts under all three types. Silent when the vault's lists were not read or could not be.",remediation:"Correct objectName (the closest existing name is suggested), or create the object in the vault.",tags:["azure","correctness"],help:`**An object the SecretProviderClass mounts is not in the key vault.**

Each objects entry names a Key Vault object (objectName, case-insensitive) that the provider fetches as objectType secret, key or cert; a name that is not in the vault fails the mount with SecretNotFound, KeyNotFound or CertificateNotFound. Checked against the vault's secret, key and certificate lists in the Azure state (az keyvault ... list, or live ARM); a certificate counts under all three types. Silent when the vault's lists were not read or could not be.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

**Fix:** Correct objectName (the closest existing name is suggested), or create the object in the vault.

Run \`vvp-kv-lint explain kv-object-not-found\` for examples, or see docs/rules/kv-object-not-found.md.
`},{id:"kv-object-type-mismatch",group:"azure",level:"error",shortDescription:"objectType asks for a kind of object the key vault does not hold under that name",fullDescription:"objectType secret, key and cert make the provider call GetSecret, GetKey and GetCertificate. A certificate is all three, but a plain secret is only a secret and a plain key only a key: objectType key or cert for a plain secret, or secret or cert for a plain key, fails the mount with a not-found error. A note is given where objectType cert mounts a certificate whose file looks meant for the private key (synced as tls.key or a kubernetes.io/tls Secret, or named .key/.pfx): cert serves only the public certificate; the private key is served only as objectType secret.",remediation:"Set objectType to the kind the vault holds (secret for a plain secret, key for a key); for a certificate's private key use objectType: secret.",tags:["azure","correctness"],help:`**objectType asks for a kind of object the key vault does not hold under that name.**

objectType secret, key and cert make the provider call GetSecret, GetKey and GetCertificate. A certificate is all three, but a plain secret is only a secret and a plain key only a key: objectType key or cert for a plain secret, or secret or cert for a plain key, fails the mount with a not-found error. A note is given where objectType cert mounts a certificate whose file looks meant for the private key (synced as tls.key or a kubernetes.io/tls Secret, or named .key/.pfx): cert serves only the public certificate; the private key is served only as objectType secret.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

**Fix:** Set objectType to the kind the vault holds (secret for a plain secret, key for a key); for a certificate's private key use objectType: secret.

Run \`vvp-kv-lint explain kv-object-type-mismatch\` for examples, or see docs/rules/kv-object-type-mismatch.md.
`},{id:"kv-object-version-not-found",group:"azure",level:"error",shortDescription:"A pinned objectVersion is not among the versions of the object",fullDescription:"objectVersion pins one version (a 32-character id); a version that was never created for that object fails the mount with a not-found error. Checked against list-versions output in the state file, or (live ARM) the versions of keys and of certificates' managed keys; a certificate's secret, key and certificate share version ids. Plain secrets' versions are not available from ARM, so those stay unchecked live.",remediation:"Pin an existing version (az keyvault secret list-versions), or leave objectVersion empty to follow the latest.",tags:["azure","correctness"],help:`**A pinned objectVersion is not among the versions of the object.**

objectVersion pins one version (a 32-character id); a version that was never created for that object fails the mount with a not-found error. Checked against list-versions output in the state file, or (live ARM) the versions of keys and of certificates' managed keys; a certificate's secret, key and certificate share version ids. Plain secrets' versions are not available from ARM, so those stay unchecked live.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

**Fix:** Pin an existing version (az keyvault secret list-versions), or leave objectVersion empty to follow the latest.

Run \`vvp-kv-lint explain kv-object-version-not-found\` for examples, or see docs/rules/kv-object-version-not-found.md.
`},{id:"kv-tenant-mismatch",group:"azure",level:"error",shortDescription:"tenantID differs from the key vault's tenant",fullDescription:"The provider requests its token from the tenant in tenantID; a vault only accepts tokens from its own tenant (properties.tenantId), so the mount fails with an authentication error.",remediation:"Set tenantID to the vault's tenant: az keyvault show --name <vault> --query properties.tenantId -o tsv.",tags:["azure","correctness"],help:`**tenantID differs from the key vault's tenant.**

The provider requests its token from the tenant in tenantID; a vault only accepts tokens from its own tenant (properties.tenantId), so the mount fails with an authentication error.

**tenantID differs from the key vault's tenant.**

The provider requests its token from the tenant in tenantID; a vault only accepts tokens from its own tenant (properties.tenantId), so the mount fails with an authentication error.

**Fix:** Set tenantID to the vault's tenant: az keyvault show --name <vault> --query properties.tenantId -o tsv.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain kv-tenant-mismatch\` for examples, or see docs/rules/kv-tenant-mismatch.md.

**Fix:** Set tenantID to the vault's tenant: az keyvault show --name <vault> --query properties.tenantId -o tsv.

Run \`vvp-kv-lint explain kv-tenant-mismatch\` for examples, or see docs/rules/kv-tenant-mismatch.md.
`},{id:"kv-vault-not-found",group:"azure",level:"error",shortDescription:"The SecretProviderClass names a key vault that is not in the Azure state",fullDescription:"keyvaultName must name an existing vault: the provider builds https://<keyvaultName>.vault.azure.net and a wrong or misspelled name fails every mount with a DNS or 404 error. Checked against the vaults of the Azure state (--azure-state or live ARM); silent when no vault list was given or a subscription could not be read.",remediation:`Correct keyvaultName (az keyvault list --query "[].name"), or include the vault's subscription in the state.`,tags:["azure","correctness"],help:`**The SecretProviderClass names a key vault that is not in the Azure state.**

keyvaultName must name an existing vault: the provider builds https://<keyvaultName>.vault.azure.net and a wrong or misspelled name fails every mount with a DNS or 404 error. Checked against the vaults of the Azure state (--azure-state or live ARM); silent when no vault list was given or a subscription could not be read.

**The SecretProviderClass names a key vault that is not in the Azure state.**

keyvaultName must name an existing vault: the provider builds https://<keyvaultName>.vault.azure.net and a wrong or misspelled name fails every mount with a DNS or 404 error. Checked against the vaults of the Azure state (--azure-state or live ARM); silent when no vault list was given or a subscription could not be read.

**Fix:** Correct keyvaultName (az keyvault list --query "[].name"), or include the vault's subscription in the state.

Needs Azure state: \`--azure-state FILE\` (see README, "Azure state file") or \`--azure --subscription ID\`.

Run \`vvp-kv-lint explain kv-vault-not-found\` for examples, or see docs/rules/kv-vault-not-found.md.

**Fix:** Correct keyvaultName (az keyvault list --query "[].name"), or include the vault's subscription in the state.

Run \`vvp-kv-lint explain kv-vault-not-found\` for examples, or see docs/rules/kv-vault-not-found.md.
`},{id:"pod-identity-binding-mismatch",group:"identity",level:"error",shortDescription:"The aadpodidbinding label matches no AzureIdentityBinding",fullDescription:"The label value must equal spec.selector of an AzureIdentityBinding in the pod namespace, and the binding must name an AzureIdentity that exists; otherwise no token is issued and the mount fails.",remediation:"Use the selector of the binding as label value, or fix the binding azureIdentity.",tags:["identity","correctness"],help:`**The aadpodidbinding label matches no AzureIdentityBinding.**

The label value must equal spec.selector of an AzureIdentityBinding in the pod namespace, and the binding must name an AzureIdentity that exists; otherwise no token is issued and the mount fails.

**Fix:** Use the selector of the binding as label value, or fix the binding azureIdentity.

Run \`vvp-kv-lint explain pod-identity-binding-mismatch\` for examples, or see docs/rules/pod-identity-binding-mismatch.md.
`},{id:"pod-identity-deprecated",group:"identity",level:"note",shortDescription:"AAD Pod Identity is deprecated and archived",fullDescription:"AAD Pod Identity was deprecated on 2022-10-24 and its repository archived in 2023; it receives no fixes. Workload identity is the replacement supported by the Azure provider.",remediation:'Migrate to workload identity: clientID in the SPC, a ServiceAccount with a federated credential, and the pod label azure.workload.identity/use: "true".',tags:["identity","maintainability"],help:`**AAD Pod Identity is deprecated and archived.**

AAD Pod Identity was deprecated on 2022-10-24 and its repository archived in 2023; it receives no fixes. Workload identity is the replacement supported by the Azure provider.

**Fix:** Migrate to workload identity: clientID in the SPC, a ServiceAccount with a federated credential, and the pod label azure.workload.identity/use: "true".

Run \`vvp-kv-lint explain pod-identity-deprecated\` for examples, or see docs/rules/pod-identity-deprecated.md.
`},{id:"pod-identity-label-missing",group:"identity",level:"error",shortDescription:"Pods using a pod-identity SPC carry no aadpodidbinding label",fullDescription:"With usePodIdentity the NMI only serves tokens to pods labelled aadpodidbinding with the selector of an AzureIdentityBinding. For VVP the label must be on the pods: pod template metadata.labels, pods.labels, or Helm extraLabels (VVP 2.5+); kubernetes.labels does not reach pods.",remediation:"Add the label aadpodidbinding: <AzureIdentityBinding selector> to the pod template.",tags:["identity","correctness"],fixable:!0,help:`**Pods using a pod-identity SPC carry no aadpodidbinding label.**

With usePodIdentity the NMI only serves tokens to pods labelled aadpodidbinding with the selector of an AzureIdentityBinding. For VVP the label must be on the pods: pod template metadata.labels, pods.labels, or Helm extraLabels (VVP 2.5+); kubernetes.labels does not reach pods.

**Fix:** Add the label aadpodidbinding: <AzureIdentityBinding selector> to the pod template.

Run \`vvp-kv-lint explain pod-identity-label-missing\` for examples, or see docs/rules/pod-identity-label-missing.md.
`},{id:"secret-committed",group:"identity",level:"error",shortDescription:"A Secret manifest with credential values is committed",fullDescription:"A Secret in the repository carries service-principal credentials (data/stringData of a nodePublishSecretRef Secret, or a key named like clientsecret). Anyone with read access to the repository can use them. The value is never printed by this tool.",remediation:"Remove the values from the repository, rotate the credential, and create the Secret out of band (kubectl create secret, sealed-secrets, external-secrets) or switch to workload identity.",tags:["identity","security","secrets"],securitySeverity:"8.0",help:`**A Secret manifest with credential values is committed.**

A Secret in the repository carries service-principal credentials (data/stringData of a nodePublishSecretRef Secret, or a key named like clientsecret). Anyone with read access to the repository can use them. The value is never printed by this tool.

**Fix:** Remove the values from the repository, rotate the credential, and create the Secret out of band (kubectl create secret, sealed-secrets, external-secrets) or switch to workload identity.

Run \`vvp-kv-lint explain secret-committed\` for examples, or see docs/rules/secret-committed.md.
`},{id:"sp-secret-keys-missing",group:"identity",level:"error",shortDescription:"The service-principal Secret lacks clientid or clientsecret",fullDescription:'The provider reads the keys clientid and clientsecret (case-insensitive) from the nodePublishSecretRef Secret and fails with "could not find clientid in secrets" otherwise.',remediation:"Store the credentials under the keys clientid and clientsecret.",tags:["identity","correctness"],help:`**The service-principal Secret lacks clientid or clientsecret.**

The provider reads the keys clientid and clientsecret (case-insensitive) from the nodePublishSecretRef Secret and fails with "could not find clientid in secrets" otherwise.

**Fix:** Store the credentials under the keys clientid and clientsecret.

Run \`vvp-kv-lint explain sp-secret-keys-missing\` for examples, or see docs/rules/sp-secret-keys-missing.md.
`},{id:"sp-secret-label-missing",group:"identity",level:"warning",shortDescription:"The service-principal Secret lacks label secrets-store.csi.k8s.io/used=true",fullDescription:'Drivers from v0.1.0 to v1.5.x only watch labelled nodePublishSecretRef Secrets; without the label secret rotation fails with "failed to get node publish secret".',remediation:'Add the label secrets-store.csi.k8s.io/used: "true" to the Secret.',tags:["identity","reliability"],fixable:!0,help:`**The service-principal Secret lacks label secrets-store.csi.k8s.io/used=true.**

Drivers from v0.1.0 to v1.5.x only watch labelled nodePublishSecretRef Secrets; without the label secret rotation fails with "failed to get node publish secret".

**Fix:** Add the label secrets-store.csi.k8s.io/used: "true" to the Secret.

Run \`vvp-kv-lint explain sp-secret-label-missing\` for examples, or see docs/rules/sp-secret-label-missing.md.
`},{id:"sp-secret-not-found",group:"identity",level:"error",shortDescription:"The nodePublishSecretRef Secret is not in the pod namespace",fullDescription:"The Secret with the service-principal credentials is read from the namespace of the pod. It is checked offline only when the project holds Secrets of that namespace, and live against the cluster.",remediation:"Create the Secret in the pod namespace (kubectl create secret generic NAME --from-literal clientid=... --from-literal clientsecret=... -n NS).",tags:["identity","correctness"],help:`**The nodePublishSecretRef Secret is not in the pod namespace.**

The Secret with the service-principal credentials is read from the namespace of the pod. It is checked offline only when the project holds Secrets of that namespace, and live against the cluster.

**Fix:** Create the Secret in the pod namespace (kubectl create secret generic NAME --from-literal clientid=... --from-literal clientsecret=... -n NS).

Run \`vvp-kv-lint explain sp-secret-not-found\` for examples, or see docs/rules/sp-secret-not-found.md.
`},{id:"sp-secret-ref-missing",group:"identity",level:"error",shortDescription:"Service-principal SPC used without nodePublishSecretRef",fullDescription:'An SPC with no identity flag and no clientID uses a service principal, whose credentials come from the Secret named by the volume nodePublishSecretRef. Without it the mount fails with "nodePublishSecretRef secret is not set".',remediation:"Add csi.nodePublishSecretRef.name naming the Secret with clientid and clientsecret, or configure an identity mode in the SPC.",tags:["identity","correctness"],help:`**Service-principal SPC used without nodePublishSecretRef.**

An SPC with no identity flag and no clientID uses a service principal, whose credentials come from the Secret named by the volume nodePublishSecretRef. Without it the mount fails with "nodePublishSecretRef secret is not set".

**Fix:** Add csi.nodePublishSecretRef.name naming the Secret with clientid and clientsecret, or configure an identity mode in the SPC.

Run \`vvp-kv-lint explain sp-secret-ref-missing\` for examples, or see docs/rules/sp-secret-ref-missing.md.
`},{id:"sp-secret-ref-unneeded",group:"identity",level:"warning",shortDescription:"nodePublishSecretRef on a volume whose SPC uses an identity",fullDescription:"The SPC selects pod identity, a managed identity or workload identity, so the service-principal Secret is never used; it is a stray credential and a sign that the modes are mixed up.",remediation:"Remove nodePublishSecretRef (and the Secret) or switch the SPC to service-principal mode.",tags:["identity","security"],help:`**nodePublishSecretRef on a volume whose SPC uses an identity.**

The SPC selects pod identity, a managed identity or workload identity, so the service-principal Secret is never used; it is a stray credential and a sign that the modes are mixed up.

**Fix:** Remove nodePublishSecretRef (and the Secret) or switch the SPC to service-principal mode.

Run \`vvp-kv-lint explain sp-secret-ref-unneeded\` for examples, or see docs/rules/sp-secret-ref-unneeded.md.
`},{id:"spc-api-version",group:"spc",level:"warning",shortDescription:"SecretProviderClass apiVersion is deprecated, missing or uses the driver name as API group",fullDescription:"SecretProviderClass belongs to the API group secrets-store.csi.x-k8s.io. v1alpha1 is deprecated (warning); a missing or empty apiVersion (as in the heredoc of the Ververica article) and the CSI driver name secrets-store.csi.k8s.io used as a group are rejected by the API server (error).",remediation:"Use apiVersion: secrets-store.csi.x-k8s.io/v1.",tags:["spc","correctness"],fixable:!0,help:`**SecretProviderClass apiVersion is deprecated, missing or uses the driver name as API group.**

SecretProviderClass belongs to the API group secrets-store.csi.x-k8s.io. v1alpha1 is deprecated (warning); a missing or empty apiVersion (as in the heredoc of the Ververica article) and the CSI driver name secrets-store.csi.k8s.io used as a group are rejected by the API server (error).

**Fix:** Use apiVersion: secrets-store.csi.x-k8s.io/v1.

Run \`vvp-kv-lint explain spc-api-version\` for examples, or see docs/rules/spc-api-version.md.
`},{id:"spc-bool-invalid",group:"spc",level:"error",shortDescription:"An identity flag is not a boolean the provider can parse",fullDescription:'usePodIdentity, useVMManagedIdentity and useAzureTokenProxy are parsed with Go strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False. yes, on or enabled fail the mount with "failed to parse ... flag".',remediation:'Use "true" or "false".',tags:["spc","correctness"],help:`**An identity flag is not a boolean the provider can parse.**

usePodIdentity, useVMManagedIdentity and useAzureTokenProxy are parsed with Go strconv.ParseBool, which accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False. yes, on or enabled fail the mount with "failed to parse ... flag".

**Fix:** Use "true" or "false".

Run \`vvp-kv-lint explain spc-bool-invalid\` for examples, or see docs/rules/spc-bool-invalid.md.
`},{id:"spc-client-id-invalid",group:"spc",level:"error",shortDescription:"clientID is not a GUID",fullDescription:"clientID (workload identity and identity binding) must be the client id (application id) of the managed identity or app registration: a GUID.",remediation:"Use the client id: az identity show -g RG -n NAME --query clientId -o tsv.",tags:["spc","correctness"],help:`**clientID is not a GUID.**

clientID (workload identity and identity binding) must be the client id (application id) of the managed identity or app registration: a GUID.

**Fix:** Use the client id: az identity show -g RG -n NAME --query clientId -o tsv.

Run \`vvp-kv-lint explain spc-client-id-invalid\` for examples, or see docs/rules/spc-client-id-invalid.md.
`},{id:"spc-identity-mode-conflict",group:"spc",level:"error",shortDescription:"The SecretProviderClass enables more than one identity mode",fullDescription:'Only one of usePodIdentity, useVMManagedIdentity and useAzureTokenProxy may be true; the provider fails with "only one identity mode can be enabled at a time". clientID together with usePodIdentity or useVMManagedIdentity makes the provider parse workload-identity tokens and fail without them.',remediation:"Keep exactly one identity mode: remove the extra flag, or clientID when it is not workload identity.",tags:["spc","correctness"],help:`**The SecretProviderClass enables more than one identity mode.**

Only one of usePodIdentity, useVMManagedIdentity and useAzureTokenProxy may be true; the provider fails with "only one identity mode can be enabled at a time". clientID together with usePodIdentity or useVMManagedIdentity makes the provider parse workload-identity tokens and fail without them.

**Fix:** Keep exactly one identity mode: remove the extra flag, or clientID when it is not workload identity.

Run \`vvp-kv-lint explain spc-identity-mode-conflict\` for examples, or see docs/rules/spc-identity-mode-conflict.md.
`},{id:"spc-keyvault-name-invalid",group:"spc",level:"error",shortDescription:"keyvaultName is missing or not a valid Key Vault name",fullDescription:'keyvaultName is required and must be a valid vault name: 3 to 24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit. Otherwise the provider fails with "keyvaultName is not set" or "Invalid vault name".',remediation:"Set keyvaultName to the vault name as shown by az keyvault list (the name, not the URI or resource id).",tags:["spc","correctness"],help:`**keyvaultName is missing or not a valid Key Vault name.**

keyvaultName is required and must be a valid vault name: 3 to 24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit. Otherwise the provider fails with "keyvaultName is not set" or "Invalid vault name".

**Fix:** Set keyvaultName to the vault name as shown by az keyvault list (the name, not the URI or resource id).

Run \`vvp-kv-lint explain spc-keyvault-name-invalid\` for examples, or see docs/rules/spc-keyvault-name-invalid.md.
`},{id:"spc-objects-file-collision",group:"spc",level:"error",shortDescription:"Two Key Vault objects are written to the same file",fullDescription:"Each object is written to a file named by objectAlias, else objectName. Two entries with the same file name overwrite each other, so one secret silently replaces another.",remediation:"Give one of the entries a distinct objectAlias.",tags:["spc","correctness"],help:`**Two Key Vault objects are written to the same file.**

Each object is written to a file named by objectAlias, else objectName. Two entries with the same file name overwrite each other, so one secret silently replaces another.

**Fix:** Give one of the entries a distinct objectAlias.

Run \`vvp-kv-lint explain spc-objects-file-collision\` for examples, or see docs/rules/spc-objects-file-collision.md.
`},{id:"spc-objects-invalid",group:"spc",level:"error",shortDescription:"The objects parameter is not a valid list of Key Vault objects",fullDescription:"objects must be a YAML string holding a key array whose items are YAML strings, each with objectName (1-127 of [0-9A-Za-z-]) and objectType exactly secret, key or cert. objectFormat (pem|pfx) and objectEncoding (utf-8|hex|base64) only apply to secrets, filePermission must be octal, objectAlias must be a relative file name without .., objectVersion must be empty, latest or a 32-character version id.",remediation:"Fix the entry at the reported line; see the Azure provider documentation for the objects format.",tags:["spc","correctness"],help:`**The objects parameter is not a valid list of Key Vault objects.**

objects must be a YAML string holding a key array whose items are YAML strings, each with objectName (1-127 of [0-9A-Za-z-]) and objectType exactly secret, key or cert. objectFormat (pem|pfx) and objectEncoding (utf-8|hex|base64) only apply to secrets, filePermission must be octal, objectAlias must be a relative file name without .., objectVersion must be empty, latest or a 32-character version id.

**Fix:** Fix the entry at the reported line; see the Azure provider documentation for the objects format.

Run \`vvp-kv-lint explain spc-objects-invalid\` for examples, or see docs/rules/spc-objects-invalid.md.
`},{id:"spc-parameter-not-string",group:"spc",level:"error",shortDescription:"A SecretProviderClass parameter is not a YAML string",fullDescription:"spec.parameters is a map of strings. An unquoted true, yes, on, a number, null or a nested map is not a string: the CRD schema rejects the object at apply time (YAML 1.1 tools such as kubectl turn yes/on into booleans).",remediation:'Quote the value, for example usePodIdentity: "true".',tags:["spc","correctness"],fixable:!0,help:`**A SecretProviderClass parameter is not a YAML string.**

spec.parameters is a map of strings. An unquoted true, yes, on, a number, null or a nested map is not a string: the CRD schema rejects the object at apply time (YAML 1.1 tools such as kubectl turn yes/on into booleans).

**Fix:** Quote the value, for example usePodIdentity: "true".

Run \`vvp-kv-lint explain spc-parameter-not-string\` for examples, or see docs/rules/spc-parameter-not-string.md.
`},{id:"spc-parameter-unknown",group:"spc",level:"warning",shortDescription:"A SecretProviderClass parameter is not one the Azure provider reads",fullDescription:"The Azure provider looks parameters up by exact, case-sensitive key. A key it does not read (keyVaultName, tenantid, clientId, userAssignedIdentityId) is silently ignored, so the intended setting never takes effect.",remediation:"Rename the key to the one the provider reads (the message names the likely one) or remove it.",tags:["spc","correctness"],fixable:!0,help:`**A SecretProviderClass parameter is not one the Azure provider reads.**

The Azure provider looks parameters up by exact, case-sensitive key. A key it does not read (keyVaultName, tenantid, clientId, userAssignedIdentityId) is silently ignored, so the intended setting never takes effect.

**Fix:** Rename the key to the one the provider reads (the message names the likely one) or remove it.

Run \`vvp-kv-lint explain spc-parameter-unknown\` for examples, or see docs/rules/spc-parameter-unknown.md.
`},{id:"spc-provider-invalid",group:"spc",level:"error",shortDescription:"SecretProviderClass provider is missing or misspelled",fullDescription:'spec.provider selects the provider plugin; the Azure provider registers as exactly "azure". A missing, empty or misspelled provider (Azure, azure-keyvault) fails every mount with "provider not set" or a provider-not-found error.',remediation:"Set spec.provider: azure.",tags:["spc","correctness"],help:`**SecretProviderClass provider is missing or misspelled.**

spec.provider selects the provider plugin; the Azure provider registers as exactly "azure". A missing, empty or misspelled provider (Azure, azure-keyvault) fails every mount with "provider not set" or a provider-not-found error.

**Fix:** Set spec.provider: azure.

Run \`vvp-kv-lint explain spc-provider-invalid\` for examples, or see docs/rules/spc-provider-invalid.md.
`},{id:"spc-secret-objects-invalid",group:"spc",level:"error",shortDescription:"A secretObjects entry cannot be synced to a Kubernetes Secret",fullDescription:"Each secretObjects entry needs secretName, type and data, and each data item a key and an objectName that is a file the SPC mounts (objectAlias, else objectName). kubernetes.io/tls secrets only accept the keys tls.key and tls.crt. Otherwise the driver logs an error and the Secret is never created.",remediation:"Complete the entry; make data[].objectName equal to a mounted file name.",tags:["spc","correctness"],help:`**A secretObjects entry cannot be synced to a Kubernetes Secret.**

Each secretObjects entry needs secretName, type and data, and each data item a key and an objectName that is a file the SPC mounts (objectAlias, else objectName). kubernetes.io/tls secrets only accept the keys tls.key and tls.crt. Otherwise the driver logs an error and the Secret is never created.

**Fix:** Complete the entry; make data[].objectName equal to a mounted file name.

Run \`vvp-kv-lint explain spc-secret-objects-invalid\` for examples, or see docs/rules/spc-secret-objects-invalid.md.
`},{id:"spc-tenant-id-deprecated-key",group:"spc",level:"note",shortDescription:"tenantId is deprecated; the provider prefers tenantID",fullDescription:"The Azure provider reads tenantID first and falls back to the deprecated tenantId, logging a deprecation warning.",remediation:"Rename tenantId to tenantID.",tags:["spc","maintainability"],fixable:!0,help:`**tenantId is deprecated; the provider prefers tenantID.**

The Azure provider reads tenantID first and falls back to the deprecated tenantId, logging a deprecation warning.

**Fix:** Rename tenantId to tenantID.

Run \`vvp-kv-lint explain spc-tenant-id-deprecated-key\` for examples, or see docs/rules/spc-tenant-id-deprecated-key.md.
`},{id:"spc-tenant-id-invalid",group:"spc",level:"error",shortDescription:"tenantID is missing or not a tenant GUID",fullDescription:'The provider needs the Entra tenant of the vault in tenantID (or the deprecated tenantId): a GUID, or adfs for Azure Stack Hub with AD FS. Without it the mount fails with "tenantId is not set"; a wrong value fails token acquisition.',remediation:"Set tenantID to the tenant GUID (az account show --query tenantId -o tsv).",tags:["spc","correctness"],help:`**tenantID is missing or not a tenant GUID.**

The provider needs the Entra tenant of the vault in tenantID (or the deprecated tenantId): a GUID, or adfs for Azure Stack Hub with AD FS. Without it the mount fails with "tenantId is not set"; a wrong value fails token acquisition.

**Fix:** Set tenantID to the tenant GUID (az account show --query tenantId -o tsv).

Run \`vvp-kv-lint explain spc-tenant-id-invalid\` for examples, or see docs/rules/spc-tenant-id-invalid.md.
`},{id:"spc-user-assigned-id-invalid",group:"spc",level:"error",shortDescription:"userAssignedIdentityID is not a client id, or is ignored",fullDescription:'userAssignedIdentityID must be empty (system-assigned identity) or the client id (a GUID) of a user-assigned managed identity; a name, resource id or principal id fails token acquisition. It is only read when useVMManagedIdentity is "true" (warning when set without it).',remediation:'Use the identity client id: az identity show -g RG -n NAME --query clientId -o tsv; set useVMManagedIdentity: "true".',tags:["spc","correctness"],help:`**userAssignedIdentityID is not a client id, or is ignored.**

userAssignedIdentityID must be empty (system-assigned identity) or the client id (a GUID) of a user-assigned managed identity; a name, resource id or principal id fails token acquisition. It is only read when useVMManagedIdentity is "true" (warning when set without it).

**Fix:** Use the identity client id: az identity show -g RG -n NAME --query clientId -o tsv; set useVMManagedIdentity: "true".

Run \`vvp-kv-lint explain spc-user-assigned-id-invalid\` for examples, or see docs/rules/spc-user-assigned-id-invalid.md.
`},{id:"suppression-reason-missing",group:"input",level:"warning",shortDescription:"A suppression comment or ignore annotation gives no reason, so it does not apply",fullDescription:'Every suppression must say why the finding is acceptable, after " -- " in a vvp-kv-lint-disable comment or as the value of a vvp-kv-lint.io/ignore-<rule-id> annotation. A suppression without a reason does not apply; the finding it was meant to silence stays active.',remediation:'Add the reason after the rule ids, e.g. "# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- sidecar writes a marker file", or give the annotation a value.',tags:["suppression","maintainability"],help:`**A suppression comment or ignore annotation gives no reason, so it does not apply.**

Every suppression must say why the finding is acceptable, after " -- " in a vvp-kv-lint-disable comment or as the value of a vvp-kv-lint.io/ignore-<rule-id> annotation. A suppression without a reason does not apply; the finding it was meant to silence stays active.

**A suppression comment or ignore annotation gives no reason, so it does not apply.**

Every suppression must say why the finding is acceptable: after \` -- \` in a \`vvp-kv-lint-disable\` comment, or as
the value of a \`vvp-kv-lint.io/ignore-<rule-id>\` annotation. Without a reason the suppression does not apply.

**Fix:** add the reason, e.g. \`# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- sidecar writes a marker file\`.

Run \`vvp-kv-lint explain suppression-reason-missing\` for examples, or see docs/rules/suppression-reason-missing.md.

**Fix:** Add the reason after the rule ids, e.g. "# vvp-kv-lint-disable-next-line csi-mount-not-readonly -- sidecar writes a marker file", or give the annotation a value.

Run \`vvp-kv-lint explain suppression-reason-missing\` for examples, or see docs/rules/suppression-reason-missing.md.
`},{id:"suppression-unused",group:"input",level:"warning",shortDescription:"A suppression comment or ignore annotation suppresses nothing",fullDescription:"A vvp-kv-lint-disable comment or vvp-kv-lint.io/ignore-<rule-id> annotation is malformed (no rule id, an unknown rule id, a bad until= date; always reported) or matched no finding (reported with --report-unused-disables, by default in CI). Stale suppressions hide future regressions of the same rule.",remediation:"Remove the suppression, or fix the rule id or date it names.",tags:["suppression","maintainability"],help:`**A suppression comment or ignore annotation suppresses nothing.**

A vvp-kv-lint-disable comment or vvp-kv-lint.io/ignore-<rule-id> annotation is malformed (no rule id, an unknown rule id, a bad until= date; always reported) or matched no finding (reported with --report-unused-disables, by default in CI). Stale suppressions hide future regressions of the same rule.

**A suppression comment or ignore annotation suppresses nothing.**

Malformed suppressions (no rule id, an unknown rule id, a bad \`until=\` date) are always reported. Suppressions
that matched no finding are reported with \`--report-unused-disables\`, which is on by default when \`CI=true\`.
A stale suppression silently hides the next regression of the same rule at that place.

**Fix:** remove the suppression, or fix the rule id or date it names.

Run \`vvp-kv-lint explain suppression-unused\` for examples, or see docs/rules/suppression-unused.md.

**Fix:** Remove the suppression, or fix the rule id or date it names.

Run \`vvp-kv-lint explain suppression-unused\` for examples, or see docs/rules/suppression-unused.md.
`},{id:"unresolved-placeholder",group:"input",level:"error",shortDescription:"A value still holds a placeholder from docs or scripts",fullDescription:"A string in a SecretProviderClass, CSI volume, identity binding or service-principal Secret still contains a placeholder such as ${name}, $name, <name> or {{ ... }} (outside Helm templates). The provider receives the literal text and fails at mount time.",remediation:"Substitute the real value (envsubst, Helm, Kustomize) before committing, or render the template first.",tags:["input","correctness"],help:`**A value still holds a placeholder from docs or scripts.**

A string in a SecretProviderClass, CSI volume, identity binding or service-principal Secret still contains a placeholder such as \${name}, $name, <name> or {{ ... }} (outside Helm templates). The provider receives the literal text and fails at mount time.

**Fix:** Substitute the real value (envsubst, Helm, Kustomize) before committing, or render the template first.

Run \`vvp-kv-lint explain unresolved-placeholder\` for examples, or see docs/rules/unresolved-placeholder.md.
`},{id:"volume-mount-unknown",group:"csi",level:"error",shortDescription:"A container mounts a volume the pod does not define",fullDescription:"volumeMounts[].name must match a volume of the pod; the API server rejects the pod (or VVP fails to start the Flink cluster).",remediation:"Fix the mount name, or add the volume to the pod.",tags:["csi","correctness"],help:`**A container mounts a volume the pod does not define.**

volumeMounts[].name must match a volume of the pod; the API server rejects the pod (or VVP fails to start the Flink cluster).

**Fix:** Fix the mount name, or add the volume to the pod.

Run \`vvp-kv-lint explain volume-mount-unknown\` for examples, or see docs/rules/volume-mount-unknown.md.
`},{id:"vvp-chart-volume-platform-only",group:"vvp",level:"note",shortDescription:"A secrets volume in Helm values mounts only into the platform pod",fullDescription:"Top-level volumes and volumeMounts of the ververica-platform chart are attached to the Ververica Platform pod, never to Flink jobs. Flink pods need the volume in the Deployment/SessionCluster kubernetes section or in globalDeploymentDefaults.",remediation:"If Flink jobs need the secrets, add the volume to their pod templates; if only the platform needs them, this is fine.",tags:["vvp","correctness"],help:`**A secrets volume in Helm values mounts only into the platform pod.**

Top-level volumes and volumeMounts of the ververica-platform chart are attached to the Ververica Platform pod, never to Flink jobs. Flink pods need the volume in the Deployment/SessionCluster kubernetes section or in globalDeploymentDefaults.

**Fix:** If Flink jobs need the secrets, add the volume to their pod templates; if only the platform needs them, this is fine.

Run \`vvp-kv-lint explain vvp-chart-volume-platform-only\` for examples, or see docs/rules/vvp-chart-volume-platform-only.md.
`},{id:"vvp-container-name",group:"vvp",level:"error",shortDescription:"A VVP pod-template patch container has the wrong name",fullDescription:"VVP merges pod-template containers into its Flink containers by name: flink-jobmanager in jobManagerPodTemplate, flink-taskmanager in taskManagerPodTemplate. A container without image and another name becomes a broken extra container, and its volumeMounts never reach Flink.",remediation:"Name the container flink-jobmanager (jobManagerPodTemplate) or flink-taskmanager (taskManagerPodTemplate).",tags:["vvp","correctness"],help:`**A VVP pod-template patch container has the wrong name.**

VVP merges pod-template containers into its Flink containers by name: flink-jobmanager in jobManagerPodTemplate, flink-taskmanager in taskManagerPodTemplate. A container without image and another name becomes a broken extra container, and its volumeMounts never reach Flink.

**Fix:** Name the container flink-jobmanager (jobManagerPodTemplate) or flink-taskmanager (taskManagerPodTemplate).

Run \`vvp-kv-lint explain vvp-container-name\` for examples, or see docs/rules/vvp-container-name.md.
`},{id:"vvp-deployment-target-unknown",group:"vvp",level:"note",shortDescription:"The VVP deployment target is not among the known DeploymentTargets",fullDescription:"The DeploymentTarget maps a VVP deployment to the Kubernetes namespace of its pods. When it is not found, the pod namespace is unknown and namespace checks (SPC, Secret, binding) are relaxed.",remediation:"Add the DeploymentTarget manifest to the repository, or fix deploymentTargetName/deploymentTargetId.",tags:["vvp","configuration"],help:`**The VVP deployment target is not among the known DeploymentTargets.**

The DeploymentTarget maps a VVP deployment to the Kubernetes namespace of its pods. When it is not found, the pod namespace is unknown and namespace checks (SPC, Secret, binding) are relaxed.

**Fix:** Add the DeploymentTarget manifest to the repository, or fix deploymentTargetName/deploymentTargetId.

Run \`vvp-kv-lint explain vvp-deployment-target-unknown\` for examples, or see docs/rules/vvp-deployment-target-unknown.md.
`},{id:"vvp-drift",group:"vvp",level:"note",shortDescription:"A VVP Deployment in git differs from the same Deployment in the VVP API",fullDescription:"With both the repository and the VVP API read (--vvp-url with files), a Deployment present in both (same name and VVP namespace) whose spec.template.spec.kubernetes differs means what git says is not what the platform will start next.",remediation:"Re-apply the Deployment from git, or commit the change made in the VVP UI.",tags:["vvp","drift"],help:`**A VVP Deployment in git differs from the same Deployment in the VVP API.**

With both the repository and the VVP API read (--vvp-url with files), a Deployment present in both (same name and VVP namespace) whose spec.template.spec.kubernetes differs means what git says is not what the platform will start next.

When the repository and the VVP API are read together (\`--vvp-url\` with file paths), each Deployment found in both
(same name and VVP namespace) is compared under \`spec.template.spec.kubernetes\`; the note names the fields that differ.

**Fix:** Re-apply the Deployment from git, or commit the change made in the VVP UI.

Run \`vvp-kv-lint explain vvp-drift\` for examples, or see docs/rules/vvp-drift.md.
`},{id:"vvp-extra-labels-unsupported",group:"vvp",level:"error",shortDescription:"Helm extraLabels are ignored by this VVP version",fullDescription:"The ververica-platform chart applies extraLabels only from VVP 2.5 on; on older versions the labels (for example aadpodidbinding) are silently dropped.",remediation:"Upgrade to VVP 2.5 or later, or add the label to the platform pod another way.",tags:["vvp","correctness"],help:`**Helm extraLabels are ignored by this VVP version.**

The ververica-platform chart applies extraLabels only from VVP 2.5 on; on older versions the labels (for example aadpodidbinding) are silently dropped.

**Fix:** Upgrade to VVP 2.5 or later, or add the label to the platform pod another way.

Run \`vvp-kv-lint explain vvp-extra-labels-unsupported\` for examples, or see docs/rules/vvp-extra-labels-unsupported.md.
`},{id:"vvp-pods-and-templates",group:"vvp",level:"error",shortDescription:"kubernetes.pods is set together with a pod template",fullDescription:"VVP accepts either kubernetes.pods or jobManagerPodTemplate/taskManagerPodTemplate, not both; the deployment is rejected.",remediation:"Move the pods settings (labels, volumeMounts) into the pod templates and remove pods.",tags:["vvp","correctness"],help:`**kubernetes.pods is set together with a pod template.**

VVP accepts either kubernetes.pods or jobManagerPodTemplate/taskManagerPodTemplate, not both; the deployment is rejected.

**Fix:** Move the pods settings (labels, volumeMounts) into the pod templates and remove pods.

Run \`vvp-kv-lint explain vvp-pods-and-templates\` for examples, or see docs/rules/vvp-pods-and-templates.md.
`},{id:"vvp-pods-volume-name-mismatch",group:"vvp",level:"error",shortDescription:"A pods.volumeMounts entry has disagreeing names",fullDescription:"In kubernetes.pods.volumeMounts[] the entry name, volume.name and volumeMount.name must agree; otherwise the mount refers to a volume that does not exist.",remediation:"Use the same name in all three places.",tags:["vvp","correctness"],help:`**A pods.volumeMounts entry has disagreeing names.**

In kubernetes.pods.volumeMounts[] the entry name, volume.name and volumeMount.name must agree; otherwise the mount refers to a volume that does not exist.

**Fix:** Use the same name in all three places.

Run \`vvp-kv-lint explain vvp-pods-volume-name-mismatch\` for examples, or see docs/rules/vvp-pods-volume-name-mismatch.md.
`},{id:"vvp-version-unknown",group:"vvp",level:"note",shortDescription:"A VVP version-dependent check could not run",fullDescription:"Some checks depend on the VVP version (extraLabels from 2.5). The version is taken from --vvp-version, vvpVersion in the config, or the chart Chart.yaml beside the values file (chart 4.N = VVP 2.N up to 2.3; chart 5.N = VVP 2.(N+4)).",remediation:"Pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep Chart.yaml beside the values.",tags:["vvp","configuration"],help:`**A VVP version-dependent check could not run.**

Some checks depend on the VVP version (extraLabels from 2.5). The version is taken from --vvp-version, vvpVersion in the config, or the chart Chart.yaml beside the values file (chart 4.N = VVP 2.N up to 2.3; chart 5.N = VVP 2.(N+4)).

**Fix:** Pass --vvp-version, set vvpVersion in .vvp-kv-lint.yaml, or keep Chart.yaml beside the values.

Run \`vvp-kv-lint explain vvp-version-unknown\` for examples, or see docs/rules/vvp-version-unknown.md.
`},{id:"workload-identity-incomplete",group:"identity",level:"error",shortDescription:"Workload identity is not wired to the pods",fullDescription:"A workload-identity SPC (clientID, no flag) gets tokens for the pod ServiceAccount (the namespace's default ServiceAccount when the pod sets none). That ServiceAccount's azure.workload.identity/client-id annotation, if set, must equal clientID (error). The pod label azure.workload.identity/use is not checked: the provider never reads it for CSI mounts.",remediation:"Align the ServiceAccount's azure.workload.identity/client-id annotation with the SPC's clientID (or use the ServiceAccount the federated credential names).",tags:["identity","correctness"],help:"**Workload identity is not wired to the pods.**\n\nA workload-identity SPC (clientID, no flag) gets tokens for the pod ServiceAccount (the namespace's default ServiceAccount when the pod sets none). That ServiceAccount's azure.workload.identity/client-id annotation, if set, must equal clientID (error). The pod label azure.workload.identity/use is not checked: the provider never reads it for CSI mounts.\n\nA workload-identity SPC (clientID, no flag) gets tokens for the pod ServiceAccount (the namespace's `default` ServiceAccount when the pod sets none; a federated credential for `system:serviceaccount:<ns>:default` works). That ServiceAccount's azure.workload.identity/client-id annotation, if set, must equal clientID (error).\n\nThe pod label `azure.workload.identity/use` is not checked: the Azure provider takes clientID from the SPC and the ServiceAccount token the CSI driver requests for the pod (`csi.storage.k8s.io/serviceAccount.tokens`), never the label. The label only makes the workload identity webhook inject `AZURE_*` variables for the application's own Azure SDK calls.\n\n**Fix:** Align the ServiceAccount's azure.workload.identity/client-id annotation with the SPC's clientID (or use the ServiceAccount the federated credential names).\n\nRun `vvp-kv-lint explain workload-identity-incomplete` for examples, or see docs/rules/workload-identity-incomplete.md.\n"},{id:"yaml-duplicate-key",group:"input",level:"warning",shortDescription:"A mapping repeats a key",fullDescription:"YAML mappings must have unique keys. Kubernetes tooling silently keeps one of the values (the last one with kubectl), so half of what was written is ignored.",remediation:"Remove or merge the repeated key; keep the value you meant.",tags:["input","correctness"],help:`**A mapping repeats a key.**

YAML mappings must have unique keys. Kubernetes tooling silently keeps one of the values (the last one with kubectl), so half of what was written is ignored.

**Fix:** Remove or merge the repeated key; keep the value you meant.

Run \`vvp-kv-lint explain yaml-duplicate-key\` for examples, or see docs/rules/yaml-duplicate-key.md.
`},{id:"yaml-parse-error",group:"input",level:"error",shortDescription:"A file cannot be parsed as YAML or JSON",fullDescription:"The file is not valid YAML/JSON, is not UTF-8, is binary, is larger than the size limit, nests deeper than the safe bound, or expands aliases beyond the safe bound (billion laughs). Nothing in the file is checked, so mistakes in it stay hidden until apply time.",remediation:"Fix the syntax at the reported position (kubectl apply --dry-run=client shows the same error), or exclude the file in .vvp-kv-lint.yaml if it is not a manifest.",tags:["input","correctness"],help:`**A file cannot be parsed as YAML or JSON.**

The file is not valid YAML/JSON, is not UTF-8, is binary, is larger than the size limit, nests deeper than the safe bound, or expands aliases beyond the safe bound (billion laughs). Nothing in the file is checked, so mistakes in it stay hidden until apply time.

**Fix:** Fix the syntax at the reported position (kubectl apply --dry-run=client shows the same error), or exclude the file in .vvp-kv-lint.yaml if it is not a manifest.

Run \`vvp-kv-lint explain yaml-parse-error\` for examples, or see docs/rules/yaml-parse-error.md.
`}];export{RULE_META};
