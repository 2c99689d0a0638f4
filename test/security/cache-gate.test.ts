// The context cache as an attacker and a careless user meet it (issue 24), the CLI run as a process: nothing the
// tool calls sensitive reaches the cache in clear; files are owner-only; a cache written with another user's key
// (another machine, a repository's committed node_modules) or tampered with is never believed, even when it is
// well-formed and claims a broken manifest is fine; a cache directory inside the linted tree or behind a symbolic
// link is refused; the per-user key is refused when it is not what the tool creates. A warm cache never changes a
// byte of the findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnCli, describe } from '../support/spawn-cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { CacheKeys } from '../../src/load/cache/seal.js';

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'rules', 'sp-secret-label-missing', 'fail-label-missing');

/** Distinctive planted values, one per place model/sensitive.ts calls sensitive. */
const PLANTED = {
  lastApplied: 'QxLastApplied7f3kP9z',
  lastAppliedB64: Buffer.from('QxDecodedInAnnotation4t9z').toString('base64'),
  secretData: 'QxSecretDataVal2m8z',
  flink: 'QxFlinkAccountKey5r1z',
  spcClientSecret: 'QxSpcClientSecret8w2z',
  helmPassword: 'QxHelmPassword3j6z',
  helmAccessKey: 'QxHelmAccessKey9d4z',
  badClientId: 'QxPastedIntoClientId6y1z',
};

