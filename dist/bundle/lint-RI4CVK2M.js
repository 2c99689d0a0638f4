import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-O6WPIPDB.js";
import "./chunk-OBWSSPAS.js";
import "./chunk-XFJINCHD.js";
import "./chunk-HOAXS6NQ.js";
import "./chunk-QYOOFXQQ.js";
import "./chunk-R2E5JW4C.js";
import "./chunk-E25BTTLQ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-XK56R6GY.js";
import "./chunk-KUQZCAUN.js";
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
