// `npm run bench`: generates synthetic GitOps repositories (bench/synth.ts) at 1k / 10k / 100k documents and
// measures, per size, median wall time, documents/s and peak RSS of
//   (a) the CLI with SARIF output (a spawned `node bin/vvp-kv-lint.js`, as users run it),
//   (b) the parse-only limit (bench/parse-only.ts: same files, `yaml` parseAllDocuments, every AST kept, one process),
//   (s) the honest streaming parse limit (bench/parse-stream.ts: read + parse with positions + toJS, nothing kept),
// and once: (p) the pre-commit case (one staged file in a 2,000-file repository, second run, warm cache) against the
// same file in a one-file repository, and (c) a cold single-file run against bare `node -e 0`. Prints a table with the ratios, writes
// bench/results.json and refreshes the table in bench/README.md.
// Both corpora of bench/synth.ts run (sparse: one file in ten with a defect; findings: every file with several
// findings), each with its own table and target lines. (c) does not depend on the corpus and runs once.
// Options: --sizes 1000,10000  --runs N (overrides the per-size default)  --no-readme  --corpus sparse|findings
//          --only cold (only row (c), the cold one-file run against bare node; --runs sets its pair count)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPORA, generateRepo, type Corpus } from './synth.js';

/** dist/bench/run.js → repository root. */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WORK = join(REPO, 'bench', '.work');
const CLI = join(REPO, 'bin', 'vvp-kv-lint.js');
const PARSE_ONLY = join(REPO, 'dist', 'bench', 'parse-only.js');
const PARSE_STREAM = join(REPO, 'dist', 'bench', 'parse-stream.js');
/** The context cache of the CLI runs: kept under bench/.work so the benchmark never writes elsewhere. */
const CACHE_DIR = join(WORK, 'cache');
const RSS_PROBE = join(REPO, 'dist', 'bench', 'rss-probe.js');
const GNU_TIME = '/usr/bin/time';

interface Sample {
  readonly ms: number;
  readonly rssKiB: number;
  /** User + system CPU time: steadier than wall time when the machine is shared. */
  readonly cpuMs: number;
  readonly code: number | null;
}