/** Context files that hold sensitive values: each would reach the disk in clear without the seal. */
const SENSITIVE_CONTEXT: Record<string, string> = {
  'applied-secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: applied
  namespace: vvp-jobs
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","kind":"Secret","stringData":{"token":"${PLANTED.lastApplied}"},"data":{"k":"${PLANTED.lastAppliedB64}"}}'
data:
  clientsecret: ${Buffer.from(PLANTED.secretData).toString('base64')}
`,
  'flink.yaml': `apiVersion: v1
kind: Deployment
metadata:
  name: flink-job
  namespace: default
spec:
  deploymentTargetName: aks-jobs
  template:
    spec:
      flinkConfiguration:
        fs.azure.account.key.acct.blob.core.windows.net: ${PLANTED.flink}
        taskmanager.numberOfTaskSlots: "2"
`,
  'spc-secret.yaml': `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: with-secret
  namespace: vvp-jobs
spec:
  provider: azure
  parameters:
    keyvaultName: kv-flink-prod
    clientID: "${PLANTED.badClientId}"
    clientSecret: ${PLANTED.spcClientSecret}
    tenantID: 72f988bf-86f1-41af-91ab-2d7cd011db47
`,
  'values.yaml': `vvp:
  blobStorage:
    baseUri: s3://bucket
    s3:
      accessKey: ${PLANTED.helmAccessKey}
  persistence:
    type: local
global:
  password: ${PLANTED.helmPassword}
`,
};

interface Sandbox {
  readonly base: string;
  readonly repo: string;
  readonly xdg: string;
  readonly cache: string;
  env(extra?: Record<string, string>): Record<string, string>;
}

function sandbox(extraFiles: Record<string, string> = {}): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'vkl-gate-'));
  const repo = join(base, 'repo');
  cpSync(FIXTURE, repo, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(repo, name), text);
  const xdg = join(base, 'xdg');
  const cache = join(base, 'cache');
  return { base, repo, xdg, cache, env: (extra = {}) => ({ XDG_CACHE_HOME: xdg, VVP_KV_LINT_CACHE_DIR: cache, ...extra }) };
}

/** SARIF without the invocation (times, command line): everything a finding is made of. */
async function lint(s: Sandbox, env: Record<string, string>, file = 'secrets.yaml'): Promise<{ code: number | null; out: string; stderr: string }> {
  const r = await spawnCli(['--root', s.repo, file, '--format', 'sarif'], { cwd: s.repo, env });
  assert.ok(r.code === 0 || r.code === 1, describe(r));
  const log = JSON.parse(r.stdout) as { runs: Record<string, unknown>[] };
  for (const run of log.runs) delete run['invocations'];
  return { code: r.code, out: JSON.stringify(log), stderr: r.stderr };
}

/** Every regular file under `dir`, recursively (symbolic links not followed). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

function cacheFiles(dir: string): string[] {
  return filesUnder(dir).filter((f) => /context-[0-9a-f]{24}\./.test(f));
}

test('nothing sensitive reaches the cache in clear; files 0600, directories 0700; warm findings equal cold ones', async () => {
  const s = sandbox(SENSITIVE_CONTEXT);
  try {
    const off = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    const cold = await lint(s, s.env());
    const warm = await lint(s, s.env());
    assert.equal(cold.out, off.out, 'first run with the cache');
    assert.equal(warm.out, off.out, 'warm cache');
    assert.equal(warm.code, off.code);
    const written = [...filesUnder(s.cache), ...filesUnder(s.xdg)];
    assert.ok(cacheFiles(s.cache).length === 1, `one cache file: ${written.join(', ')}`);
    const decoded = Buffer.from(PLANTED.lastAppliedB64, 'base64').toString('utf8');
    for (const f of written) {
      const bytes = readFileSync(f);
      for (const [what, value] of [...Object.entries(PLANTED), ['decoded', decoded]]) {
        assert.ok(!bytes.includes(value), `${f} holds the ${what} value in clear`);
      }
    }
    // Not vacuous: the cache does hold the context files' objects (their names are not sensitive).
    const text = readFileSync(cacheFiles(s.cache)[0]!, 'utf8');
    for (const name of ['applied', 'flink-job', 'with-secret', 'nightly-export']) assert.ok(text.includes(`"name":"${name}"`), name);
    for (const f of cacheFiles(s.cache)) assert.equal(statSync(f).mode & 0o777, 0o600, f);
    assert.equal(statSync(s.cache).mode & 0o777, 0o700);
    assert.equal(statSync(join(s.xdg, 'vvp-kv-lint')).mode & 0o777, 0o700);
    assert.equal(statSync(join(s.xdg, 'vvp-kv-lint', 'context-cache.key')).mode & 0o777, 0o600);
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

/** The user key of a sandbox, as the tool created it. */
function keysOf(xdg: string): CacheKeys {
  return new CacheKeys(readFileSync(join(xdg, 'vvp-kv-lint', 'context-cache.key')));
}

/** A cache file's parts, and the same file re-signed with `keys` after `edit` changed its body. */
function resign(file: string, keys: CacheKeys, edit: (body: { entries: Record<string, unknown>; stats: Record<string, unknown[]> }) => void): void {
  const text = readFileSync(file, 'utf8');
  const [header, , ...rest] = text.split('\n');
  const body = JSON.parse(rest.join('\n')) as { entries: Record<string, unknown>; stats: Record<string, unknown[]> };
  edit(body);
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  writeFileSync(file, `${header}\n${keys.mac(bytes)}\n${bytes.toString('utf8')}`);
}

test('a well-formed cache forged with another key never turns a broken manifest into a pass', async () => {
  const s = sandbox();
  const cron = join(s.repo, 'cronjob.yaml');
  const broken = readFileSync(cron, 'utf8');
  const fine = broken.replace(/\n\s*nodePublishSecretRef:\n\s*name: kv-sp-export/, '');
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    assert.match(expected.out, /kv-sp-export/, 'the broken CronJob gives the Secret a finding');
    // The attacker, with their own key (another machine): facts of the harmless CronJob...
    const attacker = join(s.base, 'attacker-xdg');
    writeFileSync(cron, fine);
    await lint(s, s.env({ XDG_CACHE_HOME: attacker }));
    const [file] = cacheFiles(s.cache);
    const keys = keysOf(attacker);
    const harmless = JSON.parse(readFileSync(file!, 'utf8').split('\n').slice(2).join('\n')) as { entries: Record<string, unknown>; stats: Record<string, unknown[]> };
    const harmlessEntry = Object.entries(harmless.entries).find(([, e]) => JSON.stringify(e).includes('nightly-export'))!;
    // ...filed under the content key of the broken one, signed with the attacker's key.
    writeFileSync(cron, broken);
    await lint(s, s.env({ XDG_CACHE_HOME: attacker }));
    resign(file!, keys, (body) => {
      for (const [k, e] of Object.entries(body.entries)) if (JSON.stringify(e).includes('nightly-export')) body.entries[k] = harmlessEntry[1];
      body.stats = {};
    });
    const forged = readFileSync(file!);
    // Against the key it was made with, the forgery works: the MAC is the only barrier, and this proves it is tested.
    const fooled = await lint(s, s.env({ XDG_CACHE_HOME: attacker }));
    assert.doesNotMatch(fooled.out, /kv-sp-export/, 'the forged entry is what the attacker says it is');
    // The victim (another user key) is handed the same file: a miss, the real findings.
    writeFileSync(file!, forged);
    const victim = await lint(s, s.env());
    assert.equal(victim.out, expected.out);
    assert.equal(victim.code, expected.code);
    // And the victim's own cache replaced it.
    writeFileSync(file!, forged);
    const again = await lint(s, s.env());
    assert.equal(again.out, expected.out);
    // The forgery committed inside the tree, where earlier versions kept the cache, met by the very key that signed
    // it: the directory itself is refused, so even a verifying MAC is never read.
    const inTree = join(s.repo, 'node_modules', '.cache', 'vvp-kv-lint');
    mkdirSync(inTree, { recursive: true });
    writeFileSync(join(inTree, basename(file!)), forged);
    const committed = await lint(s, { XDG_CACHE_HOME: attacker, VVP_KV_LINT_CACHE_DIR: inTree });
    assert.equal(committed.out, expected.out, 'a cache committed in the tree is refused');
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

// Under a valid MAC (re-signed here with the user's own key, which only the tool and its user hold) the shapes are
// still checked, and a sealed part opens only under the entry it was sealed for.
test('entries truncated, reshaped or moved under a valid MAC are misses, never wrong answers', async () => {
  const s = sandbox(SENSITIVE_CONTEXT);
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    await lint(s, s.env());
    const [file] = cacheFiles(s.cache);
    const good = readFileSync(file!);
    const keys = keysOf(s.xdg);
    type Entry = { documents: number; objects: Record<string, unknown>[]; problems: unknown[] };
    const each = (f: (e: Entry) => void) => (body: { entries: Record<string, unknown> }) => Object.values(body.entries).forEach((e) => f(e as Entry));
    const edits: [string, (body: { entries: Record<string, unknown>; stats: Record<string, unknown[]> }) => void][] = [
      ['object without body', each((e) => e.objects.forEach((o) => delete o['bodyJson']))],
      ['body that is not a mapping', each((e) => e.objects.forEach((o) => (o['bodyJson'] = '[1, 2]')))],
      ['sealed part that is no vault index', each((e) => e.objects.forEach((o) => (o['sealed'] = Buffer.from('{"b":"{}"}').toString('base64'))))],
      ['vault index out of range', each((e) => e.objects.forEach((o) => o['sealed'] !== undefined && (o['sealed'] = 99_999)))],
      ['vault cut short', (body) => ((body as unknown as { vault: string }).vault = (body as unknown as { vault: string }).vault.slice(0, 40))],
      ['vault in clear', (body) => ((body as unknown as { vault: unknown }).vault = [{ k: 'x', b: '{}', s: null }])],
      ['sealed parts swapped between entries', (body) => {
        const sealed = Object.values(body.entries).flatMap((e) => (e as Entry).objects.filter((o) => o['sealed'] !== undefined));
        if (sealed.length > 1) [sealed[0]!['sealed'], sealed[1]!['sealed']] = [sealed[1]!['sealed'], sealed[0]!['sealed']];
      }],
    ];
    for (const [what, edit] of edits) {
      writeFileSync(file!, good);
      resign(file!, keys, edit);
      const run = await lint(s, s.env());
      assert.equal(run.out, expected.out, what);
    }
    // Without re-signing, any change at all is a miss: one flipped byte of the body.
    const flipped = Buffer.from(good);
    flipped[flipped.length - 3] ^= 1;
    writeFileSync(file!, flipped);
    assert.equal((await lint(s, s.env())).out, expected.out, 'one byte flipped');
    writeFileSync(file!, good.subarray(0, good.length >> 1));
    assert.equal((await lint(s, s.env())).out, expected.out, 'truncated');
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

test('a cache directory inside the linted tree is refused (the default node_modules/.cache and a named one)', async () => {
  const s = sandbox(SENSITIVE_CONTEXT);
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    // A committed node_modules: the old default put the cache there, inside the work tree.
    mkdirSync(join(s.repo, 'node_modules', '.cache'), { recursive: true });
    const dflt = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_DEBUG: '1' });
    assert.equal(dflt.out, expected.out);
    assert.deepEqual(cacheFiles(join(s.repo, 'node_modules')), [], 'no context cache inside the tree');
    assert.equal(cacheFiles(join(s.xdg, 'vvp-kv-lint')).length, 1, 'the user cache directory took it');
    // Named inside the tree: refused, said only under VVP_KV_LINT_DEBUG, the user cache directory used instead.
    const inTree = join(s.repo, 'node_modules', '.cache', 'vvp-kv-lint');
    const named = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE_DIR: inTree, VVP_KV_LINT_DEBUG: '1' });
    assert.equal(named.out, expected.out);
    assert.match(named.stderr, /refused \(inside the linted tree\)/);
    // Only the code cache may go there (the tool's own bytecode, bound to the user's key: start/code-cache.ts).
    assert.deepEqual(filesUnder(join(s.repo, 'node_modules')).filter((f) => !f.includes('/code-cache/')), []);
    const quiet = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE_DIR: inTree });
    assert.equal(quiet.stderr, '', 'no word without VVP_KV_LINT_DEBUG');
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

test('a cache directory that is a symbolic link is refused, wherever it points', async () => {
  const s = sandbox();
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    const target = join(s.base, 'elsewhere');
    mkdirSync(target);
    symlinkSync(target, s.cache);
    const run = await lint(s, s.env({ VVP_KV_LINT_DEBUG: '1' }));
    assert.equal(run.out, expected.out);
    assert.match(run.stderr, /refused \(a symbolic link\)/);
    assert.deepEqual(readdirSync(target), [], 'nothing written through the link');
    assert.equal(cacheFiles(join(s.xdg, 'vvp-kv-lint')).length, 1, 'the user cache directory took it');
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

test('a cache file that is a symbolic link is neither read nor written through', async () => {
  const s = sandbox();
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    await lint(s, s.env());
    const [file] = cacheFiles(s.cache);
    // A victim file the user can write, and a link to it where the cache file belongs.
    const victim = join(s.base, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    rmSync(file!);
    symlinkSync(victim, file!);
    const run = await lint(s, s.env());
    assert.equal(run.out, expected.out);
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n', 'the link target is untouched');
    assert.ok(lstatSync(file!).isFile(), 'the link was replaced by a cache file of its own');
    assert.equal(statSync(file!).mode & 0o777, 0o600);
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

test('a key file that is a symlink, readable by others, of the wrong size or of another owner is refused', async () => {
  const s = sandbox();
  const keyDir = join(s.xdg, 'vvp-kv-lint');
  const keyFile = join(keyDir, 'context-cache.key');
  try {
    const expected = await lint(s, { XDG_CACHE_HOME: s.xdg, VVP_KV_LINT_CACHE: 'off' });
    const planted = join(s.base, 'planted.key');
    writeFileSync(planted, Buffer.alloc(32, 7), { mode: 0o600 });
    const attacks: [string, () => void, RegExp][] = [
      ['symlink', () => symlinkSync(planted, keyFile), /a symbolic link/],
      ['mode 644', () => writeFileSync(keyFile, Buffer.alloc(32, 1), { mode: 0o644 }), /mode 644/],
      ['wrong size', () => writeFileSync(keyFile, Buffer.alloc(5, 1), { mode: 0o600 }), /5 bytes/],
      ['a directory', () => mkdirSync(keyFile), /not a regular file/],
    ];
    if (process.getuid?.() === 0) {
      attacks.push(['another owner', () => {
        writeFileSync(keyFile, Buffer.alloc(32, 1), { mode: 0o600 });
        chownSync(keyFile, 65534, 65534);
      }, /another user/]);
    }
    for (const [what, plant, reason] of attacks) {
      rmSync(keyDir, { recursive: true, force: true });
      rmSync(s.cache, { recursive: true, force: true });
      mkdirSync(keyDir, { recursive: true, mode: 0o700 });
      plant();
      const run = await lint(s, s.env({ VVP_KV_LINT_DEBUG: '1' }));
      assert.equal(run.out, expected.out, what);
      assert.match(run.stderr, reason, what);
      assert.deepEqual(cacheFiles(s.cache), [], `${what}: no cache written`);
    }
    // A key directory that is a symlink is refused too.
    rmSync(keyDir, { recursive: true, force: true });
    mkdirSync(join(s.base, 'keys'), { mode: 0o700 });
    symlinkSync(join(s.base, 'keys'), keyDir);
    const run = await lint(s, s.env({ VVP_KV_LINT_DEBUG: '1' }));
    assert.equal(run.out, expected.out);
    assert.deepEqual(readdirSync(join(s.base, 'keys')), []);
    assert.deepEqual(cacheFiles(s.cache), []);
    chmodSync(join(s.base, 'keys'), 0o700);
  } finally {
    rmSync(s.base, { recursive: true, force: true });
  }
});

test('a context Secret\'s client id reads the same from a warm cache: Azure rules name the same principal', async () => {
  // Earlier caches stored Secret values as a stand-in, so a warm run lost the service principal the Secret names and
  // grant-missing guessed another ("the only one in the Azure state"). Values are now sealed, not replaced.
  const base = mkdtempSync(join(tmpdir(), 'vkl-gate-azure-'));
  const repo = join(base, 'repo');
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'azure', 'context-secret'), repo, { recursive: true });
  const env = { XDG_CACHE_HOME: join(base, 'xdg'), VVP_KV_LINT_CACHE_DIR: join(base, 'cache') };
  try {
    const run = async (e: Record<string, string>): Promise<string> => {
      const r = await spawnCli(['--root', repo, 'spc.yaml', '--azure-state', 'azure-state.json', '--format', 'json'], { cwd: repo, env: e });
      assert.equal(r.code, 1, describe(r));
      return JSON.stringify((JSON.parse(r.stdout) as { findings: unknown[] }).findings);
    };
    const off = await run({ ...env, VVP_KV_LINT_CACHE: 'off' });
    assert.match(off, /grant-missing/);
    assert.match(off, /client id dddddddd-0000-0000-0000-000000000009/);
    assert.equal(await run(env), off, 'cold');
    assert.equal(await run(env), off, 'warm');
    assert.equal(cacheFiles(join(base, 'cache')).length, 1);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

