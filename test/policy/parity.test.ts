// Parity of the admission policies with the linter, on the linter's own fixtures: for every fixture case of every
// exported rule, each object the API server would admit under one of the policies' shapes (Pods, Deployments,
// StatefulSets, DaemonSets, Jobs, CronJobs, SecretProviderClasses) is denied by a rule's CEL exactly when the
// linter (run as the CLI, JSON report) reports that rule in that object's document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { LineCounter, parseAllDocuments } from 'yaml';
import { runCli } from '../support/run-cli.js';
import { RULE_FIXTURES } from '../support/paths.js';
import { loadConfig } from '../../src/config/load.js';
import { EXPORTED } from '../../src/policy/registry.js';
import { SHAPES, type Shape } from '../../src/policy/shapes.js';
import { evaluate } from './cel-eval.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';
import type { PolicyRule } from '../../src/policy/types.js';

/**
 * For a rule exported in part (PolicyRule.partial): does a finding's message come from one of the exported message
 * ids? The JSON report has the message only, so it is matched against those ids' templates.
 */
function exportedPart(rule: PolicyRule): (message: string) => boolean {
  if (!rule.partial) return () => true;
  const messages = RULE_MODULES.find((m) => m.id === rule.id)!.definition.messages as Record<string, string>;
  const res = rule.partial.messageIds.map((mid) => {
    const template = messages[mid];
    assert.ok(template, `${rule.id}: no message ${mid}`);
    const pattern = template.split(/\{\{\s*[A-Za-z0-9_]+\s*\}\}/).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`^${pattern}\\.?$`, 's');
  });
  return (message) => res.some((re) => re.test(message));
}

interface FixtureObject {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly body: Record<string, unknown>;
  readonly shape: Shape;
}

/** The objects of a case as kubectl would send them: YAML 1.1 (unquoted yes/no are booleans), one per document. */
function admittedObjects(caseDir: string): FixtureObject[] {
  const out: FixtureObject[] = [];
  for (const abs of fg.sync(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: caseDir, absolute: true, dot: true })) {
    const file = relative(caseDir, abs).split('\\').join('/');
    const text = readFileSync(abs, 'utf8');
    const lc = new LineCounter();
    // logLevel error: fixtures with unquoted Go templates ({{.Name}}) would make the library warn on stderr.
    for (const doc of parseAllDocuments(text, { version: '1.1', lineCounter: lc, logLevel: 'error' })) {
      if (doc.errors.length || !doc.contents) continue;
      let body: unknown;
      try {
        body = doc.toJS({ maxAliasCount: 100 });
      } catch {
        continue; // kubectl would refuse it too (bad alias, alias bomb)
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
      const { kind, apiVersion } = body as Record<string, unknown>;
      // By apiVersion and kind, as the API server routes them (a VVP `Deployment` is v1, not apps/v1).
      const shape = SHAPES.find((s) => s.kinds.some((k) => k.kind === kind && k.apiVersion === apiVersion));
      if (!shape) continue;
      const range = doc.contents.range;
      out.push({ file, startLine: lc.linePos(range[0]).line, endLine: lc.linePos(range[2]).line, body: body as Record<string, unknown>, shape });
    }
  }
  return out;
}

/** A Deployment's pod template re-wrapped as Pod, StatefulSet, DaemonSet, Job and CronJob (same metadata). */
function otherShapes(obj: FixtureObject): [Shape, Record<string, unknown>][] {
  if (obj.body['kind'] !== 'Deployment') return [];
  const spec = (obj.body['spec'] ?? {}) as Record<string, unknown>;
  const template = (spec['template'] ?? {}) as Record<string, unknown>;
  const metadata = obj.body['metadata'];
  const shape = (kind: string): Shape => SHAPES.find((s) => s.kinds.some((k) => k.kind === kind))!;
  return [
    [shape('Pod'), { apiVersion: 'v1', kind: 'Pod', metadata, spec: template['spec'] }],
    [shape('StatefulSet'), { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata, spec: { template } }],
    [shape('DaemonSet'), { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata, spec: { template } }],
    [shape('Job'), { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: { template } }],
    [shape('CronJob'), { apiVersion: 'batch/v1', kind: 'CronJob', metadata, spec: { schedule: '0 * * * *', jobTemplate: { spec: { template } } } }],
  ];
}

interface Counts { compared: number; denied: number; passed: number }
const coverage = new Map<string, Counts>();

