import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-5EAPVYBK.js";
import {
  explainParseError
} from "./chunk-JY5FJ42G.js";
import {
  ALL_RULE_META
} from "./chunk-O4NO5VXQ.js";
import "./chunk-3SNA73N5.js";
import "./chunk-MNRA6QIC.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-5WKROK5L.js";
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import {
  PACKAGE_ROOT
} from "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import {
  similarIds
} from "./chunk-IBGBM3B2.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/cli/commands/rules.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
var DOCS_DIR = join(PACKAGE_ROOT, "docs/rules") + "/";
var GROUP_ORDER = ["input", "spc", "csi", "identity", "vvp", "azure", "cluster"];
var RULES_OPTIONS = { format: { type: "string", short: "f" }, group: { type: "string" } };
async function rulesCommand(args, io) {
  let values;
  try {
    values = parseArgs({ args, options: RULES_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: ${explainParseError(err, RULES_OPTIONS)}
usage: vvp-kv-lint rules [--format text|json] [--group GROUP]
`);
    return EXIT.ERROR;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr.write(`vvp-kv-lint: unknown format "${format}" for rules (expected text, json)
`);
    return EXIT.ERROR;
  }
  let rules = sortRules(ALL_RULE_META);
  if (values.group !== void 0) {
    rules = rules.filter((r) => r.group === values.group);
    if (rules.length === 0) {
      io.stderr.write(`vvp-kv-lint: no rules in group "${values.group}" (groups: ${GROUP_ORDER.join(", ")})
`);
      return EXIT.ERROR;
    }
  }
  if (format === "json") {
    const out = rules.map((r) => ({
      id: r.id,
      level: r.level,
      group: r.group,
      shortDescription: r.shortDescription,
      fixable: r.fixable === true,
      securitySeverity: r.securitySeverity ?? null,
      tags: r.tags,
      helpUri: ruleHelpUri(r.id)
    }));
    io.stdout.write(`${JSON.stringify(out, null, 2)}
`);
    return EXIT.OK;
  }
  const idW = Math.max(...rules.map((r) => r.id.length));
  const levelW = Math.max(...rules.map((r) => r.level.length));
  const groupW = Math.max(...rules.map((r) => r.group.length));
  const lines = rules.map((r) => `${r.id.padEnd(idW)}  ${r.level.padEnd(levelW)}  ${r.group.padEnd(groupW)}  ${r.shortDescription}`);
  io.stdout.write(`${lines.join("\n")}

${rules.length} rules. Run vvp-kv-lint explain <rule-id> for details.
`);
  return EXIT.OK;
}
async function explainCommand(args, io) {
  if (args.length !== 1 || args[0].startsWith("-")) {
    io.stderr.write("usage: vvp-kv-lint explain <rule-id>\n");
    return EXIT.ERROR;
  }
  const id = args[0];
  const meta = ALL_RULE_META.find((m) => m.id === id);
  if (!meta) {
    const close = similarIds(id, ALL_RULE_META.map((m) => m.id));
    io.stderr.write(`vvp-kv-lint: unknown rule "${id}"${close.length ? `; did you mean: ${close.join(", ")}?` : ""}
Run vvp-kv-lint rules to list them.
`);
    return EXIT.ERROR;
  }
  io.stdout.write(ruleDoc(meta));
  return EXIT.OK;
}
function ruleDoc(meta) {
  try {
    return readFileSync(`${DOCS_DIR}${meta.id}.md`, "utf8").replace(/^<!--[^\n]*-->\n/, "");
  } catch {
    return `# ${meta.id}

${meta.shortDescription}.

Group: ${meta.group}. Default level: ${meta.level}.

${meta.fullDescription}

## How to fix

${meta.remediation}

## How to suppress

    # vvp-kv-lint-disable-next-line ${meta.id} -- <reason>

Documentation: ${ruleHelpUri(meta.id)}
`;
  }
}
function sortRules(rules) {
  const rank = (g) => GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length;
  return [...rules].sort((a, b) => rank(a.group) - rank(b.group) || (a.id < b.id ? -1 : 1));
}
export {
  explainCommand,
  rulesCommand
};
