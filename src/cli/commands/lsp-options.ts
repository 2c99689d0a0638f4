// The options of `vvp-kv-lint lsp`, apart from the command so --help does not load it.
import { HELP_OPTION, type OptionTable } from '../option-table.js';

export const LSP_OPTIONS = {
  stdio: { type: 'boolean', help: 'talk LSP over stdin/stdout (the only transport; accepted for clients that pass it)' },
  clientProcessId: { type: 'string', value: 'PID', help: "the editor's process id, which VS Code passes; ignored" },
  ...HELP_OPTION,
} as const satisfies OptionTable;
