import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  emit,
  isCi,
  lintCommand,
  parseLintArgs
} from "./chunk-QGKPMCIY.js";
import "./chunk-R4657DF4.js";
import "./chunk-5EAPVYBK.js";
import "./chunk-KSQHOPFC.js";
import "./chunk-NZXPH3D3.js";
import "./chunk-ORI5BX66.js";
import "./chunk-XW33A2OY.js";
import "./chunk-ZWIMHORS.js";
import "./chunk-GZULEFKV.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-3RKSW4DP.js";
import "./chunk-LWKFPNQ3.js";
import "./chunk-RIUZLKQP.js";
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
