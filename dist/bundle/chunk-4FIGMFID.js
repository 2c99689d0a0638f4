import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import {
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_SIZE
} from "./chunk-SANQURRP.js";
import {
  ConfigError,
  loadConfig
} from "./chunk-ESD7XBSS.js";
import {
  RULE_META
} from "./chunk-SXM5CZVV.js";
import {
  require_picomatch
} from "./chunk-6VDMAHT2.js";
import {
  __toESM
} from "./chunk-36LOSZW6.js";

// dist/src/cli/commands/print-config.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { resolve, relative, sep } from "node:path";
function printConfig(io, file, opts) {
  let loaded;
  try {
    loaded = loadConfig(opts.config, io.cwd, opts.root !== void 0 ? resolve(io.cwd, opts.root) : void 0);
  } catch (err) {
    if (!(err instanceof ConfigError))
      throw err;
    io.stderr.write(`vvp-kv-lint: ${err.message}
`);
    return EXIT.ERROR;
  }
  const c = loaded.config;
  const root = resolve(io.cwd, opts.root ?? loaded.dir);
  const rel = relative(root, resolve(io.cwd, file)).split(sep).join("/");
  const include = c.include?.length ? c.include : DEFAULT_INCLUDE;
  const exclude = ["**/node_modules/**", "**/.git/**", ...c.exclude ?? []];
  const rules = {};
  for (const m of RULE_META)
    rules[m.id] = opts.ruleOverrides[m.id] ?? c.rules?.[m.id] ?? m.level;
  const namespaceDefault = Object.entries(c.namespaceDefaults ?? {}).find(([glob]) => (0, import_picomatch.default)(glob, { dot: true })(rel))?.[1] ?? null;
  const doc = {
    file: rel,
    configFile: loaded.path ?? null,
    root,
    included: (0, import_picomatch.default)(include, { dot: true })(rel),
    excluded: (0, import_picomatch.default)(exclude, { dot: true })(rel),
    namespaceDefault,
    include,
    exclude: c.exclude ?? [],
    vvpVersion: c.vvpVersion ?? null,
    failLevel: c.failLevel ?? "error",
    failOnIncomplete: c.failOnIncomplete ?? false,
    maxWarnings: c.maxWarnings ?? null,
    maxFileSize: c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    reportUnusedDisables: c.reportUnusedDisables ?? null,
    baseline: c.baseline ?? null,
    helmReleaseNamespace: c.helmReleaseNamespace ?? null,
    rules
  };
  io.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
  return EXIT.OK;
}

export {
  printConfig
};
