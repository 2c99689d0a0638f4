import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import"./chunk-3JJJWRTJ.js";import{escapeJsonControls}from"./chunk-HS4XOIFO.js";import{EXIT}from"./chunk-LZQGLA4I.js";import"./chunk-L65RHAA7.js";import"./chunk-BLXFZMSS.js";import{writeFile,rename}from"node:fs/promises";import{resolve}from"node:path";var SNAPSHOT_USAGE=`Usage: vvp-kv-lint snapshot --subscription ID [--subscription ID ...] --output FILE [paths...]

Writes the Azure state the Azure rules need (key vaults, role assignments at and above each vault, the role
definitions they use, user-assigned identities and their federated credentials) to FILE, for
\`vvp-kv-lint --azure-state FILE\`. With paths (files, directories or globs, as for lint), also the secrets and
keys (names and attributes, never values) of the vaults their SecretProviderClasses name, and the versions of
the keys and certificates they pin. Read only. Credentials: DefaultAzureCredential (az login, environment,
workload or managed identity).

Options:
  --subscription ID         subscription to read (repeatable; required)
  --output, -o FILE         where to write the state file (required; '-' for stdout)
  --node-resource-group RG  also record the scale sets (node pools) of this resource group, for
                            system-assigned identities (repeatable)
  --root DIR                project root for the paths (as for lint: default the directory of
                            .vvp-kv-lint.yaml, else the git work tree, else the current directory)
  --arm-endpoint URL        Azure Resource Manager endpoint (sovereign clouds); default https://management.azure.com
  --timeout SECONDS         per request, default 60
  --max-retries N           retries for throttling and server errors, default 3
`;function parseArgs(args){let out={subscriptions:[],paths:[],nodeResourceGroups:[]};for(let i=0;i<args.length;i++){let raw=args[i],eq=raw.startsWith("--")?raw.indexOf("="):-1,flag=eq>0?raw.slice(0,eq):raw,value=()=>eq>0?raw.slice(eq+1):args[++i];switch(flag){case"-h":case"--help":out.help=!0;break;case"--subscription":{let v=value();if(!v)return"--subscription needs a subscription id";out.subscriptions.push(...v.split(",").map(s=>s.trim()).filter(Boolean));break}case"-o":case"--output":if(out.output=value(),!out.output)return"--output needs a file name";break;case"--node-resource-group":{let v=value();if(!v)return"--node-resource-group needs a resource group name";out.nodeResourceGroups.push(v);break}case"--root":if(out.root=value(),!out.root)return"--root needs a directory";break;case"--arm-endpoint":if(out.endpoint=value(),!out.endpoint||!/^https?:\/\//.test(out.endpoint))return"--arm-endpoint needs a URL";break;case"--timeout":{let n=Number(value());if(!Number.isFinite(n)||n<=0)return"--timeout needs a positive number of seconds";out.timeoutMs=n*1e3;break}case"--max-retries":{let n=Number(value());if(!Number.isInteger(n)||n<0||n>10)return"--max-retries needs an integer from 0 to 10";out.maxRetries=n;break}default:if(raw.startsWith("-")&&raw!=="-")return`unknown option ${JSON.stringify(raw)}`;out.paths.push(raw)}}return out}async function snapshotCommand(args,io,deps={}){let parsed=parseArgs(args);if(typeof parsed=="string")return io.stderr.write(`vvp-kv-lint snapshot: ${parsed}

${SNAPSHOT_USAGE}`),EXIT.ERROR;if(parsed.help)return io.stdout.write(SNAPSHOT_USAGE),EXIT.OK;if(parsed.subscriptions.length===0||!parsed.output)return io.stderr.write(`vvp-kv-lint snapshot: ${parsed.subscriptions.length===0?"--subscription":"--output"} is required

${SNAPSHOT_USAGE}`),EXIT.ERROR;let{readArm}=await import("./arm-source-K2UV6PWM.js"),vaultContents;if(parsed.paths.length>0){let[{lint},{contentsWanted}]=await Promise.all([import("./lint-6JCA3RSK.js"),import("./vault-contents-CHGHH5T4.js")]);try{let{inventory}=await lint({cwd:io.cwd,targets:parsed.paths,baselinePath:!1,...parsed.root?{root:parsed.root}:{}});vaultContents=contentsWanted(inventory)}catch(err){return io.stderr.write(`vvp-kv-lint snapshot: cannot read ${parsed.paths.join(" ")}: ${err.message.split(`
`)[0]}
`),EXIT.ERROR}}let result;try{result=await readArm({subscriptions:parsed.subscriptions,endpoint:parsed.endpoint,credential:deps.credential,timeoutMs:parsed.timeoutMs,maxRetries:parsed.maxRetries,retryDelayMs:deps.retryDelayMs,nodeResourceGroups:parsed.nodeResourceGroups,vaultContents})}catch(err){return io.stderr.write(`vvp-kv-lint snapshot: cannot read Azure: ${err.message.split(`
`)[0]}
`),EXIT.ERROR}for(let n of result.notifications)io.stderr.write(`${n.level}: ${n.message}
`);let text=escapeJsonControls(JSON.stringify(result.raw,null,2))+`
`;if(parsed.output==="-")io.stdout.write(text);else{let target=resolve(io.cwd,parsed.output);try{await writeFile(`${target}.tmp`,text,{mode:420}),await rename(`${target}.tmp`,target)}catch(err){return io.stderr.write(`vvp-kv-lint snapshot: cannot write ${parsed.output}: ${err.code??err.message}
`),EXIT.ERROR}}let{raw}=result,readNothing=(raw.incomplete?.subscriptions?.length??0)===parsed.subscriptions.length&&raw.vaults?.length===0,summary=`${raw.vaults?.length??0} vaults, ${raw.roleAssignments?.length??0} role assignments, ${raw.roleDefinitions?.length??0} custom role definitions, ${raw.identities?.length??0} identities, ${raw.federatedCredentials?.length??0} federated credentials${raw.contentVaults?`, ${raw.secrets?.length??0} secrets and ${raw.keys?.length??0} keys of ${raw.contentVaults.length} vault${raw.contentVaults.length===1?"":"s"}`:""}`;return parsed.output!=="-"&&io.stderr.write(`wrote ${parsed.output}: ${summary}${raw.incomplete?" (incomplete: see warnings)":""}
`),readNothing?EXIT.ERROR:raw.incomplete?EXIT.FINDINGS:EXIT.OK}export{SNAPSHOT_USAGE,snapshotCommand};
