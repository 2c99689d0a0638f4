// dist/src/action/main.js
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join as join2 } from "node:path";

// dist/src/package-root.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "vvp-kv-lint") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return dirname(fileURLToPath(import.meta.url));
    dir = parent;
  }
}
var PACKAGE_ROOT = findRoot();

// dist/src/action/main.js
function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.toUpperCase().replace(/ /g, "_")}`] ?? "").trim();
  const paths = input("paths").split(/\s+/).filter((p) => p !== "");
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: input("config"),
    failLevel: input("fail-level") || "error",
    format: input("format") || "sarif",
    output: input("output") || "vvp-kv-lint.sarif",
    baseline: input("baseline"),
    category: input("category") || "vvp-kv-lint"
  };
}
function cliRuns(inputs) {
  const common = [];
  if (inputs.config !== "") common.push("--config", inputs.config);
  if (inputs.baseline !== "") common.push("--baseline", inputs.baseline);
  const category = inputs.format === "sarif" ? ["--category", inputs.category] : [];
  return {
    report: [...common, "--format", inputs.format, "--output", inputs.output, ...category, "--fail-level", "none", ...inputs.paths],
    annotate: [...common, "--format", "github", "--fail-level", inputs.failLevel, ...inputs.paths]
  };
}
function runCli(args, env) {
  const run = spawnSync(process.execPath, [join2(PACKAGE_ROOT, "bin/vvp-kv-lint.js"), ...args], { stdio: ["ignore", "inherit", "inherit"], env });
  if (run.error) {
    process.stderr.write(`vvp-kv-lint action: cannot run the CLI: ${run.error.message}
`);
    return 2;
  }
  return run.status ?? 2;
}
function setOutputs(env, outputs) {
  const file = env["GITHUB_OUTPUT"];
  if (file === void 0 || file === "") return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join(""));
}
function runAction(env) {
  const inputs = readInputs(env);
  const runs = cliRuns(inputs);
  const report = runCli(runs.report, env);
  if (report >= 2) {
    setOutputs(env, { output: inputs.output, category: inputs.category, "exit-code": String(report) });
    return report;
  }
  const code = runCli(runs.annotate, env);
  setOutputs(env, { output: inputs.output, category: inputs.category, "exit-code": String(code) });
  return code;
}
process.exitCode = runAction(process.env);
