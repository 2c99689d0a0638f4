// RuleTester: runs ONE rule over in-memory files and checks what it reports, as ESLint's RuleTester does.
//
//   testRule('csi-spc-not-found', {
//     valid: [{ files: { 'app.yaml': '...' } }],
//     invalid: [{ files: '...', errors: [{ messageId: 'notFound', data: { name: 'kv' }, line: 12, column: 33, endColumn: 35 }], output: '...' }],
//   }, test);
//
// The files are loaded through the project loader's per-file path (src/load/memory.ts) keeping only the kinds the
// rule declares, so a rule that reads a kind it does not declare sees nothing here, as it would offline. Each
// expected error is compared on the fields it gives (messageId always); the number of errors must match exactly.
// `output` is the text after one pass of the rule's fixes: required for every invalid case of a fixable rule
// (`null` when that case has no fix), and a case without it fails when the rule fixes anything. Two cases with the
// same input (files, options, Azure state) are a mistake of the test author and fail as duplicates.
import assert from 'node:assert/strict';
import { loadFiles } from '../load/memory.js';
import { regionOf } from '../report/positions.js';
import type { Level, ManifestObject } from '../model/types.js';
import type { ClusterFacts } from '../model/cluster-facts.js';
import type { AzureState } from '../model/azure-state.js';
import type { RuleOptions } from '../rules/contract.js';
import type { Finding, RuleModule } from '../engine/types.js';
import { declaredKinds, runRules } from '../engine/run.js';
import { planFixes } from '../engine/fix.js';
import { applySuppressions } from '../engine/suppressions.js';
import { RULE_MODULES } from '../generated/rule-modules.js';

/** One file (named manifest.yaml) or several by path. */
export type CaseFiles = string | Readonly<Record<string, string>>;

export interface ValidCase {
  readonly name?: string;
  readonly files: CaseFiles;
  readonly options?: RuleOptions;
  /** Azure state the case runs against (rules that declare requires: ['azure']), as --azure-state would give it. */
  readonly azure?: AzureState;
  /** Cluster facts as `audit` reads them (rules that declare requires: ['cluster']). */
  readonly cluster?: ClusterFacts;
  /** Objects read from a live source (the cluster, the VVP API), added beside the files' objects. */
  readonly live?: readonly ManifestObject[];
  /** Namespace for objects without one, by file path (config `namespaceDefaults`, `kubectl -n`). */
  readonly defaultNamespaces?: Readonly<Record<string, string>>;
  /**
   * Suppression-phase rules: also judge directives that matched nothing (`--report-unused-disables`). `until=`
   * dates are judged as of 2026-01-01, so that a case does not change with the calendar.
   */
  readonly reportUnusedDisables?: boolean;
}

export interface ExpectedError {
  readonly messageId: string;
  /** Compared as a subset: only the keys given must match. */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly level?: Level;
  /** For a finding on a live object: its logical location's fully qualified name (`context/namespace/Kind/name`). */
  readonly logical?: string;
  /** The message as printed; prefer messageId + data. */
  readonly message?: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /**
   * Text after one pass of fixes (one file), or texts by path (only changed files need be given); `null` asserts
   * that no fix applies. Required for every invalid case of a rule that declares `fixable: true`.
   */
  readonly output?: CaseFiles | null;
}