// Every rule's cases: the exported rules must also stay silent (or agree) on the objects of the other rules' cases.
const caseDirs = readdirSync(RULE_FIXTURES).flatMap((id) => {
  const dir = join(RULE_FIXTURES, id);
  return existsSync(dir) ? readdirSync(dir).map((c) => join(dir, c)).filter((d) => statSync(d).isDirectory()) : [];
});

for (const caseDir of caseDirs) {
  test(`policy parity: ${relative(RULE_FIXTURES, caseDir)}`, async () => {
    const extra = existsSync(join(caseDir, 'args.txt')) ? readFileSync(join(caseDir, 'args.txt'), 'utf8').trim().split(/\s+/) : [];
    const run = await runCli(['--root', caseDir, '--format', 'json', '--fail-level', 'none', ...extra, caseDir], { cwd: caseDir });
    assert.equal(run.code, 0, run.stderr);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string; file?: string; startLine?: number; suppressed?: boolean }[] }).findings
      // A null parameter never reaches admission: the API server drops it (the finding's own message says so).
      .filter((f) => !(f.ruleId === 'spc-parameter-not-string' && /has no value \(null\)/.test(f.message)));
    // The project's config decides the policy too (`vvp-kv-lint policy` reads rules: ... off the same way).
    const off = new Set(Object.entries(loadConfig(undefined, caseDir, caseDir).config.rules ?? {}).filter(([, l]) => l === 'off').map(([id]) => id));
    // Files the linter cannot read are findings of their own, not objects kubectl would send.
    const unreadable = new Set(findings.filter((f) => f.ruleId === 'yaml-parse-error').map((f) => f.file));
    const problems: string[] = [];
    for (const obj of admittedObjects(caseDir).filter((o) => !unreadable.has(o.file))) {
      for (const rule of EXPORTED.filter((r) => r.target === obj.shape.target && !off.has(r.id))) {
        // A rule exported in part is compared on the findings of that part only (PolicyRule.partial).
        const part = exportedPart(rule);
        const reported = findings.some((f) => f.ruleId === rule.id && !f.suppressed && part(f.message) && f.file === obj.file && f.startLine! >= obj.startLine && f.startLine! <= obj.endLine);
        const verdict = evaluate(obj.shape, rule.validations.map((v) => v.expression), obj.body);
        // The same pod template as every other pod shape must get the same verdict (the shapes' paths are right).
        for (const [shape, body] of otherShapes(obj)) {
          const other = evaluate(shape, rule.validations.map((v) => v.expression), body);
          if (other.failed.length > 0 !== verdict.failed.length > 0 || other.errors.length) problems.push(`${obj.file}:${obj.startLine} ${rule.id}: as ${String(body['kind'])} the verdict differs ${other.errors.join('; ')}`);
        }
        if (verdict.errors.length) problems.push(`${obj.file}:${obj.startLine} ${rule.id}: CEL error ${verdict.errors.join('; ')}`);
        const denied = verdict.failed.length > 0;
        // An object that still holds a placeholder: the linter reports unresolved-placeholder and judges nothing that
        // depends on the value (issue 15), while admission, which only ever sees it unsubstituted, may deny it.
        const placeholder = findings.some((f) => f.ruleId === 'unresolved-placeholder' && f.file === obj.file && f.startLine! >= obj.startLine && f.startLine! <= obj.endLine);
        // (Not for unresolved-placeholder itself: its exported part must agree exactly.)
        if (denied !== reported && !(placeholder && denied && !reported && rule.id !== 'unresolved-placeholder')) problems.push(`${obj.file}:${obj.startLine} ${String(obj.body['kind'])} ${rule.id}: linter ${reported ? 'reports' : 'is silent'}, policy ${denied ? 'denies' : 'admits'}`);
        const c = coverage.get(rule.id) ?? { compared: 0, denied: 0, passed: 0 };
        coverage.set(rule.id, { compared: c.compared + 1, denied: c.denied + (reported && denied ? 1 : 0), passed: c.passed + (!reported && !denied ? 1 : 0) });
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('policy parity covers every exported rule with denied and admitted objects', () => {
  const thin = EXPORTED.filter((r) => { const c = coverage.get(r.id); return !c || c.denied === 0 || c.passed === 0; }).map((r) => `${r.id}: ${JSON.stringify(coverage.get(r.id) ?? {})}`);
  if (process.env['VVP_KV_LINT_PARITY_FIGURES']) for (const [id, c] of coverage) console.log(`${id}\t${c.compared} objects, ${c.denied} denied, ${c.passed} admitted`);
  assert.deepEqual(thin, []);
});
