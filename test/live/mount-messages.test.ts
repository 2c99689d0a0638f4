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
