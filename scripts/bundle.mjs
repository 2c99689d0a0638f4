// Bundles the compiled CLI (dist/src/cli/main.js) into one CommonJS file, dist/bundle/cli.cjs, that
// dist/bundle/main.cjs (src/start/main.ts, required by bin/) runs through V8's code cache: Node 20 has no module
// compile cache, and parsing and compiling the CLI's modules was most of a cold run (src/start/code-cache.ts).
// Subcommands are inlined but only run when called; the Kubernetes/Azure SDKs stay external: they are only ever
// imported lazily by live commands, through main.cjs's `import()` (a vm.Script has none of its own).
// dist/bundle/ is committed (the pre-commit hook and the GitHub Action run it from a plain clone, with no npm
// install and no build), so the output must be byte-for-byte reproducible: paths in esbuild's comments are made
// relative to the repository root whatever the current directory, and test/workflow/bundle-fresh.test.ts fails
// when the committed files differ from a fresh build.
import { build as esbuild, stop } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finish } from './lib/finish.mjs';
import { writeIfChanged } from './lib/write-if-changed.mjs';
import { SDK_IMPORTERS } from './lib/sdk-bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// chalk's supports-color does `import process from 'node:process'`. The default export is the global `process`; as a
// module it would cost: an ES module facade of a built-in reads every export (and reading
// `process.allowedNodeEnvironmentFlags` builds that set from V8's and Node's option tables), and esbuild's CommonJS
// interop (__toESM) defines a getter for every property.
const processAsGlobal = {
  name: 'process-as-global',
  setup(b) {
    b.onResolve({ filter: /^(node:)?process$/ }, (args) => (args.kind === 'import-statement' ? { path: 'process', namespace: 'vkl-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'vkl-process' }, () => ({ contents: 'export default globalThis.process;', loader: 'js' }));
  },
};
/** Packages left out of the CLI bundle: the live-mode SDKs, only ever imported lazily (`import()`) by live commands. */
const EXTERNAL_SCOPES = ['@azure', '@azure-rest', '@kubernetes', '@typespec'];
// The script's `import('<external package or node: built-in>')` calls become `__vkl_import(...)`, a function
// main.cjs passes in: `import()` inside a vm.Script needs Node's experimental vm modules, and is lost with cached
// code anyway. Other dynamic imports (subcommand modules, fast-glob) are bundled by esbuild as before.
const externalImport = new RegExp(`(?<![\\w$.])import\\((?=\\s*['"](?:node:|(?:${EXTERNAL_SCOPES.join('|')})/))`, 'g');
// The language server (`vvp-kv-lint lsp`) is a bundle of its own, dist/bundle/lsp.cjs, loaded by main.cjs's
// `import()` only when the command runs: the protocol libraries would otherwise make every lint's script and code
// cache a third larger.
const LSP_SERVER_IMPORT = /import\((['"])\.\.\/lsp\/server\.js\1\)/;
// The SDKs, as the live commands import them (src/live/kube/sdk.ts, src/azure/sdk.ts): from bundles of their own,
// kube-sdk.cjs and azure-sdk.cjs, built below. Left as package imports, Node's ES module loader read and linked
// about 800 (Kubernetes) and 570 (Azure) modules on every live run: 0.9 s of CPU each; the bundles load in a quarter
// of that. Which compiled module imports which SDK module, and the bundle that replaces it:
// (Either quote: the compiled modules are esbuild's, which writes double quotes.)
const SDK_MODULE_IMPORT = /import\((['"])\.\/sdk\.js\1\)/g;
const SDK_IMPORTS = SDK_IMPORTERS.map(({ importer, bundle }) => ({ module: importer, from: SDK_MODULE_IMPORT, to: `__vkl_import('./${bundle}')` }));
const externalDynamicImports = {
  name: 'external-dynamic-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8').replace(externalImport, '__vkl_import(');
      for (const sdk of SDK_IMPORTS) {
        if (!sdk.module.test(args.path)) continue;
        if (!contents.match(sdk.from)) throw new Error(`${args.path} no longer has ${sdk.from}: update scripts/bundle.mjs`);
        contents = contents.replaceAll(sdk.from, sdk.to);
      }
      if (/[\\/]cli[\\/]commands[\\/]lsp\.js$/.test(args.path)) {
        if (!LSP_SERVER_IMPORT.test(contents)) throw new Error(`${args.path} no longer has ${LSP_SERVER_IMPORT}: update scripts/bundle.mjs`);
        contents = contents.replace(LSP_SERVER_IMPORT, "__vkl_import('./lsp.cjs')");
      }
      return { contents, loader: 'js' };
    });
  },
};
/** What every output below shares: one directory, Node 20, bundled. */
const outdir = join(root, 'dist/bundle');
const common = { absWorkingDir: root, outdir, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', write: false };
/** Every file this run produced: what else is in dist/bundle/ at the end is stale and removed. */
const produced = new Set();
/**
 * One esbuild build, its outputs written only where they changed, each atomically (scripts/lib/write-if-changed.mjs):
 * the directory is never emptied and rebuilt, so a test run beside the build never finds it missing or half written.
 */
async function build(options) {
  const result = await esbuild(options);
  for (const file of result.outputFiles) {
    writeIfChanged(file.path, file.contents);
    produced.add(file.path);
  }
  return result;
}
await build({
  ...common,
  entryPoints: { cli: join(root, 'dist/src/cli/main.js') },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: EXTERNAL_SCOPES.map((scope) => `${scope}/*`),
  // The wrapper in src/start/code-cache.ts passes the bundle's file URL for the modules' import.meta.url.
  define: { 'import.meta.url': '__vkl_import_meta_url' },
  plugins: [processAsGlobal, externalDynamicImports],
  minifyWhitespace: true,
  minifySyntax: true,
});
// A dynamic import or import.meta left in the script would fail at run time inside vm.Script: fail the build instead.
const cli = readFileSync(join(root, 'dist/bundle/cli.cjs'), 'utf8');
const leftover = /(?<![\w$.])import\s*\(|import\.meta/.exec(cli);
if (leftover) throw new Error(`dist/bundle/cli.cjs still has \`${cli.slice(leftover.index, leftover.index + 60)}\`: rewrite it for the vm.Script (scripts/bundle.mjs)`);

// What bin/ requires (bin/ is CommonJS, so Node never starts its ES module loader on the lint path): runs cli.cjs
// with the code cache. Small and self-contained (node built-ins only).
await build({
  ...common,
  entryPoints: { main: join(root, 'dist/src/start/main.js') },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The module's import.meta.url (what it finds cli.cjs by), after a directive keeping the whole file strict.
  banner: { js: "'use strict'; const __vkl_start_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__vkl_start_url' },
});

// The entry of parse worker threads (src/load/parse-pool.ts): one self-contained ES module beside cli.cjs, which
// finds it at new URL('./parse-worker.js', import.meta.url). Workers run it as a file of their own, not through the
// code cache: each worker compiles it once, then parses thousands of files.
await build({
  ...common,
  entryPoints: { 'parse-worker': join(root, 'dist/src/load/parse-worker.js') },
  format: 'esm',
  // CommonJS dependencies (yaml) call require() for node built-ins: give the ES module a require.
  banner: { js: "import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);" },
  plugins: [processAsGlobal],
  minifyWhitespace: true,
  minifySyntax: true,
});

// The language server: CommonJS beside main.cjs, which imports it for `vvp-kv-lint lsp`. Its modules' import.meta.url
// is cli.cjs's URL, as in cli.cjs: the parse workers (./parse-worker.js) resolve beside it, and the context cache's
// build id (a stat of that file) is lint's, so an editor and a pre-commit hook share cache entries (both bundles are
// built from the same sources in this one run) instead of each invalidating the other's.
await build({
  ...common,
  entryPoints: { lsp: join(root, 'dist/src/cli/lsp/server.js') },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: EXTERNAL_SCOPES.map((scope) => `${scope}/*`),
  banner: { js: "'use strict'; const __vkl_lsp_url = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'cli.cjs')).href;" },
  define: { 'import.meta.url': '__vkl_lsp_url' },
  plugins: [processAsGlobal],
  minifyWhitespace: true,
  minifySyntax: true,
});

// The SDKs' parts the live commands use (src/live/kube/sdk.ts, src/azure/sdk.ts) with their dependencies, CommonJS
// beside cli.cjs, which loads them through main.cjs's `import()` only when a live command needs them. Not through the
// code cache: live runs are dominated by network round trips, and over a megabyte of cached data each would be
// written per command variant.
for (const [name, entry] of [['kube-sdk', 'dist/src/live/kube/sdk.js'], ['azure-sdk', 'dist/src/azure/sdk.js']]) {
  await build({
    ...common,
    entryPoints: { [name]: join(root, entry) },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    minifyWhitespace: true,
    minifySyntax: true,
  });
}

// The GitHub Action's `runs.main` (action.yml): one self-contained file of its own, so the CLI's chunk layout above
// does not depend on it.
await build({
  ...common,
  entryPoints: { action: join(root, 'dist/src/action/main.js') },
  format: 'esm',
});

// Outputs of earlier builds that this one no longer makes (a renamed entry point).
if (existsSync(outdir)) for (const name of readdirSync(outdir)) if (!produced.has(join(outdir, name))) rmSync(join(outdir, name), { recursive: true, force: true });
await finish({ stop });
