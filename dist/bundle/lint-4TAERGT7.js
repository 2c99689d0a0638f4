import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
} from "./chunk-KSC3INN3.js";
import "./chunk-3E6UXEAG.js";
import "./chunk-XAFNPSNE.js";
import "./chunk-WEAOPVU2.js";
import "./chunk-A3RZKEQ4.js";
import "./chunk-L7HLK4VT.js";
import "./chunk-KDPDIMJM.js";
import "./chunk-ZDUGY35F.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-A3K6A5IY.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-ROWJY5MV.js";
import "./chunk-ONHH4MXA.js";
import "./chunk-3Z46K6P4.js";
import "./chunk-KJPL44PQ.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  LEVEL_RANK,
  chartToVvpVersion,
  commonDirectory,
  exceedsFailLevel,
  lint
};
