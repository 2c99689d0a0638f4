'use strict'; const __vkl_start_url = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// dist/src/start/main.js
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
var import_node_url2 = require("node:url");

// dist/src/start/code-cache.js
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");

// dist/src/user-cache.js
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function cachesOff(env) {
  const off = env["VVP_KV_LINT_CACHE"]?.trim().toLowerCase();
  return off === "off" || off === "0" || off === "false" || off === "no";
}
function userCacheDirectory(env) {
  const xdg = env["XDG_CACHE_HOME"];
  let home;
  try {
    home = (0, import_node_os.homedir)();
  } catch {
    home = void 0;
  }
  const base = xdg && xdg.startsWith("/") ? xdg : home ? (0, import_node_path.join)(home, ".cache") : void 0;
  return base ? (0, import_node_path.join)(base, "vvp-kv-lint") : void 0;
}

// dist/src/start/code-cache.js
var WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname, __vkl_import_meta_url, __vkl_import) {";
var WRAPPER_TAIL = "\n})";
var MAGIC = "vvp-kv-lint-v8-code-cache 1\n";
var FILE_PREFIX = "v8-code-";
var KEEP_OTHER_FILES = 4;
function codeCacheDirectory(env) {
  if (cachesOff(env))
    return void 0;
  const explicit = env["VVP_KV_LINT_CACHE_DIR"];
  if (explicit)
    return (0, import_node_path2.join)(explicit, "code-cache");
  const base = userCacheDirectory(env);
  return base ? (0, import_node_path2.join)(base, "code-cache") : void 0;
}
function ownedAndPrivate(st) {
  if (typeof process.getuid !== "function")
    return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
function readCache(path, key) {
  let fd;
  try {
    const dirStat = (0, import_node_fs.statSync)((0, import_node_path2.dirname)(path));
    if (!dirStat.isDirectory() || !ownedAndPrivate(dirStat))
      return void 0;
    fd = (0, import_node_fs.openSync)(path, "r");
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > 64 * 1024 * 1024)
      return void 0;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = (0, import_node_fs.readSync)(fd, buf, off, buf.length - off, off);
      if (n === 0)
        break;
      off += n;
    }
    const header = `${MAGIC}${key}
`;
    if (off !== buf.length || buf.toString("latin1", 0, header.length) !== header)
      return void 0;
    const hashEnd = header.length + 65;
    if (buf.length <= hashEnd || buf[hashEnd - 1] !== 10)
      return void 0;
    const payload = buf.subarray(hashEnd);
    if ((0, import_node_crypto.createHash)("sha256").update(payload).digest("hex") !== buf.toString("latin1", header.length, hashEnd - 1))
      return void 0;
    return payload;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0)
      (0, import_node_fs.closeSync)(fd);
  }
}
function writeCache(dir, name, key, data) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!ownedAndPrivate((0, import_node_fs.statSync)(dir)))
      return;
    const payloadHash = (0, import_node_crypto.createHash)("sha256").update(data).digest("hex");
    const tmp = (0, import_node_path2.join)(dir, `${name}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`);
    (0, import_node_fs.writeFileSync)(tmp, Buffer.concat([Buffer.from(`${MAGIC}${key}
${payloadHash}
`, "latin1"), data]), { mode: 384, flag: "wx" });
    try {
      (0, import_node_fs.renameSync)(tmp, (0, import_node_path2.join)(dir, name));
    } catch {
      (0, import_node_fs.rmSync)(tmp, { force: true });
      return;
    }
    pruneOtherBuilds(dir, name.slice(0, FILE_PREFIX.length + 32));
  } catch {
  }
}
function pruneOtherBuilds(dir, thisBuild) {
  const others = (0, import_node_fs.readdirSync)(dir).filter((f) => f.startsWith(FILE_PREFIX) && !f.startsWith(thisBuild)).map((f) => {
    try {
      return { f, mtime: (0, import_node_fs.statSync)((0, import_node_path2.join)(dir, f)).mtimeMs };
    } catch {
      return { f, mtime: 0 };
    }
  }).sort((a, b) => b.mtime - a.mtime);
  for (const { f } of others.slice(KEEP_OTHER_FILES))
    (0, import_node_fs.rmSync)((0, import_node_path2.join)(dir, f), { force: true });
}
function runWithCodeCache(opts) {
  const bytes = (0, import_node_fs.readFileSync)(opts.file);
  const source = bytes.toString("utf8");
  let cachedData;
  let key = "";
  let name = "";
  if (opts.cacheDir !== void 0) {
    key = (0, import_node_crypto.createHash)("sha256").update(bytes).update(`\0${process.version}\0${process.arch}\0${process.platform}\0${process.versions.v8}`).digest("hex");
    name = `${FILE_PREFIX}${key.slice(0, 32)}-${opts.variant.replace(/[^a-z]/g, "") || "x"}.bin`;
    cachedData = readCache((0, import_node_path2.join)(opts.cacheDir, name), key);
  }
  const script = new import_node_vm.Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: opts.file, ...cachedData ? { cachedData } : {} });
  const cache = opts.cacheDir === void 0 ? "off" : cachedData === void 0 ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  if (opts.cacheDir !== void 0 && cache !== "accepted" && opts.store) {
    const dir = opts.cacheDir;
    process.once("exit", () => {
      let data;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      writeCache(dir, name, key, data);
    });
  }
  const wrapper = script.runInThisContext();
  const module2 = { exports: {} };
  wrapper.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(opts.file), module2, opts.file, (0, import_node_path2.dirname)(opts.file), (0, import_node_url.pathToFileURL)(opts.file).href, opts.importExternal);
  return { exports: module2.exports, cache };
}

// dist/src/start/main.js
function worthStoring(argv) {
  return argv[0] !== "help" && !argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v");
}
var COMMANDS = /* @__PURE__ */ new Set(["audit", "snapshot", "baseline", "rules", "explain", "policy"]);
async function main(argv, io) {
  const file = (0, import_node_url2.fileURLToPath)(new URL("./cli.cjs", __vkl_start_url));
  const run = runWithCodeCache({
    file,
    cacheDir: codeCacheDirectory(io.env),
    store: worthStoring(argv),
    variant: argv[0] !== void 0 && COMMANDS.has(argv[0]) ? argv[0] : "lint",
    // The bundle's `import()` of the Kubernetes and Azure SDKs (live commands only): a `vm.Script` has no ES module
    // loader of its own in Node 20 without experimental flags, so they go through this module's.
    importExternal: (specifier) => import(specifier)
  });
  if (io.env["VVP_KV_LINT_DEBUG_CODE_CACHE"])
    io.stderr.write(`vvp-kv-lint: code cache ${run.cache}
`);
  const cliMain = run.exports["main"];
  return cliMain(argv, io);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
