// `vvp-kv-lint lsp`: the language server on stdin/stdout (src/cli/lsp/server.ts). Loaded only when run: plain
// `lint` never imports the protocol libraries.
import { parseArgs } from 'node:util';
import type { CliIO } from '../io.js';
import { EXIT } from '../io.js';
import { explainParseError } from '../args.js';
import { LSP_OPTIONS } from './lsp-options.js';


export async function lspCommand(args: string[], io: CliIO): Promise<number> {
  try {
    parseArgs({ args, options: LSP_OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: ${explainParseError(err, LSP_OPTIONS)}\nRun vvp-kv-lint lsp --help for usage.\n`);
    return EXIT.ERROR;
  }
  if (io.stdout.isTTY) io.stderr.write('vvp-kv-lint lsp: a language server for editors; it speaks LSP on stdin/stdout (see the README, "Editors")\n');
  const { startServer } = await import('../lsp/server.js');
  return startServer({ env: io.env });
}
