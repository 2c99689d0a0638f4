import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-LLG6H66Y.js";
import "./chunk-IKQSG3U6.js";
import "./chunk-XFJINCHD.js";
import "./chunk-WSIPCZTZ.js";
import "./chunk-XZJF74HM.js";
import "./chunk-ZYLQ3SYM.js";
import "./chunk-VHHJKPBV.js";
import "./chunk-YCOJSZ37.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-N6ZODEA2.js";
import "./chunk-7MCDTD4D.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-NJSZTEWF.js";
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
