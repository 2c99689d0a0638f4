import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-DHPAXXIO.js";
import "./chunk-BJ7526SZ.js";
import "./chunk-BI7KOSS6.js";
import "./chunk-RSSHRDR3.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-HF3CCHUE.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-TQVEPBNK.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
