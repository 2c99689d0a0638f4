// Suppressions on real files: inline next-line and file-scope comments, ignore annotations, missing reasons,
// expiry, unused and malformed directives, and how all of that shows in JSON, SARIF and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../support/run-cli.js';
import { fixturePath } from '../support/paths.js';

interface JsonFinding {
  ruleId: string;
  message: string;
  startLine: number;
  suppressed: boolean;
  suppressions: { kind: string; justification: string }[];
  related: { message: string; startLine: number }[];
}

const dir = (name: string): string => fixturePath('workflow', 'suppressions', name);

async function lintJson(name: string, extra: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; findings: JsonFinding[] }> {
  const run = await runCli(['--root', dir(name), '--format', 'json', ...extra, dir(name)], { cwd: dir(name), env });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings };
}

const brief = (fs: JsonFinding[]): string[] => fs.map((f) => `${f.startLine} ${f.ruleId}${f.suppressed ? ` suppressed: ${f.suppressions[0]!.justification}` : ''}`);

test('next-line directives skip blank and comment lines; expired ones bring the finding back; block scalars hold no directives', async () => {
  const { code, findings } = await lintJson('inline');
  assert.deepEqual(brief(findings), [
    '14 spc-keyvault-name-invalid suppressed: vault is renamed by the platform repo, see OPS-12',
    '16 spc-tenant-id-invalid',
    '22 spc-objects-invalid',
  ]);
  const expired = findings[1]!;
  assert.match(expired.message, /suppression of this finding expired on 2000-01-01 \(reason given: waiting for the tenant move\)/);
  assert.deepEqual(expired.related.map((r) => [r.startLine, r.message]), [[15, 'Suppression expired on 2000-01-01.']]);
  assert.equal(code, 1, 'the expired and the unsuppressed errors fail the run');
});

test('a file-scope directive covers every document of the file and may name several rules', async () => {
  const { code, findings } = await lintJson('file-scope');
  assert.deepEqual(brief(findings), [
    '11 spc-keyvault-name-invalid suppressed: legacy file, replaced by PLAT-42',
    '29 spc-tenant-id-invalid suppressed: legacy file, replaced by PLAT-42',
  ]);
  assert.equal(code, 0, 'suppressed findings do not count for the exit code');
});

test('an annotation covers its own object only; an empty annotation value is no reason and does not apply', async () => {
  const { findings } = await lintJson('annotation');
  assert.deepEqual(brief(findings), [
    '12 spc-keyvault-name-invalid suppressed: vault name is patched by the team-x overlay',
    '29 spc-keyvault-name-invalid',
    '43 suppression-reason-missing',
    '49 spc-tenant-id-invalid',
  ]);
});

test('malformed directives are always reported; unused ones with --report-unused-disables or CI=true', async () => {
  const quiet = await lintJson('unused');
  assert.deepEqual(brief(quiet.findings), ['12 suppression-unused']);
  assert.match(quiet.findings[0]!.message, /"spc-keyvault-name-invalud" is not a rule id \(did you mean "spc-keyvault-name-invalid"\?\)/);

  const expected = ['1 suppression-unused', '12 suppression-unused', '14 suppression-unused'];
  assert.deepEqual(brief((await lintJson('unused', ['--report-unused-disables'])).findings), expected);
  assert.deepEqual(brief((await lintJson('unused', [], { CI: 'true' })).findings), expected);
  assert.deepEqual(brief((await lintJson('unused', ['--no-report-unused-disables'], { CI: 'true' })).findings), ['12 suppression-unused']);
  assert.deepEqual(brief((await lintJson('unused', [], { CI: 'false' })).findings), ['12 suppression-unused']);
});

test('SARIF keeps suppressed results with suppressions[kind inSource, justification]', async () => {
  const run = await runCli(['--root', dir('annotation'), '--format', 'sarif', dir('annotation')], { cwd: dir('annotation') });
  const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[]; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
  const results = sarif.runs[0]!.results;
  const suppressed = results.filter((r) => r.suppressions);
  assert.equal(suppressed.length, 1);
  assert.equal(suppressed[0]!.ruleId, 'spc-keyvault-name-invalid');
  assert.equal(suppressed[0]!.locations[0]!.physicalLocation.region.startLine, 12);
  assert.deepEqual(suppressed[0]!.suppressions, [{ kind: 'inSource', justification: 'vault name is patched by the team-x overlay' }]);
  assert.ok(results.some((r) => r.ruleId === 'suppression-reason-missing'));
});

test('text output counts suppressed findings instead of listing them', async () => {
  const run = await runCli(['--root', dir('file-scope'), dir('file-scope')], { cwd: dir('file-scope') });
  assert.equal(run.code, 0);
  assert.match(run.stdout, /No problems found/);
  assert.match(run.stdout, /2 suppressed findings not shown/);
});

test('config can turn the suppression rules off or change their level', async () => {
  const { mkdtempSync, writeFileSync, cpSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const tmp = mkdtempSync(join(tmpdir(), 'vvp-sup-'));
  cpSync(dir('unused'), tmp, { recursive: true });
  writeFileSync(join(tmp, '.vvp-kv-lint.yaml'), 'rules:\n  suppression-unused: error\n');
  const run = await runCli(['--report-unused-disables', '--format', 'json', '.'], { cwd: tmp });
  assert.equal(run.code, 1, 'suppression-unused raised to error fails the run');
  writeFileSync(join(tmp, '.vvp-kv-lint.yaml'), 'rules:\n  suppression-unused: off\n');
  const off = await runCli(['--report-unused-disables', '--format', 'json', '.'], { cwd: tmp });
  assert.deepEqual((JSON.parse(off.stdout) as { findings: unknown[] }).findings, []);
});
