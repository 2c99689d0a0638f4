import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import{explainParseError}from"./chunk-JIDNI3MM.js";import{ruleHelpUri}from"./chunk-6GQ7MS6E.js";import{HELP_OPTION}from"./chunk-BDW7RDWV.js";import{ALL_RULE_META}from"./chunk-V4O5RWAE.js";import{EXIT}from"./chunk-LZQGLA4I.js";import{PACKAGE_ROOT}from"./chunk-QAYSV2JQ.js";import{similarIds}from"./chunk-QOO6EJV4.js";import{readFileSync}from"node:fs";import{join}from"node:path";import{parseArgs}from"node:util";var DOCS_DIR=join(PACKAGE_ROOT,"docs/rules")+"/",GROUP_ORDER=["input","spc","csi","identity","vvp","azure","cluster"],RULES_OPTIONS={format:{type:"string",short:"f",value:"text|json",help:"output format",defaultText:"text"},group:{type:"string",value:"GROUP",help:`only the rules of GROUP (${GROUP_ORDER.join(", ")})`},...HELP_OPTION};async function rulesCommand(args,io){let values;try{values=parseArgs({args,options:RULES_OPTIONS,allowPositionals:!1,strict:!0}).values}catch(err){return io.stderr.write(`vvp-kv-lint: ${explainParseError(err,RULES_OPTIONS)}
Run vvp-kv-lint rules --help for usage.
`),EXIT.ERROR}let format=values.format??"text";if(format!=="text"&&format!=="json")return io.stderr.write(`vvp-kv-lint: unknown format "${format}" for rules (expected text, json)
`),EXIT.ERROR;let rules=sortRules(ALL_RULE_META);if(values.group!==void 0&&(rules=rules.filter(r=>r.group===values.group),rules.length===0))return io.stderr.write(`vvp-kv-lint: no rules in group "${values.group}" (groups: ${GROUP_ORDER.join(", ")})
`),EXIT.ERROR;if(format==="json"){let out=rules.map(r=>({id:r.id,level:r.level,group:r.group,shortDescription:r.shortDescription,fixable:r.fixable===!0,securitySeverity:r.securitySeverity??null,tags:r.tags,helpUri:ruleHelpUri(r.id)}));return io.stdout.write(`${JSON.stringify(out,null,2)}
`),EXIT.OK}let idW=Math.max(...rules.map(r=>r.id.length)),levelW=Math.max(...rules.map(r=>r.level.length)),groupW=Math.max(...rules.map(r=>r.group.length)),lines=rules.map(r=>`${r.id.padEnd(idW)}  ${r.level.padEnd(levelW)}  ${r.group.padEnd(groupW)}  ${r.shortDescription}`);return io.stdout.write(`${lines.join(`
`)}

${rules.length} rules. Run vvp-kv-lint explain <rule-id> for details.
`),EXIT.OK}async function explainCommand(args,io){if(args.length!==1||args[0].startsWith("-"))return io.stderr.write(`usage: vvp-kv-lint explain <rule-id>
`),EXIT.ERROR;let id=args[0],meta=ALL_RULE_META.find(m=>m.id===id);if(!meta){let close=similarIds(id,ALL_RULE_META.map(m=>m.id));return io.stderr.write(`vvp-kv-lint: unknown rule "${id}"${close.length?`; did you mean: ${close.join(", ")}?`:""}
Run vvp-kv-lint rules to list them.
`),EXIT.ERROR}return io.stdout.write(ruleDoc(meta)),EXIT.OK}function ruleDoc(meta){try{return readFileSync(`${DOCS_DIR}${meta.id}.md`,"utf8").replace(/^<!--[^\n]*-->\n/,"")}catch{return`# ${meta.id}

${meta.shortDescription}.

Group: ${meta.group}. Default level: ${meta.level}.

${meta.fullDescription}

## How to fix

${meta.remediation}

## How to suppress

    # vvp-kv-lint-disable-next-line ${meta.id} -- <reason>

Documentation: ${ruleHelpUri(meta.id)}
`}}function sortRules(rules){let rank=g=>GROUP_ORDER.includes(g)?GROUP_ORDER.indexOf(g):GROUP_ORDER.length;return[...rules].sort((a,b)=>rank(a.group)-rank(b.group)||(a.id<b.id?-1:1))}export{RULES_OPTIONS,rulesCommand,explainCommand};
