// The contract between a rule's files, checked in `npm run build`'s generate step (scripts/generate.mjs), before
// tsc, in about a second. A rule <id> is:
//
//   rules/<id>.yaml                         metadata (schemas/rule.schema.json); the id is the file name
//   src/rules/<id>.ts                       `export default defineRule({ kinds, messages, fixable?, requires?, create })`
//   docs/rules-src/<id>.md                  hand-written documentation; docs/rules/<id>.md is generated from it
//   test/fixtures/rules/<id>/fail*, pass*   fixture cases (not for rules whose module declares `requires`)
//   test/rules/tester/<id>.ts          RuleTester cases
//   rules/published-ids.json                the id, once published, forever
//
// and it must agree with the policy registry (src/policy/registry.ts). `fixable` and `requires` are read from the
// evaluated module (scripts/lib/rule-definitions.mjs), so they are declared once. Every problem names the file to
// create or the command to run; `npm run new-rule -- <id> --group <group>` writes all of a new rule's files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { loadRuleDefinitions } from './rule-definitions.mjs';
import { renderRulePages, stalePages } from './rule-docs.mjs';

/** Files under src/rules/ that are not rule modules. */
const NOT_RULES = new Set(['contract']);
const HAND_SECTIONS = ['## Why it matters', '## Incorrect', '## Correct'];
export const PUBLISHED_IDS = 'rules/published-ids.json';
const SCAFFOLD = 'npm run new-rule -- <id> --group <group>';

