// The CLI's start-up entry, bundled as CommonJS into dist/bundle/main.cjs (scripts/bundle.mjs) and required by bin/:
// it runs the CLI bundle, dist/bundle/cli.cjs, through V8's code cache (./code-cache.ts), so a user's second and
// later runs do not parse and compile the CLI again. Everything else (commands, exit codes, output) is the CLI's own
// `main`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../cli/io.js';
import { codeCacheDirectory, runWithCodeCache } from './code-cache.js';
import { userKey } from '../user-key.js';

type Main = (argv: readonly string[], io: CliIO) => Promise<number>;

/** A run that only prints help or the version compiles too little of the CLI for its cache to be worth storing. */
function worthStoring(argv: readonly string[]): boolean {
  return argv[0] !== 'help' && !argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v');
}

/** Subcommands that keep a code cache of their own (src/cli/main.ts); anything else is a lint run. */
const COMMANDS = new Set(['audit', 'snapshot', 'baseline', 'rules', 'explain', 'policy', 'lsp']);
/**
 * The bundles cli.cjs imports on demand (scripts/bundle.mjs): the language server and the live commands' SDKs. Each
 * runs through a code cache of its own, in a directory of its own (a directory prunes the caches of other builds, and
 * a bundle is not the CLI's build): compiling one was most of its load, about 0.2 s of CPU of every editor start,
 * `audit`, `why`, `snapshot` or `--azure` run (Kubernetes SDK 0.32 s to load without a code cache, 0.12 s with one;
 * Azure SDK 0.29 s and 0.08 s).
 */
const ON_DEMAND_BUNDLES: Readonly<Record<string, { readonly dir: string; readonly variant: string; readonly what: string }>> = {
  './lsp.cjs': { dir: 'lsp', variant: 'lsp', what: 'language server' },
  './kube-sdk.cjs': { dir: 'kube-sdk', variant: 'sdk', what: 'Kubernetes SDK' },
  './azure-sdk.cjs': { dir: 'azure-sdk', variant: 'sdk', what: 'Azure SDK' },
};

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  // dist/bundle/cli.cjs, beside this module once bundled.
  const file = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  const cacheDir = codeCacheDirectory(io.env, io.cwd);
  const key = cacheDir !== undefined ? userKey(io.env) : undefined;
  const run = runWithCodeCache({
    file,
    cacheDir,
    userKey: key?.ok ? key.key : undefined,
    store: worthStoring(argv),
    variant: argv[0] !== undefined && COMMANDS.has(argv[0]) ? argv[0] : 'lint',
    // The bundle's `import()` of packages and of the bundles above: a `vm.Script` has no ES module loader of its own
    // in Node 20 without experimental flags, so they go through this module's, or through a code cache.
    importExternal: (specifier) => {
      const bundle = ON_DEMAND_BUNDLES[specifier];
      return bundle && cacheDir !== undefined && key?.ok ? Promise.resolve(onDemandBundle(specifier, bundle, cacheDir, key.key, io)) : import(specifier);
    },
  });
  if (io.env['VVP_KV_LINT_DEBUG_CODE_CACHE']) io.stderr.write(`vvp-kv-lint: code cache ${run.cache}\n`);
  const cliMain = run.exports['main'] as Main;
  return cliMain(argv, io);
}

/** The on-demand bundles already run: one instance each, as `import()` gives (the SDK's error classes are compared). */
const loaded = new Map<string, Record<string, unknown>>();

/**
 * An on-demand bundle (ON_DEMAND_BUNDLES) run through V8's code cache, like the CLI's, once per process. Its caches
 * live in code-cache/<dir>/; the language server's were there before the SDKs' (code-cache/lsp/).
 */
function onDemandBundle(specifier: string, bundle: (typeof ON_DEMAND_BUNDLES)[string], cacheDir: string, userKey: Buffer, io: CliIO): Record<string, unknown> {
  const known = loaded.get(specifier);
  if (known) return known;
  const run = runWithCodeCache({
    file: fileURLToPath(new URL(specifier, import.meta.url)),
    cacheDir: join(cacheDir, bundle.dir),
    userKey,
    store: true,
    variant: bundle.variant,
    importExternal: (s) => import(s),
  });
  // On stderr: the language server's stdout is the protocol.
  if (io.env['VVP_KV_LINT_DEBUG_CODE_CACHE']) io.stderr.write(`vvp-kv-lint: ${bundle.what} code cache ${run.cache}\n`);
  loaded.set(specifier, run.exports);
  return run.exports;
}
