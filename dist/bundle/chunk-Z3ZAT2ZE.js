import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  EXIT
} from "./chunk-OVBIPZTM.js";
import {
  errorCode
} from "./chunk-VN7AAZE7.js";

// dist/src/cli/errors.js
var EXIT_BY_CODE = {
  USAGE: EXIT.ERROR,
  CONFIG_INVALID: EXIT.ERROR,
  TARGET_NOT_FOUND: EXIT.ERROR,
  BASELINE: EXIT.ERROR,
  // A source the user asked for (--vvp-url, --azure, audit's cluster) yielded nothing (src/cli/source-error.ts).
  SOURCE_FAILED: EXIT.ERROR,
  "azure-state-unreadable": EXIT.ERROR,
  "azure-state-not-json": EXIT.ERROR,
  "azure-state-invalid": EXIT.ERROR
};
function exitCodeForError(err) {
  const code = errorCode(err);
  return code !== void 0 ? EXIT_BY_CODE[code] : void 0;
}

export {
  exitCodeForError
};
