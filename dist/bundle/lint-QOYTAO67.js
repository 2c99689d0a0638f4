import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-R3EF3FKT.js";
import "./chunk-FPJ23Q7F.js";
import "./chunk-BEQNFOKF.js";
import "./chunk-XFJINCHD.js";
import "./chunk-Q4EQ6SDG.js";
import "./chunk-PVVZUI4R.js";
import "./chunk-WVRFUBQG.js";
import "./chunk-JOEYREUZ.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
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
