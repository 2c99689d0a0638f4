// The mount-message table: every entry's own example matches it first (order and shapes agree), every rule id it
// names exists, every source cites a file:line or a documentation page, and a message's variable parts
// (names, ids, versions, request ids) do not change the match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOUNT_MESSAGES, CHAIN_LINKS } from '../../src/model/mount-messages/table.js';
import { classifyMountMessage } from '../../src/model/mount-messages/classify.js';
import { ALL_RULE_META } from '../../src/engine/run.js';

test('each entry of the mount-message table classifies its own example', () => {
  const ids = new Set<string>();
  for (const m of MOUNT_MESSAGES) {
    assert.ok(!ids.has(m.id), `duplicate id ${m.id}`);
    ids.add(m.id);
    assert.equal(classifyMountMessage(m.example)?.entry.id, m.id, `${m.id}: example matched ${classifyMountMessage(m.example)?.entry.id}`);
    assert.ok((CHAIN_LINKS as readonly string[]).includes(m.link), m.id);
    if (m.ruleId !== null) assert.ok(ALL_RULE_META.some((r) => r.id === m.ruleId), `${m.id}: unknown rule ${m.ruleId}`);
    assert.match(m.source, /(AKV|CSI) \S+\.(go|md):\d+|https:\/\/|kubernetes\/kubernetes \S+\.go|#\d+/, m.id);
  }
});

test('matching is by shape: other names, ids and request ids give the same class', () => {
  const cases: [string, string][] = [
    ['MountVolume.SetUp failed for volume "kv" : rpc error: code = Unknown desc = failed to get secretproviderclass jobs/spc-orders-prod, error: secretproviderclasses.secrets-store.csi.x-k8s.io "spc-orders-prod" not found', 'driver-spc-not-found'],
    ["AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://westeurope.oic.prod-aks.azure.com/0000/1111/'. Trace ID: 3f40e554 Correlation ID: 50063224", 'aad-federated-credential-missing'],
    ['failed to get objectType:secret, objectName:kafka-password, objectVersion:: Code="SecretNotFound" Message="A secret with (name/id) kafka-password was not found in this key vault."', 'kv-object-not-found'],
    ['failed to get objectType:secret, objectName:kafka-password, objectVersion:aaaabbbbccccddddeeeeffff00001111: Code="SecretNotFound" Message="A secret with (name/id) kafka-password/aaaabbbbccccddddeeeeffff00001111 was not found in this key vault."', 'kv-object-version-not-found'],
    ['failed to get keyvault client: failed to get key vault token: nmi response failed with status code: 403, err: <nil>', 'nmi-no-identity'],
    ['this text is in no table', ''],
  ];
  for (const [text, id] of cases) assert.equal(classifyMountMessage(text)?.entry.id ?? '', id, text);
});

test('event texts users reported in public issue threads land on their cause', () => {
  const reported: [string, string, string][] = [
    ['MicrosoftDocs/azure-docs#106441', `MountVolume.SetUp failed for volume "secrets-store01-inline" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod default/busybox-secrets-store-inline-user-msi, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to get keyvault client: failed to get authorizer for keyvault client: failed to acquire token: FromAssertion(): http call(https://login.microsoftonline.com/d95095be-6338-44be-89cb-12753aa161e4/oauth2/v2.0/token)(POST) error: reply status code was 400:\n{"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://uksouth.oic.prod-aks.azure.com/d95095be-6338-44be-89cb-12753aa161e4/7627b819-b0f2-4621-934c-c458148d71be/'. Assertion Subject: 'system:serviceaccount:default:workload-identity-sa'. Assertion Audience: 'api://AzureADTokenExchange'.`, 'aad-federated-credential-missing'],
    ['Azure/secrets-store-csi-driver-provider-azure#445', 'MountVolume.SetUp failed for volume "secrets-store-inline" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod testuai/busybox-secrets-store-inline, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to create auth config, error: failed to get credentials, nodePublishSecretRef secret is not set', 'provider-sp-secret-not-set'],
    ['Azure/secrets-store-csi-driver-provider-azure#742', 'MountVolume.NewMounter initialization failed for volume "secrets-store-inline" : volume mode "Ephemeral" not supported by driver secrets-store.csi.k8s.io (no CSIDriver object)', 'kubelet-no-csidriver-object'],
    ['Azure/secrets-store-csi-driver-provider-azure#34', 'MountVolume.SetUp failed for volume "secrets-store-inline" : kubernetes.io/csi: mounter.SetupAt failed: rpc error: code = Unknown desc = error mounting secret time="2020-03-23T23:33:37Z" level=fatal msg="[error] : failed to get vault: failed to get management token: nmi response failed with status code: 403"', 'nmi-no-identity'],
    ['piyushsachdeva/Terraform_AKS#2', `keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code="Forbidden" Message="Caller is not authorized to perform action on resource.\\r\\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\\r\\nCaller: appid=0XXXXXXXX6;oid=5XXXXXXXXa;iss=https://sts.windows.net/ee4XXXXXXXXd6/\\r\\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\\r\\nAssignment: (not found)\\r\\nDecisionReason: 'DeniedWithNoValidRBAC' \\r\\n" InnerError={"code":"ForbiddenByRbac"}`, 'kv-forbidden-by-rbac'],
    ['Azure/secrets-store-csi-driver-provider-azure#303', 'MountVolume.SetUp failed for volume "secrets-store01-inline" : kubernetes.io/csi: mounter.SetupAt failed: rpc error: code = Unknown desc = failed to mount secrets store objects for pod default/nginx-secrets-store-inline-user-msi, err: failed to\nfind provider binary azure, err: stat /etc/kubernetes/secrets-store-csi-providers/azure/provider-azure: no such file or directory', 'driver-provider-binary-missing'],
    ['kubernetes-sigs/secrets-store-csi-driver#661', 'failed to mount secrets store objects for pod default/nginx-secrets-store-inline, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to get keyvault client: failed to get key vault token: Get "http://localhost:2579/host/token/?resource=https://vault.azure.net": dial tcp 127.0.0.1:2579: connect: connection refused', 'nmi-unreachable'],
    ['Azure/secrets-store-csi-driver-provider-azure#381', 'MountVolume.SetUp failed for volume "secrets-store-inline" : rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'provider-deadline'],
    ['Azure/azure-sdk-for-js#24756', 'failed to get objectType:secret, objectName:secret1675691542607, objectVersion:: Operation get is not allowed on a disabled secret. {"code":"Forbidden","innerError":{"code":"SecretDisabled"}}', 'kv-object-disabled'],
    ['Azure/secrets-store-csi-driver-provider-azure troubleshooting', 'MountVolume.SetUp failed for volume "secrets-store-inline" : kubernetes.io/csi: mounter.SetupAt failed: rpc error: code = Unknown desc = failed to mount secrets store objects for pod default/test, err: rpc error: code = Unknown desc = failed to mount objects, error: failed to get keyvault client: failed to get key vault token: nmi response failed with status code: 404, err: <nil>', 'nmi-no-identity'],
  ];
  for (const [where, text, id] of reported) assert.equal(classifyMountMessage(text.replace(/\s+/g, ' '))?.entry.id, id, where);
});

test('a hostile event text is classified in bounded time', () => {
  // CPU time, not wall-clock time: a busy machine stretches the latter, not the former. A backtracking pattern
  // would need minutes on this text.
  const started = process.cpuUsage();
  const text = 'failed to get secretproviderclass a/b, error: '.repeat(50_000) + ' 127.0.0.1:2579 '.repeat(10_000);
  classifyMountMessage(text);
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  assert.ok(ms < 2000, `${Math.round(ms)} ms of CPU`);
});
