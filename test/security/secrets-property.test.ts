// Property: a value planted in any secret position (Secret data/stringData, credential-named SPC parameters, a
// numeric client secret, a misformatted clientID, a sensitive VVP flinkConfiguration
// entry) never appears in any output of the CLI run as a process: text, json, sarif (fixes[] included), github,
// the --fix-dry-run diff, the baseline file, stderr of every run, and every file the tool writes: the context cache
// of a pre-commit style run (one file linted against the others, cold then warm), its key and the code cache. Values are distinctive random tokens, often
// behind a prefix that breaks the YAML parser right there (`|abc`, `>abc`, `!x!abc`, an unclosed quote...), so the
// parse-error path is exercised as much as the finding path.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { CANARY, spawnLint } from '../hostile/helpers.js';

const WORK = mkdtempSync(join(tmpdir(), 'vvp-kv-lint-secrets-'));
after(() => rmSync(WORK, { recursive: true, force: true }));

/** A token nobody else prints: a fixed marker plus random letters and digits. */
const token = fc.stringMatching(/^[A-Za-z0-9]{10,18}$/).map((s) => `Qx${s}9z`);
const digits = fc.stringMatching(/^[1-9][0-9]{13,17}$/);
/** How the value is written: plain, quoted, or behind a prefix that makes the parser fail at that spot. */
const style = fc.constantFrom('plain', 'double', 'single', '|', '>', '!x!', '"unclosed', '&a ', '*', '@', '`', '%', '{', '[', ': ', 'tab');

function write(value: string, how: string): string {
  switch (how) {
    case 'plain': return value;
    case 'double': return JSON.stringify(value);
    case 'single': return `'${value}'`;
    case '"unclosed': return `"${value}`;
    case 'tab': return `\t${value}`;
    default: return `${how}${value}`;
  }
}

interface Planted {
  readonly files: Record<string, string>;
  readonly secrets: string[];
}

const planted = fc
  .record({ a: token, b: token, c: token, d: digits, e: token, f: token, g: token, h: token, s1: style, s2: style, s3: style, s4: style })
  .map(({ a, b, c, d, e, f, g, h, s1, s2, s3, s4 }): Planted => {
    const secretYaml = `apiVersion: v1
kind: Secret
metadata:
  name: sp-creds
  namespace: apps
stringData:
  clientid: "00000000-0000-0000-0000-000000000001"
  clientsecret: ${write(a, s1)}
data:
  password: ${write(b, s2)}
`;
    // One SPC with fixable findings right next to the credential lines, so a diff hunk's context reaches them.
    const spcYaml = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv
  namespace: apps
spec:
  provider: azure
  parameters:
    usePodIdentity: false
    clientSecret: ${d}
    client_secret: ${write(c, s3)}
    clientID: "${e}"
    keyvaultName: kv-one
    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"
    objects: |
      array:
        - |
          objectName: ${f}
          objectType: secret
`;
    const brokenSpc = `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kv2
  namespace: apps
spec:
  provider: azure
  parameters:
    useVMManagedIdentity: true
    password: ${write(g, s4)}
    keyvaultName: kv-two
    tenantID: "72f988bf-86f1-41af-91ab-2d7cd011db47"
`;
    const vvp = `apiVersion: v1
kind: Deployment
metadata:
  name: job
  namespace: default
spec:
  template:
    spec:
      flinkConfiguration:
        fs.azure.account.key.acct.blob.core.windows.net: ${h}
        taskmanager.numberOfTaskSlots: "2"
`;
    return { files: { 'canary.yaml': CANARY, 'secret.yaml': secretYaml, 'spc.yaml': spcYaml, 'spc2.yaml': brokenSpc, 'vvp.yaml': vvp }, secrets: [a, b, c, d, e, g, h] };
  });

let counter = 0;

/** Every regular file under `dir` (symbolic links not followed). */
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

test('no planted secret value appears in any output, diff, SARIF fix, baseline or stderr', { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(planted, async (p) => {
      const dir = join(WORK, `r${counter++}`);
      mkdirSync(dir, { recursive: true });
      mkdirSync(join(dir, '.git'));
      for (const [name, text] of Object.entries(p.files)) writeFileSync(join(dir, name), text);
      const outputs: [string, string][] = [];
      for (const format of ['text', 'json', 'sarif', 'github']) {
        const r = await spawnLint(['--format', format, '.'], { cwd: dir, timeoutMs: 60_000 });
        assert.ok(r.code === 0 || r.code === 1, `${format}: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
        outputs.push([`${format} stdout`, r.stdout], [`${format} stderr`, r.stderr]);
      }
      const diff = await spawnLint(['--fix-dry-run', '.'], { cwd: dir, timeoutMs: 60_000 });
      outputs.push(['diff', diff.stdout], ['diff stderr', diff.stderr]);
      const baseline = await spawnLint(['baseline', 'write', 'baseline.json', '.'], { cwd: dir, timeoutMs: 60_000 });
      outputs.push(['baseline stderr', baseline.stderr]);
      if (existsSync(join(dir, 'baseline.json'))) outputs.push(['baseline file', readFileSync(join(dir, 'baseline.json'), 'utf8')]);
      // A pre-commit style run: one file linted, the others its context, read through the context cache (cold, then
      // warm); the cache, the user key and the code cache live in directories of this run's own.
      const caches = join(WORK, `c${counter}`);
      const env = { XDG_CACHE_HOME: join(caches, 'xdg'), VVP_KV_LINT_CACHE_DIR: join(caches, 'cache') };
      for (const pass of ['cold', 'warm']) {
        const staged = await spawnLint(['--format', 'json', '--root', '.', 'canary.yaml'], { cwd: dir, timeoutMs: 60_000, env });
        assert.ok(staged.code === 0 || staged.code === 1, `staged ${pass}: exit ${staged.code}: ${staged.stderr.slice(0, 300)}`);
        outputs.push([`staged ${pass} stdout`, staged.stdout], [`staged ${pass} stderr`, staged.stderr]);
      }
      const written = [...filesUnder(caches), ...filesUnder(dir).filter((f) => !Object.hasOwn(p.files, f.slice(dir.length + 1)))];
      assert.ok(written.some((f) => /context-[0-9a-f]{24}\.cache$/.test(f)), `the context cache was written: ${written.join(', ')}`);
      for (const f of written) outputs.push([`file ${f.slice(WORK.length)}`, readFileSync(f).toString('latin1')]);
      for (const secret of p.secrets) {
        for (const [what, text] of outputs) assert.ok(!text.includes(secret), `${what} contains the planted value ${secret}`);
      }
      // Not vacuous: the runs did lint and fix (the canary's unquoted bool is always found and fixed; the SPC beside
      // the credentials is fixed too whenever its planted values leave it parseable).
      assert.match(outputs[0]![1], /canary\.yaml[\s\S]*spc-parameter-not-string/);
      assert.match(diff.stdout, /useVMManagedIdentity: "true"/);
      // spc.yaml, when its planted values leave it parseable, is fixed with the credential lines as diff context.
      if (/usePodIdentity is a boolean/.test(outputs[0]![1])) assert.match(diff.stdout, /usePodIdentity: "false"/);
      rmSync(dir, { recursive: true, force: true });
      rmSync(caches, { recursive: true, force: true });
    }),
    // Each run spawns the CLI six times: few runs, no shrinking (a failure names the value and the output).
    { numRuns: 4, endOnFailure: true },
  );
});
