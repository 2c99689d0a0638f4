// RuleTester cases for unresolved-placeholder, over its fixture projects: message ids and data, exact start and end positions.
// Run: node scripts/run-tests.mjs unresolved-placeholder
import { test } from 'node:test';
import { testRule } from '../../../src/testing/rule-tester.js';
import { ruleCase } from '../../support/rule-cases.js';

testRule('unresolved-placeholder', {
  valid: [ruleCase('unresolved-placeholder', 'pass-helm-template-and-unchecked')],
  invalid: [
    {
      ...ruleCase('unresolved-placeholder', 'fail-aad-pod-identity'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'resourceID', ph: '${SUBSCRIPTION_ID}' }, file: 'identity.yaml', line: 8, column: 15, endLine: 8, endColumn: 139, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '$IDENTITY_CLIENT_ID' }, file: 'identity.yaml', line: 9, column: 13, endLine: 9, endColumn: 32, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'selector', ph: '<selector>' }, file: 'identity.yaml', line: 18, column: 13, endLine: 18, endColumn: 23, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-every-field'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'name', ph: '{{.Name}}' }, file: 'pod.yaml', line: 4, column: 9, endLine: 4, endColumn: 18, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'namespace', ph: '$NAMESPACE' }, file: 'pod.yaml', line: 5, column: 14, endLine: 5, endColumn: 24, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'serviceAccountName', ph: '${SERVICE_ACCOUNT_NAME}' }, file: 'pod.yaml', line: 7, column: 23, endLine: 7, endColumn: 46, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'secretProviderClass', ph: '{{.Name}}' }, file: 'pod.yaml', line: 21, column: 32, endLine: 21, endColumn: 41, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'apiVersion', ph: '$API_VERSION' }, file: 'spc.yaml', line: 4, column: 13, endLine: 4, endColumn: 25, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'name', ph: '{{.Name}}' }, file: 'spc.yaml', line: 7, column: 9, endLine: 7, endColumn: 18, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'namespace', ph: '$NAMESPACE' }, file: 'spc.yaml', line: 8, column: 14, endLine: 8, endColumn: 24, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'secretName', ph: '$TLS_SECRET_NAME' }, file: 'spc.yaml', line: 12, column: 19, endLine: 12, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'objectName', ph: '${CERT_NAME}' }, file: 'spc.yaml', line: 15, column: 23, endLine: 15, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'objectName', ph: '${CERT_NAME}' }, file: 'spc.yaml', line: 17, column: 23, endLine: 17, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '${USER_ASSIGNED_CLIENT_ID}' }, file: 'spc.yaml', line: 20, column: 15, endLine: 20, endColumn: 41, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'keyvaultName', ph: '${KEYVAULT_NAME}' }, file: 'spc.yaml', line: 21, column: 19, endLine: 21, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'tenantId', ph: '${IDENTITY_TENANT}' }, file: 'spc.yaml', line: 22, column: 15, endLine: 22, endColumn: 33, level: 'error' },
        { messageId: 'placeholder', data: { field: 'objectName', index: 0, ph: '$CERT_NAME' }, file: 'spc.yaml', line: 26, column: 23, endLine: 26, endColumn: 33, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-identity-placeholders'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '$client-id' }, file: 'spc.yaml', line: 14, column: 15, endLine: 14, endColumn: 25, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '${CLIENT_ID}' }, file: 'spc.yaml', line: 31, column: 15, endLine: 31, endColumn: 27, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '$(CLIENT_ID)' }, file: 'spc.yaml', line: 48, column: 15, endLine: 48, endColumn: 27, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '<client-id>' }, file: 'spc.yaml', line: 65, column: 15, endLine: 65, endColumn: 26, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '{{ .Values.clientId }}' }, file: 'spc.yaml', line: 82, column: 15, endLine: 82, endColumn: 39, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '__CLIENT_ID__' }, file: 'spc.yaml', line: 99, column: 15, endLine: 99, endColumn: 28, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '$client-id' }, file: 'spc.yaml', line: 117, column: 29, endLine: 117, endColumn: 39, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '$(client-id)' }, file: 'spc.yaml', line: 135, column: 29, endLine: 135, endColumn: 41, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '__client-id__' }, file: 'spc.yaml', line: 153, column: 29, endLine: 153, endColumn: 42, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '#{ClientId}#' }, file: 'spc.yaml', line: 171, column: 29, endLine: 171, endColumn: 43, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '%CLIENT_ID%' }, file: 'spc.yaml', line: 189, column: 29, endLine: 189, endColumn: 42, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-namespace-and-selector'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'selector', ph: '<label value to match>' }, file: 'identity.yaml', line: 9, column: 13, endLine: 9, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'namespace', ph: '$NAMESPACE' }, file: 'spc.yaml', line: 6, column: 14, endLine: 6, endColumn: 24, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-objects-block'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '{{ .Values.workloadIdentity.clientId }}' }, file: 'spc.yaml', line: 9, column: 15, endLine: 9, endColumn: 56, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'keyvaultName', ph: '${ENVIRONMENT}' }, file: 'spc.yaml', line: 10, column: 19, endLine: 10, endColumn: 44, level: 'error' },
        { messageId: 'placeholder', data: { field: 'objectVersion', index: 0, ph: '<version>' }, file: 'spc.yaml', line: 17, column: 26, endLine: 17, endColumn: 35, level: 'error' },
        { messageId: 'placeholder', data: { field: 'objectName', index: 1, ph: '{{ .Values.s3.secretName }}' }, file: 'spc.yaml', line: 19, column: 23, endLine: 19, endColumn: 52, level: 'error' },
        { messageId: 'placeholder', data: { field: 'objectAlias', index: 1, ph: '${ENVIRONMENT}' }, file: 'spc.yaml', line: 21, column: 24, endLine: 21, endColumn: 45, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-pipeline-tokens'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'clientID', ph: '#{ORDERS_CLIENT_ID}#' }, file: 'spc.yaml', line: 11, column: 15, endLine: 11, endColumn: 37, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'keyvaultName', ph: '$(KEYVAULT_NAME)' }, file: 'spc.yaml', line: 12, column: 19, endLine: 12, endColumn: 35, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'tenantID', ph: '__TENANT_ID__' }, file: 'spc.yaml', line: 13, column: 15, endLine: 13, endColumn: 28, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-pod-volume'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'secretProviderClass', ph: '<secretProviderName>' }, file: 'flink-pod.yaml', line: 21, column: 32, endLine: 21, endColumn: 52, level: 'error' },
      ],
    },
    {
      ...ruleCase('unresolved-placeholder', 'fail-seed-heredoc'),
      errors: [
        { messageId: 'placeholder2', data: { String: 'name', ph: '<secretProviderName>' }, file: 'spc.yaml', line: 5, column: 9, endLine: 5, endColumn: 29, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'namespace', ph: '<namespace>' }, file: 'spc.yaml', line: 6, column: 14, endLine: 6, endColumn: 25, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'userAssignedIdentityID', ph: '$clientId' }, file: 'spc.yaml', line: 11, column: 29, endLine: 11, endColumn: 38, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'keyvaultName', ph: '${keyVaultName}' }, file: 'spc.yaml', line: 12, column: 19, endLine: 12, endColumn: 34, level: 'error' },
        { messageId: 'placeholder', data: { field: 'objectName', index: 0, ph: '${secretName}' }, file: 'spc.yaml', line: 16, column: 23, endLine: 16, endColumn: 36, level: 'error' },
        { messageId: 'placeholder2', data: { String: 'tenantId', ph: '${tenantId}' }, file: 'spc.yaml', line: 18, column: 15, endLine: 18, endColumn: 28, level: 'error' },
      ],
    },
  ],
}, test);
