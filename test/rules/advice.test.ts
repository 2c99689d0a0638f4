// Issue 29, "advice that must be right": every message that tells the user to add, remove or change something,
// and every fix, matches what the Azure provider does (Azure/secrets-store-csi-driver-provider-azure v1.8.2; the
// rule docs cite the code). A fix never turns a mounting setup into a failing one. Each case failed before.
import { test } from 'node:test';
import { testRule } from '../../src/testing/rule-tester.js';

const spc = (params: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
${params}
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

// GetTenantID (pkg/provider/types/parameters.go 48-56) falls back to tenantId when tenantID is blank: removing
// tenantId there would break the mount ("tenantId is not provided").
testRule('spc-tenant-id-deprecated-key', {
  valid: [{ name: 'tenantID only', files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002') }],
  invalid: [
    {
      name: 'tenantID blank: tenantId is in use, move the value (no fix)',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: ""\n    tenantId: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'preferredBlank', line: 12, column: 5 }],
      output: null,
    },
    {
      name: 'tenantID whitespace: the provider trims it, same as blank',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: "   "\n    tenantId: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'preferredBlank', line: 12, column: 5 }],
      output: null,
    },
    {
      name: 'tenantID with a value: tenantId is never read, remove it (no fix)',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002\n    tenantId: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'bothKeys', line: 12, column: 5 }],
      output: null,
    },
    {
      name: 'tenantId only: renamed (the same value, now read first)',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantId: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'deprecated', line: 11, column: 5 }],
      output: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002'),
    },
  ],
}, test);

// A misspelled identity key leaves the provider in another mode that may work today (service principal, the
// node's default identity); renaming it switches identity. Renames the provider cannot mount without stay fixes.
testRule('spc-parameter-unknown', {
  valid: [],
  invalid: [
    {
      name: 'userAssignedIdentityId: reported, not renamed (the node default identity may be what works now)',
      files: spc('    useVMManagedIdentity: "true"\n    userAssignedIdentityId: 00000000-0000-0000-0000-000000000001\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'wrongCase', data: { key: 'userAssignedIdentityId', suggestion: 'userAssignedIdentityID' }, line: 10, column: 5 }],
      output: null,
    },
    {
      name: 'usevmmanagedidentity: reported, not renamed (the service principal may be what works now)',
      files: spc('    usevmmanagedidentity: "true"\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002'),
      errors: [{ messageId: 'wrongCase', data: { key: 'usevmmanagedidentity', suggestion: 'useVMManagedIdentity' }, line: 9, column: 5 }],
      output: null,
    },
    {
      name: 'TenantID beside a usable tenantId: the tenant in use would change, not renamed',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantId: 00000000-0000-0000-0000-000000000002\n    TenantID: 00000000-0000-0000-0000-000000000009'),
      errors: [{ messageId: 'wrongCase', data: { key: 'TenantID', suggestion: 'tenantID' }, line: 12, column: 5 }],
      output: null,
    },
    {
      name: 'keyvaultname and TenantID without a tenant: the provider cannot mount without them, renamed',
      files: spc('    useVMManagedIdentity: "true"\n    keyvaultname: kv-prod\n    TenantID: 00000000-0000-0000-0000-000000000002'),
      errors: [
        { messageId: 'wrongCase', data: { key: 'keyvaultname', suggestion: 'keyvaultName' }, line: 10, column: 5 },
        { messageId: 'wrongCase', data: { key: 'TenantID', suggestion: 'tenantID' }, line: 11, column: 5 },
      ],
      output: spc('    useVMManagedIdentity: "true"\n    keyvaultName: kv-prod\n    tenantID: 00000000-0000-0000-0000-000000000002'),
    },
  ],
}, test);