const list = (root, dir, ext) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`)).map((f) => f.slice(0, -ext.length)).sort() : []);

/**
 * Checks every rule and returns { metas, problems, definitions, fatal } (fatal: the modules could not be evaluated,
 * so `metas` is empty): `metas` are the validated YAML documents with
 * `fixable` taken from the module; `problems` are one line each, naming the file or command that fixes them.
 * `opts.docs === false` skips comparing the generated pages (gen-docs itself uses this).
 */
export async function checkRules(root, opts = {}) {
  const problems = [];
  const ids = list(root, 'rules', '.yaml');
  const moduleIds = list(root, 'src/rules', '.ts').filter((id) => !NOT_RULES.has(id));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(root, 'schemas/rule.schema.json'), 'utf8')));

  for (const id of moduleIds) if (!ids.includes(id)) problems.push(`src/rules/${id}.ts: no rules/${id}.yaml — create it (\`${SCAFFOLD}\` writes every file of a new rule); helpers belong in src/rules/support/`);

  const metas = [];
  for (const id of ids) {
    let meta;
    try {
      meta = parse(readFileSync(join(root, 'rules', `${id}.yaml`), 'utf8'));
    } catch (e) {
      problems.push(`rules/${id}.yaml: not valid YAML: ${e.message.split('\n')[0]}`);
      continue;
    }
    if (meta && typeof meta === 'object' && 'fixable' in meta) {
      problems.push(`rules/${id}.yaml: remove \`fixable\`: it is declared once, in src/rules/${id}.ts (\`fixable: true\` in defineRule)`);
      delete meta.fixable;
    }
    if (!validate(meta)) {
      for (const e of validate.errors) problems.push(`rules/${id}.yaml${e.instancePath || ''}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty}${e.params.additionalProperty === 'help' ? ': help is generated from shortDescription, fullDescription, details and remediation; put extra text in details' : ''})` : ''}`);
      continue;
    }
    if (meta.id !== id) {
      problems.push(`rules/${id}.yaml: id "${meta.id}" must equal the file name`);
      continue;
    }
    if (!moduleIds.includes(id)) {
      problems.push(`rules/${id}.yaml: no module — create src/rules/${id}.ts (\`export default defineRule({ kinds, messages, create })\`, see src/rules/contract.ts)`);
      continue;
    }
    metas.push(meta);
  }

  // What each module declares, from the module itself.
  const withModule = metas.map((m) => m.id);
  const loaded = await loadRuleDefinitions(root, withModule);
  if (loaded.error) {
    problems.push(loaded.error);
    return { metas: [], problems, definitions: new Map(), fatal: true };
  }
  for (const meta of metas) {
    const id = meta.id;
    const def = loaded.definitions.get(id);
    const mod = `src/rules/${id}.ts`;
    if (!def || typeof def !== 'object' || !Array.isArray(def.kinds) || !def.messages || typeof def.messages !== 'object' || typeof def.create !== 'function') {
      problems.push(`${mod}: a rule module is \`export default defineRule({ kinds, messages, create })\` (src/rules/contract.ts)`);
      continue;
    }
    if ('id' in def) problems.push(`${mod}: a rule module does not name its id; the id is the file name`);
    if (Object.keys(def.messages).length === 0) problems.push(`${mod}: \`messages\` is empty; every report names one of its message ids`);
    if (def.fixable !== undefined && typeof def.fixable !== 'boolean') problems.push(`${mod}: \`fixable\` is true or absent`);
    if (def.requires !== undefined && (!Array.isArray(def.requires) || def.requires.some((r) => !['azure', 'cluster', 'vvp-api'].includes(r)))) problems.push(`${mod}: \`requires\` lists 'azure', 'cluster' or 'vvp-api'`);
    meta.fixable = def.fixable === true;

    const doc = join(root, 'docs/rules-src', `${id}.md`);
    if (!existsSync(doc)) problems.push(`rules/${id}.yaml: no documentation — create docs/rules-src/${id}.md (sections ${HAND_SECTIONS.map((s) => `"${s}"`).join(', ')})`);
    else {
      const text = readFileSync(doc, 'utf8');
      const lacking = HAND_SECTIONS.filter((s) => !text.includes(`\n${s}\n`) && !text.startsWith(`${s}\n`));
      if (lacking.length) problems.push(`docs/rules-src/${id}.md: add the section(s) ${lacking.map((s) => `"${s}"`).join(', ')}`);
    }

    if (!def.requires?.length) {
      const dir = join(root, 'test/fixtures/rules', id);
      const cases = existsSync(dir) ? readdirSync(dir) : [];
      for (const kind of ['fail', 'pass']) if (!cases.some((c) => c.startsWith(kind))) problems.push(`rules/${id}.yaml: create a ${kind} case test/fixtures/rules/${id}/${kind}-<what>/ (a directory of YAML files${kind === 'fail' ? ' with `# expect: ' + id + '@<column>` markers' : ''}), or declare \`requires\` in src/rules/${id}.ts when the rule needs Azure, a cluster or the VVP API`);
    }
    if (!existsSync(join(root, 'test/rules/tester', `${id}.ts`))) problems.push(`rules/${id}.yaml: no RuleTester cases — create test/rules/tester/${id}.ts (testRule('${id}', { valid, invalid }, test); see src/testing/rule-tester.ts)`);
  }

  // The policy registry names rules by id: each must exist, once.
  if (loaded.policy) {
    const { exported, notExportable } = loaded.policy;
    for (const id of [...exported, ...notExportable]) if (!ids.includes(id)) problems.push(`src/policy/registry.ts: names the rule ${id}, which has no rules/${id}.yaml`);
    for (const id of exported) {
      if (notExportable.includes(id)) problems.push(`src/policy/registry.ts: ${id} is both exported and listed as not exportable`);
      if (!existsSync(join(root, 'src/policy/rules', `${id}.ts`))) problems.push(`src/policy/registry.ts: exports ${id}, but there is no src/policy/rules/${id}.ts`);
    }
    for (const f of list(root, 'src/policy/rules', '.ts')) if (!exported.includes(f)) problems.push(`src/policy/rules/${f}.ts: not in EXPORTED in src/policy/registry.ts`);
  }

  // Published ids: every rule is listed; an id once listed never goes away (test/rules/published-ids.test.ts too).
  const publishedPath = join(root, PUBLISHED_IDS);
  let published = {};
  try {
    published = JSON.parse(readFileSync(publishedPath, 'utf8')).ids ?? {};
  } catch (e) {
    problems.push(`${PUBLISHED_IDS}: cannot be read (${e.message.split('\n')[0]})`);
  }
  for (const meta of metas) {
    const entry = published[meta.id];
    if (!entry) problems.push(`${PUBLISHED_IDS}: add "${meta.id}": { "group": "${meta.group}", "meaning": "<when it fires>" } (\`${SCAFFOLD}\` does this)`);
    else if (entry.group !== meta.group) problems.push(`rules/${meta.id}.yaml: group "${meta.group}", but the id was published in group "${entry.group}" (${PUBLISHED_IDS}); a published id never changes meaning — give the changed rule a new id`);
  }
  for (const id of Object.keys(published)) if (!ids.includes(id)) problems.push(`${PUBLISHED_IDS}: the published id ${id} has no rules/${id}.yaml — published ids never disappear (restore the rule)`);

  if (opts.docs !== false && !problems.length) {
    const { pages } = renderRulePages(root, metas);
    for (const s of stalePages(root, pages)) problems.push(`docs/rules/${s.name} is ${s.state === 'orphan' ? 'a page of no rule' : s.state} — run \`node scripts/gen-docs.mjs\``);
  }
  return { metas, problems, definitions: loaded.definitions, fatal: false };
}
