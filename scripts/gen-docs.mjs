// Generates docs/rules/<id>.md for every rules/<id>.yaml, plus docs/rules/README.md (the index).
//
// Each page has a mechanical half, from the rule's metadata (summary table, what it checks, how to fix, how to
// suppress), and a hand-written half from docs/rules-src/<id>.md: `## Why it matters`, `## Incorrect`,
// `## Correct` and any further `## ` sections (kept in order after Correct). Examples are fenced ```yaml blocks;
// a block's info string may name its file (```yaml path=k8s/spc.yaml); blocks of one section form one project.
// A line that must produce a finding carries the marker comment `# ✗ <rule-id>` (several: `# ✗ a ✗ b`);
// test/workflow/rule-docs.test.ts lints every example and demands exactly the marked findings (Correct: none).
// `<!-- lint-args: ... -->` inside a section adds CLI flags to that section's examples (kept, invisible, in the page).
//
//   node scripts/gen-docs.mjs           write the docs
//   node scripts/gen-docs.mjs --check   exit 1 when a committed doc differs from what would be generated
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRules } from './lib/rule-parity.mjs';
import { renderRulePages, stalePages } from './lib/rule-docs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/rules');
const check = process.argv.includes('--check');

// The metadata as the build sees it (`fixable` from the module); other parity problems are the build's to report.
const { metas, problems, fatal } = await checkRules(root, { docs: false });
if (fatal || !metas.length) {
  for (const p of problems) console.error(`gen-docs: ${p}`);
  console.error('gen-docs: the rules could not be read; no page was written');
  process.exit(1);
}
const { pages, missing } = renderRulePages(root, metas);
const stale = stalePages(root, pages);
for (const s of stale) {
  if (check) console.error(s.state === 'orphan' ? `docs/rules/${s.name} has no rules/${s.name.slice(0, -3)}.yaml` : `docs/rules/${s.name} is ${s.state}`);
  else if (s.state === 'orphan') rmSync(join(outDir, s.name));
  else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, s.name), pages.get(s.name));
  }
}
if (missing.length) console.error(`gen-docs: no hand-written docs/rules-src/<id>.md for: ${missing.join(', ')}`);
if (check && stale.length) {
  console.error('gen-docs: run `node scripts/gen-docs.mjs` and commit the result');
  process.exit(1);
}
if (!check) console.log(`gen-docs: ${metas.length} rule pages${stale.length ? `, ${stale.length} written or removed` : ', all up to date'}`);
