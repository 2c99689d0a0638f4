// The context cache (src/load/context-cache.ts) as a pre-commit hook meets it: one staged file linted against its
// repository, run after run. A warm cache must never change a byte of the findings, and a corrupt, foreign or
// tampered cache must behave as no cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/paths.js';

const RULE_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'rules');

/** SARIF without the invocation (times, command line): everything a finding is made of. */
function findingsOf(stdout: string): string {
  const log = JSON.parse(stdout) as { runs: Record<string, unknown>[] };
  for (const run of log.runs) delete run['invocations'];
  return JSON.stringify(log, null, 1);
}

async function lintOne(dir: string, file: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  const r = await runCli(['--root', dir, file, '--format', 'sarif'], { cwd: dir, env });
  return { code: r.code, out: findingsOf(r.stdout) };
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^context-[0-9a-f]{24}\.cache$/.test(f)).map((f) => join(dir, f)) : [];
}

/** The JSON body of a cache file (after its header and MAC lines). */
function bodyOf(text: string): string {
  return text.split('\n').slice(2).join('\n');
}

/** `body` as a cache file signed with this user's key (what only the tool itself, or this user, can write). */
async function signed(header: string, body: string): Promise<string> {
  const { CacheKeys } = await import('../../src/load/cache/seal.js');
  const { userCacheDirectory } = await import('../../src/user-cache.js');
  const keys = new CacheKeys(readFileSync(join(userCacheDirectory({})!, 'context-cache.key')));
  return `${header}\n${keys.mac(Buffer.from(body, 'utf8'))}\n${body}`;
}

// Every fixture directory with context files, staging each file that has findings (`# expect:` markers; the first
// file where none has): every other file is then read as context, from the cache when warm, and the findings that
// point into context files (related locations) are the ones whose positions the cache must recover. Staging the
// files without findings too quadrupled the runs without reaching another cached path.
test('one staged file: a warm cache gives byte-identical findings for every rule fixture with context files', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  try {
    let compared = 0;
    let withRelatedInContext = 0;
    for (const rule of readdirSync(RULE_FIXTURES)) {
      for (const fixture of readdirSync(join(RULE_FIXTURES, rule))) {
        const dir = join(RULE_FIXTURES, rule, fixture);
        if (!statSync(dir).isDirectory()) continue;
        const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
        if (files.length < 2) continue;
        const withFindings = files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('# expect:'));
        for (const file of withFindings.length ? withFindings : files.slice(0, 1)) {
          const off = await lintOne(dir, file, { VVP_KV_LINT_CACHE: 'off' });
          const cold = await lintOne(dir, file, { VVP_KV_LINT_CACHE_DIR: cacheDir });
          const warm = await lintOne(dir, file, { VVP_KV_LINT_CACHE_DIR: cacheDir });
          assert.equal(cold.out, off.out, `${rule}/${fixture}/${file}: first run with the cache`);
          assert.equal(warm.out, off.out, `${rule}/${fixture}/${file}: second run, warm cache`);
          assert.equal(warm.code, off.code);
          compared++;
          if (files.some((f) => f !== file && off.out.includes(`/${f}"`))) withRelatedInContext++;
        }
      }
    }
    assert.ok(compared > 50, `compared ${compared} staged files`);
    // Positions inside cached context files were recovered on demand (a related location points into one).
    assert.ok(withRelatedInContext > 5, `${withRelatedInContext} runs located something in a context file`);
    assert.ok(cacheFiles(cacheDir).length > 0, 'the cache was written');
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

/** A repository: a staged Secret, and a context Deployment and SPC that give it a finding with a related location. */
function smallRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-cache-repo-'));
  cpSync(join(RULE_FIXTURES, 'sp-secret-label-missing', 'fail-label-missing'), dir, { recursive: true });
  return dir;
}

