import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-TKEI7NJE.js";
import "./chunk-UBWEWLSB.js";
import "./chunk-XFJINCHD.js";
import "./chunk-3RTVKNCQ.js";
import "./chunk-YEPM226W.js";
import "./chunk-I4W7GCRR.js";
import "./chunk-D36UNVQA.js";
import "./chunk-MZEEYGWW.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-36LOSZW6.js";
export {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
};
