// The walk's fast matchers for the default globs (src/load/walk.ts) answer exactly as picomatch does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { directoryNameMatcher, extensionMatcher, globMatcher } from '../../src/load/walk.js';
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

test('the one-expression glob matcher agrees with picomatch on every kind of pattern', () => {
  const lists = [
    // This repository's own excludes, with the always-excluded ones in front (what a run walks with).
    ['**/node_modules/**', '**/.git/**', 'test/**', 'bench/**', 'docs/**', 'package*.json', 'tsconfig.json', '.vvp-kv-lint.yaml', 'action.yml'],
    ['**/*.yaml', '**/*.yml', '**/*.json'],
    ['a/{b,c}/*.yaml', 'x/**/z.yml', '**/*.y?(a)ml', 'ümlaut/*', '[ab].yaml', '?.json', '*.yaml.bak', 'a b/**'],
    ['!x/**'],
    ['**/.git', '.hidden/**', 'dir.yaml', 'a/./b', 'x/../a.yaml', '**'],
    [],
  ];
  const paths = [...PATHS, '', 'a/b/c.yaml', 'a/c/d.yaml', 'a/d/c.yaml', 'x/q/z.yml', 'x/z.yml', 'test', 'test/a.yaml', 'tests/a.yaml', 'bench/.work/r/a.yaml',
    'package.json', 'package-lock.json', 'sub/package.json', 'tsconfig.json', 'b.yaml', 'c.yaml', 'a.json', 'ab.json', 'a/x.yaml/b', 'docs'];
  for (const patterns of lists) {
    const fast = globMatcher(patterns);
    const slow = picomatch(patterns, { dot: true });
    for (const p of paths) assert.equal(fast(p), slow(p), `${JSON.stringify(patterns)} on ${JSON.stringify(p)}`);
  }
});
