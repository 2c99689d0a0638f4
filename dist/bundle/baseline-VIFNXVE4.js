import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  exitCodeForError
} from "./chunk-Z3ZAT2ZE.js";
import {
  explainParseError
} from "./chunk-JY5FJ42G.js";
import {
  createBaseline,
  lint,
  serializeBaseline
} from "./chunk-RVPLG47E.js";
import "./chunk-O4NO5VXQ.js";
import "./chunk-3SNA73N5.js";
import "./chunk-MNRA6QIC.js";
import "./chunk-P4EUQCNS.js";
import "./chunk-66VMUO7N.js";
import "./chunk-5WKROK5L.js";
import {
  EXIT,
  safeCommandLine
} from "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-SANQURRP.js";
import "./chunk-ESD7XBSS.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-SXM5CZVV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-SIHJ7R43.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-CG6HI35K.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-JZALQHEK.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-36LOSZW6.js";

// dist/src/cli/commands/baseline.js
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var OPTIONS = {
  config: { type: "string", short: "c" },
  root: { type: "string" },
  "vvp-version": { type: "string" }
};
var USAGE = "usage: vvp-kv-lint baseline write FILE [paths...] [--root DIR] [--config FILE] [--vvp-version X.Y]";
async function baselineCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return usage(io, explainParseError(err, OPTIONS));
  }
  const [action, file, ...targets] = parsed.positionals;
  if (action !== "write")
    return usage(io, action === void 0 ? "missing subcommand" : `unknown subcommand "${action}"`);
  if (file === void 0)
    return usage(io, "missing baseline FILE");
  const flags = parsed.values;
  let run;
  try {
    run = await lint({
      cwd: io.cwd,
      targets,
      configPath: flags.config,
      root: flags.root,
      vvpVersion: flags["vvp-version"],
      // Today's findings as they are: never filtered by an older baseline, and unused-suppression noise is not debt.
      baselinePath: false,
      reportUnusedDisables: false,
      commandLine: safeCommandLine(["vvp-kv-lint", "baseline", ...args])
    });
  } catch (err) {
    const exit = exitCodeForError(err);
    if (exit !== void 0) {
      io.stderr.write(`vvp-kv-lint: ${err.message}
`);
      return exit;
    }
    throw err;
  }
  const { result } = run;
  if (!result.executionSuccessful) {
    for (const n2 of result.notifications)
      if (n2.incomplete)
        io.stderr.write(`vvp-kv-lint: ${n2.message}
`);
    io.stderr.write("vvp-kv-lint: some input could not be analysed; baseline not written\n");
    return EXIT.ERROR;
  }
  const baseline = createBaseline(result);
  try {
    writeFileSync(resolve(io.cwd, file), serializeBaseline(baseline));
  } catch (err) {
    io.stderr.write(`vvp-kv-lint: cannot write ${file}: ${err.code ?? err.message}
`);
    return EXIT.ERROR;
  }
  const n = baseline.entries.reduce((sum, e) => sum + (e.count ?? 1), 0);
  io.stderr.write(`vvp-kv-lint: wrote ${n} finding${n === 1 ? "" : "s"} to ${file}
`);
  return EXIT.OK;
}
function usage(io, message) {
  io.stderr.write(`vvp-kv-lint: ${message}
${USAGE}
`);
  return EXIT.ERROR;
}
export {
  baselineCommand
};
