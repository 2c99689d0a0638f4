import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{lintCommand}from"./chunk-6ATCWOOC.js";import"./chunk-KCYIDEGU.js";import"./chunk-6GQ7MS6E.js";import"./chunk-JIDNI3MM.js";import"./chunk-OM6SWWVY.js";import{escapeControls}from"./chunk-3JJJWRTJ.js";import"./chunk-QQKL3XVC.js";import"./chunk-GFE3BMHM.js";import"./chunk-TNYNHC6R.js";import"./chunk-3ZXIGWPA.js";import"./chunk-64QMKFV2.js";import"./chunk-K5CKN57U.js";import"./chunk-C4R5YQQP.js";import"./chunk-HS4XOIFO.js";import"./chunk-N6JY7SDV.js";import"./chunk-PHVWFP4P.js";import"./chunk-YHEMO2HM.js";import"./chunk-Z525V7XK.js";import"./chunk-5TRG2J3N.js";import{EXIT}from"./chunk-LZQGLA4I.js";import"./chunk-L65RHAA7.js";import{TOOL_VERSION}from"./chunk-LSDUUV4B.js";import"./chunk-RNP7QMIT.js";import"./chunk-QAYSV2JQ.js";import"./chunk-ICVRUTPC.js";import"./chunk-VEBTURL5.js";import"./chunk-QOO6EJV4.js";import"./chunk-XRM7B6B6.js";import"./chunk-7NHGQMDC.js";import"./chunk-EUMHY2EE.js";import"./chunk-2QHPTRV6.js";import"./chunk-UPWESVDM.js";import"./chunk-PXRXJXMR.js";import{__glob}from"./chunk-BLXFZMSS.js";var HELP_TEXT=`vvp-kv-lint \u2014 lint Azure Key Vault secret mounts for Ververica Platform on AKS

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
`;var EXIT_CODES=`Exit codes: 0 no finding at or above the fail level, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage, config or tool error (no files matched, a requested source read nothing, or
--fail-on-incomplete with a failed read).
`,GATE=`      --fail-on-incomplete      exit 2 when any requested input could not be read (config failOnIncomplete)
      --max-warnings N          exit 1 when there are more than N warnings (config maxWarnings)`,COMMAND_HELP={lint:`Usage: vvp-kv-lint [lint] [paths...] [options]
       helm template ... | vvp-kv-lint - --stdin-filename rendered.yaml

Lints files, directories or globs (default: the project root). References resolve across the project root:
--root DIR, else the directory of .vvp-kv-lint.yaml, else the git work tree, else the directories of the
paths given (the text report names the root it used).

Options:
${HELP_TEXT.split(`Options (lint):
`)[1].split(`
Options (audit)`)[0].split(`
`).filter(l=>!/-v, --version|-h, --help/.test(l)).join(`
`)}
${GATE}
      --rule ID:LEVEL           override a rule's level (error|warning|note|off); repeatable
      --print-config FILE       print the configuration that applies to FILE, then exit
      --stdin-filename NAME     with "-": the name stdin is linted as (for messages and config globs)
      --timeout 90s             overall deadline of the live Azure read (--azure; default 120s)
      --arm-endpoint URL        ARM endpoint (default: from the SPCs' cloudName, else public Azure)

${EXIT_CODES}`,audit:`Usage: vvp-kv-lint audit [options]

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

${EXIT_CODES}`,rules:`Usage: vvp-kv-lint rules [--format text|json] [--group GROUP]

Lists the rules: id, default level, group and a one-line description.
Groups: input, spc, csi, identity, vvp, azure, cluster.
`,explain:`Usage: vvp-kv-lint explain <rule-id>

Prints a rule's documentation: what it checks, why it matters, how to fix and how to suppress it.
`,baseline:`Usage: vvp-kv-lint baseline write FILE [paths...] [--root DIR] [--config FILE] [--vvp-version X.Y]

Records today's findings in FILE by a line-independent fingerprint; \`vvp-kv-lint --baseline FILE\` then fails
only on new findings.
`};function wantsHelp(args){for(let a of args){if(a==="--")return!1;if(a==="--help"||a==="-h")return!0}return!1}var globImport_commands_js=__glob({"./commands/audit-fleet.js":()=>import("./audit-fleet-3QNEMKF3.js"),"./commands/audit.js":()=>import("./audit-BZY5X3FD.js"),"./commands/baseline.js":()=>import("./baseline-DCYTG3GT.js"),"./commands/fix-mode.js":()=>import("./fix-mode-CIEFR2LY.js"),"./commands/lint.js":()=>import("./lint-ZZ3GA2SG.js"),"./commands/policy.js":()=>import("./policy-W2Z3JNH6.js"),"./commands/print-config.js":()=>import("./print-config-RLVYV6RC.js"),"./commands/rules.js":()=>import("./rules-2CBGED4L.js"),"./commands/snapshot.js":()=>import("./snapshot-KMYIOJVR.js")});var COMMANDS={lint:async()=>lintCommand,audit:()=>command("audit","auditCommand"),snapshot:()=>command("snapshot","snapshotCommand"),baseline:()=>command("baseline","baselineCommand"),rules:()=>command("rules","rulesCommand"),explain:()=>command("rules","explainCommand"),policy:()=>command("policy","policyCommand")};async function command(module,exportName){let fn=(await globImport_commands_js(`./commands/${module}.js`))[exportName];if(typeof fn!="function")throw new Error(`command module ${module} lacks ${exportName}`);return fn}async function main(argv,rawIo){let io={...rawIo,stderr:safeStderr(rawIo.stderr)},args=[...argv];if(args[0]==="--version"||args[0]==="-v")return io.stdout.write(`${TOOL_VERSION}
`),EXIT.OK;if(args[0]==="--help"||args[0]==="-h"||args[0]==="help")return io.stdout.write(HELP_TEXT),EXIT.OK;let first=args[0];if(first!==void 0&&Object.hasOwn(COMMANDS,first)){if(args.shift(),Object.hasOwn(COMMAND_HELP,first)&&wantsHelp(args))return io.stdout.write(COMMAND_HELP[first]),EXIT.OK;try{return await(await COMMANDS[first]())(args,io)}catch(err){return fatal(io,err)}}if(wantsHelp(args))return io.stdout.write(COMMAND_HELP.lint),EXIT.OK;try{return await lintCommand(args,io)}catch(err){return fatal(io,err)}}function safeStderr(stream){let CLEAR="\r\x1B[K";return{isTTY:stream.isTTY,write(chunk){let s=String(chunk),prefix="";for(;s.startsWith(CLEAR);)prefix+=CLEAR,s=s.slice(CLEAR.length);return stream.write(prefix+escapeControls(s,{keepNewlines:!0}))}}}function fatal(io,err){let e=err;return io.stderr.write(`vvp-kv-lint: ${e?.message??String(err)}
`),io.env.VVP_KV_LINT_DEBUG&&io.stderr.write(`${e?.stack??""}
`),EXIT.ERROR}export{main};
