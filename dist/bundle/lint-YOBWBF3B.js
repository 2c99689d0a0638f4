import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  LEVEL_RANK,
  chartToVvpVersion,
  exceedsFailLevel,
  lint
} from "./chunk-YECAA3BH.js";
import "./chunk-Q4PX4ORX.js";
import "./chunk-S2GD5FDC.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-CLFF4SJU.js";
import "./chunk-VOOMH7ND.js";
import "./chunk-J6XKOVL2.js";
import "./chunk-2QQBRAC2.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-QY4OY53H.js";
import "./chunk-CXGTUAC5.js";
import "./chunk-36LOSZW6.js";
export {
  LEVEL_RANK,
  chartToVvpVersion,
  exceedsFailLevel,
  lint
};
