import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLineHashes, primaryLocationLineHash } from '../../src/report/line-hash.js';
import { crlfFile, deployFile, spcFile } from './sample.js';

// Vectors from github/codeql-action src/fingerprints.test.ts ('hash' test).
const VECTORS: [string, string[]][] = [
  ['', ['c129715d7a2bc9a3:1']],
  [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
  [
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1'],
  ],
];
const WITH_EOL = ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'];
for (const text of [
  ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
  ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
  ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
  ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
]) {
  VECTORS.push([text, WITH_EOL]);
}
VECTORS.push([
  'Lorem ipsum dolor sit amet.\n'.repeat(10),
  [
    'a7f2ff13bc495cf2:1', 'a7f2ff13bc495cf2:2', 'a7f2ff13bc495cf2:3', 'a7f2ff13bc495cf2:4', 'a7f2ff13bc495cf2:5',
    'a7f2ff13bc495cf2:6', 'a7f2ff1481e87703:1', 'a9cf91f7bbf1862b:1', '55ec222b86bcae53:1', 'cc97dc7b1d7d8f7b:1',
    'c129715d7a2bc9a3:1',
  ],
]);

test('line hashes match codeql-action test vectors', () => {
  for (const [text, expected] of VECTORS) assert.deepEqual(computeLineHashes(text), expected, JSON.stringify(text));
});

/**
 * An independent, non-rolling reading of the reference algorithm: normalise the text (drop spaces and tabs, CR and
 * CRLF → LF, append 65535 and 100 zeros), then a line's hash is Σ c[p+j]·37^(99−j) mod 2^64 over the 100 characters
 * starting at the first character the line contributes, and ":n" counts earlier lines with the same hash.
 */
function referenceHashes(text: string): string[] {
  const stream: number[] = [];
  const lineStartsInStream: number[] = [];
  let atLineStart = true;
  let prevCR = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i === text.length ? 65535 : text.charCodeAt(i);
    if (c === 32 || c === 9 || (prevCR && c === 10)) {
      prevCR = false;
      continue;
    }
    prevCR = c === 13;
    if (c === 13) c = 10;
    if (atLineStart) lineStartsInStream.push(stream.length);
    atLineStart = c === 10;
    stream.push(c);
  }
  for (let i = 0; i < 100; i++) stream.push(0);
  const counts = new Map<string, number>();
  return lineStartsInStream.map((p) => {
    let h = 0n;
    for (let j = 0; j < 100; j++) h = BigInt.asUintN(64, h * 37n + BigInt(stream[p + j]!));
    const hex = h.toString(16);
    const n = (counts.get(hex) ?? 0) + 1;
    counts.set(hex, n);
    return `${hex}:${n}`;
  });
}

test('the rolling implementation agrees with a direct reading of the algorithm', () => {
  const texts = [
    spcFile.text,
    deployFile.text,
    crlfFile.text,
    'a\r\n\r\n\tb\r',
    'x: "é😀"\n'.repeat(30),
    `${'k'.repeat(250)}\n${' '.repeat(40)}v\n`,
  ];
  for (const text of texts) assert.deepEqual(computeLineHashes(text), referenceHashes(text), JSON.stringify(text.slice(0, 40)));
});

test('one hash per line, numbered like positions.ts (CRLF file)', () => {
  const hashes = computeLineHashes(crlfFile.text);
  assert.equal(hashes.length, crlfFile.text.split(/\r\n|\r|\n/).length);
  assert.equal(primaryLocationLineHash(crlfFile, 3), referenceHashes(crlfFile.text)[2]);
  assert.equal(primaryLocationLineHash(crlfFile, 99), undefined);
});

test('lines whose hashes share the low 32 bits but differ are counted apart', () => {
  // Two 100-character lines found by a birthday search: hashes cce5e4b92d8373cd and 3c63042c2d8373cd. The counts
  // are kept per low half with a chain of the lines sharing it; these lines make the chain hold different values.
  const a = 'xocjhzzpnwgjgcgilpsovyibbkcxtclordieepgkbsgvetypmzopqzvkgxszbbvmhkhegotwwkimtzyplzjvzfqmuyldewkwjubn';
  const b = 'qgrycgvnlktsgnqgslxtdovibxzxartjhnvtkhnfxylokbnxfvxaozmekmtzjcvijbwntvabvrmtxhrkwdnaioyjotplpjknklng';
  const text = `${a}\n${b}\n${b}\n${a}\n${b}\n`;
  const hashes = computeLineHashes(text);
  assert.deepEqual(hashes, referenceHashes(text));
  assert.deepEqual(hashes.slice(0, 5), ['cce5e4b92d8373cd:1', '3c63042c2d8373cd:1', '3c63042c2d8373cd:2', 'cce5e4b92d8373cd:2', '3c63042c2d8373cd:3']);
});

test('primaryLocationLineHash: lines outside the file have none', () => {
  for (const line of [0, -1, 1.5, Number.NaN]) assert.equal(primaryLocationLineHash(crlfFile, line), undefined);
  assert.equal(primaryLocationLineHash(crlfFile, 1), referenceHashes(crlfFile.text)[0]);
});
