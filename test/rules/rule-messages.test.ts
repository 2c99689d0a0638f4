// The rules whose support code decides (Azure vault contents, grants, the objects block, VVP drift) report by
// message id with data, like every rule: these RuleTester cases assert ids, data and positions, never prose. The
// cases are the rules' own fixture directories (test/fixtures/rules/<id>/, test/fixtures/azure/<case>/), run
// against the Azure state file beside them.
import { test } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testRule, type ValidCase } from '../../src/testing/rule-tester.js';
import { parseAzureStateValue } from '../../src/azure/state-file.js';
import { RULE_FIXTURES, REPO_ROOT } from '../support/paths.js';

/** A fixture directory as a RuleTester case: its YAML files, and its azure-state.json when there is one. */
function fixture(dir: string, options?: ValidCase['options']): ValidCase {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f) && !f.startsWith('.')) files[f] = readFileSync(join(dir, f), 'utf8');
  const state = join(dir, 'azure-state.json');
  const azure = existsSync(state) ? parseAzureStateValue(JSON.parse(readFileSync(state, 'utf8')), 'azure-state.json') : undefined;
  return { name: dir.split('/').slice(-2).join('/'), files, ...(azure ? { azure } : {}), ...(options ? { options } : {}) };
}

const rule = (id: string, name: string, options?: ValidCase['options']): ValidCase => fixture(join(RULE_FIXTURES, id, name), options);
const azureCase = (name: string): ValidCase => fixture(join(REPO_ROOT, 'test/fixtures/azure', name));
const vault = 'kv-prod';

testRule('kv-object-not-found', {
  valid: [rule('kv-object-not-found', 'pass-present-or-unknown')],
  invalid: [
    {
      ...rule('kv-object-not-found', 'fail-typo-az-lists'),
      errors: [
        { messageId: 'notFoundSuggestion', data: { type: 'secret', name: 'db-pasword', vault, listed: 2, list: 'secrets', suggestion: 'db-password' }, line: 16, column: 23 },
        { messageId: 'notFound', data: { type: 'secret', name: 'kafka-truststore', vault, listed: 2, list: 'secrets' }, line: 22, column: 23 },
      ],
    },
    {
      ...rule('kv-object-not-found', 'fail-arm-lists'),
      errors: [{ messageId: 'notFoundSuggestion', data: { name: 's3-acess-key', listed: 3, suggestion: 's3-access-key' }, line: 19, column: 23 }],
    },
  ],
}, test);

testRule('kv-object-disabled', {
  valid: [rule('kv-object-disabled', 'pass-enabled-or-pinned')],
  invalid: [
    {
      ...rule('kv-object-disabled', 'fail-disabled'),
      errors: [
        { messageId: 'disabled', data: { type: 'secret', name: 'db-password', vault }, line: 16, column: 23 },
        { messageId: 'disabled', data: { type: 'key', name: 'orders-signing-key', vault }, line: 19, column: 23 },
      ],
    },
  ],
}, test);

testRule('kv-object-expired', {
  valid: [rule('kv-object-expired', 'pass-far-or-none')],
  invalid: [
    {
      ...rule('kv-object-expired', 'fail-expired'),
      errors: [
        { messageId: 'expired', data: { type: 'secret', name: 'db-password', vault, date: '2024-06-30' }, line: 16, column: 23, level: 'error' },
        { messageId: 'expired', data: { type: 'certificate', name: 'ingress-tls', vault, date: '2025-01-01' }, line: 19, column: 23 },
      ],
    },
    {
      // The case's .vvp-kv-lint.yaml sets a 100-year window; `days` depends on today and is not compared.
      ...rule('kv-object-expired', 'fail-expires-within-window', { objectExpiryWarningDays: 36500 }),
      errors: [{ messageId: 'expiresSoon', data: { type: 'secret', name: 'db-password', vault, date: '2090-01-01', window: 36500 }, line: 16, column: 23, level: 'warning' }],
    },
  ],
}, test);

