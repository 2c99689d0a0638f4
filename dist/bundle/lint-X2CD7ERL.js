import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-PSCXTFRV.js";
import "./chunk-3IHQG6X3.js";
import "./chunk-XFJINCHD.js";
import "./chunk-PP3VHZW7.js";
import "./chunk-FJML2OPV.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-DYZAEJBA.js";
import "./chunk-K5ZLUVJV.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-36LOSZW6.js";
export {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
};