export interface RuleTests {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** node:test's `test`, or anything with its shape. */
export type TestFn = (name: string, fn: () => void | Promise<void>) => unknown;

const SINGLE = 'manifest.yaml';

/** Registers one test per case; `module` defaults to the built-in rule of that id. */
export function testRule(ruleId: string, tests: RuleTests, test: TestFn, module?: RuleModule): void {
  const mod = module ?? RULE_MODULES.find((m) => m.id === ruleId);
  if (!mod) throw new Error(`RuleTester: no rule ${ruleId}`);
  const firstSeen = new Map<string, string>();
  /** Where an earlier case had the same input, or undefined. */
  const duplicateOf = (c: ValidCase, label: string): string | undefined => {
    const key = JSON.stringify([c.files, c.options ?? {}, c.azure ?? null, c.cluster ? JSON.stringify(c.cluster, (k, v: unknown) => (k === 'object' ? undefined : v)) : null, c.live?.map((o) => o.body) ?? [], c.defaultNamespaces ?? {}, c.reportUnusedDisables === true]);
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, label);
    return earlier;
  };
  tests.valid.forEach((c, i) => {
    const label = `${ruleId} valid #${i + 1}${c.name ? `: ${c.name}` : ''}`;
    const dup = duplicateOf(c, label);
    test(label, () => {
      assert.equal(dup, undefined, `duplicate case: same input as "${dup}"`);
      const findings = runOne(mod, c);
      assert.deepEqual(findings.map(describe), [], 'a valid case must produce no finding');
    });
  });
  tests.invalid.forEach((c, i) => {
    const label = `${ruleId} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`;
    const dup = duplicateOf(c, label);
    test(label, () => {
      assert.equal(dup, undefined, `duplicate case: same input as "${dup}"`);
      assert.ok(c.errors.length > 0, 'an invalid case must expect at least one error');
      if (mod.definition.fixable) assert.ok(c.output !== undefined, `${ruleId} is fixable: give every invalid case an output (the text after its fixes, or null when no fix applies)`);
      const findings = runOne(mod, c);
      assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} error(s), got:\n${findings.map(describe).join('\n')}`);
      findings.forEach((f, k) => compareError(f, c.errors[k]!, k));
      checkOutput(findings, c);
    });
  });
}

/**
 * The findings of one rule over a case's files, in report order. A rule of the suppressions phase judges directives
 * against the findings of every other rule, so for it every rule runs, then the suppression pass (as `lint` does),
 * and only its own findings are returned.
 */
export function runOne(mod: RuleModule, c: ValidCase): Finding[] {
  const files = typeof c.files === 'string' ? { [SINGLE]: c.files } : c.files;
  const rules = mod.definition.phase ? RULE_MODULES.filter((m) => !m.definition.phase) : [mod];
  const inventory = loadFiles(files, { keepKinds: declaredKinds(rules), ...(c.defaultNamespaces ? { defaultNamespaces: c.defaultNamespaces } : {}) });
  if (c.azure) inventory.azure = c.azure;
  if (c.cluster) inventory.cluster = c.cluster;
  for (const o of c.live ?? []) inventory.add(o);
  const out = runRules(inventory, { rules, ruleOptions: c.options ?? {} });
  const failed = out.notifications.find((n) => n.id === 'rule-failed');
  if (failed) throw new Error(failed.message);
  if (!mod.definition.phase) return out.findings;
  const judged = applySuppressions(out.findings, inventory, { knownRuleIds: RULE_MODULES.map((m) => m.id), reportUnused: c.reportUnusedDisables === true, today: '2026-01-01' });
  return judged.filter((f) => f.ruleId === mod.id);
}

function compareError(f: Finding, want: ExpectedError, k: number): void {
  const at = `error #${k + 1} (${describe(f)})`;
  assert.equal(f.messageId, want.messageId, `${at}: messageId`);
  if (want.data) {
    for (const [key, value] of Object.entries(want.data)) assert.deepEqual(f.data?.[key], value, `${at}: data.${key}`);
  }
  if (want.message !== undefined) assert.equal(f.message, want.message, `${at}: message`);
  if (want.level !== undefined) assert.equal(f.level, want.level, `${at}: level`);
  if (f.location.kind !== 'file') {
    assert.ok(want.line === undefined && want.column === undefined && want.file === undefined, `${at}: a live object's finding has a logical location, not a file position`);
    if (want.logical !== undefined) assert.equal(f.location.fullyQualifiedName, want.logical, `${at}: logical location`);
    return;
  }
  assert.equal(want.logical, undefined, `${at}: a file location, not a logical one`);
  const r = regionOf(f.location.file, f.location.span);
  if (want.file !== undefined) assert.equal(f.location.file.relPath, want.file, `${at}: file`);
  if (want.line !== undefined) assert.equal(r.startLine, want.line, `${at}: line`);
  if (want.column !== undefined) assert.equal(r.startColumn, want.column, `${at}: column`);
  if (want.endLine !== undefined) assert.equal(r.endLine, want.endLine, `${at}: endLine`);
  if (want.endColumn !== undefined) assert.equal(r.endColumn, want.endColumn, `${at}: endColumn`);
}

function checkOutput(findings: readonly Finding[], c: InvalidCase): void {
  const plans = planFixes(findings);
  const changed = new Map([...plans].filter(([, p]) => p.text !== p.file.text).map(([rel, p]) => [rel, p.text]));
  if (c.output === undefined || c.output === null) {
    assert.equal(changed.size, 0, `the rule fixed ${[...changed.keys()].join(', ')}: give the case an output`);
    return;
  }
  const want = typeof c.output === 'string' ? { [SINGLE]: c.output } : c.output;
  assert.deepEqual(Object.fromEntries(changed), want, 'fix output');
}

function describe(f: Finding): string {
  const where = f.location.kind === 'file' ? `${f.location.file.relPath}:${regionOf(f.location.file, f.location.span).startLine}:${regionOf(f.location.file, f.location.span).startColumn}` : f.location.fullyQualifiedName;
  return `${where} ${f.messageId ?? '?'} ${JSON.stringify(f.data ?? {})} ${f.message}`;
}