testRule('kv-object-type-mismatch', {
  valid: [rule('kv-object-type-mismatch', 'pass-certificate-any-type')],
  invalid: [
    {
      ...rule('kv-object-type-mismatch', 'fail-wrong-kind'),
      errors: [
        { messageId: 'onlyAsOtherType', data: { type: 'key', name: 'db-password', existsAs: 'plain secret', objectType: 'key', call: 'GetKey', error: 'KeyNotFound', useType: 'secret' }, line: 17, column: 23 },
        { messageId: 'onlyAsOtherType', data: { type: 'secret', name: 'orders-signing-key', existsAs: 'key', call: 'GetSecret', error: 'SecretNotFound', useType: 'key' }, line: 20, column: 23 },
        { messageId: 'onlyAsOtherType', data: { type: 'certificate', name: 's3-access-key', call: 'GetCertificate', error: 'CertificateNotFound', useType: 'secret' }, line: 23, column: 23 },
        { messageId: 'certWithoutPrivateKey', data: { name: 'ingress-tls' }, line: 53, column: 23, level: 'note' },
      ],
    },
  ],
}, test);

testRule('kv-object-version-not-found', {
  valid: [rule('kv-object-version-not-found', 'pass-known-or-unlisted')],
  invalid: [
    {
      ...rule('kv-object-version-not-found', 'fail-unknown-version'),
      errors: [
        { messageId: 'versionNotFound', data: { type: 'secret', name: 'db-password', vault, version: '00000000000000000000000000000bad', listed: 1 }, line: 18, column: 26 },
        { messageId: 'versionNotFound', data: { type: 'certificate', name: 'ingress-tls', listed: 1 }, line: 22, column: 26 },
      ],
    },
    { ...rule('kv-object-version-not-found', 'fail-arm-key-versions'), errors: [{ messageId: 'versionNotFound', data: { type: 'secret', name: 'ingress-tls' }, line: 18, column: 26 }] },
  ],
}, test);

const uami = 'user-assigned identity id-vvp (client id cccccccc-0000-0000-0000-000000000001)';

