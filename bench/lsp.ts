// The language server in the 2,000-file benchmark repository (bench/synth.ts, 2,550 documents): how long after a
// change to one open file its diagnostics arrive, and whether the server's memory stays flat over 1,000 edits.
// A script that prints figures, not a test: `npm run build && node dist/bench/lsp.js [--edits 1000]`.
//
// It spawns `node bin/vvp-kv-lint.js lsp` (the bundle, as editors run it) in a copy of the repository with a
// .vvp-kv-lint.yaml (the project root), opens one workload file and then replaces its text N times, waiting each
// time for the diagnostics. Every edit toggles the volume's readOnly, so each one changes the findings and is
// published (the server publishes only changed diagnostics). Latency is measured from sending didChange to
// receiving publishDiagnostics, the server's debounce included (its default). RSS is read from /proc, and the heap
// after a full collection is asked of the server (it runs with --expose-gc) every 100 edits.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateRepo } from './synth.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WORK = join(REPO, 'bench', '.work');
const CLI = join(REPO, 'bin', 'vvp-kv-lint.js');
const STAGED = 'clusters/c1/team0/app0/workload.yaml';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '1000' }, documents: { type: 'string', default: '2550' } } });
const edits = Number(values.edits);
const documents = Number(values.documents);

mkdirSync(WORK, { recursive: true });
const synth = generateRepo(join(WORK, `repo-${documents}`), documents);
// A copy with a config file: the project root is then the copy (bench/.work lies inside this repository, whose own
// config excludes bench/**).
// Kept between runs (like the synthetic repositories), so the context cache knows it: a fresh copy is a new project
// whose first load parses every file (that first open is the figure of a first-ever start, several seconds).
const dir = join(WORK, `lsp-repo-${documents}`);
if (!existsSync(join(dir, '.vvp-kv-lint.yaml'))) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(synth.dir, dir, { recursive: true });
  writeFileSync(join(dir, '.vvp-kv-lint.yaml'), 'rules: {}\n');
}
const file = join(dir, STAGED);
const uri = pathToFileURL(file).href;
const original = readFileSync(file, 'utf8');
// The edits go to the server only; the file on disk is never written.
if (!/readOnly: true/.test(original)) throw new Error(`${STAGED} has no "readOnly: true" to toggle`);

// --expose-gc: the server's vvp-kv-lint/memory request then reports the heap after a full collection.
const child = spawn(process.execPath, ['--expose-gc', CLI, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, VVP_KV_LINT_CACHE_DIR: join(WORK, 'cache') } });
const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let waiting: ((count: number) => void) | undefined;
conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
  if (p.uri !== uri) return;
  const w = waiting;
  waiting = undefined;
  w?.(p.diagnostics.length);
});
conn.onRequest('client/registerCapability', () => null);
conn.listen();

function next(timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no diagnostics within ${timeoutMs} ms`)), timeoutMs);
    waiting = (n) => {
      clearTimeout(t);
      resolve(n);
    };
  });
}

async function heapMiB(): Promise<number> {
  const m = await conn.sendRequest<{ heapUsed: number; collected: boolean }>('vvp-kv-lint/memory');
  if (!m.collected) throw new Error('the server did not run with --expose-gc');
  return Math.round((m.heapUsed / 1024 / 1024) * 10) / 10;
}

function rssMiB(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
};

await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }], capabilities: {} });
await conn.sendNotification('initialized', {});
let t0 = performance.now();
const first = next(120_000);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: original } });
const firstCount = await first;
const openMs = performance.now() - t0;

const latencies: number[] = [];
const rss: { edit: number; mib: number; heapAfterGcMiB: number }[] = [{ edit: 0, mib: rssMiB(), heapAfterGcMiB: await heapMiB() }];
for (let i = 1; i <= edits; i++) {
  // Each text differs (a counter in a comment), and every edit flips readOnly: the findings change each time.
  const text = `${i % 2 ? original.replace('readOnly: true', 'readOnly: false') : original}# edit ${i}\n`;
  const answer = next();
  t0 = performance.now();
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 1 }, contentChanges: [{ text }] });
  await answer;
  latencies.push(performance.now() - t0);
  if (i % 100 === 0 || i === 10) rss.push({ edit: i, mib: rssMiB(), heapAfterGcMiB: await heapMiB() });
}

await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
conn.dispose();

const after10 = rss.find((r) => r.edit === 10)?.mib ?? rss[0]!.mib;
const last = rss[rss.length - 1]!;
const heap10 = rss.find((r) => r.edit === 10)?.heapAfterGcMiB ?? rss[0]!.heapAfterGcMiB;
const report = {
  repository: { files: synth.files, documents: synth.documents },
  firstDiagnosticsMs: Math.round(openMs),
  firstDiagnosticsCount: firstCount,
  edits,
  latencyMs: { median: pct(latencies, 50), p95: pct(latencies, 95), max: pct(latencies, 100) },
  under200ms: `${latencies.filter((l) => l <= 200).length}/${latencies.length}`,
  rssMiB: rss,
  rssGrowthAfter10Edits: `${after10} → ${last.mib} MiB after ${last.edit} edits (${Math.round(((last.mib - after10) / after10) * 1000) / 10}%)`,
  heapAfterGcGrowthAfter10Edits: `${heap10} → ${last.heapAfterGcMiB} MiB after ${last.edit} edits (${Math.round(((last.heapAfterGcMiB - heap10) / heap10) * 1000) / 10}%)`,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
