// The build's parity checks (scripts/lib/rule-parity.mjs, run by scripts/generate.mjs): on a copy of the project with
// a rule's files out of step, every problem is one line naming the file to create or the command to run; on the
// project itself there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../support/paths.js';

interface Parity {
  checkRules(root: string, opts?: { docs?: boolean }): Promise<{ metas: { id: string; fixable: boolean }[]; problems: string[] }>;
}
const parity = (await import(pathToFileURL(join(REPO_ROOT, 'scripts/lib/rule-parity.mjs')).href)) as Parity;

/** A project whose rule files can be changed: rules/, src/rules/, docs/ and the RuleTester files copied, the rest linked. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-parity-'));
  for (const link of ['node_modules', 'schemas']) symlinkSync(join(REPO_ROOT, link), join(dir, link));
  mkdirSync(join(dir, 'src'));
  for (const entry of readdirSync(join(REPO_ROOT, 'src'))) {
    if (entry === 'rules' || entry === 'generated') continue;
    symlinkSync(join(REPO_ROOT, 'src', entry), join(dir, 'src', entry));
  }
  cpSync(join(REPO_ROOT, 'src/rules'), join(dir, 'src/rules'), { recursive: true });
  for (const copy of ['rules', 'docs', 'test/rules/tester']) cpSync(join(REPO_ROOT, copy), join(dir, copy), { recursive: true });
  mkdirSync(join(dir, 'test/fixtures'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'test/fixtures/rules'), join(dir, 'test/fixtures/rules'));
  return dir;
}

test('the project itself: every rule file agrees, and fixable comes from the modules', async () => {
  const { metas, problems } = await parity.checkRules(REPO_ROOT);
  assert.deepEqual(problems, []);
  assert.equal(metas.find((m) => m.id === 'csi-mount-not-readonly')?.fixable, true, 'declared in src/rules/csi-mount-not-readonly.ts');
  assert.equal(metas.find((m) => m.id === 'csi-spc-not-found')?.fixable, false);
});

test('files out of step: one line each, naming the file to create or the command to run', async () => {
  const dir = project();
  try {
    unlinkSync(join(dir, 'docs/rules-src/csi-volume-unmounted.md'));
    cpSync(join(dir, 'src/rules/csi-volume-unmounted.ts'), join(dir, 'src/rules/zz-module-without-metadata.ts'));
    writeFileSync(join(dir, 'rules/csi-driver-invalid.yaml'), `${readFileSync(join(dir, 'rules/csi-driver-invalid.yaml'), 'utf8')}fixable: true\n`);
    unlinkSync(join(dir, 'test/rules/tester/volume-mount-unknown.ts'));
    const published = JSON.parse(readFileSync(join(dir, 'rules/published-ids.json'), 'utf8')) as { ids: Record<string, unknown> };
    delete published.ids['spc-bool-invalid'];
    published.ids['csi-gone'] = { group: 'csi', meaning: 'a rule that was published and then removed' };
    writeFileSync(join(dir, 'rules/published-ids.json'), JSON.stringify(published));
    const { problems } = await parity.checkRules(dir);
    assert.deepEqual(problems.sort(), [
      'rules/csi-driver-invalid.yaml: remove `fixable`: it is declared once, in src/rules/csi-driver-invalid.ts (`fixable: true` in defineRule)',
      'rules/published-ids.json: the published id csi-gone has no rules/csi-gone.yaml — published ids never disappear (restore the rule)',
      'rules/csi-volume-unmounted.yaml: no documentation — create docs/rules-src/csi-volume-unmounted.md (sections "## Why it matters", "## Incorrect", "## Correct")',
      'rules/published-ids.json: add "spc-bool-invalid": { "group": "spc", "meaning": "<when it fires>" } (`npm run new-rule -- <id> --group <group>` does this)',
      'rules/volume-mount-unknown.yaml: no RuleTester cases — create test/rules/tester/volume-mount-unknown.ts (testRule(\'volume-mount-unknown\', { valid, invalid }, test); see src/testing/rule-tester.ts)',
      'src/rules/zz-module-without-metadata.ts: no rules/zz-module-without-metadata.yaml — create it (`npm run new-rule -- <id> --group <group>` writes every file of a new rule); helpers belong in src/rules/support/',
    ].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('metadata edited without regenerating the docs: the command to run', async () => {
  const dir = project();
  try {
    const yaml = join(dir, 'rules/csi-volume-unmounted.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^shortDescription: .*$/m, 'shortDescription: A secrets volume that no container of the pod mounts'));
    const { problems } = await parity.checkRules(dir);
    assert.deepEqual(problems, [
      'docs/rules/csi-volume-unmounted.md is out of date — run `node scripts/gen-docs.mjs`',
      'docs/rules/README.md is out of date — run `node scripts/gen-docs.mjs`',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
