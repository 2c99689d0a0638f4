// The shapes a secret takes in text the tool passes on: provider/SDK error messages in FailedMount events
// (key/value pairs, JSON, connection strings, URLs) and YAML parser messages (which quote the source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactEventMessage } from '../../src/live/kube/redact.js';
import { safeParseMessage } from '../../src/load/safe-message.js';
import { parseAllDocuments } from 'yaml';

const S = 'Pl4nt3dS3cr3tV4lu3';

test('FailedMount messages: credential values are redacted by shape, the rest stays readable', () => {
  const shapes = [
    `failed to get credentials: {"password":"${S}","user":"bob"}`,
    `failed: {\\"token\\": \\"${S}\\"}`,
    `nodePublishSecretRef client-secret: ${S} invalid`,
    `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${S};EndpointSuffix=core.windows.net`,
    `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${S}`,
    `Server=tcp:db;User Id=sa;Password=${S};Encrypt=true`,
    `login pwd=${S} failed`,
    `secret=${S}`,
    `GET https://acct.blob.core.windows.net/c?sv=2020&sig=${S}&se=2030 failed`,
    `GET https://admin:${S}@vault.example/x failed`,
    `Authorization: Bearer ${S}`,
    `api_key: '${S}'`,
  ];
  for (const m of shapes) {
    const out = redactEventMessage(m);
    assert.ok(!out.includes(S), `${m} → ${out}`);
    assert.match(out, /redacted/, m);
  }
  const plain = 'MountVolume.SetUp failed for volume "kv" : rpc error: code = Unknown desc = failed to mount secrets store objects for pod apps/p-0, err: keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=403';
  assert.equal(redactEventMessage(plain), plain);
});

test('parse-error messages never quote the source, whatever the error', () => {
  const values = ['|', '>', '!x!', '!<tag:', '@', '`', '"\\q', '%', '&a *', '*'];
  for (const prefix of values) {
    const text = `apiVersion: v1\nkind: Secret\nstringData:\n  password: ${prefix}${S}\n  other: [${prefix}${S}\n`;
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
      for (const e of doc.errors) {
        const msg = safeParseMessage(e.message);
        assert.ok(!msg.includes(S) && !msg.includes(S.slice(0, 6)), `${prefix}: ${e.message} → ${msg}`);
      }
    }
  }
  assert.equal(safeParseMessage('Missing , or : between flow map items'), 'Missing , or : between flow map items');
  assert.equal(safeParseMessage('Implicit keys need to be on a single line'), 'Implicit keys need to be on a single line');
});
