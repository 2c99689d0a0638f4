import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-36LOSZW6.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// dist/src/load/safe-read.js
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var DEFAULT_READ_LIMIT = 10 * 1024 * 1024;
var SafeReadError = class extends Error {
  code;
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = "SafeReadError";
  }
};
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function readRegularFileSync(path, maxBytes = DEFAULT_READ_LIMIT) {
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (err) {
    throw ioError(err);
  }
  try {
    const st = fstatSync(fd);
    check(st.isFile(), st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let total = 0;
    for (; ; ) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0)
        break;
      total += n;
      if (total > maxBytes)
        throw tooLarge(maxBytes);
      if (total === buf.length)
        break;
    }
    return decode(buf.subarray(0, total));
  } finally {
    closeSync(fd);
  }
}
async function readRegularFile(path, maxBytes = DEFAULT_READ_LIMIT) {
  let handle;
  try {
    handle = await open(path, FLAGS);
  } catch (err) {
    throw ioError(err);
  }
  try {
    const st = await handle.stat();
    check(st.isFile(), st.size, maxBytes);
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let total = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0)
        break;
      total += bytesRead;
      if (total > maxBytes)
        throw tooLarge(maxBytes);
      if (total === buf.length)
        break;
    }
    return decode(buf.subarray(0, total));
  } finally {
    await handle.close().catch(() => void 0);
  }
}
function check(isFile, size, maxBytes) {
  if (!isFile)
    throw new SafeReadError("not a regular file", "NOT_REGULAR");
  if (size > maxBytes)
    throw tooLarge(maxBytes);
}
function tooLarge(maxBytes) {
  return new SafeReadError(`larger than the size limit of ${maxBytes} bytes`, "TOO_LARGE");
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decode(bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SafeReadError("not valid UTF-8", "NOT_UTF8");
  }
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function ioError(err) {
  const code = err.code ?? "EIO";
  return new SafeReadError(`${code}: cannot be opened`, code);
}

export {
  readRegularFileSync,
  readRegularFile,
  require_ucs2length
};
