import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{lintCommand}from"./chunk-OXNSTTFR.js";import"./chunk-XVTLNRHV.js";import"./chunk-L3GGZFRR.js";import{EXIT}from"./chunk-FF2ZNF3P.js";import{TOOL_VERSION}from"./chunk-EZVIGABG.js";import"./chunk-BDMBG2AL.js";import"./chunk-ABCAJR45.js";import"./chunk-B52JM5RZ.js";import"./chunk-S4UPRHBA.js";import"./chunk-2XTV724S.js";import"./chunk-XINPCCFV.js";import"./chunk-CJYBL6LM.js";import"./chunk-LQFLT646.js";import"./chunk-NZOA7KQP.js";import"./chunk-LHJDBZJQ.js";import"./chunk-XYZ6DGSI.js";import"./chunk-UPWESVDM.js";import{__glob}from"./chunk-BLXFZMSS.js";var HELP_TEXT=`vvp-kv-lint \u2014 lint Azure Key Vault secret mounts for Ververica Platform on AKS

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

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage, config or tool error.
`;var globImport_commands_js=__glob({"./commands/audit-fleet.js":()=>import("./audit-fleet-NIVNEVS4.js"),"./commands/audit.js":()=>import("./audit-V5XAKPQC.js"),"./commands/baseline.js":()=>import("./baseline-2M7ADUEM.js"),"./commands/fix-mode.js":()=>import("./fix-mode-PRCZ2OZJ.js"),"./commands/lint.js":()=>import("./lint-AUIKC5WT.js"),"./commands/policy.js":()=>import("./policy-43R7VV6V.js"),"./commands/rules.js":()=>import("./rules-4MQKYHL4.js"),"./commands/snapshot.js":()=>import("./snapshot-DWG2YISF.js")});var COMMANDS={lint:async()=>lintCommand,audit:()=>command("audit","auditCommand"),snapshot:()=>command("snapshot","snapshotCommand"),baseline:()=>command("baseline","baselineCommand"),rules:()=>command("rules","rulesCommand"),explain:()=>command("rules","explainCommand"),policy:()=>command("policy","policyCommand")};async function command(module,exportName){let fn=(await globImport_commands_js(`./commands/${module}.js`))[exportName];if(typeof fn!="function")throw new Error(`command module ${module} lacks ${exportName}`);return fn}async function main(argv,io){let args=[...argv];if(args[0]==="--version"||args[0]==="-v")return io.stdout.write(`${TOOL_VERSION}
`),EXIT.OK;if(args[0]==="--help"||args[0]==="-h"||args[0]==="help")return io.stdout.write(HELP_TEXT),EXIT.OK;let first=args[0];if(first!==void 0&&Object.hasOwn(COMMANDS,first)){args.shift();try{return await(await COMMANDS[first]())(args,io)}catch(err){return fatal(io,err)}}try{return await lintCommand(args,io)}catch(err){return fatal(io,err)}}function fatal(io,err){let e=err;return io.stderr.write(`vvp-kv-lint: ${e?.message??String(err)}
`),io.env.VVP_KV_LINT_DEBUG&&io.stderr.write(`${e?.stack??""}
`),EXIT.ERROR}export{main};