/** Runs `node args` once; wall time from here, peak RSS from GNU time (or the preloaded probe). */
function measure(args: readonly string[], cwd = REPO, extraEnv: Readonly<Record<string, string>> = {}): Sample {
  const useTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;
  const rssFile = join(WORK, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const cmd = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ['-f', 'BENCH_RSS %M %U %S', process.execPath, ...args] : ['--import', RSS_PROBE, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1', VVP_KV_LINT_CACHE_DIR: CACHE_DIR, ...extraEnv }, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t0;
  let rssKiB = 0;
  let cpuMs = 0;
  if (useTime) {
    const m = /BENCH_RSS (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    if (m) {
      rssKiB = Number(m[1]);
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
    }
  } else if (existsSync(rssFile)) {
    const [rss, user, system] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    rssKiB = rss ?? 0;
    cpuMs = ((user ?? 0) + (system ?? 0)) / 1000;
  }
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return { ms, rssKiB, cpuMs, code: r.status };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Stat {
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly docsPerSec: number;
  readonly peakRssMiB: number;
  readonly runs: number;
}

function stat(samples: readonly Sample[], documents: number): Stat {
  const ms = median(samples.map((s) => s.ms));
  return {
    medianMs: round(ms),
    medianCpuMs: round(median(samples.map((s) => s.cpuMs))),
    docsPerSec: Math.round(documents / (ms / 1000)),
    peakRssMiB: round(Math.max(...samples.map((s) => s.rssKiB)) / 1024),
    runs: samples.length,
  };
}

const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;

function repeat(n: number, args: readonly string[], cwd = REPO): Sample[] {
  measure(args, cwd); // warm the page cache, compile cache and context cache; not counted
  return Array.from({ length: n }, () => measure(args, cwd));
}

/** Runs the commands in turn, n times over, so load on the shared machine hits each of them alike. */
function interleave(n: number, commands: readonly (readonly string[])[]): Sample[][] {
  const out = commands.map(() => [] as Sample[]);
  commands.forEach((c) => measure(c)); // warm-up, not counted
  for (let i = 0; i < n; i++) commands.forEach((c, k) => out[k]!.push(measure(c)));
  return out;
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' }, 'no-readme': { type: 'boolean' }, only: { type: 'string' }, corpus: { type: 'string' } } });
if (values.corpus !== undefined && !CORPORA.includes(values.corpus as Corpus)) throw new Error(`--corpus: unknown corpus ${values.corpus} (${CORPORA.join(' or ')})`);
const corpora: readonly Corpus[] = values.corpus !== undefined ? [values.corpus as Corpus] : CORPORA;
/** Where a corpus's repository of a size lives (the sparse corpus keeps its earlier directory names). */
const repoDir = (corpus: Corpus, size: number): string => join(WORK, corpus === 'sparse' ? `repo-${size}` : `repo-${corpus}-${size}`);
if (values.only !== undefined && values.only !== 'cold') throw new Error(`--only: unknown row ${values.only} (only "cold" can run alone)`);
const onlyCold = values.only === 'cold';
const sizes = onlyCold ? [] : (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const runsFor = (size: number): number => (values.runs ? Number(values.runs) : size >= 100_000 ? 3 : 5);

mkdirSync(WORK, { recursive: true });
interface SizeResult {
  readonly corpus: Corpus;
  readonly requested: number;
  readonly documents: number;
  readonly files: number;
  readonly defectFiles: number;
  readonly cli: Stat;
  readonly parseOnly: Stat;
  readonly parseStream: Stat;
  readonly cliOverStream: number;
  readonly cliOverStreamCpu: number;
  readonly rssOverStream: number;
  readonly cliOverParse: number;
  readonly cliOverParseCpu: number;
  readonly rssOverParse: number;
  readonly findings: number;
}
const results: SizeResult[] = [];
for (const corpus of corpora) for (const size of sizes) {
  const t0 = performance.now();
  const repo = generateRepo(repoDir(corpus, size), size, 42, corpus);
  process.stderr.write(`${corpus} repo ${size}: ${repo.documents} documents in ${repo.files} files (${repo.defectFiles} with a defect), ready in ${Math.round(performance.now() - t0)} ms\n`);
  const sarifOut = join(WORK, `out-${corpus}-${size}.sarif`);
  const n = runsFor(size);
  const [cli, parse, stream] = interleave(n, [[CLI, '--root', repo.dir, repo.dir, '--format', 'sarif', '--output', sarifOut], [PARSE_ONLY, repo.dir], [PARSE_STREAM, repo.dir]]) as [Sample[], Sample[], Sample[]];
  const sarif = JSON.parse(readFileSync(sarifOut, 'utf8')) as { runs: { results: unknown[] }[] };
  const a = stat(cli, repo.documents);
  const b = stat(parse, repo.documents);
  const st = stat(stream, repo.documents);
  results.push({
    corpus,
    requested: size,
    documents: repo.documents,
    files: repo.files,
    defectFiles: repo.defectFiles,
    cli: a,
    parseOnly: b,
    parseStream: st,
    cliOverStream: round(a.medianMs / st.medianMs, 2),
    cliOverStreamCpu: round(a.medianCpuMs / st.medianCpuMs, 2),
    rssOverStream: round(a.peakRssMiB / st.peakRssMiB, 2),
    cliOverParse: round(a.medianMs / b.medianMs, 2),
    cliOverParseCpu: round(a.medianCpuMs / b.medianCpuMs, 2),
    rssOverParse: round(a.peakRssMiB / b.peakRssMiB, 2),
    findings: sarif.runs[0]?.results.length ?? 0,
  });
  process.stderr.write(`  ${results[results.length - 1]!.findings} findings; cli ${a.medianMs} ms wall, ${a.medianCpuMs} ms CPU (${a.docsPerSec} docs/s, ${a.peakRssMiB} MiB) | parse-only ${b.medianMs} ms wall, ${b.medianCpuMs} ms CPU (${b.docsPerSec} docs/s, ${b.peakRssMiB} MiB) | parse-stream ${st.medianMs} ms wall, ${st.medianCpuMs} ms CPU (${st.peakRssMiB} MiB)\n`);
}

// The one-file repository of rows (p) and (c): the staged file of (p), alone.
const STAGED = join('clusters', 'c1', 'team0', 'app0', 'workload.yaml');
const single = join(WORK, 'single');
rmSync(single, { recursive: true, force: true });
const small = generateRepo(join(WORK, 'repo-1000'), 1000);
mkdirSync(single, { recursive: true });
cpSync(join(small.dir, STAGED), join(single, 'workload.yaml'));

interface ColdRow {
  readonly coldStat: { readonly medianMs: number; readonly medianCpuMs: number; readonly peakRssMiB: number };
  readonly firstStat: { readonly medianMs: number; readonly medianCpuMs: number };
  readonly bareStat: { readonly medianMs: number; readonly medianCpuMs: number; readonly peakRssMiB: number };
  readonly coldOverNode: number;
  readonly coldOverNodeCpu: number;
  readonly firstOverNode: number;
  readonly firstOverNodeCpu: number;
}

/**
 * (c) Cold single file: a one-file repository, so nothing but start-up and one file counts (no context cache is
 * involved). Measured twice, interleaved with bare `node -e 0`: as a user's second and later runs (the V8 code cache
 * of the bundle written by an earlier run, as the warm-up leaves it) and as a first-ever run (an empty cache
 * directory each time, so the run compiles everything and then writes the code cache).
 */
function coldRow(n: number): ColdRow {
  const args = [CLI, '--root', single, join(single, 'workload.yaml'), '--format', 'sarif', '--output', join(WORK, 'single.sarif')];
  const firstDir = join(WORK, 'cache-first-run');
  const firstEver = (): Sample => {
    rmSync(firstDir, { recursive: true, force: true });
    return measure(args, REPO, { VVP_KV_LINT_CACHE_DIR: firstDir });
  };
  const cold: Sample[] = [];
  const first: Sample[] = [];
  const bare: Sample[] = [];
  measure(args); // warm-up, not counted (leaves the code cache as a user's first run would)
  measure(['-e', '0']);
  for (let i = 0; i < n; i++) {
    cold.push(measure(args));
    first.push(firstEver());
    bare.push(measure(['-e', '0']));
  }
  rmSync(firstDir, { recursive: true, force: true });
  const s = (xs: readonly Sample[]) => ({ medianMs: round(median(xs.map((x) => x.ms))), medianCpuMs: round(median(xs.map((x) => x.cpuMs))), peakRssMiB: round(Math.max(...xs.map((x) => x.rssKiB)) / 1024) });
  const coldStat = s(cold);
  const firstStat = s(first);
  const bareStat = s(bare);
  return {
    coldStat,
    firstStat: { medianMs: firstStat.medianMs, medianCpuMs: firstStat.medianCpuMs },
    bareStat,
    coldOverNode: round(coldStat.medianMs / bareStat.medianMs, 2),
    coldOverNodeCpu: round(coldStat.medianCpuMs / bareStat.medianCpuMs, 2),
    firstOverNode: round(firstStat.medianMs / bareStat.medianMs, 2),
    firstOverNodeCpu: round(firstStat.medianCpuMs / bareStat.medianCpuMs, 2),
  };
}

const coldLine = (c: ColdRow): string =>
  `Cold single-file run (code cache from an earlier run): ${c.coldStat.medianMs} ms, ${c.coldStat.medianCpuMs} ms CPU (${c.coldStat.peakRssMiB} MiB); first-ever run (empty cache directory): ${c.firstStat.medianMs} ms, ${c.firstStat.medianCpuMs} ms CPU; bare \`node -e 0\` ${c.bareStat.medianMs} ms, ${c.bareStat.medianCpuMs} ms CPU: ratios ${c.coldOverNode} wall, ${c.coldOverNodeCpu} CPU (first-ever ${c.firstOverNode} wall, ${c.firstOverNodeCpu} CPU).`;

if (onlyCold) {
  const c = coldRow(values.runs ? Number(values.runs) : 10);
  const load = loadavg().map((x) => round(x, 2));
  process.stdout.write(`${coldLine(c)}\nTarget (c) <= 2: ${c.coldOverNode <= 2 ? 'ok' : 'MISS'}. Load average at end ${load.join(' ')}; Node ${process.version}.\n`);
  process.exit(0);
}

// (p) Pre-commit: one staged file in the repository (the whole repository still gives context), second run, so the
// context cache is warm; against the same file in a one-file repository. Run from the repository, as hooks are.
// The case: a repository of about 2,000 files (2,550 documents in this generator's proportions), per corpus.
const preSize = 2550;
interface PreCommit {
  readonly repoFiles: number;
  readonly repoDocuments: number;
  readonly stagedMs: number;
  readonly stagedCpuMs: number;
  readonly stagedRssMiB: number;
  readonly aloneMs: number;
  readonly aloneCpuMs: number;
  readonly ratio: number;
  readonly ratioCpu: number;
}
function preCommitRow(corpus: Corpus): PreCommit {
  const preRepo = generateRepo(repoDir(corpus, preSize), preSize, 42, corpus);
  // The staged file alone, in a one-file repository of its own.
  const alone1 = corpus === 'sparse' ? single : join(WORK, `single-${corpus}`);
  if (corpus !== 'sparse') {
    rmSync(alone1, { recursive: true, force: true });
    mkdirSync(alone1, { recursive: true });
    cpSync(join(preRepo.dir, STAGED), join(alone1, 'workload.yaml'));
  }
  const preArgs = (root: string, file: string): string[] => [CLI, '--root', root, file, '--format', 'sarif', '--output', join(WORK, 'pre.sarif')];
  const [staged, alone] = interleave(10, [preArgs(preRepo.dir, join(preRepo.dir, STAGED)), preArgs(alone1, join(alone1, 'workload.yaml'))]) as [Sample[], Sample[]];
  const p = { repoFiles: preRepo.files, repoDocuments: preRepo.documents, stagedMs: round(median(staged.map((s) => s.ms))), stagedCpuMs: round(median(staged.map((s) => s.cpuMs))), stagedRssMiB: round(Math.max(...staged.map((s) => s.rssKiB)) / 1024), aloneMs: round(median(alone.map((s) => s.ms))), aloneCpuMs: round(median(alone.map((s) => s.cpuMs))) };
  process.stderr.write(`pre-commit (${corpus}): staged file in ${preRepo.files} files ${p.stagedMs} ms (${p.stagedCpuMs} ms CPU) vs one-file repository ${p.aloneMs} ms (${p.aloneCpuMs} ms CPU)\n`);
  return { ...p, ratio: round(p.stagedMs / p.aloneMs, 2), ratioCpu: round(p.stagedCpuMs / p.aloneCpuMs, 2) };
}
const preCommit = new Map(corpora.map((c) => [c, preCommitRow(c)] as const));

const coldResult = coldRow(10);
const { coldStat, bareStat, coldOverNode } = coldResult;

const loadAvg = loadavg().map((x) => round(x, 2));
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memGiB: round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}`, loadAvgAtEnd: loadAvg };
const date = new Date().toISOString();

/** The targets of issues 17 and 31 for one corpus, against the streaming baseline, and its table. */
function corpusReport(corpus: Corpus) {
  const rs = results.filter((r) => r.corpus === corpus);
  const at10k = rs.find((r) => r.requested === 10_000);
  const at100k = rs.find((r) => r.requested === 100_000);
  const growth = at10k && at100k ? round(at100k.cli.medianMs / at10k.cli.medianMs, 2) : undefined;
  const pre = preCommit.get(corpus)!;
  const targets = {
    cliOverStreamAt10k: { target: '<= 1.0', value: at10k?.cliOverStream, ok: at10k ? at10k.cliOverStream <= 1.0 : undefined },
    rssOverStreamAt10k: { target: '<= 2', value: at10k?.rssOverStream, ok: at10k ? at10k.rssOverStream <= 2 : undefined },
    preCommitOverOneFile: { target: '<= 2', value: pre.ratio, ok: pre.ratio <= 2 },
    coldOverBareNode: { target: '<= 2', value: coldOverNode, ok: coldOverNode <= 2 },
    peakRssAt100k: { target: '< 500 MiB', value: at100k?.cli.peakRssMiB, ok: at100k ? at100k.cli.peakRssMiB < 500 : undefined },
    growth10kTo100k: { target: '<= 11', value: growth, ok: growth !== undefined ? growth <= 11 : undefined },
  };
  const headline = at10k ?? rs[rs.length - 1];
  const title = corpus === 'sparse' ? 'Sparse corpus (about one file in ten with a defect)' : 'Findings corpus (every file with several findings: errors, warnings, notes, most fixable)';
  const table = [
    `### ${title}`,
    '',
    '| measure | value | target |',
    '|---|---:|---:|',
    ...(headline ? [
      `| full \`lint --format sarif\` vs streaming parse limit, ${headline.documents} documents (${headline.findings} findings), wall (CPU) | ${headline.cliOverStream} (${headline.cliOverStreamCpu}) | ≤ 1.0 |`,
      `| peak RSS, same pair | ${headline.rssOverStream} | ≤ 2 |`,
    ] : []),
    `| one staged file in ${pre.repoFiles} files vs one-file repository, warm cache, wall (CPU) | ${pre.ratio} (${pre.ratioCpu}) | ≤ 2 |`,
    ...(at100k ? [`| peak RSS at ${at100k.documents} documents | ${at100k.cli.peakRssMiB} MiB | < 500 MiB |`] : []),
    ...(growth !== undefined ? [`| time 10k → 100k documents | ${growth}× | ≤ 11× |`] : []),
    '',
    `| documents | files | findings | (a) CLI SARIF wall | (a) CPU | (a) docs/s | (a) peak RSS | (s) streaming parse wall | (s) CPU | (s) peak RSS | (b) parse, ASTs kept, wall | (b) peak RSS | wall (a)/(s) | CPU (a)/(s) | RSS (a)/(s) | wall (a)/(b) | RSS (a)/(b) |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...rs.map((r) => `| ${r.documents} | ${r.files} | ${r.findings} | ${r.cli.medianMs} ms | ${r.cli.medianCpuMs} ms | ${r.cli.docsPerSec} | ${r.cli.peakRssMiB} MiB | ${r.parseStream.medianMs} ms | ${r.parseStream.medianCpuMs} ms | ${r.parseStream.peakRssMiB} MiB | ${r.parseOnly.medianMs} ms | ${r.parseOnly.peakRssMiB} MiB | ${r.cliOverStream} | ${r.cliOverStreamCpu} | ${r.rssOverStream} | ${r.cliOverParse} | ${r.rssOverParse} |`),
    '',
    `Pre-commit: one staged file in ${pre.repoFiles} files (${pre.repoDocuments} documents) ${pre.stagedMs} ms, ${pre.stagedCpuMs} ms CPU, ${pre.stagedRssMiB} MiB; the same file in a one-file repository ${pre.aloneMs} ms, ${pre.aloneCpuMs} ms CPU.`,
  ].join('\n');
  return { corpus, targets, growth10kTo100k: growth, preCommit: pre, table };
}
const reports = corpora.map(corpusReport);

const out = { date, machine, sizes: results, corpora: Object.fromEntries(reports.map((r) => [r.corpus, { preCommit: r.preCommit, growth10kTo100k: r.growth10kTo100k, targets: r.targets }])), coldSingleFile: coldStat, firstEverSingleFile: coldResult.firstStat, bareNode: bareStat, coldOverBareNode: coldOverNode, coldOverBareNodeCpu: coldResult.coldOverNodeCpu, firstEverOverBareNode: coldResult.firstOverNode, firstEverOverBareNodeCpu: coldResult.firstOverNodeCpu };
writeFileSync(join(REPO, 'bench', 'results.json'), JSON.stringify(out, null, 2) + '\n');

const table = [
  ...reports.flatMap((r) => [r.table, '']),
  `Cold one-file run vs bare \`node -e 0\` (the same for both corpora), wall (CPU): ${coldOverNode} (${coldResult.coldOverNodeCpu}), target ≤ 2; first-ever run ${coldResult.firstOverNode} (${coldResult.firstOverNodeCpu}).`,
  coldLine(coldResult),
  '',
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGiB} GiB, Node ${machine.node}, load average at end ${loadAvg.join(' ')}; ${date.slice(0, 10)}.`,
].join('\n');
process.stdout.write(`\n${table}\n`);
for (const r of reports) {
  process.stdout.write(`\nTargets (${r.corpus} corpus):\n`);
  for (const [k, t] of Object.entries(r.targets)) process.stdout.write(`  ${t.ok === undefined ? '-' : t.ok ? 'ok  ' : 'MISS'} ${k}: ${t.value ?? 'n/a'} (target ${t.target})\n`);
}

if (!values['no-readme'] && values.sizes === undefined && values.corpus === undefined) {
  // Only a full run (all three sizes, both corpora) refreshes the committed table.
  const readme = join(REPO, 'bench', 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    const begin = '<!-- bench:table:begin -->';
    const end = '<!-- bench:table:end -->';
    const i = text.indexOf(begin);
    const j = text.indexOf(end);
    if (i >= 0 && j > i) writeFileSync(readme, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`);
  }
}
