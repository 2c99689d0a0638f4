import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-6POEACVM.js";
import "./chunk-IKQSG3U6.js";
import "./chunk-XFJINCHD.js";
import "./chunk-YECAA3BH.js";
import "./chunk-Q4PX4ORX.js";
import "./chunk-S2GD5FDC.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-CLFF4SJU.js";
import "./chunk-VOOMH7ND.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-2QQBRAC2.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
};
