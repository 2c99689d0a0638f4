// Baselines on real files: `baseline write` records today's findings; `--baseline` marks them unchanged (also after
// lines are inserted above them), reports only new ones in text, fails only on new ones, and lists absent entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/paths.js';
function project() {
    const dir = mkdtempSync(join(tmpdir(), 'vvp-baseline-'));
    cpSync(fixturePath('workflow', 'baseline'), dir, { recursive: true });
    return dir;
}
async function json(dir, extra = []) {
    const run = await runCli(['--format', 'json', '--baseline', 'baseline.json', ...extra, '.'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return { code: run.code, report: JSON.parse(run.stdout) };
}
const states = (r) => r.findings.map((f) => `${f.startLine} ${f.ruleId} ${f.baselineState}`);
test('baseline write records every finding by fingerprint, sorted, without line-dependent keys', async () => {
    const dir = project();
    const run = await runCli(['baseline', 'write', 'baseline.json', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /wrote 3 findings to baseline\.json/);
    const b = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    assert.equal(b.version, 1);
    assert.deepEqual(b.entries.map((e) => `${e.ruleId} ${e.where}`), ['spc-api-version spcs.yaml:1', 'spc-keyvault-name-invalid spcs.yaml:10', 'spc-tenant-id-invalid spcs.yaml:28']);
});
test('unchanged findings survive inserted lines; new ones are new; only new ones fail the run', async () => {
    const dir = project();
    assert.equal((await runCli(['baseline', 'write', 'baseline.json'], { cwd: dir })).code, 0);
    const same = await json(dir);
    assert.deepEqual(states(same.report), ['1 spc-api-version unchanged', '10 spc-keyvault-name-invalid unchanged', '28 spc-tenant-id-invalid unchanged']);
    assert.equal(same.code, 0, 'baselined errors do not fail the run');
    // Shift everything down, and add a new problem to kv-b.
    const text = readFileSync(join(dir, 'spcs.yaml'), 'utf8');
    const shifted = `# Owner: platform team\n# Reviewed: yes\n\n${text}`.replace('keyvaultName: kv-b', 'keyvaultName: kv_b');
    writeFileSync(join(dir, 'spcs.yaml'), shifted);
    const after = await json(dir);
    assert.deepEqual(states(after.report), ['4 spc-api-version unchanged', '13 spc-keyvault-name-invalid unchanged', '30 spc-keyvault-name-invalid new', '31 spc-tenant-id-invalid unchanged']);
    assert.equal(after.code, 1, 'the new error fails the run');
    const text1 = await runCli(['--baseline', 'baseline.json', '.'], { cwd: dir });
    assert.match(text1.stdout, /30:19 +error +keyvaultName "kv_b"/);
    assert.doesNotMatch(text1.stdout, /spc-tenant-id-invalid|spc-api-version/);
    assert.match(text1.stdout, /1 problem \(1 error/);
    assert.match(text1.stdout, /3 findings in the baseline not shown/);
    const sarif = await runCli(['--format', 'sarif', '--baseline', 'baseline.json', '.'], { cwd: dir });
    const results = JSON.parse(sarif.stdout).runs[0].results;
    assert.deepEqual(results.map((r) => r.baselineState), ['unchanged', 'unchanged', 'new', 'unchanged']);
});
test('entries that no longer occur are reported as one baseline-absent notification, also in SARIF', async () => {
    const dir = project();
    assert.equal((await runCli(['baseline', 'write', 'baseline.json'], { cwd: dir })).code, 0);
    const fixed = readFileSync(join(dir, 'spcs.yaml'), 'utf8').replace('tenantID: not-a-guid', 'tenantID: 00000000-0000-0000-0000-000000000002').replace('v1alpha1', 'v1');
    writeFileSync(join(dir, 'spcs.yaml'), fixed);
    const { report } = await json(dir);
    assert.deepEqual(states(report), ['10 spc-keyvault-name-invalid unchanged']);
    const absent = report.notifications.find((n) => n.id === 'baseline-absent');
    assert.ok(absent, 'absent notification');
    assert.match(absent.message, /^2 baseline findings no longer occur .*spc-api-version at spcs\.yaml:1; spc-tenant-id-invalid at spcs\.yaml:28/);
    const sarif = await runCli(['--format', 'sarif', '--baseline', 'baseline.json', '.'], { cwd: dir });
    const inv = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.ok(inv.toolExecutionNotifications.some((n) => n.descriptor.id === 'baseline-absent'));
});
test('suppressed findings are neither recorded nor compared', async () => {
    const dir = project();
    const text = readFileSync(join(dir, 'spcs.yaml'), 'utf8');
    writeFileSync(join(dir, 'spcs.yaml'), `# vvp-kv-lint-disable spc-api-version -- upgrade planned in PLAT-7\n${text}`);
    assert.equal((await runCli(['baseline', 'write', 'baseline.json'], { cwd: dir })).code, 0);
    const b = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    assert.deepEqual(b.entries.map((e) => e.ruleId), ['spc-keyvault-name-invalid', 'spc-tenant-id-invalid']);
    const { report } = await json(dir);
    assert.deepEqual(states(report), ['2 spc-api-version null', '11 spc-keyvault-name-invalid unchanged', '29 spc-tenant-id-invalid unchanged']);
});
test('a missing or foreign baseline file is a usage error (exit 2)', async () => {
    const dir = project();
    const missing = await runCli(['--baseline', 'nope.json', '.'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline .*nope\.json: ENOENT/);
    writeFileSync(join(dir, 'other.json'), '{"runs": []}');
    const foreign = await runCli(['--baseline', 'other.json', '.'], { cwd: dir });
    assert.equal(foreign.code, 2);
    assert.match(foreign.stderr, /not a vvp-kv-lint baseline/);
    assert.equal((await runCli(['baseline', 'read', 'x.json'], { cwd: dir })).code, 2);
});
test('config `baseline:` applies without the flag', async () => {
    const dir = project();
    assert.equal((await runCli(['baseline', 'write', 'baseline.json'], { cwd: dir })).code, 0);
    writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'baseline: baseline.json\n');
    const run = await runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).findings.every((f) => f.baselineState === 'unchanged'));
});
