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
/** The language server's bundle, as cli.cjs imports it (scripts/bundle.mjs): run through a code cache of its own. */
const LSP_BUNDLE = './lsp.cjs';

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
    // The bundle's `import()` of the Kubernetes and Azure SDKs (live commands only): a `vm.Script` has no ES module
    // loader of its own in Node 20 without experimental flags, so they go through this module's.
    importExternal: (specifier) => (specifier === LSP_BUNDLE && cacheDir !== undefined && key?.ok ? Promise.resolve(languageServer(cacheDir, key.key, io)) : import(specifier)),
  });
  if (io.env['VVP_KV_LINT_DEBUG_CODE_CACHE']) io.stderr.write(`vvp-kv-lint: code cache ${run.cache}\n`);
  const cliMain = run.exports['main'] as Main;
  return cliMain(argv, io);
}

/**
 * The language server's bundle (dist/bundle/lsp.cjs, a megabyte of its own) through V8's code cache, like the CLI's:
 * compiling it was about 0.2 s of CPU of every editor start, before the first answer. Its caches live in a directory
 * of their own (code-cache/lsp/): each directory prunes the caches of other builds, and the server's file is not the
 * CLI's, so in one directory each would have taken the other's caches for an old build's.
 */
function languageServer(cacheDir: string, userKey: Buffer, io: CliIO): Record<string, unknown> {
  const run = runWithCodeCache({
    file: fileURLToPath(new URL(LSP_BUNDLE, import.meta.url)),
    cacheDir: join(cacheDir, 'lsp'),
    userKey,
    store: true,
    variant: 'lsp',
    importExternal: (specifier) => import(specifier),
  });
  // On stderr: the server's stdout is the protocol.
  if (io.env['VVP_KV_LINT_DEBUG_CODE_CACHE']) io.stderr.write(`vvp-kv-lint: language server code cache ${run.cache}\n`);
  return run.exports;
}
