import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-5DB5TJDC.js";
import "./chunk-LM7BS5CF.js";
import "./chunk-XFJINCHD.js";
import "./chunk-OMJVAOVW.js";
import "./chunk-K6K4WDB4.js";
import "./chunk-S62IMT4L.js";
import "./chunk-E25BTTLQ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-RKQVWSZY.js";
import "./chunk-KJEAEYIJ.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
};
