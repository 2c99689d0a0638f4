// Issue 29, "silence that should speak": a check that cannot run for lack of input is one notification per cause,
// with the count of checks it skipped and the exact command or flag that lets them run — in JSON, SARIF
// (toolExecutionNotifications) and the text summary — and --fail-on-incomplete exits 2 on them. Before, the
// kv-object-* rules said nothing for a snapshot taken without paths, for lists that may miss certificates or for
// pinned versions without a version list, and grants of an unresolvable principal gave one note per SPC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from './helpers.js';

const DIR = fixturePath('skipped-checks');
const VAULT = JSON.parse(readFileSync(join(DIR, 'vault.json'), 'utf8')) as Record<string, unknown>;
const SECRET = (name: string) => ({ id: `https://kv-a.vault.azure.net/secrets/${name}`, name, attributes: { enabled: true } });
const KEY = (name: string) => ({ kid: `https://kv-a.vault.azure.net/keys/${name}`, name, attributes: { enabled: true } });

interface Note {
  id: string;
  message: string;
  skippedChecks: number | null;
  remedy: string | null;
}

async function lintWithState(state: Record<string, unknown>, extra: string[] = []): Promise<{ code: number; notes: Note[]; summary: Record<string, number>; stderr: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'skipped-')), 'state.json');
  writeFileSync(file, JSON.stringify(state));
  const run = await runCli(['--root', DIR, '--azure-state', file, '--format', 'json', ...extra, 'app.yaml'], { cwd: DIR });
  const doc = JSON.parse(run.stdout) as { notifications: Note[]; summary: Record<string, number> };
  return { code: run.code, notes: doc.notifications.filter((n) => n.id === 'check-skipped'), summary: doc.summary, stderr: run.stderr };
}

test('snapshot taken without paths: one note for all kv-object-* checks, naming snapshot with the SPCs\' directory', async () => {
  const r = await lintWithState({ generator: 'vvp-kv-lint snapshot', vaults: [VAULT], roleAssignments: [], identities: [] });
  const objects = r.notes.filter((n) => /kv-object-/.test(n.message));
  assert.equal(objects.length, 1, JSON.stringify(r.notes, null, 1));
  // 4 entries (3 + 1) × 5 kv-object-* rules.
  assert.equal(objects[0]!.skippedChecks, 20);
  assert.match(objects[0]!.message, /^20 checks not run \(kv-object-.* on 4 objects\): the snapshot .*state\.json has no vault objects \(it was taken without paths\)/);
  assert.match(objects[0]!.remedy!, /^`vvp-kv-lint snapshot --subscription … --output .*state\.json \.`$/);
  assert.equal(r.summary['skippedChecks'], r.notes.reduce((s, n) => s + n.skippedChecks!, 0));
  assert.equal(r.code, 0, 'a note, not a finding');
});

test('a vault whose lists failed: the checks are skipped with the permission that lets them run', async () => {
  const r = await lintWithState({ generator: 'vvp-kv-lint snapshot', vaults: [VAULT], secrets: [], keys: [], contentVaults: [], incomplete: { vaultContents: ['kv-a'] } });
  const failed = r.notes.filter((n) => /could not be listed/.test(n.message));
  assert.equal(failed.length, 1);
  assert.equal(failed[0]!.skippedChecks, 20);
  assert.match(failed[0]!.remedy!, /Key Vault Reader on key vault kv-a/);
});

test('pinned versions without a version list: one note naming each list-versions command; only kv-object-version-not-found is skipped', async () => {
  const r = await lintWithState({ vaults: [VAULT], secrets: [SECRET('db-password'), SECRET('api-token')], keys: [KEY('signing')], certificates: [] });
  const versions = r.notes.filter((n) => /version list/.test(n.message));
  assert.equal(versions.length, 1, JSON.stringify(r.notes, null, 1));
  assert.equal(versions[0]!.skippedChecks, 2);
  assert.match(versions[0]!.message, /^2 checks not run \(kv-object-version-not-found\): key vault kv-a: the state has no version list of the pinned secrets api-token, db-password; to run them: /);
  assert.equal(
    versions[0]!.remedy,
    "`az keyvault secret list-versions --vault-name kv-a --name api-token`, `az keyvault secret list-versions --vault-name kv-a --name db-password` into the state's secretVersions",
  );
  assert.equal(r.notes.filter((n) => /kv-object-/.test(n.message)).length, 1, 'nothing else about objects: the lists answer the rest');
});

test('grants of unresolvable principals: one note per cause across SPCs, with the count and the command', async () => {
  const r = await lintWithState({ vaults: [VAULT], roleAssignments: [], secrets: [SECRET('db-password'), SECRET('api-token')], keys: [KEY('signing')], certificates: [], secretVersions: [] });
  const grants = r.notes.filter((n) => /grant-/.test(n.message));
  assert.equal(grants.length, 1, JSON.stringify(r.notes, null, 1));
  // Two SPCs × grant-missing and grant-wrong-model.
  assert.equal(grants[0]!.skippedChecks, 4);
  assert.match(grants[0]!.message, /^4 checks not run \(grant-missing, grant-wrong-model on 2 objects\): the Azure state lists no identities/);
  assert.match(grants[0]!.remedy!, /`az identity list`/);
});

test('text shows skipped checks in the summary; SARIF carries them as notifications; --fail-on-incomplete exits 2', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'skipped-')), 'state.json');
  writeFileSync(file, JSON.stringify({ generator: 'vvp-kv-lint snapshot', vaults: [VAULT], roleAssignments: [], identities: [] }));
  const text = await runCli(['--root', DIR, '--azure-state', file, 'app.yaml'], { cwd: DIR });
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /check-skipped/);
  assert.match(text.stdout, /\n {2}20 checks not run for lack of input \(1 cause, each with the command that lets it run, under Tool problems\)\n/);
  const sarif = await runCli(['--root', DIR, '--azure-state', file, '--format', 'sarif', 'app.yaml'], { cwd: DIR });
  const log = JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { descriptor: { id: string }; properties?: { skippedChecks: number; remedy: string } }[] }[] }[] };
  const inv = log.runs[0]!.invocations[0]!;
  const skipped = inv.toolExecutionNotifications.filter((n) => n.descriptor.id === 'check-skipped');
  assert.equal(skipped.length, 1);
  assert.equal(skipped[0]!.properties!.skippedChecks, 20);
  assert.equal(inv.executionSuccessful, true, 'what was read was analysed; a skipped check is not a failed read');
  const strict = await runCli(['--root', DIR, '--azure-state', file, '--fail-on-incomplete', 'app.yaml'], { cwd: DIR });
  assert.equal(strict.code, 2);
  assert.match(strict.stderr, /20 checks not run for lack of input \(1 cause: see the check-skipped notes\); exit 2 because of --fail-on-incomplete/);
});
