import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-C2GURD6Z.js";
import "./chunk-YKIHMDQ3.js";
import "./chunk-XFJINCHD.js";
import "./chunk-UW2ETOKN.js";
import "./chunk-GFXD4YMF.js";
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
