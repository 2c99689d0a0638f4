// dist/src/start/main.js
import { fileURLToPath } from "node:url";

// dist/src/start/code-cache.js
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
var WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname, __vkl_import_meta_url, __vkl_import) {";
var WRAPPER_TAIL = "\n})";
var MAGIC = "vvp-kv-lint-v8-code-cache 1\n";
var FILE_PREFIX = "v8-code-";
var KEEP_OTHER_FILES = 3;
function codeCacheDirectory(env) {
  const off = env["VVP_KV_LINT_CACHE"]?.trim().toLowerCase();
  if (off === "off" || off === "0" || off === "false" || off === "no")
    return void 0;
  const explicit = env["VVP_KV_LINT_CACHE_DIR"];
  if (explicit)
    return join(explicit, "code-cache");
  const xdg = env["XDG_CACHE_HOME"];
  let home;
  try {
    home = homedir();
  } catch {
    home = void 0;
  }
  const base = xdg && xdg.startsWith("/") ? xdg : home ? join(home, ".cache") : void 0;
  return base ? join(base, "vvp-kv-lint", "code-cache") : void 0;
}
function ownedAndPrivate(st) {
  if (typeof process.getuid !== "function")
    return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
function readCache(path, key) {
  let fd;
  try {
    const dirStat = statSync(dirname(path));
    if (!dirStat.isDirectory() || !ownedAndPrivate(dirStat))
      return void 0;
    fd = openSync(path, "r");
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > 64 * 1024 * 1024)
      return void 0;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
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
    if (createHash("sha256").update(payload).digest("hex") !== buf.toString("latin1", header.length, hashEnd - 1))
      return void 0;
    return payload;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0)
      closeSync(fd);
  }
}
function writeCache(dir, name, key, data) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    if (!ownedAndPrivate(statSync(dir)))
      return;
    const payloadHash = createHash("sha256").update(data).digest("hex");
    const tmp = join(dir, `${name}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${key}
${payloadHash}
`, "latin1"), data]), { mode: 384, flag: "wx" });
    try {
      renameSync(tmp, join(dir, name));
    } catch {
      rmSync(tmp, { force: true });
      return;
    }
    pruneOtherBuilds(dir, name);
  } catch {
  }
}
function pruneOtherBuilds(dir, keep) {
  const others = readdirSync(dir).filter((f) => f.startsWith(FILE_PREFIX) && f !== keep).map((f) => {
    try {
      return { f, mtime: statSync(join(dir, f)).mtimeMs };
    } catch {
      return { f, mtime: 0 };
    }
  }).sort((a, b) => b.mtime - a.mtime);
  for (const { f } of others.slice(KEEP_OTHER_FILES))
    rmSync(join(dir, f), { force: true });
}
function runWithCodeCache(opts) {
  const bytes = readFileSync(opts.file);
  const source = bytes.toString("utf8");
  let cachedData;
  let key = "";
  let name = "";
  if (opts.cacheDir !== void 0) {
    key = createHash("sha256").update(bytes).update(`\0${process.version}\0${process.arch}\0${process.platform}\0${process.versions.v8}`).digest("hex");
    name = `${FILE_PREFIX}${key.slice(0, 32)}.bin`;
    cachedData = readCache(join(opts.cacheDir, name), key);
  }
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: opts.file, ...cachedData ? { cachedData } : {} });
  const cache = opts.cacheDir === void 0 ? "off" : cachedData === void 0 ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  if (opts.cacheDir !== void 0 && cache !== "accepted" && opts.store) {
    const dir = opts.cacheDir;
    process.once("exit", () => writeCache(dir, name, key, script.createCachedData()));
  }
  const wrapper = script.runInThisContext();
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(opts.file), module, opts.file, dirname(opts.file), pathToFileURL(opts.file).href, opts.importExternal);
  return { exports: module.exports, cache };
}

// dist/src/start/main.js
function worthStoring(argv) {
  return argv[0] !== "help" && !argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v");
}
async function main(argv, io) {
  const file = fileURLToPath(new URL("./cli.cjs", import.meta.url));
  const run = runWithCodeCache({
    file,
    cacheDir: codeCacheDirectory(io.env),
    store: worthStoring(argv),
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
export {
  main
};
