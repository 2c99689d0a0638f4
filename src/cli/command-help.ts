// `vvp-kv-lint <command> --help`: each command's own help. The top-level --help (help.ts) lists them all.
import { HELP_TEXT } from './help.js';

const EXIT_CODES = 'Exit codes: 0 no finding at or above the fail level, 1 findings at or above it (or more warnings than\n--max-warnings), 2 usage, config or tool error (no files matched, a requested source read nothing, or\n--fail-on-incomplete with a failed read).\n';

const GATE = `      --fail-on-incomplete      exit 2 when any requested input could not be read (config failOnIncomplete)
      --max-warnings N          exit 1 when there are more than N warnings (config maxWarnings)`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  lint: `Usage: vvp-kv-lint [lint] [paths...] [options]
       helm template ... | vvp-kv-lint - --stdin-filename rendered.yaml

Lints files, directories or globs (default: the project root). References resolve across the project root:
--root DIR, else the directory of .vvp-kv-lint.yaml, else the git work tree, else the directories of the
paths given (the text report names the root it used).

Options:
${HELP_TEXT.split('Options (lint):\n')[1]!.split('\nOptions (audit)')[0]!.split('\n').filter((l) => !/-v, --version|-h, --help/.test(l)).join('\n')}
${GATE}
      --rule ID:LEVEL           override a rule's level (error|warning|note|off); repeatable
      --print-config FILE       print the configuration that applies to FILE, then exit
      --stdin-filename NAME     with "-": the name stdin is linted as (for messages and config globs)
      --timeout 90s             overall deadline of the live Azure read (--azure; default 120s)
      --arm-endpoint URL        ARM endpoint (default: from the SPCs' cloudName, else public Azure)

${EXIT_CODES}`,
  audit: `Usage: vvp-kv-lint audit [options]

Reads a running cluster (GET only) and runs every rule over it; optionally with a repository and Azure state.

Options:
      --kubeconfig FILE         kubeconfig (default: KUBECONFIG, else ~/.kube/config; http:// servers such as
                                \`kubectl proxy\` and contexts without a user work as with kubectl)
      --context NAME            kubeconfig context (default: current-context)
  -n, --namespace NS            one namespace
  -A, --all-namespaces          every namespace (default)
      --timeout 90s             overall deadline of the cluster read (also bounds --azure)
      --with-repo DIR           also lint the repository in DIR, resolving references across both
  -f, --format text|json|sarif|github, -o, --output FILE, --fail-level LEVEL, -q, --quiet, --category NAME
      --color / --no-color      colour in text output (default: NO_COLOR/FORCE_COLOR, else TTY)
  -c, --config FILE             config file (with --with-repo; default: .vvp-kv-lint.yaml found upward)
      --vvp-version X.Y[.Z]     Ververica Platform version, for version-dependent checks
      --sarif-live-findings omit|logical   live objects in SARIF (default: logical)
      --azure-state FILE | --azure --subscription ID, --vvp-url URL [--vvp-token T] [--vvp-namespace NS]
      --node-resource-group RG  with --azure: also read this resource group's scale sets
      --arm-endpoint URL        ARM endpoint (default: from the SPCs' cloudName, else public Azure)
${GATE}

${EXIT_CODES}`,
  rules: `Usage: vvp-kv-lint rules [--format text|json] [--group GROUP]

Lists the rules: id, default level, group and a one-line description.
Groups: input, spc, csi, identity, vvp, azure, cluster.
`,
  explain: `Usage: vvp-kv-lint explain <rule-id>

Prints a rule's documentation: what it checks, why it matters, how to fix and how to suppress it.
`,
  baseline: `Usage: vvp-kv-lint baseline write FILE [paths...] [--root DIR] [--config FILE] [--vvp-version X.Y]

Records today's findings in FILE by a line-independent fingerprint; \`vvp-kv-lint --baseline FILE\` then fails
only on new findings.
`,
};

/** True when the arguments ask for help (before a `--` that ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
