// One scenario per class of the mount-message table (src/model/mount-messages/table.ts): each breaks one link of a
// whole chain, serves the FailedMount event users see for it, and asserts the first broken link, who broke it
// (rule id, or the table / a check of `why` when no rule can see it) and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csiVolume, secret, CLIENT } from './cluster-fixtures.js';
import type { FakeKube, Obj } from './fake-kube.js';
import { runWhy, type WhyRun } from './why-run.js';
import { MOUNT_MESSAGES } from '../../src/model/mount-messages/table.js';
import { MOUNT_PREFIX, NS, POD, failedMountEvent, podSpecFor, secretItem, stuckPod, wholeChain, VAULT_ID, type Mode } from './why-fixtures.js';

interface Case {
  readonly name: string;
  readonly mode: Mode;
  /** Options of wholeChain. */
  readonly chain?: Parameters<typeof wholeChain>[1];
  readonly kube?: (kube: FakeKube) => void;
  readonly state?: (state: Obj) => void;
  /** The FailedMount message (after MOUNT_PREFIX unless it starts with MountVolume). */
  readonly event?: string;
  readonly link: string;
  /** ruleId or checkId of the fix. */
  readonly by: string;
  readonly fix: RegExp;
  /** The table entry the event must match. */
  readonly causeId?: string;
}

const OTHER = '12345678-1234-1234-1234-123456789abc';
const VERSION = '0123456789abcdef0123456789abcdef';

