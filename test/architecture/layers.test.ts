// The data flows one way, and the imports say so: this test reads every import in src/ and fails when one crosses
// a layer backwards. Layers (a folder of src/, rules/support counting as rules):
//
//   cli ─► testing ─► engine ─► rules ─► model ─► yaml        report ─► engine types, model, yaml
//                     engine ─► config ─► load ─► model, yaml    live, azure (sources) ─► model, yaml, load (safe reads)
//
// - model is fed, it never reads: no load, live, azure, engine, rules.
// - rules never import data sources (live, azure, load), the engine, the CLI or reporters; the rule contract is
//   src/rules/contract.ts.
// - sources (load, live, azure) never import the CLI, the engine, rules or reporters; they raise typed errors
//   (src/errors.ts) that one table in the CLI maps to exit codes (src/cli/errors.ts).
// - yaml/ is the leaf of YAML helpers (walk, spans, embedded documents, the one line table): type-only imports of
//   model/types.ts and nothing else of ours.
// - remediation/ renders the Azure findings' remedies (model/remedy.ts, computed by the rules) as az, Bicep and
//   Terraform: model, report positions, and the engine's finding types only; the CLI loads it lazily.
// - start/ is what bin/ runs (it loads the CLI's bundle through V8's code cache): only the CLI's I/O types and the
//   top-level leaves that say where caches live and hold the key they are bound to (src/user-cache.ts, src/user-key.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import fg from 'fast-glob';
import { REPO_ROOT } from '../support/paths.js';

/** What each layer may import besides itself. `top` is src/*.ts (version, package root, errors). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  top: ['top'],
  yaml: [],
  model: ['yaml', 'top'],
  rules: ['model', 'yaml', 'top'],
  load: ['model', 'yaml', 'top'],
  live: ['model', 'yaml', 'load', 'top'],
  azure: ['model', 'yaml', 'load', 'generated', 'top'],
  config: ['model', 'yaml', 'load', 'generated', 'top'],
  generated: ['rules', 'engine', 'top'],
  engine: ['rules', 'model', 'yaml', 'load', 'config', 'generated', 'top'],
  report: ['engine', 'model', 'yaml', 'top'],
  testing: ['engine', 'rules', 'model', 'yaml', 'load', 'report', 'generated', 'top'],
  action: ['top'],
  policy: ['rules', 'generated', 'model', 'yaml', 'top'],
  // The Azure findings' fixes as az/Bicep/Terraform: the findings' remedies (model) and positions for comments.
  remediation: ['model', 'report', 'top'],
  cli: ['engine', 'rules', 'model', 'yaml', 'load', 'config', 'report', 'live', 'azure', 'generated', 'testing', 'policy', 'remediation', 'top'],
  start: ['top'],
};

/** Type-only imports the reporters and the leaf may make (the engine's result types, the core types). */
const TYPE_ONLY: Readonly<Record<string, readonly string[]>> = {
  yaml: ['src/model/types.ts'],
  report: ['src/engine/types.ts'],
  generated: ['src/engine/types.ts'],
  start: ['src/cli/io.ts'],
  remediation: ['src/engine/types.ts'],
};

const IMPORT = /^\s*(import|export)(\s+type)?\b[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/gm;

function layerOf(rel: string): string {
  const parts = rel.split('/');
  return parts.length === 2 ? 'top' : parts[1]!;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const from of fg.sync('src/**/*.ts', { cwd: REPO_ROOT })) {
    const text = readFileSync(join(REPO_ROOT, from), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4];
      if (!spec || !spec.startsWith('.')) continue;
      const to = relative(REPO_ROOT, normalize(join(REPO_ROOT, dirname(from), spec))).split('\\').join('/').replace(/\.js$/, '.ts');
      out.push({ from, to, typeOnly: m[2] !== undefined });
    }
  }
  return out;
}

export function violations(list: readonly Edge[]): string[] {
  const bad: string[] = [];
  for (const e of list) {
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (a === b) continue;
    const allowed = ALLOWED[a];
    if (!allowed) {
      bad.push(`${e.from}: folder src/${a}/ has no place in the layer table (test/architecture/layers.test.ts)`);
      continue;
    }
    if (allowed.includes(b)) continue;
    if (e.typeOnly && TYPE_ONLY[a]?.includes(e.to)) continue;
    bad.push(`${e.from} imports ${e.to}: ${a} must not depend on ${b}`);
  }
  return bad;
}

test('layers: no import crosses a layer backwards', () => {
  const list = edges();
  assert.ok(list.length > 200, `only ${list.length} imports found: is the scan broken?`);
  assert.deepEqual(violations(list), []);
});

test('layers: the CLI uses the rules only through the engine and the contract, never rule internals', () => {
  // What `why` and the other commands need of the rules' helpers (identity resolution, the vault of an SPC) lives
  // in the model; a command that reaches into src/rules/support/ breaks when a rule's helper is refactored.
  const internal = edges().filter((e) => e.from.startsWith('src/cli/') && e.to.startsWith('src/rules/support/'));
  assert.deepEqual(internal.map((e) => `${e.from} imports ${e.to}`), []);
});

test('layers: the check itself catches a backward import', () => {
  assert.deepEqual(violations([
    { from: 'src/model/inventory.ts', to: 'src/azure/arm-source.ts', typeOnly: true },
    { from: 'src/rules/grant-missing.ts', to: 'src/azure/permissions.ts', typeOnly: false },
    { from: 'src/live/vvp/enrich.ts', to: 'src/cli/io.ts', typeOnly: false },
    { from: 'src/rules/support/fix.ts', to: 'src/engine/types.ts', typeOnly: true },
    { from: 'src/report/sarif.ts', to: 'src/engine/types.ts', typeOnly: true },
  ]), [
    'src/model/inventory.ts imports src/azure/arm-source.ts: model must not depend on azure',
    'src/rules/grant-missing.ts imports src/azure/permissions.ts: rules must not depend on azure',
    'src/live/vvp/enrich.ts imports src/cli/io.ts: live must not depend on cli',
    'src/rules/support/fix.ts imports src/engine/types.ts: rules must not depend on engine',
  ]);
});

test('layers: every rule module is registered under its file name (the id is the file name by construction)', () => {
  const generated = readFileSync(join(REPO_ROOT, 'src/generated/rule-modules.ts'), 'utf8');
  const modules = fg.sync('src/rules/*.ts', { cwd: REPO_ROOT }).map((f) => f.slice('src/rules/'.length, -3)).filter((id) => id !== 'contract');
  for (const id of modules) {
    assert.match(generated, new RegExp(`import \\w+ from '../rules/${id}\\.js';`), `${id} is registered`);
    assert.match(generated, new RegExp(`\\{ id: '${id}', definition: \\w+ \\}`), `${id} is registered under its file name`);
    const source = readFileSync(join(REPO_ROOT, 'src/rules', `${id}.ts`), 'utf8');
    assert.match(source, /^export default defineRule\(\{/m, `${id} follows the rule contract`);
    assert.doesNotMatch(source, /^\s{2}id:\s/m, `${id} names no id of its own`);
  }
});
