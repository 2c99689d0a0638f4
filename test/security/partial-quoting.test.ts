// A value partly quoted is still a leak (issue 24): a message that quotes a placeholder fragment of a credential
// field, or any part of a sensitive value, masks it; a Secret's value known in base64 is masked in its decoded form
// too, including where Azure or the provider echo it back in an event (an AADSTS error quoting the "client id" the
// pod sent, which is the client secret pasted into the wrong key). The CLI is run as users run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli, describe } from '../support/spawn-cli.js';
import { runCli } from '../support/run-cli.js';
import { healthyCluster, failedMount, secret, SECRET_VALUE } from '../live/cluster-fixtures.js';
import { FakeKube } from '../live/fake-kube.js';

const SPC = (clientSecret: string, clientId: string): string => `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv
  namespace: apps
spec:
  provider: azure
  parameters:
    keyvaultName: kv-one
    clientSecret: "${clientSecret}"
    clientID: "${clientId}"
    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"
    objects: |
      array:
        - |
          objectName: db-password
          objectType: secret
`;

test('a placeholder fragment of a credential field is masked in every format; other placeholders stay readable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-partial-'));
  try {
    // The real secret with a placeholder appended: unresolved-placeholder quotes only the placeholder.
    const fragment = '${KV_SECRET_SUFFIX_7Q}';
    const idFragment = '${CLIENT_ID_FOR_APPS}';
    writeFileSync(join(dir, 'spc.yaml'), SPC(`Zr8vQ2pLm4Tn${fragment}`, idFragment));
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = await spawnCli(['--format', format, 'spc.yaml'], { cwd: dir });
      assert.ok(r.code === 0 || r.code === 1, describe(r));
      const all = r.stdout + r.stderr;
      assert.ok(!all.includes(fragment) && !all.includes('KV_SECRET_SUFFIX_7Q'), `${format}: the credential's placeholder fragment is quoted\n${all}`);
      assert.ok(!all.includes('Zr8vQ2pLm4Tn'), `${format}: the credential's head is quoted`);
      // Not vacuous: the finding is there, and a placeholder in a field that is no credential is still named.
      assert.match(all, /unresolved-placeholder/);
      assert.ok(all.includes(idFragment), `${format}: the clientID placeholder is named`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('live audit: Secret values echoed back decoded in AADSTS events are masked, and so is their base64', async () => {
  // The client secret pasted into `clientid`: the provider sends it as the client id, and Azure AD quotes it. The
  // Secret is served before the healthy cluster's own of the same name.
  const pasted = 'Qx8~pAstedS3cret.Value_77z';
  // The Secret's clientsecret, dropped when the Secret was read (only its key name is kept), echoed back too.
  const secretValue = Buffer.from(SECRET_VALUE, 'base64').toString('utf8');
  const { kube, pods } = healthyCluster(new FakeKube().add('', 'v1', 'secrets', secret('sp', 'secrets-store-creds', { clientid: Buffer.from(pasted).toString('base64'), clientsecret: SECRET_VALUE })));
  const sp = pods.filter((p) => p.metadata.namespace === 'sp');
  kube.add('', 'v1', 'events', ...sp.map((p) => failedMount('sp', p.metadata.name,
    `MountVolume.SetUp failed for volume "secrets-store" : rpc error: code = Unknown desc = failed to mount objects, error: failed to get keyvault client: AADSTS700016: Application with identifier '${pasted}' was not found in the directory 'Contoso'. AADSTS7000215: Invalid client secret provided, received ${secretValue}.`)));
  await kube.start();
  const home = mkdtempSync(join(tmpdir(), 'vkl-partial-home-'));
  try {
    for (const format of ['json', 'sarif', 'text']) {
      const r = await runCli(['audit', '--kubeconfig', kube.kubeconfig(), '-A', '--format', format], { cwd: home, env: { HOME: home } });
      assert.ok(r.code === 0 || r.code === 1, `${format}: exit ${r.code}\n${r.stderr}`);
      const all = r.stdout + r.stderr;
      assert.match(all, /cluster-mount-failing/, `${format}: the mount failure is reported`);
      assert.match(all, /AADSTS700016/, `${format}: the event is quoted`);
      for (const leak of [pasted, Buffer.from(pasted).toString('base64'), 'pAstedS3cret', secretValue, SECRET_VALUE]) assert.ok(!all.includes(leak), `${format}: quotes ${leak}`);
    }
  } finally {
    await kube.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