const CASES: Case[] = [
  {
    name: 'SecretProviderClass not found', mode: 'uami',
    chain: { pod: stuckPod(podSpecFor('uami', csiVolume('kv-flink-missing'))) },
    event: 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to get secretproviderclass flink/kv-flink-missing, error: secretproviderclasses.secrets-store.csi.x-k8s.io "kv-flink-missing" not found',
    link: 'spc', by: 'csi-spc-not-found', fix: /same namespace|pod namespace|namespace/i, causeId: 'driver-spc-not-found',
  },
  {
    name: 'SecretProviderClass in the wrong namespace', mode: 'uami', chain: { spcNamespace: 'vvp' },
    event: 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to get secretproviderclass flink/kv-flink, error: secretproviderclasses.secrets-store.csi.x-k8s.io "kv-flink" not found',
    link: 'spc', by: 'csi-spc-not-found', fix: /namespace/i, causeId: 'driver-spc-not-found',
  },
  {
    name: 'service-principal Secret missing', mode: 'sp',
    chain: { pod: stuckPod(podSpecFor('sp', csiVolume('kv-flink', 'kv-creds-gone'))) },
    event: 'MountVolume.SetUp failed for volume "secrets-store" : fetching NodePublishSecretRef flink/kv-creds-gone failed: kubernetes.io/csi: failed to find the secret kv-creds-gone in the namespace flink with error: secrets "kv-creds-gone" not found',
    link: 'identity-pieces', by: 'sp-secret-not-found', fix: /secret/i, causeId: 'kubelet-sp-secret-not-found',
  },
  {
    name: 'service-principal Secret with the wrong keys', mode: 'sp',
    chain: { pod: stuckPod(podSpecFor('sp', csiVolume('kv-flink', 'kv-creds-2'))) },
    kube: (k) => void k.add('', 'v1', 'secrets', secret(NS, 'kv-creds-2', { clientId: Buffer.from(CLIENT).toString('base64'), password: 'c2VjcmV0' })),
    event: 'failed to get credentials, error: could not find clientsecret in secrets',
    link: 'identity-pieces', by: 'sp-secret-keys-missing', fix: /clientsecret/i, causeId: 'provider-sp-keys-missing',
  },
  {
    name: "service principal's client secret expired", mode: 'sp',
    event: "failed to get keyvault client: failed to get authorizer for keyvault client: failed to acquire token: AADSTS7000222: The provided client secret keys for app '66666666-7777-8888-9999-000000000000' are expired. Visit the Azure portal to create new keys for your app.",
    link: 'identity-pieces', by: 'aad-client-secret-expired', fix: /az ad app credential reset --id 66666666-7777-8888-9999-000000000000 .*Secret flink\/kv-creds/, causeId: 'aad-client-secret-expired',
  },
  {
    name: 'client id unknown', mode: 'uami', chain: { spcParams: { userAssignedIdentityID: OTHER } },
    event: `failed to get objectType:secret, objectName:db-password, objectVersion:: azure.BearerAuthorizer#WithAuthorization: Failed to refresh the Token for request to https://kv-prod-01.vault.azure.net/secrets/db-password/?api-version=2016-10-01: StatusCode=400 -- Original Error: adal: Refresh request failed. Status Code = '400'. Response body: {"error":"invalid_request","error_description":"Identity not found"}`,
    link: 'principal', by: 'kv-identity-not-found', fix: /identit/i, causeId: 'imds-identity-not-found',
  },
  {
    name: 'user-assigned identity not on the node pool', mode: 'uami',
    state: (s) => void ((s['vmss'] as Obj[])[0]!['identity'] = { type: 'SystemAssigned', principalId: 'bbbbbbbb-0000-0000-0000-000000000002' }),
    event: `failed to get objectType:secret, objectName:db-password, objectVersion:: StatusCode=400 -- Original Error: adal: Refresh request failed. Status Code = '400'. Response body: {"error":"invalid_request","error_description":"Identity not found"}`,
    link: 'principal', by: 'identity-not-on-node-pool', fix: /az vmss identity assign --resource-group MC_rg --name aks-flink-2-vmss --identities \/subscriptions\/.*\/id-flink/, causeId: 'imds-identity-not-found',
  },
  {
    name: 'pod identity: no binding selects the pod', mode: 'podid',
    chain: { pod: stuckPod(podSpecFor('podid'), { aadpodidbinding: 'flink-kv-typo' }) },
    event: 'failed to get keyvault client: failed to get key vault token: nmi response failed with status code: 404, err: <nil>',
    link: 'identity-pieces', by: 'pod-identity-binding-mismatch', fix: /AzureIdentityBinding|selector|label/i, causeId: 'nmi-no-identity',
  },
  {
    name: 'pod identity: the pod has no aadpodidbinding label', mode: 'podid',
    chain: { pod: stuckPod(podSpecFor('podid')) },
    event: 'failed to get keyvault client: failed to get key vault token: nmi response failed with status code: 404, err: <nil>',
    link: 'identity-pieces', by: 'pod-identity-label-missing', fix: /aadpodidbinding/i, causeId: 'nmi-no-identity',
  },
  {
    name: 'SecretProviderClass CRD not installed', mode: 'uami', chain: { noSpcCrd: true },
    event: 'failed to get secretproviderclass flink/kv-flink, error: no matches for kind "SecretProviderClass" in version "secrets-store.csi.x-k8s.io/v1"',
    link: 'spc', by: 'cluster-spc-crd-missing', fix: /install|CRD|driver/i, causeId: 'driver-spc-crd-missing',
  },
  {
    name: 'workload identity without a federated credential', mode: 'wi',
    state: (s) => void (s['federatedCredentials'] = []),
    event: `failed to get keyvault client: failed to get authorizer for keyvault client: failed to acquire token: FromAssertion(): http call(https://login.microsoftonline.com/t/oauth2/v2.0/token)(POST) error: reply status code was 400: {"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://oidc.example/'. Assertion Subject: 'system:serviceaccount:flink:flink'. Assertion Audience: 'api://AzureADTokenExchange'."}`,
    link: 'principal', by: 'kv-federated-credential-missing', fix: /federated/i, causeId: 'aad-federated-credential-missing',
  },
  {
    name: 'workload identity with a wrong subject', mode: 'wi',
    state: (s) => void ((s['federatedCredentials'] as Obj[])[0]!['subject'] = 'system:serviceaccount:default:flink'),
    event: "AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://oidc.example/'.",
    link: 'principal', by: 'kv-federated-credential-missing', fix: /federated/i, causeId: 'aad-federated-credential-missing',
  },
  {
    name: 'CSIDriver without token requests', mode: 'wi', chain: { tokenAudiences: [] },
    event: 'failed to parse workload identity tokens, error: token for audience api://AzureADTokenExchange not found',
    link: 'identity-pieces', by: 'cluster-token-requests-missing', fix: /tokenRequests|AzureADTokenExchange/, causeId: 'provider-wi-token-missing',
  },
  {
    name: 'grant missing', mode: 'uami', state: (s) => void (s['roleAssignments'] = []),
    event: `failed to get objectType:secret, objectName:db-password, objectVersion:: keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code="Forbidden" Message="Caller is not authorized to perform action on resource.\\r\\nAction: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'" InnerError={"code":"ForbiddenByRbac"}`,
    link: 'grant', by: 'grant-missing', fix: /Key Vault Secrets User/, causeId: 'kv-forbidden-by-rbac',
  },
  {
    name: 'grant under the wrong permission model', mode: 'uami',
    state: (s) => void ((s['vaults'] as Obj[])[0]!['properties'] = { ...((s['vaults'] as Obj[])[0]!['properties'] as Obj), enableRbacAuthorization: false, accessPolicies: [] }),
    event: `Status=403 Code="Forbidden" Message="The user, group or application 'appid=66666666-7777-8888-9999-000000000000;oid=aaaaaaaa-0000-0000-0000-000000000001' does not have secrets get permission on key vault 'kv-prod-01;location=westeurope'." InnerError={"code":"AccessDenied"}`,
    link: 'grant', by: 'grant-wrong-model', fix: /access polic|RBAC|model/i, causeId: 'kv-forbidden-by-policy',
  },
  {
    name: 'network refused', mode: 'uami',
    state: (s) => void ((s['vaults'] as Obj[])[0]!['properties'] = { ...((s['vaults'] as Obj[])[0]!['properties'] as Obj), publicNetworkAccess: 'Disabled' }),
    event: 'Status=403 Code="Forbidden" Message="Public network access is disabled and request is not from a trusted service nor via an approved private link." InnerError={"code":"ForbiddenByConnection"}',
    link: 'network', by: 'kv-network-restricted', fix: /private endpoint|network|firewall/i, causeId: 'kv-forbidden-by-connection',
  },
  {
    name: 'object not found', mode: 'uami', state: (s) => void (s['secrets'] = [secretItem('db-passwd', { enabled: true })]),
    event: 'failed to get objectType:secret, objectName:db-password, objectVersion:: keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=404 -- Original Error: Code="SecretNotFound" Message="A secret with (name/id) db-password was not found in this key vault."',
    link: 'objects', by: 'kv-object-not-found', fix: /objectName|name|create/i, causeId: 'kv-object-not-found',
  },
  {
    name: 'object disabled', mode: 'uami', state: (s) => void (s['secrets'] = [secretItem('db-password', { enabled: false })]),
    event: 'failed to get objectType:secret, objectName:db-password, objectVersion:: Status=403 Code="Forbidden" Message="Operation get is not allowed on a disabled secret." InnerError={"code":"SecretDisabled"}',
    link: 'objects', by: 'kv-object-disabled', fix: /enable/i, causeId: 'kv-object-disabled',
  },
  {
    name: 'object expired', mode: 'uami', state: (s) => void (s['secrets'] = [secretItem('db-password', { enabled: true, exp: 1700000000 })]),
    event: 'failed to get objectType:secret, objectName:db-password, objectVersion:: Status=403 Code="Forbidden" Message="Operation get is not allowed on a expired secret." InnerError={"code":"SecretExpired"}',
    link: 'objects', by: 'kv-object-expired', fix: /expir|version/i, causeId: 'kv-object-expired',
  },
  {
    name: 'object version not found', mode: 'uami',
    chain: { objects: `array:\n  - |\n    objectName: db-password\n    objectType: secret\n    objectVersion: ${VERSION}\n` },
    state: (s) => void (s['secretVersions'] = [{ id: `https://kv-prod-01.vault.azure.net/secrets/db-password/fedcba9876543210fedcba9876543210`, attributes: { enabled: true } }]),
    event: `failed to get objectType:secret, objectName:db-password, objectVersion:${VERSION}: StatusCode=404 -- Original Error: Code="SecretNotFound" Message="A secret with (name/id) db-password/${VERSION} was not found in this key vault."`,
    link: 'objects', by: 'kv-object-version-not-found', fix: /version/i, causeId: 'kv-object-version-not-found',
  },
  {
    name: 'object of the wrong type', mode: 'uami',
    chain: { objects: 'array:\n  - |\n    objectName: db-password\n    objectType: key\n' },
    state: (s) => {
      s['keys'] = [];
      // Key Vault Crypto User: the identity may read keys, so the grant holds and the object is what is wrong.
      (s['roleAssignments'] as Obj[]).push({ principalId: 'aaaaaaaa-0000-0000-0000-000000000001', roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/12338af0-0e69-4776-bea7-57ae8d297424', scope: VAULT_ID });
    },
    event: 'failed to get objectType:key, objectName:db-password, objectVersion:: StatusCode=404 -- Original Error: Code="KeyNotFound" Message="A key with (name/id) db-password was not found in this key vault."',
    link: 'objects', by: 'kv-object-type-mismatch', fix: /objectType/i, causeId: 'kv-object-not-found',
  },
  {
    name: 'objects not parseable', mode: 'uami', chain: { objects: 'array:\n  - |\n    objectName: db-password\n    objectType: [secret\n' },
    event: 'failed to yaml unmarshal objects, error: yaml: line 3: did not find expected node content',
    link: 'spc', by: 'spc-objects-invalid', fix: /objects/i, causeId: 'provider-objects-unparseable',
  },
  {
    name: 'CSI driver not installed', mode: 'uami', chain: { tokenAudiences: null },
    event: 'MountVolume.SetUp failed for volume "secrets-store" : kubernetes.io/csi: mounter.SetUpAt failed to get CSI client: driver name secrets-store.csi.k8s.io not found in the list of registered CSI drivers',
    link: 'csi-driver', by: 'cluster-csi-driver-missing', fix: /install|driver/i, causeId: 'kubelet-driver-not-registered',
  },
  {
    name: 'Azure provider not installed', mode: 'uami', chain: { providers: 0 },
    event: 'failed to mount secrets store objects for pod flink/flink-jobmanager-0, err: error connecting to provider "azure": provider not found: provider "azure"',
    link: 'provider', by: 'cluster-provider-missing', fix: /provider/i, causeId: 'driver-provider-not-running',
  },
  {
    name: 'CSI volume not readOnly', mode: 'uami',
    chain: { pod: stuckPod(podSpecFor('uami', { name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: 'kv-flink' } } })) },
    event: 'MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = InvalidArgument desc = Readonly is not true in request',
    link: 'volume', by: 'csi-volume-not-readonly', fix: /readOnly/i, causeId: 'driver-readonly',
  },
  {
    name: 'two identity modes at once', mode: 'uami', chain: { spcParams: { usePodIdentity: 'true' } },
    event: 'only one identity mode can be enabled at a time: usePodIdentity, useVMManagedIdentity, or useAzureTokenProxy',
    link: 'identity-mode', by: 'spc-identity-mode-conflict', fix: /one/i, causeId: 'provider-identity-mode-conflict',
  },
];

