// `vvp-kv-lint --help`.
export const HELP_TEXT = `vvp-kv-lint — lint Azure Key Vault secret mounts for Ververica Platform on AKS

Usage:
  vvp-kv-lint [lint] [paths...] [options]     lint files, directories or globs (default: .)
  vvp-kv-lint audit [options]                 audit a running cluster (read-only)
  vvp-kv-lint snapshot --subscription ID --output FILE   write an Azure state file from live ARM
  vvp-kv-lint baseline write FILE [paths...]  record today's findings as a baseline
  vvp-kv-lint rules                           list the rules
  vvp-kv-lint explain <rule-id>               show a rule's documentation
  vvp-kv-lint policy --format vap|kyverno     write admission policies for the rules (vvp-kv-lint policy --help)

Options (lint):
  -f, --format text|json|sarif|github  output format (default: text)
  -o, --output FILE             write the report to FILE instead of stdout
  -c, --config FILE             config file (default: .vvp-kv-lint.yaml found upward from the cwd)
      --root DIR                project root whose files resolve references (default: config dir, git root, cwd)
      --fail-level LEVEL        error|warning|note|none: exit 1 at or above it (default: error)
      --vvp-version X.Y[.Z]     Ververica Platform version, for version-dependent checks
      --azure-state FILE        Azure state (az CLI JSON) for the Azure grant rules
      --azure                   read Azure state live from ARM (with --subscription ID, repeatable)
      --node-resource-group RG  with --azure: also read this resource group's scale sets (system-assigned identities)
      --vvp-url URL             read Deployments/DeploymentTargets/SessionClusters from the VVP API
      --vvp-token T             VVP API token (never printed; echoed command lines show ***)
      --vvp-namespace NS        VVP namespace to read (repeatable; default: every namespace the token can list)
      --baseline FILE           report only findings not in the baseline
      --report-unused-disables  report suppression comments that suppress nothing (default on in CI;
                                --no-report-unused-disables turns it off there)
      --fix / --fix-dry-run     apply / show the safe automatic fixes
      --sarif-live-findings omit|logical   SARIF for live objects (default: omit for lint, logical for audit)
      --category NAME           SARIF runAutomationDetails category
  -q, --quiet                   report errors only
      --no-color / --color      colour in text output (default: NO_COLOR/FORCE_COLOR, else TTY)
  -v, --version                 print the version
  -h, --help                    print this help

Options (audit): --kubeconfig FILE, --context NAME, -n NS | -A, --timeout 90s, --with-repo DIR, and the
  output, --azure-state/--azure and --vvp-url options above. Read-only: only GET requests are sent.
  Several clusters: --context A --context B ... or --all-contexts, --max-parallel N (default 4).

Run vvp-kv-lint <command> --help for a command's own options (lint: --fail-on-incomplete, --max-warnings,
--rule, --print-config, - with --stdin-filename, --timeout).

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage, config or tool error
(including: no files matched, a requested source read nothing).
`;
