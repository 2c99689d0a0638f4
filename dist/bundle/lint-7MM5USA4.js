import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
} from "./chunk-UFDY2NIS.js";
import "./chunk-6ML7GEFW.js";
import "./chunk-X5PC72RJ.js";
import "./chunk-C2ZKDKCR.js";
import "./chunk-XR4NS3EL.js";
import "./chunk-BI7KOSS6.js";
import "./chunk-RSSHRDR3.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-HF3CCHUE.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-DQ3U5FS6.js";
import "./chunk-GXEXWEYN.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-JCEHLXCJ.js";
import "./chunk-QY4OY53H.js";
import "./chunk-TQVEPBNK.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
};