function describe(r: WhyRun): string {
  return `code ${r.code}\nstderr: ${r.err}\n${JSON.stringify(r.json?.chains?.[0]?.links?.filter((l: { status: string }) => l.status !== 'not-reached'), null, 1)?.slice(0, 5000)}`;
}

for (const c of CASES) {
  test(`why: ${c.name} → first broken link ${c.link} (${c.by})`, async () => {
    const { kube, state } = wholeChain(c.mode, c.chain);
    c.kube?.(kube);
    c.state?.(state);
    if (c.event) kube.add('', 'v1', 'events', failedMountEvent(c.event.startsWith('MountVolume') ? c.event : MOUNT_PREFIX + c.event));
    const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
    assert.equal(r.code, 1, describe(r));
    const chain = r.json.chains[0];
    assert.equal(chain.firstBroken, c.link, describe(r));
    const broken = chain.links.find((l: { id: string }) => l.id === c.link);
    assert.equal(broken.fix.ruleId ?? broken.fix.checkId, c.by, describe(r));
    assert.match(broken.fix.text, c.fix, describe(r));
    assert.equal(broken.contradiction, undefined, describe(r));
    // Links before the break are decided (✓ or ?), links after it are not reached.
    const at = chain.links.findIndex((l: { id: string }) => l.id === c.link);
    assert.ok(chain.links.slice(0, at).every((l: { status: string }) => l.status === 'ok' || l.status === 'unknown'), describe(r));
    assert.ok(chain.links.slice(at + 1).every((l: { status: string }) => l.status === 'not-reached'), describe(r));
    if (c.causeId) assert.equal(chain.event?.causeId, c.causeId, describe(r));
    assert.ok(r.requests.every((q) => q.method === 'GET'));
    // Secret values never leave the tool.
    assert.doesNotMatch(r.out, /c3VwZXItc2VjcmV0|super-secret/);
  });
}

test('every class of the mount-message table: its event on a chain that reads whole breaks the link it names', async () => {
  for (const entry of MOUNT_MESSAGES) {
    const { kube, state } = wholeChain('uami');
    // The example's volume becomes the pod's (kubelet names the volume; the chain is per volume).
    const example = entry.example.replace(/volume "[^"]+"/, 'volume "secrets-store"');
    kube.add('', 'v1', 'events', failedMountEvent(example.startsWith('MountVolume') ? example : MOUNT_PREFIX + example));
    const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
    const chain = r.json.chains[0];
    assert.equal(chain.event?.causeId, entry.id, `${entry.id}: ${describe(r)}`);
    assert.equal(chain.firstBroken, entry.link, `${entry.id}: ${describe(r)}`);
    const broken = chain.links.find((l: { id: string }) => l.id === entry.link);
    assert.equal(broken.fix.ruleId ?? broken.fix.checkId, entry.ruleId ?? entry.id, entry.id);
    // A cause a rule checks, on a link that reads whole, is a contradiction; a cause only the event shows is not.
    assert.equal(broken.contradiction !== undefined, entry.ruleId !== null, entry.id);
    assert.equal(r.code, 1);
  }
});
