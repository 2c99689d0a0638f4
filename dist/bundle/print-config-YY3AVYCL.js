import { createRequire as __vkl_createRequire } from 'node:module'; const require = __vkl_createRequire(import.meta.url);
import {
  printConfig
} from "./chunk-SBR3TSX7.js";
import "./chunk-OVBIPZTM.js";
import "./chunk-VN7AAZE7.js";
import "./chunk-KDPDIMJM.js";
import "./chunk-ZDUGY35F.js";
import "./chunk-3TDPKGVC.js";
import "./chunk-A3K6A5IY.js";
import "./chunk-6VDMAHT2.js";
import "./chunk-IBGBM3B2.js";
import "./chunk-F6IRXUIX.js";
import "./chunk-KJPL44PQ.js";
import "./chunk-EOPA2HFE.js";
import "./chunk-IQHK5HTI.js";
import "./chunk-36LOSZW6.js";
export {
  printConfig
};
