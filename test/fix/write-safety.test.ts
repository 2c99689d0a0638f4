// --fix writes only the file it fixes. Run as a process: a planted symlink at the temporary name the old code used
// (`.<name>.vvp-kv-lint-<pid>.tmp`, planted by a wrapper that knows its own pid before starting the CLI) must not
// turn the fix into a write to the link's target; a symlinked target is refused with a message and left alone;
// the fixed file keeps its mode; no temporary file is left behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, describe, spawnCli } from '../support/spawn-cli.js';
import { fixturePath } from '../support/paths.js';

const CASE = fixturePath('fix', 'pod-identity');

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-fixsafe-'));
  cpSync(join(CASE, 'input'), join(dir, 'repo'), { recursive: true });
  return dir;
}

test('--fix: a symlink planted at the old predictable temporary name is never written through', async () => {
  const dir = workDir();
  const repo = join(dir, 'repo');
  try {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    chmodSync(join(repo, 'app.yaml'), 0o640);
    // Plants the link for this very process's pid, then runs the real entry point in the same process.
    const wrapper = join(dir, 'plant.cjs');
    writeFileSync(
      wrapper,
      `const { symlinkSync } = require('node:fs');\n` +
        `symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(repo)} + '/.app.yaml.vvp-kv-lint-' + process.pid + '.tmp');\n` +
        `require(${JSON.stringify(BIN)});\n`,
    );
    const r = await spawnCli(['--root', repo, '--fail-level', 'none', '--fix', repo], { cwd: repo, bin: wrapper });
    assert.equal(r.code, 0, describe(r));
    assert.match(r.stderr, /fixed \d+ problems? in 1 file/, describe(r));
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n', 'the symlink target was not written');
    assert.deepEqual(readFileSync(join(repo, 'app.yaml')), readFileSync(join(CASE, 'expected', 'app.yaml')));
    assert.equal(statSync(join(repo, 'app.yaml')).mode & 0o777, 0o640, 'the mode is kept');
    assert.ok(!lstatSync(join(repo, 'app.yaml')).isSymbolicLink());
    // Only the planted link is left beside the file: no temporary of ours.
    const extra = readdirSync(repo).filter((n) => n !== 'app.yaml');
    assert.equal(extra.length, 1, extra.join(', '));
    assert.equal(readlinkSync(join(repo, extra[0]!)), victim);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix: a symlinked target is refused with a clear message and neither it nor its target changes', async () => {
  const dir = workDir();
  const repo = join(dir, 'repo');
  try {
    // A link inside the project to a file outside it is linted under the link's path: --fix must not follow it.
    const outside = join(dir, 'outside.yaml');
    cpSync(join(repo, 'app.yaml'), outside);
    rmSync(join(repo, 'app.yaml'));
    symlinkSync(outside, join(repo, 'app.yaml'));
    const before = readFileSync(outside);
    const r = await spawnCli(['--root', repo, '--fail-level', 'none', '--fix', repo], { cwd: repo });
    assert.equal(r.code, 0, describe(r));
    assert.match(r.stdout + r.stderr, /app\.yaml was not fixed: it is a symbolic link/, describe(r));
    assert.deepEqual(readFileSync(outside), before, 'the link target is untouched');
    assert.ok(lstatSync(join(repo, 'app.yaml')).isSymbolicLink(), 'the link itself is untouched');
    assert.deepEqual(readdirSync(repo), ['app.yaml'], 'no temporary file is left behind');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
