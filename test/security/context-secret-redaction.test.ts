// The redactor and the context cache together: objects restored from facts say whether their body holds a
// sensitive value (model/sensitive.ts decided it when the file was parsed), and the redactor walks only those that
// do. A secret in a context file (not the one linted) must still never reach any output of a pre-commit run, with
// the cache warm, and after the context file changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { factsOf, restoreFacts, type FileFacts } from '../../src/load/context-cache.js';
import { redactorFor } from '../../src/engine/redact.js';
import { Inventory } from '../../src/model/inventory.js';
import type { ManifestObject } from '../../src/model/types.js';
import { parseText } from '../load/helpers.js';
import { runCli } from '../support/run-cli.js';

const TEXT = `apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: apps
stringData:
  clientsecret: Qx_stringData_Value_71
data:
  password: UXhfYmFzZTY0X1ZhbHVlXzcy
---
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv
  namespace: apps
spec:
  provider: azure
  parameters:
    keyvaultName: kv-one
    clientSecret: Qx_Spc_Param_Value_73
    clientID: Qx_not_a_guid_value_74
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: plain
  namespace: apps
data:
  greeting: HelloWorldGreeting
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: apps
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1
`;

/** The sensitive values of TEXT, as the redactor must hide them (the base64 password decoded too). */
const HIDDEN = ['Qx_stringData_Value_71', 'UXhfYmFzZTY0X1ZhbHVlXzcy', 'Qx_base64_Value_72', 'Qx_Spc_Param_Value_73', 'Qx_not_a_guid_value_74'];

function restored(facts: FileFacts): ManifestObject[] {
  const parsed = parseText(TEXT);
  return restoreFacts(parsed.file, facts, () => parseText(TEXT).objects).objects;
}

function inventoryOf(objects: readonly ManifestObject[]): Inventory {
  const inv = new Inventory();
  for (const o of objects) inv.add(o);
  return inv;
}

test('restored objects: the redactor learns every sensitive value from facts, and parses only the bodies that hold one', () => {
  const parsed = parseText(TEXT);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems);
  assert.ok(facts);
  assert.deepEqual(facts.objects.map((o) => o.sensitive === true), [true, true, false, false]);
  const objects = restored(facts);
  const fresh = redactorFor(inventoryOf(parsed.objects));
  const fromFacts = redactorFor(inventoryOf(objects));
  for (const v of HIDDEN) {
    assert.equal(fresh.text(`x ${v} y`).includes(v), false, `a fresh parse hides ${v}`);
    assert.equal(fromFacts.text(`x ${v} y`).includes(v), false, `restored objects hide ${v}`);
    assert.equal(fromFacts.text(`x ${v} y`), fresh.text(`x ${v} y`));
  }
  assert.equal(fromFacts.text('HelloWorldGreeting'), 'HelloWorldGreeting', 'an ordinary value stays visible');
  // Bodies of the objects without a sensitive value were neither parsed nor walked.
  const parsedBodies = objects.map((o) => (o as unknown as { parsedBody?: unknown }).parsedBody !== undefined);
  assert.deepEqual(parsedBodies, [true, true, false, false]);
  assert.deepEqual(objects.map((o) => o.mayHoldSensitive?.()), [true, true, false, false]);
});

test('restored objects: a body that is not a mapping in the facts (a damaged cache) is walked as it comes from the file', () => {
  const parsed = parseText(TEXT);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems);
  assert.ok(facts);
  // The Secret's facts say "not sensitive", but its JSON is damaged: its body comes from a fresh parse of the file.
  const damaged: FileFacts = { ...facts, objects: facts.objects.map((o, i) => (i === 0 ? { ...o, sensitive: undefined, bodyJson: '[]' } : o)) };
  const objects = restored(damaged);
  assert.equal(objects[0]!.mayHoldSensitive?.(), true);
  const r = redactorFor(inventoryOf(objects));
  assert.equal(r.text('Qx_stringData_Value_71'), '***');
});

/**
 * A repository whose staged file quotes, in a finding, a value that only a context file makes secret: the staged SPC
 * names its vault `Qx_...` (an invalid vault name, quoted by spc-keyvault-name-invalid), and the context Secret holds
 * that value as a password.
 */
function repository(dir: string, contextSecret: string): void {
  writeFileSync(join(dir, 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: apps\nstringData:\n  password: ${contextSecret}\n`);
  writeFileSync(join(dir, 'plain.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n  namespace: apps\ndata:\n  a: b\n');
  const spc = (name: string, vault: string): string =>
    `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  provider: azure\n  parameters:\n    useVMManagedIdentity: "true"\n    keyvaultName: ${vault}\n    tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47"\n    objects: |\n      array:\n        - |\n          objectName: s\n          objectType: secret\n`;
  writeFileSync(join(dir, 'staged.yaml'), `${spc('one', OLD)}---\n${spc('two', NEW)}`);
}

// Same length, so the edited context file keeps its size (only its times and content tell it changed); no run of
// eight characters in common, or the redactor's fragment rule would hide part of one for the other.
const OLD = 'Zebra7_Lantern4_Quiet';
const NEW = 'Mosaic9_Harbor2_Vivid';

test('pre-commit run, warm context cache: a context secret quoted by a finding is redacted in every format, and an edited one too', async () => {
  const work = mkdtempSync(join(tmpdir(), 'vkl-context-secret-'));
  try {
    const dir = join(work, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    repository(dir, OLD);
    const env = { XDG_CACHE_HOME: join(work, 'xdg'), VVP_KV_LINT_CACHE_DIR: join(work, 'cache') };
    const lint = async (format: string): Promise<string> => {
      const r = await runCli(['--root', '.', 'staged.yaml', '--format', format], { cwd: dir, env });
      assert.equal(r.code, 1, `${format}: ${r.stderr.slice(0, 300)}`);
      return r.stdout + r.stderr;
    };
    // The first run fills the cache; the runs checked below read the context from it.
    await lint('json');
    assert.equal(readdirSync(join(work, 'cache')).filter((f) => /^context-[0-9a-f]{24}\.cache$/.test(f)).length, 1, 'the context cache was written');
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const out = await lint(format);
      assert.ok(!out.includes(OLD), `${format}: the context secret is printed`);
      // Not vacuous: the finding is there, and quotes the vault name that is no secret.
      assert.ok(out.includes(NEW), `${format}: the other vault name is quoted`);
      assert.match(out, /spc-keyvault-name-invalid/);
    }
    // The context Secret now holds the other value (the cache must miss on it): that one is hidden, the old one
    // is an ordinary vault name again.
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(dir, 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: apps\nstringData:\n  password: ${NEW}\n`);
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const out = await lint(format);
      assert.ok(!out.includes(NEW), `${format}: the edited context secret is printed`);
      assert.ok(out.includes(OLD), `${format}: the former secret, now an ordinary vault name, is quoted`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
