// `npm run new-rule` leaves a TODO(new-rule) in every file it writes; a rule's tests fail until none is left, and
// say where each one is.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { REPO_ROOT } from './paths.js';

const MARKER = ['TODO', '(new-rule)'].join(''); // split so that this file does not match itself

/** Fails listing `file:line` of every scaffold TODO left in the files of rule `id`. */
export function assertNoScaffoldTodos(id: string): void {
  const files = [`rules/${id}.yaml`, `src/rules/${id}.ts`, `docs/rules-src/${id}.md`, `test/rules/tester/${id}.ts`, ...fg.sync(`test/fixtures/rules/${id}/**/*`, { cwd: REPO_ROOT, dot: true })];
  const left: string[] = [];
  for (const rel of files) {
    if (!existsSync(join(REPO_ROOT, rel))) continue;
    readFileSync(join(REPO_ROOT, rel), 'utf8').split('\n').forEach((line, i) => {
      if (line.includes(MARKER)) left.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
  }
  const entry = (JSON.parse(readFileSync(join(REPO_ROOT, 'rules/published-ids.json'), 'utf8')) as { ids: Record<string, { meaning: string }> }).ids[id];
  if (entry?.meaning.includes(MARKER)) left.push(`rules/published-ids.json: "${id}".meaning: ${entry.meaning}`);
  assert.deepEqual(left, [], `fill in the scaffold's ${MARKER} markers of ${id} (CONTRIBUTING.md says what each file is)`);
}