testRule('grant-missing', {
  // Placeholder client ids (a `${SP_CLIENT_ID}` in the service-principal Secret included) are unknown, not missing.
  valid: [azureCase('placeholders'), azureCase('excessive')],
  invalid: [
    {
      ...azureCase('rbac-inherited'),
      errors: [{ messageId: 'missingRole', data: { principal: uami, types: 'certificates', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/certificates/read', role: 'Certificate User' }, line: 30, column: 29 }],
    },
    {
      ...azureCase('lookup'),
      errors: [{ messageId: 'missingPolicyOtherTenant', data: { principal: uami, types: 'secrets', vault: 'kv-policy', permissions: 'secrets get', objectId: 'aaaaaaaa-0000-0000-0000-000000000001' }, line: 30, column: 29 }],
    },
    {
      ...azureCase('system-assigned'),
      errors: [{ messageId: 'missingRole', data: { principal: 'the system-assigned identity of node pool aks-flink-2-vmss', types: 'secrets', role: 'Secrets User' }, line: 11, column: 27 }],
    },
  ],
}, test);

testRule('grant-wrong-model', {
  valid: [azureCase('rbac-inherited'), azureCase('placeholders')],
  invalid: [
    {
      ...azureCase('wrong-model'),
      errors: [
        { messageId: 'policyOnRbacVault', data: { principal: uami, types: 'secrets', vault: 'kv-rbac', permissions: 'Microsoft.KeyVault/vaults/secrets/getSecret/action', role: 'Secrets User' }, line: 12, column: 29 },
        { messageId: 'roleOnPolicyVault', data: { principal: uami, types: 'secrets', vault: 'kv-policy', permissions: 'secrets get', objectId: 'aaaaaaaa-0000-0000-0000-000000000001', roles: 'Key Vault Secrets User at the vault' }, line: 30, column: 29 },
      ],
    },
  ],
}, test);

testRule('spc-objects-invalid', {
  valid: [rule('spc-objects-invalid', 'pass-all-fields')],
  invalid: [
    {
      ...rule('spc-objects-invalid', 'fail-block-shape'),
      errors: [
        { messageId: 'objectsNotYaml', data: { yamlError: 'All sequence items must start at the same column' }, line: 17, column: 10 },
        { messageId: 'objectsNoArray', line: 32, column: 14 },
        { messageId: 'entryNotString', data: { index: 0 }, line: 49, column: 11 },
        { messageId: 'entryNotString', data: { index: 1 }, line: 51, column: 11 },
        { messageId: 'noObjects', line: 65, column: 14 },
        { messageId: 'entryNotMapping', data: { index: 0 }, line: 80, column: 11 },
      ],
    },
    {
      ...rule('spc-objects-invalid', 'fail-entry-fields'),
      errors: [
        { messageId: 'objectNameInvalid', data: { value: '"kafka_sasl_password"' }, line: 15, column: 23 },
        { messageId: 'objectTypeCertificate', data: { value: '"certificate"' }, line: 19, column: 23 },
        { messageId: 'objectTypeCase', data: { value: '"Key"', lower: 'key' }, line: 22, column: 23 },
        { messageId: 'objectFormatInvalid', data: { value: '"der"' }, line: 27, column: 25 },
        { messageId: 'pfxNeedsSecret', line: 32, column: 25 },
        { messageId: 'objectEncodingInvalid', data: { value: '"utf8"' }, line: 36, column: 27 },
        { messageId: 'encodingNeedsSecret', line: 41, column: 27 },
        { messageId: 'filePermissionInvalid', data: { value: '"rw-r-----"' }, line: 45, column: 27 },
        { messageId: 'objectAliasAbsolute', data: { value: '"/etc/vvp/db-password"' }, line: 49, column: 24 },
        { messageId: 'objectAliasParent', data: { value: '"../db-user"' }, line: 53, column: 24 },
        { messageId: 'objectVersionInvalid', data: { value: '"v2"' }, line: 57, column: 26 },
        { messageId: 'objectVersionHistoryInvalid', data: { value: '"two"' }, line: 61, column: 33 },
        { messageId: 'noObjectName', data: { index: 12 }, line: 62, column: 11 },
        { messageId: 'unknownFieldSuggestion', data: { field: 'objectname', index: 12, suggestion: 'objectName' }, line: 63, column: 11 },
        { messageId: 'noObjectType', data: { index: 13 }, line: 65, column: 11 },
        { messageId: 'noObjectName', data: { index: 14 }, line: 67, column: 11 },
      ],
    },
    {
      name: 'an unknown field with no close spelling; an entry that is not YAML',
      files: `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: app
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    keyvaultName: kv-prod
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
          rotation: daily
        - |
          objectName: [unclosed
          objectType: secret
`,
      errors: [
        { messageId: 'unknownField', data: { field: 'rotation', index: 0 }, line: 15, column: 11 },
        { messageId: 'entryNotYaml', data: { index: 1 } },
      ],
    },
    {
      ...rule('spc-objects-invalid', 'fail-missing'),
      errors: [
        { messageId: 'objectsNotSet', line: 8, column: 3 },
        { messageId: 'objectsEmpty', line: 24, column: 14 },
        { messageId: 'objectsEmpty', line: 37, column: 14 },
      ],
    },
  ],
}, test);

testRule('yaml-parse-error', {
  valid: [{ files: 'kind: ConfigMap\napiVersion: v1\nmetadata: {name: a}\n' }],
  invalid: [
    { name: 'an unclosed quote', files: 'kind: ConfigMap\ndata:\n  a: "open\n  b: c\n', errors: [{ messageId: 'unclosedQuote', data: { quote: '"' }, line: 3, column: 6 }] },
    { name: 'an unclosed bracket', files: 'kind: ConfigMap\nmetadata: {name: [b}\n', errors: [{ messageId: 'unclosedBracket', data: { open: '[', close: ']' }, line: 2, column: 18 }] },
    { name: 'a tab as indentation', files: 'kind: ConfigMap\ndata:\n\ta: b\n', errors: [{ messageId: 'syntax', data: { error: 'Tabs are not allowed as indentation' } }] },
    { name: 'a value that runs on into the next line', files: 'kind: ConfigMap\ndata:\n  a: b\n    c: d\n', errors: [{ messageId: 'valueRunsOn' }] },
    { name: 'an alias without its anchor', files: 'kind: A\nmetadata:\n  labels: &l {a: b}\n---\nkind: B\nmetadata:\n  labels: *l\n', errors: [{ messageId: 'aliasWithoutAnchor', line: 7, column: 11 }] },
    { name: 'nesting beyond the bound', files: `kind: ConfigMap\ndata:\n  x: ${'['.repeat(300)}${']'.repeat(300)}\n`, errors: [{ messageId: 'tooDeep', data: { maxDepth: 256 }, line: 3 }] },
    { name: 'a NUL byte', files: 'apiVersion: v1\nkind: \u0000\n', errors: [{ messageId: 'binary', data: { offset: 21 }, line: 2, column: 7 }] },
  ],
}, test);
