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
var import_node_path4 = require("node:path");
var import_node_url2 = require("node:url");

// dist/src/start/code-cache.js
var import_node_buffer = require("node:buffer");
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
var MAGIC = "vvp-kv-lint-v8-code-cache 2\n";
var FILE_PREFIX = "v8-code-";
var KEEP_OTHER_FILES = 4;
function codeCacheDirectory(env, cwd = process.cwd()) {
  if (cachesOff(env)) return void 0;
  const explicit = env["VVP_KV_LINT_CACHE_DIR"];
  if (explicit && !isSymlink((0, import_node_path2.resolve)(cwd, explicit))) return (0, import_node_path2.join)((0, import_node_path2.resolve)(cwd, explicit), "code-cache");
  const base = userCacheDirectory(env);
  return base ? (0, import_node_path2.join)(base, "code-cache") : void 0;
}
function isSymlink(path) {
  try {
    return (0, import_node_fs.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function ownedAndPrivate(st) {
  if (typeof process.getuid !== "function") return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
function cacheDirUsable(dir) {
  const st = (0, import_node_fs.lstatSync)(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory() || !ownedAndPrivate(st)) return false;
  return (0, import_node_fs.lstatSync)((0, import_node_path2.dirname)(dir), { throwIfNoEntry: false })?.isDirectory() === true;
}
var NOFOLLOW = import_node_fs.constants.O_NOFOLLOW ?? 0;
function readCache(path, key, macKey) {
  let fd;
  try {
    if (!cacheDirUsable((0, import_node_path2.dirname)(path))) return void 0;
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | NOFOLLOW);
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > 64 * 1024 * 1024) return void 0;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = (0, import_node_fs.readSync)(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    const header = `${MAGIC}${key}
`;
    if (off !== buf.length || buf.toString("latin1", 0, header.length) !== header) return void 0;
    const hashEnd = header.length + 65;
    if (buf.length <= hashEnd || buf[hashEnd - 1] !== 10) return void 0;
    const payload = buf.subarray(hashEnd);
    const mac = buf.toString("latin1", header.length, hashEnd - 1);
    if (!/^[0-9a-f]{64}$/.test(mac) || !(0, import_node_crypto.timingSafeEqual)(Buffer.from(payloadMac(macKey, payload), "hex"), Buffer.from(mac, "hex"))) return void 0;
    return payload;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function writeCache(dir, name, key, data, macKey) {
  try {
    if ((0, import_node_fs.lstatSync)((0, import_node_path2.dirname)(dir), { throwIfNoEntry: false })?.isSymbolicLink()) return;
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (!cacheDirUsable(dir)) return;
    const payloadHash = payloadMac(macKey, data);
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
function payloadMac(macKey, payload) {
  return (0, import_node_crypto.createHmac)("sha256", (0, import_node_crypto.createHmac)("sha256", macKey).update("vvp-kv-lint code-cache mac v1").digest()).update(payload).digest("hex");
}
function pruneOtherBuilds(dir, thisBuild) {
  const others = (0, import_node_fs.readdirSync)(dir).filter((f) => f.startsWith(FILE_PREFIX) && !f.startsWith(thisBuild)).map((f) => {
    try {
      return { f, mtime: (0, import_node_fs.statSync)((0, import_node_path2.join)(dir, f)).mtimeMs };
    } catch {
      return { f, mtime: 0 };
    }
  }).sort((a, b) => b.mtime - a.mtime);
  for (const { f } of others.slice(KEEP_OTHER_FILES)) (0, import_node_fs.rmSync)((0, import_node_path2.join)(dir, f), { force: true });
}
function runWithCodeCache(opts) {
  const bytes = (0, import_node_fs.readFileSync)(opts.file);
  const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  let cachedData;
  let key = "";
  let name = "";
  const cacheDir = opts.userKey ? opts.cacheDir : void 0;
  const macKey = opts.userKey;
  if (cacheDir !== void 0) {
    key = (0, import_node_crypto.createHash)("sha256").update(bytes).update(`\0${process.version}\0${process.arch}\0${process.platform}\0${process.versions.v8}`).digest("hex");
    name = `${FILE_PREFIX}${key.slice(0, 32)}-${opts.variant.replace(/[^a-z]/g, "") || "x"}.bin`;
    cachedData = readCache((0, import_node_path2.join)(cacheDir, name), key, macKey);
  }
  const script = new import_node_vm.Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: opts.file, ...cachedData ? { cachedData } : {} });
  const cache = cacheDir === void 0 ? "off" : cachedData === void 0 ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  if (cacheDir !== void 0 && cache !== "accepted" && opts.store) {
    const dir = cacheDir;
    process.once("exit", () => {
      let data;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      writeCache(dir, name, key, data, macKey);
    });
  }
  const wrapper = script.runInThisContext();
  const module2 = { exports: {} };
  wrapper.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(opts.file), module2, opts.file, (0, import_node_path2.dirname)(opts.file), (0, import_node_url.pathToFileURL)(opts.file).href, opts.importExternal);
  return { exports: module2.exports, cache };
}

// dist/src/user-key.js
var import_node_fs2 = require("node:fs");
var import_node_crypto2 = require("node:crypto");
var import_node_path3 = require("node:path");
var KEY_FILE_NAME = "context-cache.key";
var KEY_BYTES = 32;
function userKey(env) {
  const dir = userCacheDirectory(env);
  if (!dir) return { ok: false, reason: "no user cache directory (no home directory)" };
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch (e) {
    return { ok: false, reason: `cannot create ${dir}: ${e.code ?? "error"}` };
  }
  const dirProblem = ownDirectoryProblem(dir);
  if (dirProblem) return { ok: false, reason: dirProblem };
  const file = (0, import_node_path3.join)(dir, KEY_FILE_NAME);
  return readKey(file) ?? createKey(file);
}
function ownDirectoryProblem(dir) {
  try {
    const st = (0, import_node_fs2.lstatSync)(dir);
    if (st.isSymbolicLink()) return `${dir} is a symbolic link`;
    if (!st.isDirectory()) return `${dir} is not a directory`;
    if (!ownedByMe(st.uid)) return `${dir} belongs to another user`;
    return void 0;
  } catch (e) {
    return `${dir}: ${e.code ?? "unreadable"}`;
  }
}
function readKey(file) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NOFOLLOW | (import_node_fs2.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return void 0;
    return { ok: false, reason: `key file ${file} refused: ${code === "ELOOP" ? "a symbolic link" : code ?? "unreadable"}` };
  }
  try {
    const st = (0, import_node_fs2.fstatSync)(fd);
    if (!st.isFile()) return { ok: false, reason: `key file ${file} refused: not a regular file` };
    if (!ownedByMe(st.uid)) return { ok: false, reason: `key file ${file} refused: it belongs to another user` };
    if ((st.mode & 63) !== 0) return { ok: false, reason: `key file ${file} refused: its mode ${(st.mode & 511).toString(8)} lets others read or write it (expected 600)` };
    if (st.size !== KEY_BYTES) return { ok: false, reason: `key file ${file} refused: ${st.size} bytes, expected ${KEY_BYTES} (delete it to start a new cache)` };
    const key = Buffer.alloc(KEY_BYTES);
    if ((0, import_node_fs2.readSync)(fd, key, 0, KEY_BYTES, 0) !== KEY_BYTES) return { ok: false, reason: `key file ${file} refused: short read` };
    return { ok: true, key };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function createKey(file) {
  const key = (0, import_node_crypto2.randomBytes)(KEY_BYTES);
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_WRONLY | import_node_fs2.constants.O_CREAT | import_node_fs2.constants.O_EXCL | import_node_fs2.constants.O_NOFOLLOW, 384);
  } catch (e) {
    if (e.code === "EEXIST") return readKey(file) ?? { ok: false, reason: `key file ${file} vanished` };
    return { ok: false, reason: `cannot create key file ${file}: ${e.code ?? "error"}` };
  }
  try {
    if ((0, import_node_fs2.writeSync)(fd, key, 0, KEY_BYTES, 0) !== KEY_BYTES) return { ok: false, reason: `cannot write key file ${file}` };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  return readKey(file) ?? { ok: false, reason: `key file ${file} vanished` };
}
function ownedByMe(uid) {
  return typeof process.getuid !== "function" || uid === process.getuid();
}

// dist/src/start/main.js
function worthStoring(argv) {
  return argv[0] !== "help" && !argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v");
}
var COMMANDS = /* @__PURE__ */ new Set(["audit", "snapshot", "baseline", "rules", "explain", "policy", "lsp"]);
var ON_DEMAND_BUNDLES = {
  "./lsp.cjs": { dir: "lsp", variant: "lsp", what: "language server" },
  "./kube-sdk.cjs": { dir: "kube-sdk", variant: "sdk", what: "Kubernetes SDK" },
  "./azure-sdk.cjs": { dir: "azure-sdk", variant: "sdk", what: "Azure SDK" }
};
async function main(argv, io) {
  const file = (0, import_node_url2.fileURLToPath)(new URL("./cli.cjs", __vkl_start_url));
  const cacheDir = codeCacheDirectory(io.env, io.cwd);
  const key = cacheDir !== void 0 ? userKey(io.env) : void 0;
  const run = runWithCodeCache({
    file,
    cacheDir,
    userKey: key?.ok ? key.key : void 0,
    store: worthStoring(argv),
    variant: argv[0] !== void 0 && COMMANDS.has(argv[0]) ? argv[0] : "lint",
    // The bundle's `import()` of packages and of the bundles above: a `vm.Script` has no ES module loader of its own
    // in Node 20 without experimental flags, so they go through this module's, or through a code cache.
    importExternal: (specifier) => {
      const bundle = ON_DEMAND_BUNDLES[specifier];
      return bundle && cacheDir !== void 0 && key?.ok ? Promise.resolve(onDemandBundle(specifier, bundle, cacheDir, key.key, io)) : import(specifier);
    }
  });
  if (io.env["VVP_KV_LINT_DEBUG_CODE_CACHE"]) io.stderr.write(`vvp-kv-lint: code cache ${run.cache}
`);
  const cliMain = run.exports["main"];
  return cliMain(argv, io);
}
var loaded = /* @__PURE__ */ new Map();
function onDemandBundle(specifier, bundle, cacheDir, userKey2, io) {
  const known = loaded.get(specifier);
  if (known) return known;
  const run = runWithCodeCache({
    file: (0, import_node_url2.fileURLToPath)(new URL(specifier, __vkl_start_url)),
    cacheDir: (0, import_node_path4.join)(cacheDir, bundle.dir),
    userKey: userKey2,
    store: true,
    variant: bundle.variant,
    importExternal: (s) => import(s)
  });
  if (io.env["VVP_KV_LINT_DEBUG_CODE_CACHE"]) io.stderr.write(`vvp-kv-lint: ${bundle.what} code cache ${run.cache}
`);
  loaded.set(specifier, run.exports);
  return run.exports;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
