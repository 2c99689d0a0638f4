import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  lintCommand
} from "./chunk-YTJ55LPK.js";
import "./chunk-5EAPVYBK.js";
import {
  escapeControls
} from "./chunk-5AM7KZQY.js";
import "./chunk-Z3ZAT2ZE.js";
import "./chunk-JY5FJ42G.js";
import "./chunk-RVPLG47E.js";
import "./chunk-O4NO5VXQ.js";
import "./chunk-3SNA73N5.js";
import "./chunk-MNRA6QIC.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-66VMUO7N.js";
import "./chunk-5WKROK5L.js";
import "./chunk-4FIGMFID.js";
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import {
  TOOL_VERSION
} from "./chunk-SANQURRP.js";
import "./chunk-ESD7XBSS.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-N2TPPX43.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import {
  __glob
} from "./chunk-36LOSZW6.js";

// dist/src/cli/help.js
var HELP_TEXT = `vvp-kv-lint \u2014 lint Azure Key Vault secret mounts for Ververica Platform on AKS

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
      --vvp-url URL             read Deployments/DeploymentTargets/SessionClusters from the VVP API
      --baseline FILE           report only findings not in the baseline
      --report-unused-disables  report suppression comments that suppress nothing (default on in CI)
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

// dist/src/cli/command-help.js
var EXIT_CODES = "Exit codes: 0 no finding at or above the fail level, 1 findings at or above it (or more warnings than\n--max-warnings), 2 usage, config or tool error (no files matched, a requested source read nothing, or\n--fail-on-incomplete with a failed read).\n";
var GATE = `      --fail-on-incomplete      exit 2 when any requested input could not be read (config failOnIncomplete)
      --max-warnings N          exit 1 when there are more than N warnings (config maxWarnings)`;
var COMMAND_HELP = {
  lint: `Usage: vvp-kv-lint [lint] [paths...] [options]
       helm template ... | vvp-kv-lint - --stdin-filename rendered.yaml

Lints files, directories or globs (default: the project root). References resolve across the project root:
--root DIR, else the directory of .vvp-kv-lint.yaml, else the git work tree, else the directories of the
paths given (the text report names the root it used).

Options:
${HELP_TEXT.split("Options (lint):\n")[1].split("\nOptions (audit)")[0].split("\n").filter((l) => !/-v, --version|-h, --help/.test(l)).join("\n")}
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
  -f, --format text|json|sarif|github, -o FILE, --fail-level LEVEL, -q, --category NAME
      --sarif-live-findings omit|logical   live objects in SARIF (default: logical)
      --azure-state FILE | --azure --subscription ID, --vvp-url URL [--vvp-token T] [--vvp-namespace NS]
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
`
};
function wantsHelp(args) {
  for (const a of args) {
    if (a === "--")
      return false;
    if (a === "--help" || a === "-h")
      return true;
  }
  return false;
}

// import("./commands/**/*.js") in dist/src/cli/main.js
var globImport_commands_js = __glob({
  "./commands/audit-fleet.js": () => import("./audit-fleet-UAFZ5RBV.js"),
  "./commands/audit.js": () => import("./audit-6T76MZIA.js"),
  "./commands/baseline.js": () => import("./baseline-VIFNXVE4.js"),
  "./commands/fix-mode.js": () => import("./fix-mode-53WH5JXN.js"),
  "./commands/lint.js": () => import("./lint-WOUMO7M4.js"),
  "./commands/policy.js": () => import("./policy-SCU4RGEZ.js"),
  "./commands/print-config.js": () => import("./print-config-ZLRSEZXC.js"),
  "./commands/rules.js": () => import("./rules-UE7ZXCYW.js"),
  "./commands/snapshot.js": () => import("./snapshot-4YN5BZVF.js")
});

// dist/src/cli/main.js
var COMMANDS = {
  lint: async () => lintCommand,
  audit: () => command("audit", "auditCommand"),
  snapshot: () => command("snapshot", "snapshotCommand"),
  baseline: () => command("baseline", "baselineCommand"),
  rules: () => command("rules", "rulesCommand"),
  explain: () => command("rules", "explainCommand"),
  policy: () => command("policy", "policyCommand")
};
async function command(module, exportName) {
  const mod = await globImport_commands_js(`./commands/${module}.js`);
  const fn = mod[exportName];
  if (typeof fn !== "function")
    throw new Error(`command module ${module} lacks ${exportName}`);
  return fn;
}
async function main(argv, rawIo) {
  const io = { ...rawIo, stderr: safeStderr(rawIo.stderr) };
  const args = [...argv];
  if (args[0] === "--version" || args[0] === "-v") {
    io.stdout.write(`${TOOL_VERSION}
`);
    return EXIT.OK;
  }
  if (args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    io.stdout.write(HELP_TEXT);
    return EXIT.OK;
  }
  const first = args[0];
  if (first !== void 0 && Object.hasOwn(COMMANDS, first)) {
    args.shift();
    if (Object.hasOwn(COMMAND_HELP, first) && wantsHelp(args)) {
      io.stdout.write(COMMAND_HELP[first]);
      return EXIT.OK;
    }
    try {
      const command2 = await COMMANDS[first]();
      return await command2(args, io);
    } catch (err) {
      return fatal(io, err);
    }
  }
  if (wantsHelp(args)) {
    io.stdout.write(COMMAND_HELP["lint"]);
    return EXIT.OK;
  }
  try {
    return await lintCommand(args, io);
  } catch (err) {
    return fatal(io, err);
  }
}
function safeStderr(stream) {
  const CLEAR = "\r\x1B[K";
  return {
    isTTY: stream.isTTY,
    write(chunk) {
      let s = String(chunk);
      let prefix = "";
      while (s.startsWith(CLEAR)) {
        prefix += CLEAR;
        s = s.slice(CLEAR.length);
      }
      return stream.write(prefix + escapeControls(s, { keepNewlines: true }));
    }
  };
}
function fatal(io, err) {
  const e = err;
  io.stderr.write(`vvp-kv-lint: ${e?.message ?? String(err)}
`);
  if (io.env["VVP_KV_LINT_DEBUG"])
    io.stderr.write(`${e?.stack ?? ""}
`);
  return EXIT.ERROR;
}
export {
  main
};
