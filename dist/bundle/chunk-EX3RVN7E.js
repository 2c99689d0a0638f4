import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  similarIds
} from "./chunk-GXEXWEYN.js";

// dist/src/cli/args.js
function explainParseError(err, options) {
  const e = err;
  const message = e?.message ?? String(err);
  if (e?.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const given = /Unknown option '([^']+)'/.exec(message)?.[1] ?? "";
    return `unknown option ${given}${suggestOption(given, options)}`;
  }
  if (e?.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
    if (/argument missing/.test(message) && name)
      return `option ${name} needs a value`;
    if (/does not take an argument/.test(message) && name)
      return `option ${name} does not take a value`;
  }
  if (e?.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    return `unexpected argument ${arg !== void 0 ? `"${arg}"` : ""} (this command takes no paths)`.replace("  ", " ");
  }
  return message.split("\n")[0].replace(/\. To specify .*$/, "");
}
function suggestOption(given, options) {
  const bare = given.replace(/^-+/, "").split("=")[0];
  const longs = Object.keys(options);
  const close = similarIds(bare, longs, 2);
  if (close.length)
    return ` (did you mean ${close.map((c) => `--${c}`).join(" or ")}?)`;
  if (given.startsWith("-") && !given.startsWith("--") && longs.includes(bare))
    return ` (did you mean --${bare}?)`;
  return "";
}

export {
  explainParseError
};
