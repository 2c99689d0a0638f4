// `node dist/bench/workers.js [--runs N]`: is any repository slower with parse workers than without? (issue 31)
// For each repository, the full SARIF run three ways, interleaved: as the tool chooses (parse-pool.ts workerCount,
// by the bytes to parse), with VVP_KV_LINT_WORKERS=0 (main thread only) and with VVP_KV_LINT_WORKERS=2; medians of
// wall time, CPU time (user + system) and peak RSS, and what the tool chose. The repositories: 3,000 tiny manifests
// (150 bytes each: the count of files the old rule started workers from, with little to parse), the 2,002-file
// repository of the pre-commit row, 300 files of 18 kB, and the two 10,000-document corpora of `npm run bench`.
// Everything under bench/.work (git-ignored); nothing is written to bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { generateRepo } from './synth.js';
import { estimateBytes, fileSize, workerCount } from '../src/load/parse-pool.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WORK = join(REPO, 'bench', '.work');
const CLI = join(REPO, 'bin', 'vvp-kv-lint.js');

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 3);

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...yamlFiles(p));
    else if (d.name.endsWith('.yaml')) out.push(p);
  }
  return out.sort();
}

function tinyRepo(dir: string, files: number): string {
  if (!existsSync(join(dir, 'done'))) {
    for (let i = 0; i < files; i++) {
      const ns = `ns${i % 30}`;
      mkdirSync(join(dir, ns), { recursive: true });
      writeFileSync(join(dir, ns, `cm-${i}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: ${ns}\ndata:\n  k: v${i}\n`);
    }
    writeFileSync(join(dir, 'done'), '');
  }
  return dir;
}

/** The 10,000-document sparse corpus's files joined into `files` multi-document files. */
function bigFilesRepo(dir: string, from: string, files: number): string {
  if (!existsSync(join(dir, 'done'))) {
    mkdirSync(dir, { recursive: true });
    const all = yamlFiles(from);
    const per = Math.floor(all.length / files);
    for (let j = 0; j < files; j++) {
      const parts = all.slice(j * per, (j + 1) * per).map((f) => {
        const t = readFileSync(f, 'utf8');
        return t.startsWith('---') ? t : `---\n${t}`;
      });
      writeFileSync(join(dir, `bundle-${j}.yaml`), parts.join(''));
    }
    writeFileSync(join(dir, 'done'), '');
  }
  return dir;
}

interface Sample { ms: number; cpuMs: number; rssMiB: number }

function run(repo: string, workers: string | undefined): Sample {
  const env: Record<string, string | undefined> = { ...process.env, VVP_KV_LINT_CACHE: 'off', NO_COLOR: '1' };
  if (workers === undefined) delete env['VVP_KV_LINT_WORKERS'];
  else env['VVP_KV_LINT_WORKERS'] = workers;
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %M %U %S', process.execPath, CLI, '--root', repo, repo, '--format', 'sarif', '--output', join(WORK, 'workers-out.sarif')], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const m = /BENCH (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if ((r.status !== 0 && r.status !== 1) || !m) throw new Error(`${repo}: exit ${r.status} ${(r.stderr ?? '').slice(0, 500)}`);
  return { ms, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, rssMiB: Number(m[1]) / 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

mkdirSync(WORK, { recursive: true });
const sparse10k = generateRepo(join(WORK, 'repo-10000'), 10000, 42, 'sparse').dir;
const repos: [string, string][] = [
  ['3,000 tiny files', tinyRepo(join(WORK, 'tiny-3000'), 3000)],
  ['pre-commit repository (2,002 files)', generateRepo(join(WORK, 'repo-2550'), 2550, 42, 'sparse').dir],
  ['300 files of 18 kB', bigFilesRepo(join(WORK, 'big-300'), sparse10k, 300)],
  ['sparse corpus, 10,000 documents', sparse10k],
  ['findings corpus, 10,000 documents', generateRepo(join(WORK, 'repo-findings-10000'), 10000, 42, 'findings').dir],
];
const load0 = loadavg().map((l) => l.toFixed(2)).join(' ');
const rows: string[] = [];
for (const [label, dir] of repos) {
  const files = yamlFiles(dir);
  const bytes = estimateBytes(files.length, (i) => fileSize(files[i]!));
  const chosen = workerCount(bytes, {});
  const modes: [string, string | undefined][] = [['chosen', undefined], ['0', '0'], ['2', '2']];
  const samples = new Map<string, Sample[]>(modes.map(([m]) => [m, []]));
  run(dir, undefined); // warm-up (file system cache, V8 code cache)
  for (let r = 0; r < runs; r++) for (const [m, w] of modes) samples.get(m)!.push(run(dir, w));
  const med = (m: string, k: keyof Sample) => median(samples.get(m)!.map((s) => s[k]));
  const cell = (m: string) => `${(med(m, 'ms') / 1000).toFixed(2)} s, ${(med(m, 'cpuMs') / 1000).toFixed(2)} s CPU, ${med(m, 'rssMiB').toFixed(0)} MiB`;
  const row = `| ${label} | ${files.length} | ${(bytes / 1e6).toFixed(2)} MB | ${chosen} | ${cell('chosen')} | ${cell('0')} | ${cell('2')} | ${(med('2', 'ms') / med('0', 'ms')).toFixed(2)} |`;
  process.stderr.write(`${row}\n`);
  rows.push(row);
}
process.stdout.write(`load average ${load0} at the start, ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end; medians of ${runs}\n\n`);
process.stdout.write('| repository | files | bytes (estimated) | workers chosen | as chosen | `VVP_KV_LINT_WORKERS=0` | `VVP_KV_LINT_WORKERS=2` | wall 2 / 0 |\n|---|---:|---:|---:|---|---|---|---:|\n');
process.stdout.write(`${rows.join('\n')}\n`);
