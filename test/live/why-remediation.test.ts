// `why` with Azure state: the broken link's fix carries the Azure change (az, Bicep, Terraform, computed from the
// state by the rule that broke the link), and --remediation writes the chain's fixes as one script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runWhy } from './why-run.js';
import { NS, POD, PRINCIPAL, VAULT_ID, wholeChain } from './why-fixtures.js';

function grantMissing(): ReturnType<typeof wholeChain> {
  const chain = wholeChain('uami');
  chain.state['roleAssignments'] = [];
  return chain;
}

test('why: a missing grant is fixed by a role assignment at the vault, for the principal, in all three forms', async () => {
  const { kube, state } = grantMissing();
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state });
  assert.equal(r.code, 1, r.err);
  const chain = r.json.chains[0];
  const broken = chain.links.find((l: { id: string }) => l.id === chain.firstBroken);
  assert.equal(broken.fix.ruleId, 'grant-missing');
  const rem = broken.fix.remediation;
  assert.ok(rem, JSON.stringify(broken.fix));
  assert.ok(rem.az.includes(VAULT_ID), rem.az);
  assert.ok(rem.az.includes(PRINCIPAL), 'the principal id (object id), never the client id, is assigned');
  assert.match(rem.az, /4633458b-17de-408a-b874-0445c86b69e6/, 'Key Vault Secrets User, by its role definition id');
  assert.match(rem.bicep, /Microsoft\.Authorization\/roleAssignments/);
  assert.match(rem.terraform, /resource "azurerm_role_assignment"/);
});

test('why: the text shows the az fix under the fix; --remediation az makes stdout the script and the chain goes to stderr', async () => {
  const { kube, state } = grantMissing();
  const text = await runWhy(kube, `pod/${NS}/${POD}`, { state, format: 'text' });
  assert.equal(text.code, 1, text.err);
  assert.match(text.out, /fix \(az\):/);
  const again = grantMissing();
  const script = await runWhy(again.kube, `pod/${NS}/${POD}`, { state: again.state, format: 'text', args: ['--remediation', 'az'] });
  assert.equal(script.code, 1, script.err);
  assert.match(script.out, /^#!/);
  assert.ok(script.out.includes(VAULT_ID));
  assert.match(script.err, /grant/);
});

test('why: --remediation-output without --remediation is a usage error', async () => {
  const { kube, state } = grantMissing();
  const r = await runWhy(kube, `pod/${NS}/${POD}`, { state, format: 'text', args: ['--remediation-output', 'fix.sh'] });
  assert.equal(r.code, 2);
  assert.match(r.err, /--remediation-output needs --remediation/);
});
