import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-FJTI7442.js";
import "./chunk-LGBLB6SX.js";
import "./chunk-XFJINCHD.js";
import "./chunk-CFSQ5LF7.js";
import "./chunk-SXTHBXLB.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-DYZAEJBA.js";
import "./chunk-IKQSG3U6.js";
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
