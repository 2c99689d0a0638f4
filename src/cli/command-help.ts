// `vvp-kv-lint <command> --help`: each command's own help. The option lines are generated from the tables the
// command's parser reads (src/cli/option-table.ts); only the prose around them is written here. The top-level
// --help (help.ts) lists the commands and lint's options. policy and snapshot print their own help (their modules
// load only when run).
import { HELP_OPTION, renderOptions } from './option-table.js';
import { LINT_OPTIONS } from './commands/lint.js';
import { FLEET_OPTIONS } from './commands/audit-options.js';
import { RULES_OPTIONS } from './commands/rules.js';
import { BASELINE_OPTIONS } from './commands/baseline.js';

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
};

/** True when the arguments ask for help (before a `--` that ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
