// Compiles src/, test/ and bench/ (tsconfig.json's `include`) to dist/ with esbuild, one ES module per TypeScript
// file, the same layout tsc would write. esbuild only strips types: about a second for every file, where tsc took
// 18 s, nearly all of it the type check. The type check is scripts/typecheck.mjs: `npm run build` runs it after this,
// and `npm test` runs it as one of its test files (test/workflow/typecheck.test.ts) so it shares the two cores with
// the other tests instead of holding them up.
// Each output is written only when its bytes change, and then atomically (scripts/lib/write-if-changed.mjs): a
// second build beside a running suite (two `npm test` in one checkout) never hands a test process a half-written
// module. Outputs whose source is gone are removed, as a fresh tsc build into an empty dist/ would leave nothing.
import { build, stop } from 'esbuild';
import fg from 'fast-glob';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTsc } from './lib/tsc.mjs';
import { finish } from './lib/finish.mjs';
import { writeIfChanged } from './lib/write-if-changed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The file list as tsc itself resolves tsconfig.json (`--showConfig` lists the matched files, about 0.1 s), so the two
// compilers never disagree on what is compiled.
const shown = runTsc(['-p', 'tsconfig.json', '--showConfig'], { cwd: root });
let files;
try {
  if (shown.status !== 0) throw new Error(shown.error?.message ?? shown.stdout + shown.stderr);
  files = JSON.parse(shown.stdout).files;
} catch (err) {
  process.stderr.write(`compile: tsconfig.json could not be read (run node scripts/typecheck.mjs for details): ${err.message}\n`);
  process.exit(1);
}
const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(root, f));
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir: join(root, 'dist'),
  outbase: root,
  bundle: false,
  format: 'esm',
  platform: 'node',
  // tsconfig.json's target: the emitted syntax is what tsc wrote (class fields, `using`, and so on untouched).
  target: 'es2022',
  sourcemap: false,
  write: false,
  logLevel: 'error',
});
const written = new Set();
for (const file of result.outputFiles) {
  writeIfChanged(file.path, file.contents);
  written.add(file.path);
}
// A renamed or deleted source leaves no stale module behind (a stale test file would still run).
for (const old of fg.sync(['src/**/*.js', 'test/**/*.js', 'bench/**/*.js'], { cwd: join(root, 'dist'), absolute: true })) {
  if (!written.has(old) && existsSync(old)) {
    rmSync(old);
    process.stderr.write(`compile: removed ${relative(root, old)} (its source is gone)\n`);
  }
}
await finish({ stop });
