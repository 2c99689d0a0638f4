import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  lintCommand
} from "./chunk-5DB5TJDC.js";
import {
  TOOL_VERSION
} from "./chunk-LM7BS5CF.js";
import "./chunk-XFJINCHD.js";
import "./chunk-OMJVAOVW.js";
import "./chunk-K6K4WDB4.js";
import "./chunk-S62IMT4L.js";
import "./chunk-E25BTTLQ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import {
  escapeControls
} from "./chunk-RKQVWSZY.js";
import "./chunk-KJEAEYIJ.js";
import "./chunk-IQHK5HTI.js";
import {
  EXIT
} from "./chunk-BJ7526SZ.js";
import "./chunk-CXGTUAC5.js";
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

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it, 2 usage, config or tool error.
`;

// import("./commands/**/*.js") in dist/src/cli/main.js
var globImport_commands_js = __glob({
  "./commands/audit.js": () => import("./audit-3BTCOYWP.js"),
  "./commands/baseline.js": () => import("./baseline-AQSMSE76.js"),
  "./commands/fix-mode.js": () => import("./fix-mode-24MMGL4O.js"),
  "./commands/lint.js": () => import("./lint-MY7MSZLM.js"),
  "./commands/rules.js": () => import("./rules-P5F4JIOL.js"),
  "./commands/snapshot.js": () => import("./snapshot-6OLK2BFJ.js")
});

// dist/src/cli/main.js
var COMMANDS = {
  lint: async () => lintCommand,
  audit: () => command("audit", "auditCommand"),
  snapshot: () => command("snapshot", "snapshotCommand"),
  baseline: () => command("baseline", "baselineCommand"),
  rules: () => command("rules", "rulesCommand"),
  explain: () => command("rules", "explainCommand")
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
    try {
      const command2 = await COMMANDS[first]();
      return await command2(args, io);
    } catch (err) {
      return fatal(io, err);
    }
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
