// Bundles the compiled CLI (dist/src/cli/main.js) into dist/bundle/ so `npx vvp-kv-lint` starts with a handful of
// module loads instead of ~140 (Node 20 has no module compile cache; module loading was most of a cold run).
// Subcommands stay separate chunks (code splitting), and the Kubernetes/Azure SDKs stay external: they are only
// ever imported lazily by live commands.
// dist/bundle/ is committed (the pre-commit hook and the GitHub Action run it from a plain clone, with no npm
// install and no build), so the output must be byte-for-byte reproducible: paths in esbuild's comments are made
// relative to the repository root whatever the current directory, and test/workflow/bundle-fresh.test.ts fails
// when the committed files differ from a fresh build.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// chalk's supports-color does `import process from 'node:process'`. Node builds an ES module facade of a built-in by
// reading every export, and reading `process.allowedNodeEnvironmentFlags` builds that set from V8's and Node's
// option tables: a few per cent of a one-file run. The default export is the global `process` anyway.
const processAsGlobal = {
  name: 'process-as-global',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) => (args.kind === 'import-statement' ? { path: 'process', namespace: 'vkl-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'vkl-process' }, () => ({ contents: 'export default globalThis.process;', loader: 'js' }));
  },
};
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // parse-worker: the entry of parse worker threads (src/load/parse-pool.ts loads it beside the chunk that uses it).
  entryPoints: { main: join(root, 'dist/src/cli/main.js'), 'parse-worker': join(root, 'dist/src/load/parse-worker.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@azure/*', '@azure-rest/*', '@kubernetes/*', '@typespec/*'],
  // CommonJS dependencies (yaml, fast-glob) call require() for node built-ins: give the ESM bundle a require.
  banner: { js: "import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [processAsGlobal],
  minifyWhitespace: true,
  minifySyntax: true,
});

// The GitHub Action's `runs.main` (action.yml): one self-contained file of its own, so the CLI's chunk layout above
// does not depend on it.
await build({
  absWorkingDir: root,
  entryPoints: { action: join(root, 'dist/src/action/main.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