test('a corrupt, foreign or tampered cache is a miss, never a wrong answer or a crash', async () => {
  const dir = smallRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
  try {
    const expected = await lintOne(dir, 'secrets.yaml', { VVP_KV_LINT_CACHE: 'off' });
    assert.match(expected.out, /sp-secret-label-missing/);
    assert.equal((await lintOne(dir, 'secrets.yaml', env)).out, expected.out);
    const [file] = cacheFiles(cacheDir);
    assert.ok(file, 'cache written');
    const good = readFileSync(file, 'utf8');
    const header = good.slice(0, good.indexOf('\n'));

    const variants: [string, string][] = [
      ['truncated', good.slice(0, good.length >> 1)],
      ['not JSON', '\u0000\u0001garbage'],
      ['foreign format', JSON.stringify({ format: 'something-else', entries: {} })],
      // Signed, so only the checks behind the MAC stand between these and the findings.
      ['another root', await signed(header, bodyOf(good).replace(JSON.stringify(dir), JSON.stringify(`${dir}-other`)))],
      ['another format', await signed('vvp-kv-lint-context-cache/5', bodyOf(good))],
    ];
    // Tampered entries, signed with the user's key: right format, wrong shapes or values.
    const data = JSON.parse(bodyOf(good)) as { entries: Record<string, { documents: number; objects: Record<string, unknown>[]; problems: unknown[] }> };
    const tamper = async (f: (e: { documents: number; objects: Record<string, unknown>[]; problems: unknown[] }) => void): Promise<string> => {
      const copy = JSON.parse(bodyOf(good)) as typeof data;
      for (const e of Object.values(copy.entries)) f(e);
      return signed(header, JSON.stringify(copy));
    };
    variants.push(
      ['negative document count', await tamper((e) => (e.documents = -1))],
      ['object without body', await tamper((e) => e.objects.forEach((o) => delete o['bodyJson']))],
      ['body that is not a mapping', await tamper((e) => e.objects.forEach((o) => (o['bodyJson'] = '[1, 2]')))],
      ['body that is not JSON', await tamper((e) => e.objects.forEach((o) => (o['bodyJson'] = '{"kind": ')))],
      ['unknown object class', await tamper((e) => e.objects.forEach((o) => (o['cls'] = 'Pod')))],
      ['problem past the end of the file', await tamper((e) => e.problems.push({ kind: 'parse-error', span: { start: 0, end: 10_000_000 }, message: 'x' }))],
      ['unknown problem kind', await tamper((e) => e.problems.push({ kind: 'exploit', span: { start: 0, end: 0 }, message: 'x' }))],
      ['SPC facts of the wrong shape', await tamper((e) => e.objects.forEach((o) => (o['spc'] = { params: 'nope' })))],
    );
    for (const [what, text] of variants) {
      writeFileSync(file, text);
      const run = await lintOne(dir, 'secrets.yaml', env);
      assert.equal(run.out, expected.out, what);
      assert.equal(run.code, expected.code, what);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('an edited context file misses the cache: its new content counts', async () => {
  const dir = smallRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
  try {
    const before = await lintOne(dir, 'secrets.yaml', env);
    assert.match(before.out, /kv-sp-export/);
    // The CronJob no longer uses kv-sp-export through nodePublishSecretRef: that Secret's finding must go.
    const cron = join(dir, 'cronjob.yaml');
    writeFileSync(cron, readFileSync(cron, 'utf8').replace(/\n\s*nodePublishSecretRef:\n\s*name: kv-sp-export/, ''));
    const after = await lintOne(dir, 'secrets.yaml', env);
    assert.doesNotMatch(after.out, /kv-sp-export/);
    assert.equal(after.out, (await lintOne(dir, 'secrets.yaml', { VVP_KV_LINT_CACHE: 'off' })).out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('stat level: an old unchanged context file is not re-read; an edit that keeps size and mtime still counts', async () => {
  const dir = smallRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
  const cron = join(dir, 'cronjob.yaml');
  const past = new Date(Date.now() - 3600 * 1000);
  try {
    // Files changed within the last second are never recorded by stat: age them so this run records them.
    // (utimes sets the ctime to now, so wait past that second too).
    for (const f of readdirSync(dir)) utimesSync(join(dir, f), past, past);
    await new Promise((r) => setTimeout(r, 1100));
    const before = await lintOne(dir, 'secrets.yaml', env);
    assert.match(before.out, /kv-sp-export/);
    assert.match(readFileSync(cacheFiles(cacheDir)[0]!, 'utf8'), /"stats":\{"[^"]+":\[/);
    assert.equal((await lintOne(dir, 'secrets.yaml', env)).out, before.out);
    // Same size, same mtime, other content: the ctime (and so the stat entry) changes, the new content counts.
    const text = readFileSync(cron, 'utf8');
    const edited = text.replace(/\n(\s*)nodePublishSecretRef:\n(\s*)name: kv-sp-export/, (m) => '#'.repeat(m.length));
    assert.notEqual(edited, text);
    writeFileSync(cron, edited);
    utimesSync(cron, past, past);
    const after = await lintOne(dir, 'secrets.yaml', env);
    assert.doesNotMatch(after.out, /kv-sp-export/);
    assert.equal(after.out, (await lintOne(dir, 'secrets.yaml', { VVP_KV_LINT_CACHE: 'off' })).out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('VVP_KV_LINT_CACHE=off writes no cache', async () => {
  const dir = smallRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  try {
    await lintOne(dir, 'secrets.yaml', { VVP_KV_LINT_CACHE: 'off', VVP_KV_LINT_CACHE_DIR: cacheDir });
    assert.deepEqual(cacheFiles(cacheDir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a cache directory that cannot be created (under a regular file) costs the cache, never the run', async () => {
  const dir = smallRepo();
  const blocker = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  try {
    writeFileSync(join(blocker, 'file'), 'not a directory');
    const env = { VVP_KV_LINT_CACHE_DIR: join(blocker, 'file', 'cache') };
    const cached = await lintOne(dir, 'secrets.yaml', env);
    const plain = await lintOne(dir, 'secrets.yaml', { VVP_KV_LINT_CACHE: 'off' });
    assert.ok(cached.code === 0 || cached.code === 1, `exit ${cached.code}`);
    assert.equal(cached.code, plain.code);
    assert.equal(cached.out, plain.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(blocker, { recursive: true, force: true });
  }
});

test('typed problems survive the cache: parse reasons, a broken objects block and broken entries come back as stored', async () => {
  const { ContextCache, factsOf, restoreFacts } = await import('../../src/load/context-cache.js');
  const { parseText } = await import('./helpers.js');
  const { spcView } = await import('../../src/model/spc.js');
  const spc = (name: string, objects: string): string =>
    `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: ${name}\n  namespace: ns\nspec:\n  provider: azure\n  parameters:\n    keyvaultName: kv\n    objects: |\n${objects}`;
  const text = [
    spc('block', '      array:\n        - |\n          objectName: a\n      - oops\n'),
    spc('entries', '      array:\n        - 42\n        - |\n          objectName: [unclosed\n'),
    'kind: ConfigMap\ndata: {a: [b}\n',
  ].join('---\n');
  const parsed = parseText(text);
  const facts = factsOf(parsed.documents, parsed.objects, parsed.problems);
  assert.ok(facts, 'the facts are cacheable');
  const dir = mkdtempSync(join(tmpdir(), 'vkl-cache-typed-'));
  try {
    const opts = { maxDepth: 256, maxAliasCount: 1000 };
    const writer = ContextCache.open(dir, '/repo');
    const key = writer.key(text, opts);
    writer.put(key, facts);
    writer.save();
    const stored = ContextCache.open(dir, '/repo').get(key, text.length);
    assert.ok(stored, 'a fresh cache accepts what this build wrote');
    const restored = restoreFacts(parsed.file, stored, () => parsed.objects);
    assert.deepEqual(restored.problems.map((p) => (p.kind === 'parse-error' ? p.reason : p.kind)), parsed.problems.map((p) => (p.kind === 'parse-error' ? p.reason : p.kind)));
    const [block, entries] = restored.objects.map((o) => spcView(o).objects);
    assert.equal(block!.error?.kind, 'not-yaml');
    assert.deepEqual(entries!.entries.map((e) => e.error?.kind), ['not-string', 'not-yaml']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a warm cache holding text beyond ASCII (read as UTF-8) gives the same findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vkl-cache-utf8-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vkl-cache-'));
  try {
    const spc = (name: string, vault: string): string =>
      `apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nmetadata:\n  name: ${name}\n  namespace: apps\n  annotations:\n    note: "Grüße, 東京"\nspec:\n  provider: azure\n  parameters:\n    useVMManagedIdentity: "true"\n    keyvaultName: ${vault}\n    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"\n`;
    writeFileSync(join(dir, 'context.yaml'), spc('kv-grüße', 'kv-good'));
    writeFileSync(join(dir, 'other.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: café\n  namespace: apps\ndata:\n  a: "naïve"\n');
    // The staged Job mounts the context SPC by its name: a name read back wrong from the cache would not be found.
    const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  namespace: apps\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n          volumeMounts:\n            - name: kv\n              mountPath: /mnt/kv\n              readOnly: true\n      volumes:\n        - name: kv\n          csi:\n            driver: secrets-store.csi.k8s.io\n            readOnly: true\n            volumeAttributes:\n              secretProviderClass: kv-grüße\n`;
    writeFileSync(join(dir, 'staged.yaml'), `${job}---\n${spc('kv-straße', 'bad_vault_name')}`);
    const env = { VVP_KV_LINT_CACHE_DIR: cacheDir };
    const off = await lintOne(dir, 'staged.yaml', { VVP_KV_LINT_CACHE: 'off' });
    assert.match(off.out, /spc-keyvault-name-invalid/);
    assert.doesNotMatch(off.out, /"ruleId": "csi-spc-not-found"/);
    assert.match(off.out, /"ruleId": "spc-keyvault-name-invalid"/);
    assert.equal((await lintOne(dir, 'staged.yaml', env)).out, off.out, 'first run');
    const [file] = cacheFiles(cacheDir);
    assert.ok(file && !isAscii(readFileSync(file)), 'the cache file holds UTF-8 beyond ASCII');
    assert.equal((await lintOne(dir, 'staged.yaml', env)).out, off.out, 'warm run');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
