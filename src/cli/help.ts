// `vvp-kv-lint --help`: the commands, and lint's options generated from the table lint's parser reads.
import { renderOptions } from './option-table.js';
import { LINT_OPTIONS } from './commands/lint.js';

export const HELP_TEXT = `vvp-kv-lint — lint Azure Key Vault secret mounts for Ververica Platform on AKS

Usage:
  vvp-kv-lint [lint] [paths...] [options]     lint files, directories or globs (default: .)
  vvp-kv-lint audit [options]                 audit a running cluster (read-only)
  vvp-kv-lint why pod/<ns>/<name> [options]   from a stuck pod to the first broken link of its mount, and the fix
  vvp-kv-lint snapshot --subscription ID --output FILE   write an Azure state file from live ARM
  vvp-kv-lint baseline write FILE [paths...]  record today's findings as a baseline
  vvp-kv-lint rules                           list the rules
  vvp-kv-lint explain <rule-id>               show a rule's documentation
  vvp-kv-lint policy --format vap|kyverno     write admission policies for the rules
  vvp-kv-lint lsp                             language server for editors (stdio)

Options (lint):
${renderOptions(LINT_OPTIONS)}  -v, --version                 print the version

Run vvp-kv-lint <command> --help for a command's own options (audit: --kubeconfig, --context, -n | -A,
--with-repo; read-only: only GET requests are sent).

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage, config or tool error
(including: no files matched, a requested source read nothing).
`;
