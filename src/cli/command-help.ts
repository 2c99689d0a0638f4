// `vvp-kv-lint <command> --help`: each command's own help. The option lines are generated from the tables the
// command's parser reads (src/cli/option-table.ts); only the prose around them is written here. The top-level
// --help (help.ts) lists the commands and lint's options. policy and snapshot print their own help (their modules
// load only when run).
import { HELP_OPTION, renderOptions } from './option-table.js';
import { LINT_OPTIONS } from './commands/lint.js';
import { FLEET_OPTIONS } from './commands/audit-options.js';
import { RULES_OPTIONS } from './commands/rules.js';
import { BASELINE_OPTIONS } from './commands/baseline.js';
import { WHY_OPTIONS } from './commands/why-options.js';
import { LSP_OPTIONS } from './commands/lsp-options.js';

export const EXIT_CODES = 'Exit codes: 0 no finding at or above the fail level, 1 findings at or above it (or more warnings than\n--max-warnings), 2 usage, config or tool error (no files matched, a requested source read nothing, or\n--fail-on-incomplete with a failed read or a check that could not run). A source that fails still gets its report\nwritten (--output) with the offline findings and the failure.\n';

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  lint: `Usage: vvp-kv-lint [lint] [paths...] [options]
       helm template ... | vvp-kv-lint - --stdin-filename rendered.yaml

Lints files, directories or globs (default: the project root). References resolve across the project root:
--root DIR, else the directory of .vvp-kv-lint.yaml, else the git work tree, else the directories of the
paths given (the text report names the root it used).

Options:
${renderOptions(LINT_OPTIONS)}
${EXIT_CODES}`,
  audit: `Usage: vvp-kv-lint audit [options]
       vvp-kv-lint audit --context A --context B ... | --all-contexts [options]

Reads a running cluster (GET only) and runs every rule over it; optionally with a repository and Azure state.
Several contexts are audited into one report (SARIF: one run per cluster).

Options:
${renderOptions(FLEET_OPTIONS)}
${EXIT_CODES}`,
  why: `Usage: vvp-kv-lint why pod/<namespace>/<name> [options]
       vvp-kv-lint why deployment/<ns>/<name> | statefulset/<ns>/<name> | job/<ns>/<name> [options]
       vvp-kv-lint why vvp/<vvp-namespace>/<deployment> --vvp-url URL [options]

Walks the chain a secrets-store mount needs, from the pod to the vault (pod, CSI volume, CSI driver,
SecretProviderClass, provider, identity mode, identity in the cluster, principal in Azure, grant, objects,
network), one link a line (✓ whole, ✗ broken, ? not checkable, · not reached), and stops at the first broken
link with its fix. The kubelet's FailedMount event is read against a table of the driver's, the provider's,
Entra ID's, IMDS's and Key Vault's messages. GET only; reads the pod, then only what its chain needs.

Options:
${renderOptions(WHY_OPTIONS)}
Exit codes: 0 the chain is whole, 1 a link is broken, 2 the pod cannot be read or a usage error.
`,
  rules: `Usage: vvp-kv-lint rules [options]

Lists the rules: id, default level, group and a one-line description.

Options:
${renderOptions(RULES_OPTIONS)}`,
  explain: `Usage: vvp-kv-lint explain <rule-id>

Prints a rule's documentation: what it checks, why it matters, how to fix and how to suppress it.

Options:
${renderOptions(HELP_OPTION)}`,
  baseline: `Usage: vvp-kv-lint baseline write FILE [paths...] [options]

Records today's findings in FILE by a line-independent fingerprint; \`vvp-kv-lint --baseline FILE\` then fails
only on new findings.

Options:
${renderOptions(BASELINE_OPTIONS)}`,
  lsp: `Usage: vvp-kv-lint lsp [--stdio]

A language server for editors (VS Code, Neovim, Helix, JetBrains via LSP4IJ), on stdin/stdout: the findings of
open YAML documents as they are typed, with the same rules, config, suppressions and positions as lint, references
resolved across the project; quick fixes and suppressions as code actions; hover explains a finding; go to
definition follows secretProviderClass, nodePublishSecretRef and aadpodidbinding. Azure state only from the
config's azureState file. It never writes a file itself.

Options:
${renderOptions(LSP_OPTIONS)}`,
};

/** True when the arguments ask for help (before a `--` that ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
