import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{BASELINE_OPTIONS}from"./chunk-3JTYOT3U.js";import{LINT_OPTIONS,lintCommand}from"./chunk-7YJTV2WU.js";import"./chunk-KCYIDEGU.js";import"./chunk-QQKL3XVC.js";import"./chunk-BXUVFGGX.js";import{FLEET_OPTIONS}from"./chunk-F5XYRJS4.js";import"./chunk-SISPYLAU.js";import{escapeControls}from"./chunk-3JJJWRTJ.js";import{RULES_OPTIONS}from"./chunk-YMOZADYI.js";import"./chunk-JIDNI3MM.js";import"./chunk-6GQ7MS6E.js";import{HELP_OPTION,renderOptions}from"./chunk-BDW7RDWV.js";import"./chunk-MI6PHKNK.js";import"./chunk-M6IUVSOV.js";import"./chunk-HS4XOIFO.js";import"./chunk-V4O5RWAE.js";import"./chunk-CWONGCCB.js";import"./chunk-T2TYSUR2.js";import"./chunk-O7YI26WQ.js";import"./chunk-NVY4BIRQ.js";import"./chunk-FL6HPBTX.js";import"./chunk-6TO2WB3H.js";import"./chunk-YHEMO2HM.js";import"./chunk-Z525V7XK.js";import"./chunk-KUS63E3Y.js";import{EXIT}from"./chunk-LZQGLA4I.js";import"./chunk-L65RHAA7.js";import"./chunk-ML75FDMZ.js";import"./chunk-2Y4QJBXV.js";import"./chunk-ICVRUTPC.js";import"./chunk-VEBTURL5.js";import{TOOL_VERSION}from"./chunk-7C7YR2OF.js";import"./chunk-QAYSV2JQ.js";import"./chunk-QOO6EJV4.js";import"./chunk-XRM7B6B6.js";import"./chunk-EUMHY2EE.js";import"./chunk-7NHGQMDC.js";import"./chunk-4KB7LO63.js";import"./chunk-UPWESVDM.js";import"./chunk-PXRXJXMR.js";import"./chunk-56B2JS5Y.js";import{__glob}from"./chunk-BLXFZMSS.js";var HELP_TEXT=`vvp-kv-lint \u2014 lint Azure Key Vault secret mounts for Ververica Platform on AKS

Usage:
  vvp-kv-lint [lint] [paths...] [options]     lint files, directories or globs (default: .)
  vvp-kv-lint audit [options]                 audit a running cluster (read-only)
  vvp-kv-lint snapshot --subscription ID --output FILE   write an Azure state file from live ARM
  vvp-kv-lint baseline write FILE [paths...]  record today's findings as a baseline
  vvp-kv-lint rules                           list the rules
  vvp-kv-lint explain <rule-id>               show a rule's documentation
  vvp-kv-lint policy --format vap|kyverno     write admission policies for the rules

Options (lint):
${renderOptions(LINT_OPTIONS)}  -v, --version                 print the version

Run vvp-kv-lint <command> --help for a command's own options (audit: --kubeconfig, --context, -n | -A,
--with-repo; read-only: only GET requests are sent).

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage, config or tool error
(including: no files matched, a requested source read nothing).
`;var EXIT_CODES=`Exit codes: 0 no finding at or above the fail level, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage, config or tool error (no files matched, a requested source read nothing, or
--fail-on-incomplete with a failed read).
`,COMMAND_HELP={lint:`Usage: vvp-kv-lint [lint] [paths...] [options]
       helm template ... | vvp-kv-lint - --stdin-filename rendered.yaml

Lints files, directories or globs (default: the project root). References resolve across the project root:
--root DIR, else the directory of .vvp-kv-lint.yaml, else the git work tree, else the directories of the
paths given (the text report names the root it used).

Options:
${renderOptions(LINT_OPTIONS)}
${EXIT_CODES}`,audit:`Usage: vvp-kv-lint audit [options]
       vvp-kv-lint audit --context A --context B ... | --all-contexts [options]

Reads a running cluster (GET only) and runs every rule over it; optionally with a repository and Azure state.
Several contexts are audited into one report (SARIF: one run per cluster).

Options:
${renderOptions(FLEET_OPTIONS)}
${EXIT_CODES}`,rules:`Usage: vvp-kv-lint rules [options]

Lists the rules: id, default level, group and a one-line description.

Options:
${renderOptions(RULES_OPTIONS)}`,explain:`Usage: vvp-kv-lint explain <rule-id>

Prints a rule's documentation: what it checks, why it matters, how to fix and how to suppress it.

Options:
${renderOptions(HELP_OPTION)}`,baseline:`Usage: vvp-kv-lint baseline write FILE [paths...] [options]

Records today's findings in FILE by a line-independent fingerprint; \`vvp-kv-lint --baseline FILE\` then fails
only on new findings.

Options:
${renderOptions(BASELINE_OPTIONS)}`};function wantsHelp(args){for(let a of args){if(a==="--")return!1;if(a==="--help"||a==="-h")return!0}return!1}var globImport_commands_js=__glob({"./commands/audit-fleet.js":()=>import("./audit-fleet-T5WPSUZL.js"),"./commands/audit-options.js":()=>import("./audit-options-ZWRLERWI.js"),"./commands/audit.js":()=>import("./audit-MXWBD3VW.js"),"./commands/baseline.js":()=>import("./baseline-6AXYEIGQ.js"),"./commands/fix-mode.js":()=>import("./fix-mode-TWY2WWFT.js"),"./commands/lint.js":()=>import("./lint-CDVAFHDC.js"),"./commands/policy.js":()=>import("./policy-Q4HIKB5V.js"),"./commands/print-config.js":()=>import("./print-config-76JQ67G7.js"),"./commands/rules.js":()=>import("./rules-Z3OUATIG.js"),"./commands/snapshot.js":()=>import("./snapshot-CEOGNIML.js")});var COMMANDS={lint:async()=>lintCommand,audit:()=>command("audit","auditCommand"),snapshot:()=>command("snapshot","snapshotCommand"),baseline:()=>command("baseline","baselineCommand"),rules:()=>command("rules","rulesCommand"),explain:()=>command("rules","explainCommand"),policy:()=>command("policy","policyCommand")};async function command(module,exportName){let fn=(await globImport_commands_js(`./commands/${module}.js`))[exportName];if(typeof fn!="function")throw new Error(`command module ${module} lacks ${exportName}`);return fn}async function main(argv,rawIo){let io={...rawIo,stderr:safeStderr(rawIo.stderr)},args=[...argv];if(args[0]==="--version"||args[0]==="-v")return io.stdout.write(`${TOOL_VERSION}
`),EXIT.OK;if(args[0]==="--help"||args[0]==="-h"||args[0]==="help")return io.stdout.write(HELP_TEXT),EXIT.OK;let first=args[0];if(first!==void 0&&Object.hasOwn(COMMANDS,first)){if(args.shift(),Object.hasOwn(COMMAND_HELP,first)&&wantsHelp(args))return io.stdout.write(COMMAND_HELP[first]),EXIT.OK;try{return await(await COMMANDS[first]())(args,io)}catch(err){return fatal(io,err)}}if(wantsHelp(args))return io.stdout.write(COMMAND_HELP.lint),EXIT.OK;try{return await lintCommand(args,io)}catch(err){return fatal(io,err)}}function safeStderr(stream){let CLEAR="\r\x1B[K";return{isTTY:stream.isTTY,write(chunk){let s=String(chunk),prefix="";for(;s.startsWith(CLEAR);)prefix+=CLEAR,s=s.slice(CLEAR.length);return stream.write(prefix+escapeControls(s,{keepNewlines:!0}))}}}function fatal(io,err){let e=err;return io.stderr.write(`vvp-kv-lint: ${e?.message??String(err)}
`),io.env.VVP_KV_LINT_DEBUG&&io.stderr.write(`${e?.stack??""}
`),EXIT.ERROR}export{main};
