// Rule documentation: every rule has a hand-written source, fixtures and a published id (rules/published-ids.json); the committed pages equal
// what scripts/gen-docs.mjs generates; and every example is linted: an Incorrect example must produce exactly the
// findings its `# ✗ <rule-id>` markers claim (by file, line and rule), a Correct example none at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { REPO_ROOT, RULE_FIXTURES } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { RULE_MODULES } from '../../src/generated/rule-modules.js';

/** Rules that need Azure, a cluster or the VVP API say so in their module (`requires`); they have no file fixtures. */
const NEEDS_OTHER_SOURCES = new Set(RULE_MODULES.filter((m) => m.definition.requires?.length).map((m) => m.id));
const metas = readdirSync(join(REPO_ROOT, 'rules'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(REPO_ROOT, 'rules', f), 'utf8')) as { id: string; group: string });

test('every rule has a hand-written doc source, fail and pass fixtures, and a published id', () => {
  const published = (JSON.parse(readFileSync(join(REPO_ROOT, 'rules/published-ids.json'), 'utf8')) as { ids: Record<string, unknown> }).ids;
  const problems: string[] = [];
  for (const { id } of metas) {
    const src = join(REPO_ROOT, 'docs/rules-src', `${id}.md`);
    if (!existsSync(src)) problems.push(`${id}: no docs/rules-src/${id}.md`);
    else {
      const text = readFileSync(src, 'utf8');
      for (const s of ['## Why it matters', '## Incorrect', '## Correct']) if (!text.includes(s)) problems.push(`${id}: doc lacks "${s}"`);
    }
    const cases = existsSync(join(RULE_FIXTURES, id)) ? readdirSync(join(RULE_FIXTURES, id)) : [];
    if (!NEEDS_OTHER_SOURCES.has(id)) {
      if (!cases.some((c) => c.startsWith('fail'))) problems.push(`${id}: no test/fixtures/rules/${id}/fail*`);
      if (!cases.some((c) => c.startsWith('pass'))) problems.push(`${id}: no test/fixtures/rules/${id}/pass*`);
    }
    if (!Object.hasOwn(published, id)) problems.push(`${id}: not in rules/published-ids.json`);
  }
  assert.deepEqual(problems, []);
});

test('generated docs/rules equal the committed ones (node scripts/gen-docs.mjs --check)', () => {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/gen-docs.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

interface Block {
  readonly path?: string;
  readonly text: string;
}

/** Fenced yaml/json blocks and `<!-- lint-args: -->` of one `## title` section of a page. */
function section(page: string, title: string): { blocks: Block[]; args: string[] } {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start < 0) return { blocks: [], args: [] };
  const rest = page.slice(start + title.length + 5);
  const end = rest.search(/\n## /);
  const body = end < 0 ? rest : rest.slice(0, end);
  const blocks: Block[] = [];
  for (const m of body.matchAll(/^```(yaml|json)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const path = /path=(\S+)/.exec(m[2]!)?.[1];
    blocks.push({ ...(path ? { path } : {}), text: m[3]! });
  }
  const args = [...body.matchAll(/<!-- lint-args: (.*?) -->/g)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return { blocks, args };
}

async function lintExample(blocks: readonly Block[], args: readonly string[]): Promise<{ claimed: string[]; actual: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-doc-example-'));
  const claimed: string[] = [];
  blocks.forEach((b, i) => {
    const rel = b.path ?? (blocks.length === 1 ? 'example.yaml' : `example-${i + 1}.yaml`);
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), b.text);
    b.text.split('\n').forEach((line, n) => {
      for (const m of line.matchAll(/✗ ([a-z0-9-]+)/g)) claimed.push(`${rel}:${n + 1} ${m[1]}`);
    });
  });
  let run;
  try {
    run = await runCli(['--root', dir, '--format', 'json', '--fail-level', 'none', ...args, dir], { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string | null; startLine: number | null; suppressed: boolean }[] };
  const actual = report.findings.filter((f) => !f.suppressed && f.file !== null).map((f) => `${f.file}:${f.startLine} ${f.ruleId}`);
  return { claimed: claimed.sort(), actual: actual.sort() };
}

for (const { id, group } of metas) {
  const pagePath = join(REPO_ROOT, 'docs/rules', `${id}.md`);
  // Cluster rules describe live cluster state (console output), and vvp-drift needs the VVP API (--vvp-url):
  // no file reproduces either.
  const linted = group !== 'cluster' && id !== 'vvp-drift';
  test(`docs/rules/${id}.md examples produce the findings they claim`, { skip: !linted && 'live-only rule' }, async () => {
    assert.ok(existsSync(pagePath), `no docs/rules/${id}.md`);
    const page = readFileSync(pagePath, 'utf8');
    const bad = section(page, 'Incorrect');
    assert.ok(bad.blocks.length > 0, 'an Incorrect example is required');
    const b = await lintExample(bad.blocks, bad.args);
    assert.ok(b.claimed.some((c) => c.endsWith(` ${id}`)), `the Incorrect example must mark at least one ${id} finding`);
    assert.deepEqual(b.actual, b.claimed, 'Incorrect example');
    const good = section(page, 'Correct');
    assert.ok(good.blocks.length > 0, 'a Correct example is required');
    const g = await lintExample(good.blocks, good.args);
    assert.deepEqual(g.actual, [], 'Correct example');
  });
}
