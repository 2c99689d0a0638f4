import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-GXD3VXHP.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-XAYQMK5N.js";
import "./chunk-TCUCLCXV.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-JMBLEY6S.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-ZDB6EABT.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
