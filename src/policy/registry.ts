// Which rules become admission policies. Every rule id is in exactly one of EXPORTED and NOT_EXPORTABLE (asserted by
// test/policy/registry.test.ts). A new rule needs no entry here: until someone writes its CEL form (or a reason it
// cannot have one), `policy --list` shows it as having no policy yet.
import type { NotExportable, PolicyRule } from './types.js';
import { RULE_MODULES } from '../generated/rule-modules.js';
import { policy as csiDriverInvalid } from './rules/csi-driver-invalid.js';
import { policy as csiSpcMissingAttribute } from './rules/csi-spc-missing-attribute.js';
import { policy as csiVolumeNotReadonly } from './rules/csi-volume-not-readonly.js';
import { policy as csiMountNotReadonly } from './rules/csi-mount-not-readonly.js';
import { policy as csiVolumeUnmounted } from './rules/csi-volume-unmounted.js';
import { policy as volumeMountUnknown } from './rules/volume-mount-unknown.js';
import { policy as spcProviderInvalid } from './rules/spc-provider-invalid.js';
import { policy as spcParameterNotString } from './rules/spc-parameter-not-string.js';
import { policy as spcParameterUnknown } from './rules/spc-parameter-unknown.js';
import { policy as spcTenantIdDeprecatedKey } from './rules/spc-tenant-id-deprecated-key.js';
import { policy as spcBoolInvalid } from './rules/spc-bool-invalid.js';
import { policy as spcClientIdInvalid } from './rules/spc-client-id-invalid.js';
import { policy as spcKeyvaultNameInvalid } from './rules/spc-keyvault-name-invalid.js';
import { policy as spcTenantIdInvalid } from './rules/spc-tenant-id-invalid.js';
import { policy as spcUserAssignedIdInvalid } from './rules/spc-user-assigned-id-invalid.js';
import { policy as spcIdentityModeConflict } from './rules/spc-identity-mode-conflict.js';
import { policy as podIdentityDeprecated } from './rules/pod-identity-deprecated.js';
import { policy as spcSecretObjectsInvalid } from './rules/spc-secret-objects-invalid.js';
import { policy as unresolvedPlaceholder } from './rules/unresolved-placeholder.js';

export const EXPORTED: readonly PolicyRule[] = [
  csiDriverInvalid,
  csiSpcMissingAttribute,
  csiVolumeNotReadonly,
  csiMountNotReadonly,
  csiVolumeUnmounted,
  volumeMountUnknown,
  spcProviderInvalid,
  spcParameterNotString,
  spcParameterUnknown,
  spcTenantIdDeprecatedKey,
  spcBoolInvalid,
  spcClientIdInvalid,
  spcKeyvaultNameInvalid,
  spcTenantIdInvalid,
  spcUserAssignedIdInvalid,
  spcIdentityModeConflict,
  podIdentityDeprecated,
  spcSecretObjectsInvalid,
  unresolvedPlaceholder,
];

const OTHER_OBJECTS = 'needs another object than the one admitted';
const YAML_IN_STRING = 'parses the YAML held in the `objects` string parameter, which CEL cannot parse';

const EXPLAINED: readonly NotExportable[] = [
  { id: 'csi-spc-not-found', why: `${OTHER_OBJECTS} (the SecretProviderClass in the pod's namespace); Kyverno policy with an API lookup` },
  { id: 'sp-secret-not-found', why: `${OTHER_OBJECTS} (the nodePublishSecretRef Secret); Kyverno policy with an API lookup` },
  { id: 'sp-secret-keys-missing', why: `${OTHER_OBJECTS} (the Secret's keys); Kyverno policy with an API lookup` },
  { id: 'sp-secret-ref-missing', why: `${OTHER_OBJECTS} (the SPC decides whether the volume uses a service principal)` },
  { id: 'sp-secret-ref-unneeded', why: `${OTHER_OBJECTS} (the SPC decides the identity mode)` },
  { id: 'sp-secret-label-missing', why: `${OTHER_OBJECTS} (a Secret is only in scope when some volume names it)` },
  { id: 'pod-identity-label-missing', why: `${OTHER_OBJECTS} (the SPC's identity mode)` },
  { id: 'pod-identity-binding-mismatch', why: `${OTHER_OBJECTS} (AzureIdentityBindings)` },
  { id: 'workload-identity-incomplete', why: `${OTHER_OBJECTS} (the SPC and the ServiceAccount)` },
  { id: 'spc-objects-invalid', why: YAML_IN_STRING },
  { id: 'spc-objects-file-collision', why: YAML_IN_STRING },
  { id: 'spc-api-version', why: 'the API server refuses an unknown group before admission and converts v1alpha1 to the version a policy matches, so the written apiVersion is not what admission sees' },
  { id: 'secret-committed', why: 'about a repository (a Secret with values committed to git), not about what is applied' },
  { id: 'yaml-parse-error', why: 'about source text; the API server only receives parsed objects' },
  { id: 'yaml-duplicate-key', why: 'about source text; the API server only receives parsed objects' },
  { id: 'suppression-reason-missing', why: 'about suppression comments in source files' },
  { id: 'suppression-unused', why: 'about suppression comments in source files' },
  ...['vvp-chart-volume-platform-only', 'vvp-container-name', 'vvp-deployment-target-unknown', 'vvp-extra-labels-unsupported', 'vvp-pods-and-templates', 'vvp-pods-volume-name-mismatch', 'vvp-version-unknown', 'vvp-drift']
    .map((id) => ({ id, why: 'about VVP objects and Helm values, which go to the VVP API, not to the Kubernetes API server (the pods VVP creates are checked by the pod rules)' })),
  // FlinkDeployment pod templates and Flink pod-template files are merged by the operator and by Flink before any
  // pod is created; the pods that reach admission are ordinary pods, which the exported pod rules cover.
  ...['flink-container-name', 'flink-template-merge-position']
    .map((id) => ({ id, why: 'about FlinkDeployment pod templates and Flink pod-template files, which the operator and Flink merge into the pods they create; those pods are ordinary pods at admission and are checked by the pod rules' })),
  // Rules that declare they need Azure state or a live cluster (src/rules/contract.ts `requires`) are never
  // exportable: a new one of those needs no entry here.
  ...RULE_MODULES.filter((m) => m.definition.requires?.includes('azure'))
    .map((m) => ({ id: m.id, why: 'needs Azure state (vaults and their contents, identities, role assignments), which admission cannot see' })),
  ...RULE_MODULES.filter((m) => m.definition.requires?.includes('cluster'))
    .map((m) => ({ id: m.id, why: 'about the state of a running cluster (live audit only)' })),
];

const exportedIds = new Set(EXPORTED.map((r) => r.id));
const explainedIds = new Set(EXPLAINED.map((r) => r.id));

export const NOT_EXPORTABLE: readonly NotExportable[] = [
  ...EXPLAINED,
  ...RULE_MODULES.filter((m) => !exportedIds.has(m.id) && !explainedIds.has(m.id))
    .map((m) => ({ id: m.id, why: 'no admission policy has been written for it yet (lint and audit check it)' })),
];
