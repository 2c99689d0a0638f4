// The walk's fast matchers for the default globs (src/load/walk.ts) answer exactly as picomatch does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { directoryNameMatcher, extensionMatcher } from '../../src/load/walk.js';
import { DEFAULT_INCLUDE } from '../../src/load/project.js';

const PATHS = [
  'a.yaml', 'a.yml', 'a.json', 'a.YAML', 'a.yaml.bak', '.yaml', '.a.yaml', 'x/.yaml', 'x/y/z.yml', '.hidden/a.yaml', 'node_modules',
  'node_modules/a.yaml', 'x/node_modules/y/a.yaml', 'x/node_modules', 'x/node_modulesx/a.yaml', 'xnode_modules/a.yaml', '.git', '.git/config',
  'a/.git/HEAD.yaml', 'a/.github/w.yaml', 'a/git/x.yaml', 'a b/c d.yaml', 'ümlaut/ä.yaml', 'a.jsonl', 'ajson', 'dir.yaml/x.txt',
];

test('the extension matcher agrees with picomatch on the default include globs', () => {
  const fast = extensionMatcher(DEFAULT_INCLUDE)!;
  const slow = picomatch(DEFAULT_INCLUDE, { dot: true });
  for (const p of PATHS) assert.equal(fast(p), slow(p), p);
  assert.equal(extensionMatcher(['**/*.yaml', 'charts/**']), undefined, 'other patterns go to picomatch');
});

test('the directory-name matcher agrees with picomatch on the always-excluded globs', () => {
  const patterns = ['**/node_modules/**', '**/.git/**'];
  const fast = directoryNameMatcher(patterns)!;
  const slow = picomatch(patterns, { dot: true });
  for (const p of PATHS) assert.equal(fast(p), slow(p), p);
  assert.equal(directoryNameMatcher(['**/node_modules/**', 'build/**']), undefined, 'other patterns go to picomatch');
});
