// relativeUri returns a path made only of characters encodeURIComponent keeps as it is, without encoding it: the
// answer must be the one segment-by-segment encoding gives, for those paths and for every other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeUri } from '../../src/report/uri.js';

function encodedBySegment(relPath: string): string {
  return relPath.replace(/\\/g, '/').split('/').map((s) => encodeURIComponent(s)).join('/');
}

test('relativeUri: the same URI as encoding each segment, for plain paths and paths that need encoding', () => {
  const paths = [
    'clusters/c1/team0/app0/spc.yaml',
    "a/b_c.d-e!f~g*h'i(j)k.yml",
    'x.yaml',
    'a//b.yaml',
    '/abs.yaml',
    'dir/',
    'with space/f.yaml',
    'pct%20/f.yaml',
    'c:/x.yaml',
    'hash#/q?.yaml',
    'win\\path\\f.yaml',
    'ünï/cödé.yaml',
    '',
  ];
  // And seeded random paths over an alphabet mixing kept and encoded characters.
  const alphabet = "ab/._-!~*'()% #?:\\é";
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    let p = '';
    const n = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 12;
    for (let k = 0; k < n; k++) p += alphabet[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length];
    paths.push(p);
  }
  for (const p of paths) assert.equal(relativeUri(p), encodedBySegment(p), JSON.stringify(p));
});
