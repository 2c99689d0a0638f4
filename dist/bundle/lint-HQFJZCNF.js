import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-IXQQ6IY4.js";
import "./chunk-K5ZLUVJV.js";
import "./chunk-XFJINCHD.js";
import "./chunk-7IU7CJOG.js";
import "./chunk-KDCLQY3I.js";
import "./chunk-N4N53CWF.js";
import "./chunk-MJWTM4BR.js";
import "./chunk-LLILESIT.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-TVHFS33T.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-4RO7MJC2.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-JBEBRESV.js";
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
